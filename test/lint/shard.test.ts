import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/lint/check.js";
import { inShard, parseShard, shardOf } from "../../src/lint/shard.js";
import { ROOT } from "../helpers/fixtures.js";

const paths = Array.from({ length: 2000 }, (_, i) => `ke-hoach/${i % 7}/kh-${i}.txt`);

describe("shard assignment", () => {
  it("n shards cover every file exactly once, in nearly equal parts", () => {
    for (const n of [1, 2, 3, 5, 8]) {
      const counts = new Array(n).fill(0);
      for (const p of paths) {
        const owners = Array.from({ length: n }, (_, k) => k + 1).filter((i) => inShard(p, { index: i, count: n }, "/work"));
        expect(owners).toHaveLength(1);
        counts[owners[0]! - 1]++;
      }
      for (const c of counts) expect(Math.abs(c - paths.length / n)).toBeLessThan(paths.length / n / 4);
    }
  });

  it("depends on the path relative to the working folder, not on the runner's checkout location", () => {
    expect(shardOf("ke-hoach/a.txt", 4, "/runner1/repo")).toBe(shardOf("/runner2/repo/ke-hoach/a.txt", 4, "/runner2/repo"));
  });

  it("adding files moves no other file", () => {
    const before = paths.map((p) => shardOf(p, 4, "/w"));
    const after = [...paths, "ke-hoach/moi.txt"].map((p) => shardOf(p, 4, "/w"));
    expect(after.slice(0, paths.length)).toEqual(before);
  });

  it("parses i/n and rejects the rest with a one-line message", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "2", "a/b", "2/0", "-1/3"]) expect(() => parseShard(bad)).toThrow(/--shard/);
  });
});

describe("check --shard", () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-shard-"));
    cpSync(join(ROOT, "fixtures/repo"), join(dir, "repo"), { recursive: true });
    return { repo: join(dir, "repo"), cacheDir: join(dir, "cache") };
  };

  it("shards partition the files; with the cache shared, their findings add up to the full run's", async () => {
    const { repo, cacheDir } = copy();
    const full = await check([repo], { cache: true, cacheLocation: cacheDir });
    const parts = [];
    for (const index of [1, 2, 3]) parts.push(await check([repo], { cache: true, cacheLocation: cacheDir, shard: { index, count: 3 } }));
    const files = parts.flatMap((p) => p.results.map((r) => r.file)).sort();
    expect(files).toEqual(full.results.map((r) => r.file).sort());
    for (const p of parts) expect(p.shard?.missing).toEqual([]);
    const key = (f: { ruleId: string; file: string; fingerprint: string }) => `${f.file} ${f.ruleId} ${f.fingerprint}`;
    const sharded = parts.flatMap((p) => p.results.flatMap((r) => r.findings)).map(key).sort();
    expect(sharded).toEqual(full.results.flatMap((r) => r.findings).map(key).sort());
  });

  it("without the other shards in the cache, says what is missing and does not guess «not found»", async () => {
    const { repo, cacheDir } = copy();
    const runs = [];
    for (const index of [1, 2]) runs.push(await check([repo], { cache: true, cacheLocation: cacheDir, shard: { index, count: 2 } }));
    // Shard 1 ran first with an empty cache: every file of shard 2 is missing from its index.
    expect(runs[0]!.shard?.missing.sort()).toEqual(runs[1]!.results.map((r) => r.file).sort());
    expect(runs[0]!.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "unresolved-reference")).toEqual([]);
    // Shard 2 ran second: shard 1 had filled the cache, so its index is complete.
    expect(runs[1]!.shard?.missing).toEqual([]);
  });
});
