import type { Diagnostic } from "../../model/diagnostic.js";
import type { SourceLine } from "../lines.js";
import type { TableBlock } from "../source-document.js";
import { isPipeRow, isTabRow } from "../tables.js";
import { Bigrams } from "./bigrams.js";
import { joinPieces, KnownCells } from "./cells.js";
import { buildTableBlock } from "./grid.js";
import { findHeaderAt, lineText, type FlatColumn } from "./header.js";
import { buildRows } from "./rows.js";
import { openCells, segmentCells, type Cell, type Evidence, type OpenCell } from "./segmenter.js";
import { buildStream, type Part } from "./stream.js";
import { initialWidths, learnWidths } from "./widths.js";

/**
 * Tables from text that lost its layout (text copied out of a PDF viewer or saved by a
 * text-extraction tool): every cell broken into short lines, cells following each other
 * column by column, empty and merged cells gone, the header repeated at each page break.
 *
 * 1. header.ts finds the header by its column names;
 * 2. stream.ts cuts the body at the fixed points (repeated headers, section rows, STT numbers);
 * 3. segmenter.ts reads the rest into cells with what each column looks like (cells.ts);
 *    a first reading learns how wide each column wraps, a second one uses it;
 * 4. rows.ts joins cells into rows and carries merged cells down; grid.ts builds the
 *    TableBlock, with a confidence per row and a warning for the doubtful ones.
 */
export interface RecoveredTable {
  block: TableBlock;
  diagnostics: Diagnostic[];
  /** Index of the first line after the table. */
  end: number;
}

/** Lines that cannot be part of a table body: the closing of the document, another block. */
const STOP = /^(?:Nơi nhận|KT\.|TM\.|Q\.\s|PHỤ LỤC|Phụ lục\b|CỘNG H[OÒ]À|Trên đây|Kính gửi)/u;
/** Table lines are short; a long line is prose again (section rows may be long). */
const MAX_BODY_LINE = 70;
const SECTION_ROW = /^(X{0,3}(?:IX|IV|V?I{0,3}))\.?\s+\S/u;

/** Recovers a flattened table whose header starts at line `start`, or null when there is none. */
export function recoverFlattenedTable(lines: SourceLine[], start: number): RecoveredTable | null {
  const reading = readTable(lines, start);
  if (!reading) return null;
  const { columns, parts, cells, evidence, end, bodyStart } = reading;
  const rows = buildRows(parts, cells, columns, evidence.widths);
  if (!rows.some((r) => r.type === "data")) return null;
  const header = { first: lines[start]!.n, last: lastContentLine(lines, start, bodyStart) };
  const { block, diagnostics } = buildTableBlock(rows, columns, header, lastContentLine(lines, bodyStart, end));
  if (reading.truncated) {
    const line = lines[end]!.n;
    diagnostics.push({
      code: "uncertain-table-structure",
      severity: "warning",
      message: `A table recovered from text that lost its layout runs past ${MAX_BODY_LINES} lines; from line ${line} on it was read as ordinary text.`,
      data: { reason: "too-long", limit: MAX_BODY_LINES },
      location: { line },
    });
  }
  return { block, diagnostics, end };
}

/** The reading of a flattened table: its columns, the stream and the cells of each segment. */
export interface TableReading {
  columns: FlatColumn[];
  parts: Part[];
  cells: Map<Part, Cell[]>;
  evidence: Evidence;
  bodyStart: number;
  end: number;
  /** The body was cut at MAX_BODY_LINES. */
  truncated: boolean;
}

/**
 * Two readings: a rough one to learn how wide each column wraps and which cell texts repeat,
 * and the final one with both.
 */
export function readTable(lines: SourceLine[], start: number): TableReading | null {
  const found = findHeaderAt(lines, start);
  if (!found) return null;
  const { end, truncated } = bodyEnd(lines, found.end);
  const { parts } = buildStream(lines.slice(found.end, end), found.header);
  const columns = found.header.columns;
  if (!parts.some((p) => p.type === "segment")) return null;

  const bigrams = new Bigrams(lines.slice(found.end, end).map(lineText));
  const first = readCells(parts, columns, { bigrams, widths: initialWidths(parts, columns) });
  const widths = learnWidths(first, columns);
  const known = new KnownCells();
  for (const list of first.values()) {
    for (const c of list) if (!c.cont && !c.cut) known.add(joinPieces(c.pieces));
  }
  const evidence: Evidence = { bigrams, widths, known: known.freeze() };
  return { columns, parts, cells: readCells(parts, columns, evidence), evidence, bodyStart: found.end, end, truncated };
}

/** Work grows with the table: a body longer than this many lines (~200 pages) ends the table there. */
const MAX_BODY_LINES = 10_000;

function bodyEnd(lines: SourceLine[], from: number): { end: number; truncated: boolean } {
  let content = 0;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.text === "" && l.marker === null) continue;
    if (++content > MAX_BODY_LINES) return { end: k, truncated: true };
    const t = lineText(l);
    if (STOP.test(t) || isTabRow(l) || isPipeRow(l)) return { end: k, truncated: false };
    if (t.length > MAX_BODY_LINE && !SECTION_ROW.test(t)) return { end: k, truncated: false };
  }
  return { end: lines.length, truncated: false };
}

function lastContentLine(lines: SourceLine[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (lines[k]!.text !== "" || lines[k]!.marker !== null) return lines[k]!.n;
  return lines[from]!.n;
}

/** Segments read in order; each passes the cells it leaves open to the next (page breaks). */
export function readCells(parts: Part[], columns: FlatColumn[], evidence: Evidence): Map<Part, Cell[]> {
  const out = new Map<Part, Cell[]>();
  const open = new Map<number, OpenCell>();
  for (const part of parts) {
    if (part.type === "title") {
      open.clear();
      continue;
    }
    const cells = segmentCells(part, columns, open, evidence);
    out.set(part, cells);
    openCells(cells, columns, open, part.beforeBreak);
  }
  return out;
}


