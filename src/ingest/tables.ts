import { cleanLine } from "../normalize/markup.js";
import { normalizeText } from "../normalize/text.js";
import type { TableBlock, TableRow } from "./source-document.js";
import type { SourceLine } from "./lines.js";

/** A tab-separated row: at least three cells (the section rows of seed 000 are "I. …\t\t\t…"). */
export function isTabRow(l: SourceLine): boolean {
  return l.norm.includes("\t") && l.norm.split("\t").length >= 3;
}

/** A Markdown pipe-table row "| a | b |". */
export function isPipeRow(l: SourceLine): boolean {
  return /^\s*\|.*\|\s*$/.test(l.norm);
}

/** "| --- | :---: |" — tested with the spaces taken out, so no two whitespace runs can meet. */
const PIPE_SEPARATOR = /^\|?:?-{3,}:?(?:\|:?-{3,}:?)*\|?$/;

/** Builds a table block from consecutive tab- or pipe-separated lines. */
export function buildTable(rows: SourceLine[], kind: "tab" | "pipe"): TableBlock {
  const parsed: { line: SourceLine; cells: string[]; header: boolean }[] = [];
  for (const line of rows) {
    if (kind === "pipe" && PIPE_SEPARATOR.test(line.norm.replace(/\s+/g, ""))) {
      if (parsed.length > 0) parsed[parsed.length - 1]!.header = true;
      continue;
    }
    const cells =
      kind === "tab"
        ? line.norm.split("\t")
        : line.norm.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, "|"));
    // Cells of Markdown exports carry emphasis ("**I**"); cleanLine drops it like in prose.
    parsed.push({ line, cells: cells.map((c) => cleanLine(normalizeText(c).replace(/\s+/g, " ").trim()).text), header: false });
  }
  let width = 0;
  for (const p of parsed) width = Math.max(width, p.cells.length); // no spread: rows may have 10⁶ cells
  const tableRows: TableRow[] = parsed.map((p) => {
    const spans = cellSpans(p.line.norm, kind);
    return {
      header: p.header,
      location: { line: p.line.n },
      cells: Array.from({ length: width }, (_, i) => {
        // Cells missing at the end of a short row sit where its last cell starts, empty.
        const [start, end] = spans[i] ?? [spans[spans.length - 1]![0], 0];
        return {
          text: p.cells[i] ?? "",
          rowSpan: 1,
          colSpan: 1,
          covered: false,
          location: end > start ? { line: p.line.n, column: start, endLine: p.line.n, endColumn: end } : { line: p.line.n, column: start },
        };
      }),
    };
  });
  return {
    type: "table",
    rows: tableRows,
    location: { line: rows[0]!.n, endLine: rows[rows.length - 1]!.n },
  };
}

/** 1-based [start, end) columns of each cell's text (spaces around it left out), in one pass. */
function cellSpans(line: string, kind: "tab" | "pipe"): Array<[number, number]> {
  const sep = kind === "tab" ? "\t" : "|";
  const out: Array<[number, number]> = [];
  let pos = kind === "pipe" ? line.indexOf("|") + 1 : 0;
  for (;;) {
    const next = line.indexOf(sep, pos);
    const stop = next < 0 ? line.length : next;
    let a = pos;
    while (a < stop && line[a] === " ") a++;
    let b = stop;
    while (b > a && line[b - 1] === " ") b--;
    out.push([a + 1, b + 1]);
    if (next < 0) break;
    pos = next + 1;
  }
  return out;
}
