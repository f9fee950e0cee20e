import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { TASK_COLUMNS } from "../../src/export/columns.js";
import { TaskExport, type TaskRow } from "../../src/model/task-export.js";
import { runCli } from "../helpers/cli.js";
import { PLANS, ROOT, SEED, planFiles } from "../helpers/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "pl-export-"));
const out = (name: string) => join(dir, name);

/** The JSON export is the reference the other formats are compared with. */
const jsonRun = runCli(["export", PLANS, "-f", "json", "-o", out("tasks.json")]);
const exported = TaskExport.parse(JSON.parse(readFileSync(out("tasks.json"), "utf8")));
const tasks = exported.tasks;
const perFile = (list: { file: string }[]) =>
  Object.fromEntries(planFiles().map((f) => [f, list.filter((t) => t.file === f).length]));

/** Task counts per seed, from the extraction itself (`extract -f json`), not from the export. */
const extracted = JSON.parse(runCli(["extract", PLANS, "-f", "json"]).stdout) as Array<{
  source: { path: string };
  documents: Array<{ tasks: unknown[] }>;
}>;
const expectedPerFile = Object.fromEntries(extracted.map((p) => [p.source.path, p.documents.reduce((n, d) => n + d.tasks.length, 0)]));

describe("plan-lint export -f json / yaml", () => {
  it("exports every task of every seed and validates against schemas/task-export.schema.json", () => {
    expect(jsonRun.code).toBe(0);
    expect(jsonRun.stdout).toBe("");
    expect(perFile(tasks)).toEqual(expectedPerFile);
    expect(tasks.length).toBe(172); // 20 + 27 + 6 + 64 + 47 + 8 in the six seeds
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}/schemas/task-export.schema.json`, "utf8")));
    expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(jsonRun.stderr).toContain("đã xuất 172 nhiệm vụ từ 6 tệp");
    // Seed 002's table is recovered from its flattened text, so no seed is without tasks any more.
    expect(jsonRun.stderr).not.toContain("không tìm thấy nhiệm vụ nào");
  });

  it("names a file that has no tasks in the run summary", () => {
    writeFileSync(out("bao-cao.txt"), "BÁO CÁO\n\nKết quả công tác tháng 3 năm 2026\n\nĐơn vị đã hoàn thành các nhiệm vụ được giao.\n");
    const r = runCli(["export", out("bao-cao.txt"), "-f", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("bao-cao.txt: không tìm thấy nhiệm vụ nào");
  });

  it("YAML holds the same object", () => {
    const r = runCli(["export", PLANS, "-f", "yaml"]);
    expect(r.code).toBe(0);
    expect(parseYaml(r.stdout)).toEqual(exported);
  });
});

describe("plan-lint export -f csv", () => {
  const r = runCli(["export", PLANS, "-o", out("tasks.csv")]); // format from the extension
  const bytes = readFileSync(out("tasks.csv"));

  it("is UTF-8 with a BOM and CRLF record ends", () => {
    expect(r.code).toBe(0);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.match(/(?<!\r)\n/gu)).toBeNull(); // no bare LF (no task text here has a line break)
  });

  it("round-trips through a CSV parser with every Vietnamese character intact", () => {
    const records = parseCsv(bytes, { bom: true, relaxQuotes: false, relaxColumnCount: false }) as string[][];
    expect(records[0]).toEqual(TASK_COLUMNS.map((c) => c.header.vi));
    expect(records.length - 1).toBe(tasks.length);
    const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key);
    let letters = 0;
    records.slice(1).forEach((rec, i) => {
      const t: TaskRow = tasks[i]!;
      expect(rec[col("file")]).toBe(t.file);
      expect(rec[col("documentIdentifier")]).toBe(t.documentIdentifier ?? "");
      expect(rec[col("issuer")]).toBe(t.issuer ?? "");
      expect(rec[col("section")]).toBe(t.section.join(" › "));
      expect(rec[col("taskId")]).toBe(t.taskId);
      expect(rec[col("text")]).toBe(t.text);
      expect(rec[col("lead")]).toBe(t.lead.join("; "));
      expect(rec[col("coordinators")]).toBe(t.coordinators.join("; "));
      expect(rec[col("responsiblePerson")]).toBe(t.responsiblePerson ?? "");
      expect(rec[col("deadlineRaw")]).toBe(t.deadline.raw ?? "");
      expect(rec[col("deadlineEnd")]).toBe(t.deadline.end ?? "");
      expect(rec[col("findings")]).toBe(String(t.findings));
      letters += (rec.join("").match(/[À-ỹĐđ]/gu) ?? []).length;
    });
    expect(letters).toBeGreaterThan(5000); // the comparison above really covered Vietnamese text
  });

  it("--lang en gives English headers", () => {
    const en = runCli(["export", SEED.phuLuc, SEED.thuanAn, "-f", "csv", "--lang", "en"]);
    expect(en.stdout.split("\r\n")[0]).toBe("\uFEFF" + TASK_COLUMNS.map((c) => (c.header.en.includes(",") ? `"${c.header.en}"` : c.header.en)).join(","));
    expect(en.stderr).toContain("exported 72 tasks from 2 files");
  });
});

describe("plan-lint export -f xlsx", async () => {
  const r = runCli(["export", PLANS, "-f", "xlsx", "-o", out("tasks.xlsx")]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out("tasks.xlsx"));
  const sheet = wb.getWorksheet("Nhiệm vụ")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;
  const dataRows = () => {
    const list: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => n > 1 && list.push(row));
    return list;
  };

  it("has every task of the seeds, read back with exceljs", () => {
    expect(r.code).toBe(0);
    expect(header).toEqual(TASK_COLUMNS.map((c) => c.header.vi));
    const rows = dataRows();
    expect(rows.length).toBe(tasks.length);
    const files = rows.map((row) => ({ file: String(row.getCell(col("file")).value) }));
    expect(perFile(files)).toEqual(expectedPerFile);
    rows.forEach((row, i) => expect(row.getCell(col("text")).value).toBe(tasks[i]!.text));
  });

  it("freezes and filters the header row and wraps text", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(col("text")).width).toBeGreaterThanOrEqual(40);
    expect(dataRows()[0]!.getCell(col("text")).alignment?.wrapText).toBe(true);
  });

  it("sizes each row for its wrapped text (viewers other than Excel do not grow rows) and prints landscape", () => {
    const rows = dataRows();
    rows.forEach((row, i) => {
      const lines = Math.ceil(tasks[i]!.text.length / 65); // the text column is 60 wide
      expect(row.height, tasks[i]!.taskId).toBeGreaterThanOrEqual(Math.min(409, lines * 15));
    });
    expect(sheet.getRow(1).height).toBeGreaterThanOrEqual(30); // "Thời hạn (như văn bản ghi)" takes two lines
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "1:1" });
  });

  it("stores dates as real dates", () => {
    const rows = dataRows();
    let dates = 0;
    rows.forEach((row, i) => {
      const t = tasks[i]!;
      const end = row.getCell(col("deadlineEnd"));
      if (t.deadline.end) {
        expect(end.value).toBeInstanceOf(Date);
        expect((end.value as Date).toISOString().slice(0, 10)).toBe(t.deadline.end);
        expect(end.numFmt).toBe("dd/mm/yyyy");
        dates++;
      } else expect(end.value).toBeNull();
      const docDate = row.getCell(col("documentDate")).value;
      if (t.documentDate) expect((docDate as Date).toISOString().slice(0, 10)).toBe(t.documentDate);
    });
    expect(dates).toBeGreaterThan(40);
  });

  it("highlights vague deadlines, with a note saying why, and only those", () => {
    const rows = dataRows();
    const vague = (t: TaskRow) => ["open-ended", "conditional", "by-reference", "missing"].includes(t.deadline.kind) || t.deadline.invalid !== undefined;
    let highlighted = 0;
    rows.forEach((row, i) => {
      const cell = row.getCell(col("deadlineRaw"));
      const filled = (cell.fill as ExcelJS.FillPattern | undefined)?.pattern === "solid";
      expect(filled, `${tasks[i]!.taskId} ${tasks[i]!.deadline.raw}`).toBe(vague(tasks[i]!));
      if (filled) {
        highlighted++;
        expect(JSON.stringify(cell.note)).toContain("Thời hạn không cụ thể");
      }
    });
    expect(highlighted).toBe(tasks.filter(vague).length);
    expect(highlighted).toBeGreaterThan(20);
  });

  it("has a Findings sheet with every finding of the check run", () => {
    const check = JSON.parse(runCli(["check", PLANS, "-f", "json"]).stdout) as { summary: { errors: number; warnings: number; infos: number } };
    const findings = wb.getWorksheet("Phát hiện")!;
    expect(findings.rowCount - 1).toBe(check.summary.errors + check.summary.warnings + check.summary.infos);
    expect((findings.getRow(2).getCell(7).value as { hyperlink: string }).hyperlink).toMatch(/^https:\/\//u);
  });
});

describe("plan-lint export -f ics", () => {
  const r = runCli(["export", PLANS, "-f", "ics", "-o", out("tasks.ics")]);
  const text = readFileSync(out("tasks.ics"), "utf8");
  const concrete = tasks.filter((t) => t.concreteDeadline);

  it("parses with one VTODO per concrete deadline, DUE = the deadline's end as an all-day date", () => {
    expect(r.code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(text));
    const todos = cal.getAllSubcomponents("vtodo");
    expect(todos.length).toBe(concrete.length);
    expect(todos.length).toBe(54); // 45 before seed 002's table was recovered, + its 9 concrete deadlines
    todos.forEach((todo, i) => {
      const due = todo.getFirstPropertyValue("due") as ICAL.Time;
      expect(due.isDate).toBe(true);
      expect(due.toString()).toBe(concrete[i]!.deadline.end);
      expect(todo.getFirstPropertyValue("summary")).toBe(concrete[i]!.text);
      expect(String(todo.getFirstPropertyValue("description"))).toContain(`Chủ trì: ${concrete[i]!.lead.join("; ") || "(chưa ghi)"}`);
    });
    expect(new Set(todos.map((t) => t.getFirstPropertyValue("uid"))).size).toBe(todos.length);
  });

  it("lists the tasks it left out in the run summary instead of inventing dates", () => {
    const left = tasks.length - concrete.length;
    expect(r.stderr).toContain(`54 mục lịch`);
    expect(r.stderr).toContain(`${left} nhiệm vụ không có thời hạn cụ thể`);
    expect(r.stderr).toMatch(/syt-quang-ngai-kh-chuong-trinh-hanh-dong-2021\.txt:253:3 {2}B\.IV\.4#1 {2}«Thường xuyên»/u);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("  ")).length).toBe(left);
  });

  it("uses CRLF, folds at 75 octets, and keeps UIDs when exported again", () => {
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/u);
    const again = runCli(["export", `./${PLANS}/`, "-f", "ics"]).stdout;
    const uids = (s: string) => s.match(/^UID:.*$/gmu);
    expect(uids(again)).toEqual(uids(text));
  });
});

describe("plan-lint export: bad input and outputs", () => {
  it("refuses to overwrite an input file (exit 2, one line)", () => {
    const d = mkdtempSync(join(tmpdir(), "pl-export-in-"));
    copyFileSync(`${ROOT}/${SEED.thuanAn}`, join(d, "plan.csv"));
    const before = readFileSync(join(d, "plan.csv"));
    const r = runCli(["export", "plan.csv", "-o", "plan.csv"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["plan-lint: không ghi đè tệp đầu vào plan.csv"]);
    expect(readFileSync(join(d, "plan.csv"))).toEqual(before);
  });

  it("an unreadable file is one line naming it; the others are still exported (exit 1)", () => {
    const r = runCli(["export", SEED.thuanAn, "khong-co.txt", "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plan-lint: khong-co\.txt: .*không tìm thấy tệp/mu);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/u);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(8);
  });

  it("rejects an unknown format with exit 2", () => {
    const r = runCli(["export", SEED.thuanAn, "-f", "pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("pdf");
  });

  it("writes nothing when the output folder is an existing file's path (exit 2, no stack)", () => {
    const d = mkdtempSync(join(tmpdir(), "pl-export-out-"));
    writeFileSync(join(d, "file"), "x");
    const r = runCli(["export", `${ROOT}/${SEED.thuanAn}`, "-o", join(d, "file", "tasks.csv")], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^plan-lint: không ghi được .*tasks\.csv: /u)]);
  });
});
