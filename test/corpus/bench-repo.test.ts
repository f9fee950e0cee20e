/**
 * The corpus benchmark's generated repository: its mixed variant (a tenth DOCX, a tenth PDF)
 * must be the same repository as the text one, or the bench would time a different job. The
 * same generator seed gives the same documents; only the format of every fifth one changes,
 * so the extraction and every finding (the project rules included) must agree.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRepo } from "../../scripts/bench/generate-repo.js";
import { check } from "../../src/lint/check.js";

const withoutExt = (dir: string, file: string) => relative(dir, file).replace(/\.\w+$/, "");

async function summary(dir: string) {
  const run = await check([dir], { concurrency: "off" });
  return run.results
    .map((r) => ({
      doc: withoutExt(dir, r.file),
      tasks: r.planFile!.documents.flatMap((d) => d.tasks.map((t) => [t.id, t.text, t.lead, t.coordinators, t.deadline.raw])),
      findings: r.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.taskId ?? ""} ${(f.relatedFiles ?? []).map((x) => withoutExt(dir, x)).join(",")}`).sort(),
    }))
    .sort((a, b) => a.doc.localeCompare(b.doc));
}

describe("bench:corpus generated repository", () => {
  it("mixed formats give the same tasks and findings as the text repository", async () => {
    const base = mkdtempSync(join(tmpdir(), "plan-lint-benchrepo-"));
    const text = await generateRepo(join(base, "text"), 24);
    const mixed = await generateRepo(join(base, "mixed"), 24, { mixed: true });
    expect(mixed.formats.docx).toBeGreaterThan(0);
    expect(mixed.formats.pdf).toBeGreaterThan(0);
    expect(text.formats.docx + text.formats.pdf).toBe(0);
    const exts = readdirSync(join(base, "mixed"), { recursive: true }).map(String).filter((f) => /\.(docx|pdf)$/.test(f));
    expect(exts).toHaveLength(mixed.formats.docx + mixed.formats.pdf);

    const [a, b] = [await summary(join(base, "text")), await summary(join(base, "mixed"))];
    expect(a.flatMap((d) => d.tasks).length).toBeGreaterThan(100);
    expect(a.some((d) => d.findings.some((f) => f.startsWith("report-coverage/")))).toBe(true);
    expect(b).toEqual(a);
  }, 60_000);
});
