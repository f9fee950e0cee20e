import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, codeFingerprint, PlanCache, toolIdentity } from "../../src/lint/cache.js";
import { check } from "../../src/lint/check.js";
import { VERSION } from "../../src/version.js";
import { ROOT } from "../helpers/fixtures.js";

/** A copy of fixtures/repo and an empty cache folder. */
function setup(): { repo: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), "pl-cache-"));
  const repo = join(dir, "repo");
  cpSync(join(ROOT, "fixtures/repo"), repo, { recursive: true });
  return { repo, cacheDir: join(dir, "cache") };
}

const strip = (run: Awaited<ReturnType<typeof check>>) => run.results.map((r) => ({ file: r.file, documents: r.planFile?.documents, findings: r.findings }));
const entries = (cacheDir: string) => readdirSync(join(cacheDir, "v1"), { recursive: true }).map(String).filter((f) => f.endsWith(".json"));

describe("--cache", () => {
  it("a second run reads every file from the cache and gives the same results", async () => {
    const { repo, cacheDir } = setup();
    const cold = await check([repo], { cache: true, cacheLocation: cacheDir });
    const n = cold.results.length;
    expect(cold.cache).toEqual({ hits: 0, misses: n, rejected: 0 });
    expect(entries(cacheDir)).toHaveLength(n);
    const warm = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(warm.cache).toEqual({ hits: n, misses: 0, rejected: 0 });
    expect(strip(warm)).toEqual(strip(cold));
    // Project rules are recomputed, not cached: they are all there on the warm run.
    expect(warm.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "reference-mismatch")).toHaveLength(2);
  });

  it("a changed file misses, and project findings follow the change in another file", async () => {
    const { repo, cacheDir } = setup();
    await check([repo], { cache: true, cacheLocation: cacheDir });
    const ubnd = join(repo, "ubnd-thanh-pho/kh-2150-ubnd-le-loi-lam-viec.txt");
    writeFileSync(ubnd, readFileSync(ubnd, "utf8").replace("ngày 08 tháng 5 năm 2026", "ngày 09 tháng 5 năm 2026"));
    const run = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(run.cache?.misses).toBe(1);
    const sodYTe = run.results.find((r) => r.file.endsWith("so-y-te/kh-7012-syt-doi-moi-phuong-thuc-lam-viec.md"))!;
    // The Sở plan itself is unchanged (a cache hit), but its citation of 2150 now agrees.
    expect(sodYTe.findings.filter((f) => f.ruleId === "reference-mismatch")).toEqual([]);
  });

  it("a changed config keeps the extraction and recomputes the findings", async () => {
    const { repo, cacheDir } = setup();
    const before = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(before.results.flatMap((r) => r.findings).some((f) => f.ruleId === "vague-deadline" || f.ruleId === "missing-deadline")).toBe(true);
    const config = join(repo, "plan-lint.config.yaml");
    writeFileSync(config, readFileSync(config, "utf8").replace("unknown-unit: off", "unknown-unit: off\n  missing-deadline: off\n  vague-deadline: off"));
    const after = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(after.cache?.hits).toBe(after.results.length);
    expect(after.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "missing-deadline" || f.ruleId === "vague-deadline")).toEqual([]);
    // The language is part of the config: English messages are not served from a Vietnamese run.
    const en = await check([repo], { cache: true, cacheLocation: cacheDir, lang: "en" });
    const vi = after.results.flatMap((r) => r.findings).find((f) => f.ruleId === "document-number-format")!;
    const same = en.results.flatMap((r) => r.findings).find((f) => f.fingerprint === vi.fingerprint)!;
    expect(same.message).not.toBe(vi.message);
  });

  it("another tool or Node version is another key; an entry claiming another version is rejected", async () => {
    const sha = "a".repeat(64);
    expect(toolIdentity().startsWith(`${VERSION}+`)).toBe(true);
    expect(cacheKey(sha, toolIdentity(), "20")).not.toBe(cacheKey(sha, "9.9.9", "20"));
    expect(cacheKey(sha, toolIdentity(), "20")).not.toBe(cacheKey(sha, toolIdentity(), "22"));
    const { repo, cacheDir } = setup();
    await check([repo], { cache: true, cacheLocation: cacheDir });
    const first = join(cacheDir, "v1", entries(cacheDir)[0]!);
    const e = JSON.parse(readFileSync(first, "utf8"));
    writeFileSync(first, JSON.stringify({ ...e, tool: "0.0.1" }));
    const run = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(run.cache?.rejected).toBe(1);
    expect(JSON.parse(readFileSync(first, "utf8")).tool).toBe(toolIdentity());
  });

  it("code rebuilt under the same version number has another identity (its entries are not reused)", () => {
    const root = mkdtempSync(join(tmpdir(), "pl-code-"));
    mkdirSync(join(root, "rules"));
    writeFileSync(join(root, "index.js"), "export const a = 1;\n");
    writeFileSync(join(root, "rules", "r.js"), "export const r = 1;\n");
    const before = codeFingerprint(root);
    writeFileSync(join(root, "index.js.map"), "{}");
    writeFileSync(join(root, "index.d.ts"), "export declare const a: number;\n");
    expect(codeFingerprint(root)).toBe(before); // maps and typings do not change behaviour
    writeFileSync(join(root, "rules", "r.js"), "export const r = 2;\n");
    expect(codeFingerprint(root)).not.toBe(before);
  });

  it("corrupt entries are ignored and rewritten, never fatal", async () => {
    const { repo, cacheDir } = setup();
    const cold = await check([repo], { cache: true, cacheLocation: cacheDir });
    const files = entries(cacheDir);
    writeFileSync(join(cacheDir, "v1", files[0]!), '{"format":1,"tool":');
    writeFileSync(join(cacheDir, "v1", files[1]!), "\u0000\u0001 not json");
    const e2 = JSON.parse(readFileSync(join(cacheDir, "v1", files[2]!), "utf8"));
    writeFileSync(join(cacheDir, "v1", files[2]!), JSON.stringify({ ...e2, planFile: { source: e2.planFile.source, documents: "x" } }));
    const run = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(run.cache).toEqual({ hits: cold.results.length - 3, misses: 3, rejected: 3 });
    expect(strip(run)).toEqual(strip(cold));
    const again = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(again.cache?.hits).toBe(cold.results.length);
  });

  it("writes atomically: no temporary files are left, and a read-only location only costs speed", async () => {
    const { repo, cacheDir } = setup();
    await check([repo], { cache: true, cacheLocation: cacheDir });
    const all = readdirSync(cacheDir, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // A cache location that is a file: nothing can be written, the run still succeeds.
    const blocked = join(cacheDir, "v1", entries(cacheDir)[0]!);
    const run = await check([repo], { cache: true, cacheLocation: blocked });
    expect(run.results.length).toBeGreaterThan(0);
  });

  it("the same content at two paths shares one entry, reported at its own path", async () => {
    const { repo, cacheDir } = setup();
    await check([repo], { cache: true, cacheLocation: cacheDir });
    const copy = join(repo, "ttyt-thuan-an/ban-sao-bc-702.txt");
    cpSync(join(repo, "ttyt-thuan-an/bc-702-ttyt-kiem-tra-cong-vu.txt"), copy);
    const run = await check([repo], { cache: true, cacheLocation: cacheDir });
    expect(run.cache?.misses).toBe(0);
    const r = run.results.find((x) => x.file === copy)!;
    expect(r.planFile?.source.path).toBe(copy);
    expect(r.findings.every((f) => f.file === copy)).toBe(true);
    const original = run.results.find((x) => x.file.endsWith("ttyt-thuan-an/bc-702-ttyt-kiem-tra-cong-vu.txt"))!;
    expect(original.findings.find((f) => f.ruleId === "duplicate-document")).toMatchObject({ messageId: "identical", relatedFiles: [copy] });
  });

  it("prunes entries unused for a month, at most once a day", async () => {
    const { repo, cacheDir } = setup();
    await check([repo], { cache: true, cacheLocation: cacheDir });
    const cache = new PlanCache(cacheDir);
    const n = entries(cacheDir).length;
    // check() pruned just now (nothing was old): a second prune the same day does nothing.
    expect(await cache.prune()).toBe(0);
    expect(existsSync(join(cacheDir, "v1", ".last-prune"))).toBe(true);
    expect(await cache.prune(Date.now() + 31 * 24 * 3600 * 1000)).toBe(n);
    expect(entries(cacheDir)).toEqual([]);
  });
});
