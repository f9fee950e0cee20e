import { spawn, type ChildProcessByStdio } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.js";

const CLEAN = `${ROOT}/fixtures/plans/syt-mau-ke-hoach-chuyen-doi-so-2026.md`;
const WATCHING = /đang theo dõi 1 tệp/gu;

interface Watched {
  proc: ChildProcessByStdio<null, Readable, Readable>;
  out: () => string;
  err: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built binary with --watch; output is collected as it comes. */
function startWatch(dir: string, args: string[]): Watched {
  const proc = spawn(process.execPath, [`${ROOT}/bin/plan-lint.js`, "check", ...args, "--watch"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (err += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => proc.on("exit", (code, signal) => res({ code, signal })));
  return { proc, out: () => out, err: () => err, exit };
}

async function until(what: () => boolean, label: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

let running: Watched | null = null;
afterEach(() => {
  if (running && running.proc.exitCode === null) running.proc.kill("SIGKILL");
  running = null;
});

describe("plan-lint check --watch", () => {
  it("re-checks when the file is saved, also by an editor that replaces it, and Ctrl+C exits cleanly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-watch-"));
    copyFileSync(CLEAN, join(dir, "plan.md"));
    const w = (running = startWatch(dir, ["plan.md"]));
    await until(() => count(w.err(), WATCHING) === 1, "the first report");
    expect(w.out()).toContain("Không phát hiện vấn đề nào trong 1 tệp");

    // Word's lock file and a plain read are not saves: no new report.
    writeFileSync(join(dir, "~$plan.md"), "lock");
    readFileSync(join(dir, "plan.md"));
    await new Promise((r) => setTimeout(r, 800));
    expect(count(w.err(), WATCHING)).toBe(1);

    // Save the way Word does: write a temporary file, then rename it over the plan.
    const text = readFileSync(join(dir, "plan.md"), "utf8").replace("30/9/2026", "Thường xuyên");
    writeFileSync(join(dir, "plan.tmp"), text);
    renameSync(join(dir, "plan.tmp"), join(dir, "plan.md"));
    await until(() => count(w.err(), WATCHING) === 2, "the report after the first save");
    expect(w.err()).toMatch(/plan\.md đã thay đổi, kiểm tra lại/u);
    expect(w.out()).toMatch(/«Thường xuyên» không có điểm kết thúc.*vague-deadline/u);

    // The watch survived the replace: a second, in-place save is seen too.
    writeFileSync(join(dir, "plan.md"), text.replace("Thường xuyên", "Khi có hướng dẫn"));
    await until(() => count(w.err(), WATCHING) === 3, "the report after the second save");
    expect(w.out()).toMatch(/«Khi có hướng dẫn» phụ thuộc một sự kiện/u);

    w.proc.kill("SIGINT");
    const { code, signal } = await w.exit;
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(w.err()).toContain("đã dừng theo dõi");
    expect(w.err()).not.toMatch(/internal error|at .*\.js:\d+/u);
  }, 30_000);

  it("keeps writing the -f file:target on every run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-watch-"));
    copyFileSync(CLEAN, join(dir, "plan.md"));
    const w = (running = startWatch(dir, ["plan.md", "-f", "json:report.json"]));
    await until(() => count(w.err(), WATCHING) === 1, "the first report");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary.warnings).toBe(0);
    writeFileSync(join(dir, "plan.md"), readFileSync(join(dir, "plan.md"), "utf8").replace("30/9/2026", "Thường xuyên"));
    await until(() => count(w.err(), WATCHING) === 2, "the second report");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary.warnings).toBe(1);
    w.proc.kill("SIGTERM");
    expect((await w.exit).code).toBe(0);
  }, 30_000);
});
