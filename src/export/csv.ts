import type { TaskRow } from "../model/task-export.js";
import type { Lang } from "../rules/types.js";
import { TASK_COLUMNS, type CellValue } from "./columns.js";

/** Byte order mark: without it Excel reads a UTF-8 CSV as the local code page and Vietnamese breaks. */
const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * A spreadsheet opening a CSV runs a cell that starts with = + - @ as a formula (a plan row
 * "- Văn phòng Sở" shows #NAME?, and "=HYPERLINK(…)" from a hostile file runs). Such cells get a
 * leading apostrophe, which spreadsheets hide and treat as "this is text" (OWASP, CSV injection).
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a quote, comma or line break is quoted, and quotes inside are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cellText(c: CellValue): string {
  if (c.type === "number") return String(c.value);
  if (c.type === "date") return c.value ?? ""; // ISO yyyy-mm-dd: every spreadsheet reads it as a date
  return guardFormula(c.value);
}

/** Task rows as CSV: UTF-8 with BOM, CRLF line ends, header row in the chosen language. */
export function toCsv(rows: readonly TaskRow[], lang: Lang): string {
  const lines = [TASK_COLUMNS.map((c) => csvField(c.header[lang]))];
  for (const row of rows) lines.push(TASK_COLUMNS.map((c) => csvField(cellText(c.value(row, lang)))));
  return BOM + lines.map((l) => l.join(",")).join(CRLF) + CRLF;
}
