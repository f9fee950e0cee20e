import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { PLANS, ROOT } from "../helpers/fixtures.js";

const REPO = "fixtures/repo";

describe("plan-lint refs", () => {
  it("mermaid: the graph of fixtures/repo (checked by hand against the files, and parsed by Mermaid 12)", () => {
    const r = runCli(["refs", REPO, "--format", "mermaid"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(`${ROOT}/test/corpus/__snapshots__/repo.mmd`, "utf8"));
  });

  it("json: nodes for documents present and cited, edges marked resolved, mismatched, unresolved", () => {
    const r = runCli(["refs", REPO]);
    const g = JSON.parse(r.stdout);
    const node = (id: string) => g.nodes.find((n: { id: string }) => n.id === id);
    const edges = g.edges.map((e: { from: string; to: string; relation: string; status: string }) => [node(e.from).identifier, e.relation, e.status, node(e.to).identifier]);
    expect(edges).toContainEqual(["660/BC-TTYT", "answers", "resolved", "6757/KH-SYT"]);
    expect(edges).toContainEqual(["7012/KH-SYT", "implements", "mismatched", "2150/KH-UBND"]);
    expect(edges).toContainEqual(["702/BC-TTYT", "answers", "unresolved", "7030/KH-SYT"]);
    expect(edges).toContainEqual(["7012/KH-SYT", "part", "resolved", "7012/KH-SYT"]);
    expect(node("x4")).toMatchObject({ present: false });
    const mismatch = g.edges.find((e: { status: string; differs?: unknown }) => e.status === "mismatched" && e.differs);
    expect(mismatch.differs).toEqual({ date: { cited: "2026-05-09", actual: "2026-05-08" } });
  });

  it("dot, English, to a file", () => {
    const out = join(mkdtempSync(join(tmpdir(), "pl-refs-")), "refs.dot");
    const r = runCli(["refs", REPO, "-f", "dot", "--lang", "en", "-o", out]);
    expect(r.code).toBe(0);
    const dot = readFileSync(out, "utf8");
    expect(dot).toMatch(/^digraph refs \{/);
    expect(dot).toContain('[label="answers: unresolved", color="#c62828", style=dashed]');
    expect(dot).toContain("(not in the repository)");
  });

  it("an unreadable path is one line on stderr, the graph is still printed, exit 1", () => {
    const r = runCli(["refs", "no/such/dir", REPO, "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("plan-lint: no/such/dir: file not found\n");
    expect(JSON.parse(r.stdout).nodes.length).toBeGreaterThan(10);
  });

  it("rejects an unknown format", () => {
    expect(runCli(["refs", REPO, "-f", "png"]).code).toBe(2);
  });
});

describe("check: project rules, workers, shards", () => {
  it("reports the repository's cross-document problems in the stylish output", () => {
    const r = runCli(["check", REPO]);
    expect(r.code).toBe(1);
    for (const id of ["unresolved-reference", "reference-mismatch", "duplicate-document", "report-coverage", "reference-cycle"]) expect(r.stdout).toContain(id);
  });

  it("worker threads give the same report as one thread", () => {
    const one = runCli(["check", REPO, PLANS, "-f", "json", "--concurrency", "off"]);
    const two = runCli(["check", REPO, PLANS, "-f", "json", "--concurrency", "2"]);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe("");
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });

  it("--shard says on stderr what it covered and what its index lacks", () => {
    const r = runCli(["check", REPO, "--shard", "1/2", "-f", "json"]);
    const files = JSON.parse(r.stdout).results.length;
    expect(r.stderr).toMatch(new RegExp(`^plan-lint: phân đoạn 1/2: ${files}/13 tệp; chỉ mục liên văn bản thiếu \\d+ tệp .*bỏ qua unresolved-reference`));
    expect(r.stderr.split("\n")).toHaveLength(2);
  });

  it("bad --concurrency and --shard are usage errors (exit 2, one line)", () => {
    for (const args of [["--concurrency", "many"], ["--concurrency", "0"], ["--shard", "3/2"]]) {
      const r = runCli(["check", REPO, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("--cache writes the cache folder it is given and a second run prints the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-cli-cache-"));
    const a = runCli(["check", REPO, "-f", "json", "--cache", "--cache-location", join(dir, "c")]);
    const b = runCli(["check", REPO, "-f", "json", "--cache", "--cache-location", join(dir, "c")]);
    expect(b.stdout).toBe(a.stdout);
    expect(readFileSync(join(dir, "c", "v1", ".last-prune"), "utf8")).toBe("");
  });
});
