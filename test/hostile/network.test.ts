import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { PLANS, ROOT } from "../helpers/fixtures.js";

/**
 * plan-lint never touches the network. Checked two ways: at run time, the CLI runs with a
 * preload (main process, worker threads and the extraction child process) that makes every
 * network entry point throw and record the attempt; statically, no source file imports a
 * network module or calls fetch.
 */
const GUARD = join(ROOT, "test/hostile/preload-guard.cjs");
const dir = mkdtempSync(join(tmpdir(), "pl-net-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("no network access", () => {
  it("the guard works: it catches an attempt in the main process and in a child process", () => {
    const log = join(dir, "probe.log");
    const env = { ...process.env, NODE_OPTIONS: `--require=${GUARD}`, PLAN_LINT_NET_LOG: log };
    const script =
      "try { require('node:net').connect(1, '127.0.0.1'); } catch {}" +
      " require('node:child_process').execFileSync(process.execPath, ['-e', \"try { fetch('http://127.0.0.1:1/') } catch {}\"]);";
    execFileSync(process.execPath, ["-e", script], { env });
    expect(readFileSync(log, "utf8").trim().split("\n").sort()).toEqual(["fetch", "node:net.connect"]);
  });

  it("extracting every fixture (YAML and JSON, several files, -o) makes no network call", () => {
    const log = join(dir, "cli.log");
    const env = { NODE_OPTIONS: `--require=${GUARD}`, PLAN_LINT_NET_LOG: log };
    expect(runCli(["extract", PLANS], { env }).code).toBe(0);
    expect(runCli(["extract", PLANS, "-f", "json", "-o", join(dir, "out.json")], { env }).code).toBe(0);
    expect(runCli(["--lang", "en", "extract", "no-such.txt", PLANS], { env }).code).toBe(1);
    expect(existsSync(log)).toBe(false);
  });

  it("no source file imports a network module or calls fetch", () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".ts")) files.push(p);
      }
    };
    walk(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(20);
    const NETWORK = /from\s+["'](?:node:)?(?:net|tls|http|https|http2|dns|dgram|undici)(?:\/[\w/]*)?["']|\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b/;
    for (const f of files) expect(NETWORK.test(readFileSync(f, "utf8")), f).toBe(false);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((d) => /axios|got|node-fetch|undici|request|ws$/.test(d))).toEqual([]);
  });
});
