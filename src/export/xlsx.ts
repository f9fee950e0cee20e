import type { Cell, Workbook, Worksheet } from "exceljs";
import type { Finding } from "../model/finding.js";
import type { TaskRow } from "../model/task-export.js";
import { formatLocation, SEVERITY_WORDS } from "../report/location.js";
import type { Lang } from "../rules/types.js";
import { TASK_COLUMNS, deadlineKindLabel } from "./columns.js";
import { isVagueDeadline } from "./rows.js";

export interface XlsxOptions {
  lang: Lang;
  /** Workbook creation time (a parameter so the file is repeatable in tests). */
  now: Date;
}

export const SHEET_NAMES = {
  vi: { tasks: "Nhiệm vụ", findings: "Phát hiện" },
  en: { tasks: "Tasks", findings: "Findings" },
} as const;

const WORDS = {
  vi: {
    vague: (kind: string) => `Thời hạn không cụ thể (${kind}): không có ngày hoàn thành để theo dõi.`,
    findings: { file: "Tệp", location: "Vị trí", severity: "Mức độ", rule: "Quy tắc", task: "STT nhiệm vụ", message: "Nội dung", docs: "Hướng dẫn" },
  },
  en: {
    vague: (kind: string) => `Vague deadline (${kind}): no completion date to follow up.`,
    findings: { file: "File", location: "Location", severity: "Severity", rule: "Rule", task: "Task id", message: "Message", docs: "Docs" },
  },
};

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } } as const;
const VAGUE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } } as const;
const WRAP = { wrapText: true, vertical: "top" } as const;
const DATE_FORMAT = "dd/mm/yyyy"; // how Vietnamese documents write dates

/** ISO date → a Date at UTC midnight: exceljs turns UTC into the Excel serial day exactly. */
function toDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

const LINE_POINTS = 15; // one line of the default 11 pt font
const MAX_ROW_POINTS = 409; // Excel's largest row height

/**
 * Row height for wrapped text. Excel grows a row with no stored height when it shows the
 * sheet, but LibreOffice (checked: 7.4, PDF export) and other viewers keep it one line high and
 * the wrapped lines overprint the next row. So every row gets a height estimated from its
 * longest cell: a column `width` wide holds about `width` characters of Vietnamese text.
 */
export function rowHeight(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.1) - 1);
    const n = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
}

const cellText = (v: unknown): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : v instanceof Date ? "00/00/0000" : typeof v === "object" && "text" in v ? String((v as { text: unknown }).text) : String(v));

/** Sets every row's height from its contents (see rowHeight). */
function fitRows(sheet: Worksheet): void {
  const widths = (sheet.columns ?? []).map((c) => c.width ?? 10);
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map(cellText);
    row.height = rowHeight(values, widths);
  });
}

function styleHeader(sheet: Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = WRAP;
  for (let c = 1; c <= columns; c++) header.getCell(c).fill = HEADER_FILL;
  // A frozen header and a filter on every column: what a clerk does first by hand.
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
  // Printed: A4 landscape, the header row repeated on every page.
  sheet.pageSetup = { ...sheet.pageSetup, orientation: "landscape", paperSize: 9, printTitlesRow: "1:1" };
}

function addTasksSheet(wb: Workbook, rows: readonly TaskRow[], lang: Lang): void {
  const sheet = wb.addWorksheet(SHEET_NAMES[lang].tasks);
  sheet.columns = TASK_COLUMNS.map((c) => ({ header: c.header[lang], key: c.key, width: c.width }));
  const deadlineKeys = new Set(["deadlineRaw", "deadlineKind", "deadlineEnd"]);
  for (const row of rows) {
    const line = sheet.addRow(
      TASK_COLUMNS.map((c) => {
        const v = c.value(row, lang);
        if (v.type === "date") return v.value ? toDate(v.value) : null;
        return v.value;
      }),
    );
    line.alignment = WRAP;
    TASK_COLUMNS.forEach((c, i) => {
      const cell: Cell = line.getCell(i + 1);
      if (c.value(row, lang).type === "date") cell.numFmt = DATE_FORMAT;
      if (deadlineKeys.has(c.key) && isVagueDeadline(row.deadline)) {
        cell.fill = VAGUE_FILL;
        if (c.key === "deadlineRaw") cell.note = WORDS[lang].vague(deadlineKindLabel(row, lang));
      }
      if (c.key === "findings" && row.findings > 0) cell.font = { bold: true, color: { argb: "FFC00000" } };
    });
  }
  styleHeader(sheet, TASK_COLUMNS.length);
  fitRows(sheet);
}

function addFindingsSheet(wb: Workbook, findings: readonly Finding[], lang: Lang): void {
  const w = WORDS[lang].findings;
  const sheet = wb.addWorksheet(SHEET_NAMES[lang].findings);
  sheet.columns = [
    { header: w.file, key: "file", width: 28 },
    { header: w.location, key: "location", width: 12 },
    { header: w.severity, key: "severity", width: 11 },
    { header: w.rule, key: "rule", width: 26 },
    { header: w.task, key: "task", width: 12 },
    { header: w.message, key: "message", width: 80 },
    { header: w.docs, key: "docs", width: 14 },
  ];
  for (const f of findings) {
    const line = sheet.addRow([
      f.file,
      formatLocation(f.location, lang),
      SEVERITY_WORDS[lang][f.severity],
      f.ruleId,
      f.taskId ?? "",
      f.message,
      { text: f.ruleId, hyperlink: f.docsUrl },
    ]);
    line.alignment = WRAP;
    if (f.severity === "error") line.getCell(3).font = { bold: true, color: { argb: "FFC00000" } };
  }
  styleHeader(sheet, 7);
  fitRows(sheet);
}

/**
 * A workbook with a Tasks sheet (one row per task, dates as real dates, vague deadlines
 * highlighted with a note saying why) and a Findings sheet. exceljs takes ~300 ms to load, so
 * it is imported here, on demand, and `plan-lint --version` never pays for it.
 */
export async function toXlsx(rows: readonly TaskRow[], findings: readonly Finding[], opts: XlsxOptions): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "plan-lint";
  wb.created = opts.now;
  wb.modified = opts.now;
  addTasksSheet(wb, rows, opts.lang);
  addFindingsSheet(wb, findings, opts.lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
