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

const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Builds a table block from consecutive tab- or pipe-separated lines. */
export function buildTable(rows: SourceLine[], kind: "tab" | "pipe"): TableBlock {
  const parsed: { line: SourceLine; cells: string[]; header: boolean }[] = [];
  for (const line of rows) {
    if (kind === "pipe" && PIPE_SEPARATOR.test(line.norm)) {
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
  const width = Math.max(0, ...parsed.map((p) => p.cells.length));
  const tableRows: TableRow[] = parsed.map((p) => ({
    header: p.header,
    location: { line: p.line.n },
    cells: Array.from({ length: width }, (_, i) => ({
      text: p.cells[i] ?? "",
      rowSpan: 1,
      colSpan: 1,
      covered: false,
      location: { line: p.line.n, column: cellColumn(p.line.norm, i, kind) },
    })),
  }));
  return {
    type: "table",
    rows: tableRows,
    location: { line: rows[0]!.n, endLine: rows[rows.length - 1]!.n },
  };
}

/** 1-based column where cell i starts on the line. */
function cellColumn(line: string, i: number, kind: "tab" | "pipe"): number {
  const sep = kind === "tab" ? "\t" : "|";
  let pos = kind === "pipe" ? line.indexOf("|") + 1 : 0;
  for (let k = 0; k < i; k++) {
    const next = line.indexOf(sep, pos);
    if (next < 0) return pos + 1;
    pos = next + 1;
  }
  while (line[pos] === " ") pos++;
  return pos + 1;
}
