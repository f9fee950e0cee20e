import { looksLikeTableHeader } from "../lines.js";
import type { PageTable } from "./cells.js";
import { joinLines, type TextLine } from "./text-lines.js";

/**
 * Page tables → one logical table per table in the document. A table that ends one page
 * and starts the next with the same columns is the same table: its repeated header rows
 * are dropped, a row the page break cut in two is put back together, and a cell merged
 * down across the break (LibreOffice and Word draw it as two cells, the text on the first
 * page or shared out between both) becomes one cell again.
 */
export interface StitchedBlock {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  lines: TextLine[];
  /** Text width of the cell (pt): as far as its column's lines reach, and the cell less padding. */
  width: number;
  maxWidth: number;
  /** Space between the last line and the cell's bottom rule on the page it was last seen (pt). */
  tail: number;
}

export interface StitchedTable {
  columns: number;
  borderless: boolean;
  /** The column holding most text on the first page: the task text. */
  main: number;
  xs: number[];
  rows: Array<{ page: number; header: boolean }>;
  blocks: StitchedBlock[];
  owner: number[][];
}

const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, "");
const startsLower = (s: string) => /^[\p{Ll},;.)\]–-]/u.test(s);

function blockText(b: { lines: TextLine[] }): string {
  return b.lines.map((l) => l.text).join(" ");
}

function tailOf(c: { lines: TextLine[]; y1: number }): number {
  const last = c.lines[c.lines.length - 1];
  return last ? c.y1 - (last.baseline + 0.25 * last.size) : Infinity;
}

export function startTable(t: PageTable): StitchedTable {
  const blocks: StitchedBlock[] = t.cells.map((c, i) => ({
    row: c.row,
    col: c.col,
    rowSpan: c.rowSpan,
    colSpan: c.colSpan,
    lines: c.lines,
    width: t.textWidth[i]!,
    maxWidth: t.maxTextWidth[i]!,
    tail: tailOf(c),
  }));
  const rows = t.ys.slice(0, -1).map(() => ({ page: t.page, header: false }));
  const out: StitchedTable = { columns: t.xs.length - 1, borderless: t.borderless, main: 0, xs: t.xs, rows, blocks, owner: t.owner.map((r) => [...r]) };
  out.main = mainColumn(out);
  // Leading rows that name columns are the header (until a later page proves more rows repeat).
  for (let r = 0; r < rows.length && r < 3; r++) {
    if (looksLikeTableHeader(distinct(out, r).join(" ")) || (r > 0 && rows[r - 1]!.header && isColumnNumbers(rowTexts(out, r)))) rows[r]!.header = true;
    else break;
  }
  return out;
}

/** Same columns within a few points (the next page of the same table). */
export function sameColumns(t: StitchedTable, p: PageTable): boolean {
  if (p.xs.length !== t.xs.length) return false;
  // Borderless columns are estimated from the text on each page: allow them more play.
  const tolerance = t.borderless || p.borderless ? 15 : 4;
  const shift = t.borderless || p.borderless ? 0 : p.xs[0]! - t.xs[0]!;
  return p.xs.every((x, i) => Math.abs(x - shift - t.xs[i]!) <= tolerance) && Math.abs(shift) <= 40;
}

/** Texts of the cells that start in row r (a merged cell counted once). */
function distinct(t: StitchedTable, r: number): string[] {
  return [...new Set(t.owner[r]!)].filter((b) => t.blocks[b]!.row === r).map((b) => blockText(t.blocks[b]!));
}

function rowTexts(t: { owner: number[][]; blocks: Array<{ lines: TextLine[] }> }, r: number): string[] {
  return t.owner[r]!.map((b) => blockText(t.blocks[b]!));
}

function pageRowTexts(p: PageTable, r: number): string[] {
  return p.owner[r]!.map((b) => blockText(p.cells[b]!));
}

const isColumnNumbers = (cells: string[]) => cells.every((c, i) => c === "" || new RegExp(`^\\(?${i + 1}\\)?$`).test(c.trim()));

/** The column holding most text: the task text, whose first words tell a new row from a continued one. */
function mainColumn(t: StitchedTable): number {
  const chars = new Array<number>(t.columns).fill(0);
  for (const b of t.blocks) chars[b.col] = (chars[b.col] ?? 0) + blockText(b).length;
  return chars.indexOf(Math.max(...chars));
}

/**
 * `cutAtBottom`: the table ran to the lowest point tables reach on pages of this size, so the
 * page break cut through its last row rather than falling after a whole row.
 */
export function appendPage(t: StitchedTable, p: PageTable, cutAtBottom: boolean): void {
  // 1. Repeated header rows.
  let h = 0;
  while (h < p.ys.length - 1 && h < t.rows.length && h < 4) {
    const a = rowTexts(t, h).map(norm);
    const b = pageRowTexts(p, h).map(norm);
    if (a.some((x) => x !== "") && a.every((x, i) => x === b[i])) h++;
    else break;
  }
  for (let r = 0; r < h; r++) t.rows[r]!.header = true;
  const bodyRows = p.ys.length - 1 - h;
  if (bodyRows <= 0) return;

  // 2. Which columns continue a cell of the last row (merged down across the break).
  const last = t.rows.length - 1;
  const cont = new Array<boolean>(t.columns).fill(false);
  const pBlockAt = (c: number) => p.cells[p.owner[h]![c]!]!;
  // Columns where the table merges cells down: an empty cell there at the top of a page is
  // the rest of a merged cell (a merge over two rows cut by the break shows no span at all).
  const merges = new Array<boolean>(t.columns).fill(false);
  for (const b of [...t.blocks, ...p.cells]) if (b.rowSpan > 1 && b.colSpan === 1) merges[b.col] = true;
  for (let c = 0; c < t.columns; c++) {
    const a = t.blocks[t.owner[last]![c]!]!;
    const b = pBlockAt(c);
    if (a.col !== b.col || a.colSpan !== b.colSpan || b.row !== h) continue;
    const textB = blockText(b);
    // Merged down across the break: the part on this page is empty or goes on mid-sentence,
    // or — when the break cut through the table — the text above ran to the very bottom of
    // a cell merged over the same rows as its left neighbour, which goes on too (an STT and
    // its Mục tiêu end together).
    const lastLine = a.lines[a.lines.length - 1];
    const left = c > 0 ? t.blocks[t.owner[last]![c - 1]!]! : undefined;
    const alongside = left !== undefined && left !== a && left.row === a.row && left.rowSpan === a.rowSpan;
    const flows = cutAtBottom && (a.rowSpan > 1 || b.rowSpan > 1) && lastLine !== undefined && a.tail < 0.6 * lastLine.size && alongside && cont[c - 1]!;
    cont[c] = (a.rowSpan > 1 || b.rowSpan > 1 || merges[c]!) && (textB === "" || startsLower(textB) || flows);
  }
  // LibreOffice draws what did not fit of a merged cell ending at the break at the top of
  // the cell below it on the next page: a first group of lines, a gap, then that cell's own
  // text. The first group goes back when it does not begin like a cell of its own.
  for (let c = 0; c < t.columns; c++) {
    const a = t.blocks[t.owner[last]![c]!]!;
    const b = pBlockAt(c);
    const lastLine = a.lines[a.lines.length - 1];
    if (cont[c] || a.col !== b.col || a.colSpan !== b.colSpan || b.row !== h || !lastLine || a.tail > 0.6 * lastLine.size || a.lines.length < 2) continue;
    const pitch = lastLine.baseline - a.lines[a.lines.length - 2]!.baseline;
    const cut = b.lines.findIndex((l, i) => i > 0 && l.baseline - b.lines[i - 1]!.baseline > 1.5 * pitch);
    if (cut < 0 || /^\p{Lu}\p{Ll}/u.test(b.lines[0]!.text)) continue;
    a.lines = [...a.lines, ...b.lines.splice(0, cut)];
  }

  // 3. Was the last row itself cut in two?
  // Cut rows go on mid-sentence in most of their cells; a new row starts with capitals.
  const stt = blockText(pBlockAt(0));
  const main = blockText(pBlockAt(t.main));
  let lower = 0;
  let upper = 0;
  let empty = 0;
  let own = 0;
  for (const bi of new Set(p.owner[h]!)) {
    const b = p.cells[bi]!;
    const text = blockText(b);
    if (b.col === 0 || cont[b.col]) continue;
    own++;
    if (text === "") empty++;
    else if (startsLower(text)) lower++;
    else upper++;
  }
  // A capitalised word ("Xây dựng"), not an acronym ("TTHC cho …"), begins a new row.
  const capitalised = /^\p{Lu}\p{Ll}/u.test(main);
  const split =
    (stt === "" || cont[0]!) &&
    (lower > upper || (!capitalised && (2 * empty >= own || main === "" || startsLower(main))));

  // 4. Append: rows of p (after the header) map to rows of t.
  const rowMap = (r: number) => (split ? last + (r - h) : last + 1 + (r - h));
  for (let r = h + (split ? 1 : 0); r < p.ys.length - 1; r++) t.rows.push({ page: p.page, header: false });
  while (t.owner.length < t.rows.length) t.owner.push(new Array<number>(t.columns).fill(-1));
  const mergedInto = new Map<number, number>();
  if (split || cont.some(Boolean)) {
    for (let c = 0; c < t.columns; c++) {
      const bi = p.owner[h]![c]!;
      if (mergedInto.has(bi) || !(split || cont[c])) continue;
      const b = p.cells[bi]!;
      const ai = t.owner[last]![c]!;
      const a = t.blocks[ai]!;
      if (a.col !== b.col || a.colSpan !== b.colSpan) continue;
      a.lines = [...a.lines, ...b.lines];
      a.rowSpan = rowMap(b.row + b.rowSpan - 1) - a.row + 1;
      if (b.lines.length > 0) a.tail = tailOf(b);
      mergedInto.set(bi, ai);
    }
  }
  p.cells.forEach((b, bi) => {
    if (b.row + b.rowSpan <= h) return;
    let index = mergedInto.get(bi);
    if (index === undefined) {
      const row0 = Math.max(b.row, h);
      index = t.blocks.length;
      t.blocks.push({
        row: rowMap(row0),
        col: b.col,
        rowSpan: rowMap(b.row + b.rowSpan - 1) - rowMap(row0) + 1,
        colSpan: b.colSpan,
        lines: b.lines,
        width: p.textWidth[bi]!,
        maxWidth: p.maxTextWidth[bi]!,
        tail: tailOf(b),
      });
    }
    for (let r = Math.max(b.row, h); r < b.row + b.rowSpan; r++) {
      for (let c = b.col; c < b.col + b.colSpan; c++) t.owner[rowMap(r)]![c] = index;
    }
  });
}

/** The text of a stitched cell. */
export function stitchedText(b: StitchedBlock): string {
  return joinLines(b.lines, b.width, b.maxWidth);
}
