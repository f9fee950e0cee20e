import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { splitUnits } from "../src/vocab/units.js";
import type { PlanFile } from "../src/model/plan-file.js";
import type { Task } from "../src/model/task.js";
import { check } from "../src/lint/check.js";
import { extractFixture, ROOT, SEED } from "./helpers/fixtures.js";

/**
 * The same plan read as text, DOCX and PDF gives the same tasks (everything but where they
 * are: lines in text, table/row/cell in DOCX, page/row in PDF) and the same header facts.
 * Text versions: the seed itself (seed 000), or the plan rendered to text from the same
 * render spec (fixtures/text/*.txt), whose extraction was checked by hand.
 */
const task = (t: Task) => ({ ...t, location: undefined, fieldLocations: Object.keys(t.fieldLocations ?? {}).sort() });
const header = (pf: PlanFile) =>
  pf.documents.map((d) => ({ kind: d.kind, identifier: d.identifier, date: d.date, title: d.title, issuer: d.issuer, signer: d.signer, recipients: d.recipients }));

const CASES: Array<{ text: string; others: string[] }> = [
  {
    text: SEED.dangUy,
    others: ["fixtures/docx/seed-000.docx", "fixtures/pdf/seed-000.pdf", "fixtures/pdf/seed-000-filled.pdf", "fixtures/pdf/seed-000-rotated.pdf"],
  },
  { text: "fixtures/text/auto-stt.txt", others: ["fixtures/docx/auto-stt.docx", "fixtures/pdf/auto-stt.pdf"] },
  { text: "fixtures/text/borderless.txt", others: ["fixtures/docx/borderless.docx", "fixtures/pdf/borderless.pdf"] },
];

describe("same plan, same tasks, whatever the format", () => {
  for (const c of CASES) {
    for (const other of c.others) {
      it(`${other} ≡ ${c.text}`, async () => {
        const [a, b] = await Promise.all([extractFixture(c.text), extractFixture(other)]);
        const ta = a.documents.flatMap((d) => d.tasks);
        expect(ta.length).toBeGreaterThan(0);
        expect(b.documents.flatMap((d) => d.tasks).map(task)).toEqual(ta.map(task));
        expect(header(b)).toEqual(header(a));
        expect(b.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      });
    }
  }

  it("seed 002's appendix: DOCX, PDF and PDF with filled borders give the same tasks", async () => {
    const [docx, pdf, filled] = await Promise.all(
      ["fixtures/docx/seed-002-appendix.docx", "fixtures/pdf/seed-002-appendix.pdf", "fixtures/pdf/seed-002-appendix-filled.pdf"].map(extractFixture),
    );
    const t = docx.documents.flatMap((d) => d.tasks).map(task);
    expect(pdf.documents.flatMap((d) => d.tasks).map(task)).toEqual(t);
    expect(filled.documents.flatMap((d) => d.tasks).map(task)).toEqual(t);
  });

  it("seed 002's appendix: the text whose layout was lost gives the same tasks as the DOCX and the PDF", async () => {
    // Text rows carry a recovery confidence; DOCX/PDF rows are read, not guessed.
    const strip = (t: Task) => ({ ...task(t), confidence: undefined });
    const [text, docx, pdf] = await Promise.all([SEED.phuLuc, "fixtures/docx/seed-002-appendix.docx", "fixtures/pdf/seed-002-appendix.pdf"].map(extractFixture));
    const t = text.documents.flatMap((d) => d.tasks).map(strip);
    expect(t).toHaveLength(64);
    expect(docx.documents.flatMap((d) => d.tasks).map(strip)).toEqual(t);
    expect(pdf.documents.flatMap((d) => d.tasks).map(strip)).toEqual(t);
  });

  it("seed 002's appendix: every transcribed activity row is a task with its lead, coordinators, product and deadline", async () => {
    const tr = parse(readFileSync(`${ROOT}/fixtures/tables/seed-002-appendix.yaml`, "utf8")) as {
      rows: Array<Record<string, string | undefined> & { span?: Record<string, number> }>;
    };
    const pf = await extractFixture("fixtures/pdf/seed-002-appendix.pdf");
    const tasks = pf.documents.flatMap((d) => d.tasks);
    // The logical value of a merged cell: the nearest origin above whose span reaches the row.
    const filled = (i: number, key: string): string => {
      for (let k = i; k >= 0; k--) {
        const r = tr.rows[k]!;
        if (r[key] !== undefined) return k === i || (r.span?.[key] ?? 1) > i - k ? r[key]! : "";
      }
      return "";
    };
    tr.rows.forEach((row, i) => {
      const t = tasks.find((x) => x.text === row.text);
      expect(t, `row ${row.row}: ${row.text}`).toBeDefined();
      expect(t!.lead).toEqual(splitUnits(filled(i, "lead")));
      expect(t!.coordinators).toEqual(splitUnits(filled(i, "coordinators")));
      expect(t!.product).toBe(filled(i, "product") || null);
      expect(t!.deadline.raw ?? "").toBe(filled(i, "deadline"));
    });
  });
});

describe("where PDF and DOCX tasks are", () => {
  it("DOCX tasks point at table, row and cell; PDF tasks at page, table and row", async () => {
    const d = (await extractFixture("fixtures/docx/seed-000.docx")).documents[0]!.tasks[0]!;
    expect(d.location).toEqual({ table: 2, row: 2, cell: 1 }); // tables counted in the file: two layout tables come first
    const p = (await extractFixture("fixtures/pdf/seed-000.pdf")).documents[0]!.tasks.find((t) => t.id === "II.10")!;
    expect(p.location).toEqual({ page: 7, table: 0, row: 17, cell: 1 });
  });

  it("each field points at its own cell: STT, Tên nhiệm vụ, chủ trì, thực hiện, phối hợp, người chịu trách nhiệm, thời gian", async () => {
    const d = (await extractFixture("fixtures/docx/seed-000.docx")).documents[0]!.tasks[0]!;
    expect(d.fieldLocations).toEqual({
      lead: { table: 2, row: 2, cell: 2 },
      executors: { table: 2, row: 2, cell: 3 },
      coordinators: { table: 2, row: 2, cell: 4 },
      responsiblePerson: { table: 2, row: 2, cell: 5 },
      deadline: { table: 2, row: 2, cell: 6 },
    });
    const p = (await extractFixture("fixtures/pdf/seed-000.pdf")).documents[0]!.tasks.find((t) => t.id === "II.10")!;
    expect(p.fieldLocations?.deadline).toEqual({ page: 7, table: 0, row: 17, cell: 6 });
    expect(p.fieldLocations?.lead).toEqual({ page: 7, table: 0, row: 17, cell: 2 });
  });
});

describe("PDF pages without a text layer", () => {
  it("a scanned page is reported with its number and the table stops there", async () => {
    const pf = await extractFixture("fixtures/pdf/seed-000-scanned.pdf");
    expect(pf.diagnostics).toEqual([expect.objectContaining({ code: "no-text-layer", severity: "error", data: { pages: "6" }, location: { page: 6 } })]);
    const ids = pf.documents.flatMap((d) => d.tasks).map((t) => t.id);
    expect(ids.slice(0, 6)).toEqual(["I.1", "I.2", "I.3", "I.4", "I.5", "II.1"]);
  });

  it("a wholly scanned PDF is an error, never an empty success", async () => {
    const pf = await extractFixture("fixtures/pdf/auto-stt-scanned.pdf");
    expect(pf.diagnostics).toEqual([expect.objectContaining({ code: "no-text-layer", severity: "error", data: { pages: "1" } })]);
    expect(pf.documents.flatMap((d) => d.tasks)).toEqual([]);
  });
});

describe("fixtures are current", () => {
  it("every render spec has its outputs", () => {
    for (const name of ["seed-000", "seed-002-appendix", "auto-stt", "borderless"]) {
      expect(existsSync(`${ROOT}/fixtures/docx/${name}.docx`), name).toBe(true);
      expect(existsSync(`${ROOT}/fixtures/pdf/${name}.pdf`), name).toBe(true);
    }
  });
});

describe("same plan, same task findings, whatever the format", () => {
  const taskFindings = async (path: string) => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const run = await check([path]);
      return run.results.flatMap((r) => r.findings.filter((f) => f.taskId !== undefined).map((f) => `${f.ruleId} ${f.messageId} ${f.taskId} ${f.message}`));
    } finally {
      process.chdir(cwd);
    }
  };
  it.each([
    [SEED.dangUy, ["fixtures/docx/seed-000.docx", "fixtures/pdf/seed-000.pdf"]],
    [SEED.phuLuc, ["fixtures/docx/seed-002-appendix.docx", "fixtures/pdf/seed-002-appendix.pdf"]],
  ])("%s", async (text, others) => {
    const expected = await taskFindings(text);
    expect(expected.length).toBeGreaterThan(10);
    for (const o of others) expect(await taskFindings(o), o).toEqual(expected);
  });
});
