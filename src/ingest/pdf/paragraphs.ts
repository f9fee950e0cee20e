import { isAllCaps } from "../../normalize/numbering.js";
import { parseNumbering } from "../../normalize/numbering.js";
import type { TextRun } from "./geometry.js";
import { lineOf, type TextLine } from "./text-lines.js";

/**
 * Text outside tables → paragraphs in reading order. Lines are cut where a wide gap
 * separates side-by-side blocks (issuer | national motto, "Số …" | place and date,
 * recipients | signature); where such blocks stand side by side, each column is read
 * top to bottom before the next, as a reader (and the DOCX layout table) does. A line
 * continues the paragraph above when it is close below it, in the same column, and
 * its first word would not have fitted on the line above (a soft wrap).
 */
export interface Fragment extends TextLine {
  /** Column of a side-by-side region (0 outside one). */
  column: number;
}

export interface PdfParagraph {
  text: string;
  top: number;
  /** The last line ran to the right margin: the paragraph may go on at the top of the next page. */
  open: boolean;
  /** The first line could continue a paragraph from the page before (not indented, not numbered, no marker). */
  canContinue: boolean;
}

/** Lines that begin a paragraph whatever the geometry says. */
function startsNew(text: string): boolean {
  return (
    /^[-+•*–]\s/.test(text) ||
    parseNumbering(text) !== null ||
    /^(?:Căn cứ|Nơi nhận|Kính gửi|\(Kèm theo|PHỤ LỤC|Phụ lục\s*$|Trên đây|Số\s*[:\d])/u.test(text) ||
    isAllCaps(text)
  );
}

/**
 * Gaps that separate side-by-side blocks: wider than WIDE font sizes always; wider than
 * NARROW only beside a wide gap in a line just above or below (a header column's second
 * line), since blanks left in drafts ("số          /KH-SYT") are as wide on their own.
 */
const WIDE = 5;
const NARROW = 2.2;

interface Gap {
  x0: number;
  x1: number;
  wide: boolean;
}

function fragmentsOf(runs: TextRun[]): TextLine[][] {
  const flat = runs.filter((r) => r.angle === 0).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  // Runs on one baseline, left to right.
  const lines: TextRun[][] = [];
  for (const r of flat) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(r.baseline - last[0]!.baseline) <= 0.45 * Math.min(r.size, last[0]!.size)) last.push(r);
    else lines.push([r]);
  }
  const gaps: Gap[][] = lines.map((l) => {
    l.sort((a, b) => a.x0 - b.x0);
    const out: Gap[] = [];
    let end = -Infinity;
    for (const r of l) {
      const w = r.x0 - end;
      if (w > NARROW * r.size) out.push({ x0: end, x1: r.x0, wide: w > WIDE * r.size });
      end = Math.max(end, r.x1);
    }
    return out;
  });
  const supported = (i: number, g: Gap) =>
    [i - 1, i + 1].some(
      (j) => lines[j] !== undefined && Math.abs(lines[j]![0]!.baseline - lines[i]![0]!.baseline) <= 3 * lines[i]![0]!.size && gaps[j]!.some((h) => h.wide && h.x0 < g.x1 && h.x1 > g.x0),
    );
  return lines.map((l, i) => {
    const cuts = new Set(gaps[i]!.filter((g) => g.wide || supported(i, g)).map((g) => g.x1));
    const frags: TextRun[][] = [];
    for (const r of l) {
      if (frags.length === 0 || cuts.has(r.x0)) frags.push([r]);
      else frags[frags.length - 1]!.push(r);
    }
    return frags.map(lineOf).filter((f) => f.text !== "");
  }).filter((l) => l.length > 0);
}

/** The white gaps between side-by-side columns: left column ends by L, the next begins from R. */
interface Gutter {
  L: number;
  R: number;
}

/** Column of each fragment of a line under the gutters (updating them), or null if the line crosses one. */
function place(line: TextLine[], gutters: Gutter[]): number[] | null {
  const trial = gutters.map((g) => ({ ...g }));
  const cols: number[] = [];
  for (const f of line) {
    let col = -1;
    for (let c = 0; c <= trial.length && col < 0; c++) {
      if ((c === 0 || f.x0 > trial[c - 1]!.L) && (c === trial.length || f.x1 < trial[c]!.R)) col = c;
    }
    if (col < 0) return null;
    if (col > 0) trial[col - 1]!.R = Math.min(trial[col - 1]!.R, f.x0);
    if (col < trial.length) trial[col]!.L = Math.max(trial[col]!.L, f.x1);
    cols.push(col);
  }
  if (trial.some((g) => g.R - g.L < 0.5 * (line[0]?.size ?? 10))) return null;
  gutters.splice(0, gutters.length, ...trial);
  return cols;
}

/** Orders fragments: side-by-side regions column by column, everything else top to bottom. */
export function readingOrder(runs: TextRun[]): Fragment[] {
  const lines = fragmentsOf(runs);
  const out: Fragment[] = [];
  const near = (a: TextLine[], b: TextLine[]) => Math.abs(b[0]!.baseline - a[0]!.baseline) <= 3 * Math.max(a[0]!.size, b[0]!.size);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.length < 2) {
      out.push({ ...line[0]!, column: 0 });
      i++;
      continue;
    }
    const gutters: Gutter[] = line.slice(1).map((f, k) => ({ L: line[k]!.x1, R: f.x0 }));
    const placed: Array<{ f: TextLine; col: number }> = line.map((f, k) => ({ f, col: k }));
    let j = i + 1;
    for (; j < lines.length && near(lines[j - 1]!, lines[j]!); j++) {
      const cols = place(lines[j]!, gutters);
      if (!cols) break;
      lines[j]!.forEach((f, k) => placed.push({ f, col: cols[k]! }));
    }
    // Single-column lines just above that belong to the region (a column that starts higher).
    while (out.length > 0 && i > 0 && lines[i - 1]!.length === 1 && near(lines[i - 1]!, lines[i]!)) {
      const f = lines[i - 1]![0]!;
      const last = out[out.length - 1]!;
      if (last.baseline !== f.baseline || last.x0 !== f.x0) break;
      const cols = place([f], gutters);
      if (!cols) break;
      out.pop();
      placed.unshift({ f, col: cols[0]! });
      i--;
    }
    for (let c = 0; c <= gutters.length; c++) for (const p of placed) if (p.col === c) out.push({ ...p.f, column: c + 1 });
    i = j;
  }
  return out;
}

/** Fragments (in reading order) → paragraphs; `left`/`right` are the page's text margins. */
export function buildParagraphs(frags: Fragment[], left: number, right: number): PdfParagraph[] {
  const out: Array<{ text: string; top: number; first: Fragment; last: Fragment; minX: number; right: number }> = [];
  for (const f of frags) {
    const p = out[out.length - 1];
    if (p && continues(p, f, left, right)) {
      p.text += " " + f.text;
      p.last = f;
      p.minX = Math.min(p.minX, f.x0);
      continue;
    }
    // The right edge of a column in a side-by-side region is its widest line.
    const colRight = f.column === 0 ? right : Math.max(...frags.filter((g) => g.column === f.column).map((g) => g.x1));
    out.push({ text: f.text, top: f.baseline - f.size, first: f, last: f, minX: f.x0, right: colRight });
  }
  return out.map((p) => ({
    text: p.text,
    top: p.top,
    open: p.last.column === 0 && right - p.last.x1 < 2 * p.last.size,
    canContinue: p.first.column === 0 && !startsNew(p.first.text) && p.first.x0 < left + 0.8 * p.first.size,
  }));
}

function continues(p: { text: string; last: Fragment; minX: number; right: number }, f: Fragment, left: number, right: number): boolean {
  const last = p.last;
  if (f.column !== last.column) return false;
  const dy = f.baseline - last.baseline;
  if (dy <= 0 || dy > 1.75 * Math.max(f.size, last.size)) return false;
  if (startsNew(f.text) || isAllCaps(last.text)) return false;
  if (/^Số\s*[:\d-]/u.test(p.text) || /^[^,\d]{2,40},\s*ngày\b/u.test(p.text)) return false;
  const centred = Math.abs((f.x0 + f.x1) / 2 - (last.x0 + last.x1) / 2) < 4;
  if (!centred && f.x0 > p.minX + 0.8 * f.size) return false; // an indented first line
  // Soft wrap: the first word of the line did not fit at the end of the line above.
  const edge = last.column === 0 ? right : p.right;
  const word = f.text.split(" ")[0] ?? "";
  const spaces = (f.text.match(/ /g) ?? []).length;
  const cw = (f.x1 - f.x0) / Math.max(1, f.text.length - spaces + 0.45 * spaces);
  const room = centred ? edge - left - (last.x1 - last.x0) : edge - last.x1;
  return word.length * cw + 0.25 * f.size > room - 0.2 * f.size;
}
