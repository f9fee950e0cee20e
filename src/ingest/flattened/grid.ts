import type { Diagnostic } from "../../model/diagnostic.js";
import type { Location } from "../../model/location.js";
import type { TableBlock, TableCell, TableRow, TextSpan } from "../source-document.js";
import { joinPieces } from "./cells.js";
import type { FlatColumn } from "./header.js";
import { cellText, type CellRef, type DataRow, type LogicalRow } from "./rows.js";

/**
 * Logical rows → an ordinary TableBlock (one cell per column, merged cells repeated on the
 * rows they cover), each recovered row with a confidence, and an `uncertain-table-structure`
 * warning for every row below the threshold.
 */

/** Rows below this confidence are reported: the reading is a guess someone should check. */
export const CONFIDENCE_THRESHOLD = 0.6;

const cellLocation = (r: CellRef): Location => ({ line: r.firstLine, column: r.column, ...(r.lastLine !== r.firstLine ? { endLine: r.lastLine } : {}) });
const empty = (location: Location): TableCell => ({ text: "", rowSpan: 1, colSpan: 1, covered: false, location });

/** How much to trust a recovered row, from what its own cells look like. */
export function rowConfidence(row: DataRow, own: readonly CellRef[], columns: FlatColumn[]): { confidence: number; reasons: string[] } {
  const reasons: string[] = [];
  let c = 1;
  const has = (role: string) => columns.some((k) => k.role === role);
  const byRole = (role: string) => {
    const i = columns.findIndex((k) => k.role === role);
    return i >= 0 ? row.cells.get(i) : undefined;
  };
  if (row.orphan) {
    c *= 0.3;
    reasons.push("no-task-text");
  }
  for (const [role, factor] of [["lead", 0.6], ["deadline", 0.7]] as const) {
    if (has(role) && !byRole(role)) {
      c *= factor;
      reasons.push(`no-${role}`);
    }
  }
  for (const r of own) {
    const role = columns[r.col]!.role;
    const worst = Math.min(...r.scores);
    // Units, deadlines and budgets have a model: a right cell earns points. Free text hovers
    // around zero; only a clear fault (a lower-case start, a line too wide) counts there.
    const lexical = role === "deadline" || role === "lead" || role === "coordinators" || role === "executors" || role === "budget";
    if (worst < (lexical ? 0 : -3)) {
      c *= role === "deadline" || role === "lead" || role === "coordinators" ? 0.6 : 0.85;
      reasons.push(`implausible-${role}`);
    }
    if (r.tooWide) {
      c *= 0.8;
      reasons.push(`too-wide-${role}`);
    }
    if (r.split) {
      c *= 0.9;
      reasons.push(`split-line-${role}`);
    }
  }
  return { confidence: Math.round(c * 100) / 100, reasons };
}

export function buildTableBlock(
  rows: LogicalRow[],
  columns: FlatColumn[],
  headerLines: { first: number; last: number },
  lastLine: number,
): { block: TableBlock; diagnostics: Diagnostic[] } {
  const K = columns.length;
  const sttCol = columns.findIndex((c) => c.role === "stt");
  const out: TableRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const headerLoc: Location = { line: headerLines.first, endLine: headerLines.last };
  out.push({ header: true, location: headerLoc, cells: columns.map((c) => ({ text: c.name, rowSpan: 1, colSpan: 1, covered: false, location: headerLoc })) });

  // Which row first shows each cell, and over how many consecutive rows it runs.
  const seen = new Set<CellRef>();
  rows.forEach((row, index) => {
    if (row.type === "title") {
      out.push(titleRow(row.stt, row.title, row.line, K, sttCol));
      return;
    }
    const origins = new Set<CellRef>();
    const cells: TableCell[] = [];
    for (let c = 0; c < K; c++) {
      const ref = row.cells.get(c);
      if (!ref) {
        cells.push(empty({}));
        continue;
      }
      const origin = !seen.has(ref);
      seen.add(ref);
      if (origin) origins.add(ref);
      cells.push({
        text: cellText(ref),
        rowSpan: origin ? spanOf(rows, index, ref) : 1,
        colSpan: 1,
        covered: !origin,
        location: cellLocation(ref),
        ...(ref.pieces.length > 1 ? { spans: cellSpans(ref) } : {}),
      });
    }
    const own = [...origins];
    const line = Math.min(...own.map((r) => r.firstLine));
    const endLine = Math.max(...own.map((r) => r.lastLine));
    const { confidence, reasons } = rowConfidence(row, own, columns);
    const location: Location = { line, endLine };
    out.push({ header: false, location, cells, confidence });
    if (confidence < CONFIDENCE_THRESHOLD) {
      diagnostics.push({
        code: "uncertain-table-structure",
        severity: "warning",
        message: `A row of a table recovered from text that lost its layout may be misread (confidence ${confidence}); check lines ${line}–${endLine} against the original.`,
        data: { confidence, reasons: reasons.join(", "), text: cellText(row.cells.get(columns.findIndex((k) => k.role === "text")) ?? ([...row.cells.values()][0] as CellRef)).slice(0, 80) },
        location,
      });
    }
  });
  return { block: { type: "table", rows: out, location: { line: headerLines.first, endLine: lastLine } }, diagnostics };
}

/** Offsets of the pieces in the joined cell text, mapped to where each piece was printed. */
function cellSpans(ref: CellRef): TextSpan[] {
  const spans: TextSpan[] = [];
  let text = "";
  ref.pieces.forEach((p, k) => {
    const joined = joinPieces([text, p]);
    const offset = text === "" ? 0 : joined.length - p.length;
    spans.push({ offset, line: ref.starts[k]!.line, column: ref.starts[k]!.column });
    text = joined;
  });
  return spans;
}

/** Consecutive rows from `index` that show `ref`. */
function spanOf(rows: LogicalRow[], index: number, ref: CellRef): number {
  let n = 0;
  for (let i = index; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.type !== "data" || [...r.cells.values()].indexOf(ref) < 0) break;
    n++;
  }
  return n;
}

/** A full-width row: the STT cell and one title cell merged across the other columns. */
function titleRow(stt: string, title: string, line: number, K: number, sttCol: number): TableRow {
  const location: Location = { line };
  if (sttCol !== 0) {
    const text = `${stt} ${title}`;
    return { header: false, location, cells: Array.from({ length: K }, (_, i) => ({ text, rowSpan: 1, colSpan: i === 0 ? K : 1, covered: i > 0, location })) };
  }
  const cells: TableCell[] = [{ text: stt, rowSpan: 1, colSpan: 1, covered: false, location }];
  for (let i = 1; i < K; i++) cells.push({ text: title, rowSpan: 1, colSpan: i === 1 ? K - 1 : 1, covered: i > 1, location });
  return { header: false, location, cells };
}
