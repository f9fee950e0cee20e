import type { Diagnostic } from "../../model/diagnostic.js";
import type { Location } from "../../model/location.js";
import type { TableBlock, TableCell, TableRow, TextSpan } from "../source-document.js";
import { joinPieces } from "./cells.js";
import type { FlatColumn } from "./header.js";
import { rowConfidence, uncertainRow } from "./confidence.js";
import { cellText, type CellRef, type LogicalRow } from "./rows.js";

/**
 * Logical rows → an ordinary TableBlock (one cell per column, merged cells repeated on the
 * rows they cover, section rows as an STT cell and a title merged across the rest), each
 * recovered row with its confidence (confidence.ts).
 */

const cellLocation = (r: CellRef): Location => ({ line: r.firstLine, column: r.column, ...(r.lastLine !== r.firstLine ? { endLine: r.lastLine } : {}) });
const empty = (location: Location): TableCell => ({ text: "", rowSpan: 1, colSpan: 1, covered: false, location });


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
    // The row's own lines: where the cells that start in it were printed.
    const own = origins.size > 0 ? [...origins] : [...row.cells.values()];
    const location: Location = { line: Math.min(...own.map((r) => r.firstLine)), endLine: Math.max(...own.map((r) => r.lastLine)) };
    const { confidence, reasons } = rowConfidence(row, own, columns);
    out.push({ header: false, location, cells, confidence });
    const warning = uncertainRow(row, columns, confidence, reasons, location);
    if (warning) diagnostics.push(warning);
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
