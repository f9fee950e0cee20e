import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFile } from "../../src/api.js";
import type { PlanFile } from "../../src/model/plan-file.js";
import { runCli } from "../helpers/cli.js";
import { extractFixture, SEED } from "../helpers/fixtures.js";
import { canReadAnything, writeCorpus, type Corpus } from "./corpus.js";

/** Failures found before any PlanFile exists: only a stderr line accounts for them. */
const READ_FAILURES = new Set([
  "not-found", "permission-denied", "symlink-loop", "not-regular-file", "too-large", "timeout", "out-of-memory",
  // The DOCX/PDF readers give up before a PlanFile exists, too.
  "pdf-corrupt", "pdf-password-required", "zip-corrupt", "limit-exceeded", "xml-dtd",
]);
const STACK = /\n\s+at [^\n]*\(|\bat (?:async )?[\w.<>]+ \(|internal error|Error: /;

let corpus: Corpus;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "pl-hostile-"));
  corpus = writeCorpus(join(root, "corpus"));
});
afterAll(() => {
  chmodSync(join(corpus.dir, "fs", "unreadable.txt"), 0o644);
  rmSync(root, { recursive: true, force: true });
});

/** Tasks and everything else of the documents, without the source block (path, hash differ). */
const docs = (pf: PlanFile) => JSON.parse(JSON.stringify(pf.documents));

describe("hostile corpus through the built CLI", () => {
  it("answers every file in one run: no crash, no stack trace, one line per failed file, every file accounted for", () => {
    const r = runCli(["--lang", "en", "extract", corpus.dir, "-f", "json"], { timeout: 120_000 });
    expect(r.code).toBe(1); // some files failed, none crashed the run
    expect(r.stderr).not.toMatch(STACK);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    for (const l of lines) expect(l).toMatch(/^plan-lint: [^\n]+: [^\n]+$/);
    const out = JSON.parse(r.stdout) as PlanFile[];
    const byPath = new Map(out.map((p) => [p.source.path, p]));
    const lineFor = (path: string) => lines.filter((l) => l.startsWith(`plan-lint: ${path.replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}: `));

    for (const c of corpus.cases) {
      if (c.name === "fs/loop") continue; // a folder symlink: not followed, nothing to answer
      const path = join(corpus.dir, c.name);
      const pf = byPath.get(path);
      const said = lineFor(path);
      const unreadable = pf?.diagnostics.find((d) => d.code === "unreadable-input");
      if (c.expectReason === "no-text-layer") {
        // Read, but only in part: the PlanFile carries the finding and stderr says so.
        expect(pf?.diagnostics.find((d) => d.code === "no-text-layer")?.severity, c.name).toBe("error");
        expect(said, c.name).toHaveLength(1);
      } else if (c.expectReason !== null && READ_FAILURES.has(c.expectReason)) {
        expect(pf, c.name).toBeUndefined();
        expect(said, c.name).toHaveLength(1);
      } else if (c.expectReason !== null) {
        expect(unreadable?.data?.reason, c.name).toBe(c.expectReason);
        expect(unreadable?.severity).toBe("error");
        expect(said, c.name).toHaveLength(1);
      } else {
        expect(pf, c.name).toBeDefined();
        expect(unreadable, c.name).toBeUndefined();
        expect(said, c.name).toHaveLength(0);
      }
    }
    // Nothing else in the output or on stderr (a scanned PDF is in both).
    expect(out.length + lines.filter((l) => !out.some((p) => l.startsWith(`plan-lint: ${p.source.path}: `))).length).toBe(
      corpus.cases.filter((c) => c.name !== "fs/loop").length,
    );
  });

  it("opens the encrypted PDF with --password", () => {
    const r = runCli(["extract", join(corpus.dir, "encrypted.pdf"), "--password", "secret", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
  });

  it("prints the same reasons in Vietnamese by default", () => {
    const r = runCli(["extract", join(corpus.dir, "zero-byte.txt"), join(corpus.dir, "random.docx"), join(corpus.dir, "fs", "fifo.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("zero-byte.txt: tệp rỗng (0 byte)");
    expect(r.stderr).toContain("random.docx: không phải tệp văn bản (nội dung nhị phân)");
    expect(r.stderr).toContain("fifo.txt: không phải tệp thông thường");
  });

  it("escapes a file name's newline and terminal escape so the message stays one harmless line", () => {
    const weird = corpus.cases.find((c) => c.name.includes("\n"))!;
    const r = runCli(["--lang", "en", "extract", join(corpus.dir, weird.name), "no-such.txt"]);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("says how it treats a chmod 000 file as root instead of pretending it is unreadable", () => {
    const r = runCli(["--lang", "en", "extract", join(corpus.dir, "fs", "unreadable.txt"), "-f", "json"]);
    if (canReadAnything()) {
      // Root reads through chmod 000: the file is extracted like any other.
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).documents.length).toBeGreaterThan(0);
    } else {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("permission denied");
    }
  });
});

describe("limits", () => {
  const line = () => join(corpus.dir, "single-line-5mb.txt");

  it("--max-file-size refuses a larger file before reading it; the other files still extract", () => {
    const r = runCli(["--lang", "en", "extract", line(), SEED.dangUy, "--max-file-size", "1MB", "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`plan-lint: ${line()}: file too large (5 MB, limit 1 MB; see --max-file-size)`);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it("--file-timeout stops a file that takes too long", () => {
    const r = runCli(["--lang", "en", "extract", line(), SEED.dangUy, "--file-timeout", "20ms", "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/single-line-5mb\.txt: took longer than allowed \(20 ms; see --file-timeout\)/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("--max-memory: a file that needs more memory fails alone, the run goes on", () => {
    const r = runCli(["--lang", "en", "extract", line(), SEED.dangUy, "--max-memory", "32MB", "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/single-line-5mb\.txt: needs more memory than allowed \(32 MB; see --max-memory\)$/);
    expect(JSON.parse(r.stdout).map((p: PlanFile) => p.source.path)).toEqual([SEED.dangUy]);
  });

  it("rejects a bad limit with exit 2 and one line", () => {
    const r = runCli(["extract", SEED.dangUy, "--max-file-size", "lots"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("the library API returns failures as results with the reason code", async () => {
    const r = await extractFile(line(), { maxFileSize: 1024 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("too-large");
      expect(r.diagnostic).toMatchObject({ code: "unreadable-input", severity: "error", data: { reason: "too-large", size: 5243040, limit: 1024 } });
    }
    const t = await extractFile(line(), { fileTimeout: 1 });
    expect(t.ok === false && t.code).toBe("timeout");
  });
});

describe("encodings of seed 000 extract the same documents and tasks as the Unicode original", () => {
  let original: PlanFile;
  beforeAll(async () => {
    original = await extractFixture(SEED.dangUy);
  });
  const same = async (name: string) => {
    const r = await extractFile(join(corpus.dir, name));
    if (!r.ok) throw new Error(r.reason);
    expect(docs(r.planFile)).toEqual(docs(original));
    return r.planFile;
  };

  it.each(["utf16le.txt", "utf16be.txt", "utf16le-nobom.txt", "nfd.txt", "lookalike-d.txt"])("%s", async (name) => {
    const pf = await same(name);
    expect(pf.diagnostics).toEqual([]);
  });

  it("Windows-1258 (tone marks as combining characters)", async () => {
    const pf = await same("windows-1258.txt");
    expect(pf.diagnostics.map((d) => [d.code, d.data?.encoding])).toEqual([["legacy-encoding", "windows-1258"]]);
  });

  it.each([
    ["tcvn3.txt", "tcvn3"],
    ["tcvn3-as-utf8.txt", "tcvn3"],
    ["vni.txt", "vni"],
  ])("%s is detected as %s, converted, and warned about", async (name, encoding) => {
    const pf = await same(name);
    expect(original.documents[0]!.tasks.length).toBeGreaterThan(10);
    expect(pf.diagnostics).toHaveLength(1);
    expect(pf.diagnostics[0]).toMatchObject({ code: "legacy-encoding", severity: "warning", data: { encoding } });
  });
});
