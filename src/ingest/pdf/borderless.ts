import { looksLikeTableHeader } from "../lines.js";
import { cutAtRules, index, pageTable, type PageTable } from "./cells.js";
import type { PageContent, TextRun } from "./geometry.js";
import type { Grid, GridCellBox } from "./rules.js";

/**
 * Tables without ruling: the header row names the columns ("STT", "Nội dung", "Chủ trì",
 * …), the columns are where its names stand, and the boundary between two columns is
 * the x between them that the fewest words of the rows below cross (a river of white).
 * Rows start at a new STT; without an STT column, at a wider gap between lines. Text
 * cells cannot show merges, so none are invented; a run crossing boundaries with nothing
 * else beside it in its row (a section title) spans those columns.
 */
interface Line {
  runs: TextRun[];
  baseline: number;
  size: number;
  text: string;
}

function linesOf(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.angle === 0).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(r.baseline - last[0]!.baseline) <= 0.45 * Math.min(r.size, last[0]!.size)) last.push(r);
    else lines.push([r]);
  }
  return lines.map((rs) => {
    rs.sort((a, b) => a.x0 - b.x0);
    return { runs: rs, baseline: rs[0]!.baseline, size: Math.max(...rs.map((r) => r.size)), text: rs.map((r) => r.text).join(" ") };
  });
}

/** Runs of a line grouped into blocks separated by at least `gap` points. */
function clusters(runs: TextRun[], gap: number): Array<{ x0: number; x1: number; text: string }> {
  const out: Array<{ x0: number; x1: number; text: string }> = [];
  for (const r of [...runs].sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1];
    if (last && r.x0 - last.x1 < gap) {
      last.x1 = Math.max(last.x1, r.x1);
      last.text += ` ${r.text}`;
    } else out.push({ x0: r.x0, x1: r.x1, text: r.text });
  }
  return out;
}

const STT_HEADER = /^(?:stt|tt|số tt|số thứ tự)$/iu;
const ROW_START = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[A-ZĐ]\.?)$/u;
const ENDS_TABLE = /^(?:Nơi nhận|KT\.|TM\.|T\/M|GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG)/u;

export function findBorderless(runs: TextRun[], content: PageContent): PageTable[] {
  const lines = linesOf(runs);
  const h = lines.findIndex((l) => looksLikeTableHeader(l.text) && clusters(l.runs, 0.6 * l.size).length >= 3);
  if (h < 0) return [];
  const head = lines[h]!;
  // A header cell may wrap ("Thời gian" / "thực hiện"): the lines just below that lie in its columns.
  const headLines = [head];
  let cols = clusters(head.runs, 0.6 * head.size);
  for (let k = h + 1; k < lines.length && headLines.length < 3; k++) {
    const l = lines[k]!;
    if (l.baseline - headLines[headLines.length - 1]!.baseline > 1.6 * l.size) break;
    if (ROW_START.test(l.runs[0]!.text.trim()) || l.runs.some((r) => !cols.some((c) => r.x0 < c.x1 + l.size && r.x1 > c.x0 - l.size))) break;
    headLines.push(l);
  }
  cols = clusters(headLines.flatMap((l) => l.runs), 0.6 * head.size);
  if (cols.length < 3) return [];
  const sttColumn = STT_HEADER.test(cols[0]!.text.trim());

  // Body: the lines below until a wide gap, the signature, or the page's end.
  const body: Line[] = [];
  let prev = headLines[headLines.length - 1]!;
  const left = cols[0]!.x0 - 3 * head.size;
  const right = cols[cols.length - 1]!.x1 + 3 * head.size;
  for (let k = h + headLines.length; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.baseline - prev.baseline > 3 * l.size || ENDS_TABLE.test(l.text)) break;
    if (l.runs[0]!.x0 < left || l.runs[l.runs.length - 1]!.x1 > right) break;
    body.push(l);
    prev = l;
  }
  if (body.length === 0) return [];

  const xs = boundaries(cols, body);
  // Rows.
  const pitch = median(body.slice(1).map((l, k) => l.baseline - body[k]!.baseline)) ?? head.size * 1.2;
  const rows: Line[][] = [];
  body.forEach((l, k) => {
    const first = l.runs[0]!;
    const inFirst = index(xs, (first.x0 + Math.min(first.x1, xs[1]!)) / 2) === 0;
    const starts = sttColumn ? inFirst && ROW_START.test(first.text.trim().split(" ")[0]!) : k === 0 || l.baseline - body[k - 1]!.baseline > 1.4 * pitch;
    if (starts || rows.length === 0) rows.push([l]);
    else rows[rows.length - 1]!.push(l);
  });
  const top = (ls: Line[]) => Math.min(...ls.map((l) => l.baseline - 0.8 * l.size)) - 1;
  const ys = [top(headLines), ...rows.map(top), Math.max(...body.map((l) => l.baseline + 0.25 * l.size)) + 1];
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + 0.5);

  const n = xs.length - 1;
  const cells: GridCellBox[] = [];
  const owner: number[][] = [];
  const buckets: TextRun[][] = [];
  [headLines, ...rows].forEach((rowLines, r) => {
    const runsHere = rowLines.flatMap((l) => l.runs);
    const spans = new Array<number>(n).fill(1);
    const pieces: Array<{ run: TextRun; col: number }> = [];
    for (const run of runsHere) {
      const c0 = Math.max(0, index(xs, run.x0 + 1));
      const c1 = Math.max(c0, index(xs, run.x1 - 1));
      const alone = c1 > c0 && runsHere.every((o) => o === run || index(xs, (o.x0 + o.x1) / 2) < c0 || index(xs, (o.x0 + o.x1) / 2) > c1);
      if (c1 > c0 && alone && r > 0) {
        spans[c0] = Math.max(spans[c0]!, c1 - c0 + 1);
        pieces.push({ run, col: c0 });
      } else for (const p of cutAtRules(run, xs)) pieces.push({ run: p, col: Math.max(0, index(xs, (p.x0 + p.x1) / 2)) });
    }
    const rowOwner = new Array<number>(n).fill(-1);
    for (let c = 0; c < n; c++) {
      if (rowOwner[c] !== -1) continue;
      const span = Math.min(spans[c]!, n - c);
      const id = cells.length;
      cells.push({ row: r, col: c, rowSpan: 1, colSpan: span });
      buckets.push([]);
      for (let k = c; k < c + span; k++) rowOwner[k] = id;
    }
    for (const p of pieces) buckets[rowOwner[p.col]!]!.push(p.run);
    owner.push(rowOwner);
  });
  const grid: Grid = { xs, ys, cells, owner };
  return [pageTable(content.page, content.height, grid, buckets, true)];
}

function median(v: number[]): number | undefined {
  if (v.length === 0) return undefined;
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Column boundaries: the table's outer edges and, between header columns, the emptiest x. */
function boundaries(cols: Array<{ x0: number; x1: number }>, body: Line[]): number[] {
  // Word boxes of the body, estimated from the runs (a run may hold a whole line of a cell).
  const words: Array<[number, number]> = [];
  for (const l of body) {
    for (const r of l.runs) {
      const per = (r.x1 - r.x0) / Math.max(1, r.text.length);
      let at = 0;
      for (const w of r.text.split(" ")) {
        if (w) words.push([r.x0 + at * per, r.x0 + (at + w.length) * per]);
        at += w.length + 1;
      }
    }
  }
  let lo0 = cols[0]!.x0;
  let hi0 = cols[cols.length - 1]!.x1;
  for (const [a, b] of words) {
    lo0 = Math.min(lo0, a);
    hi0 = Math.max(hi0, b);
  }
  // How many words cross each half point: one pass over the words (a difference array).
  const step = 0.5;
  const origin = Math.floor(lo0) - 1;
  const size = Math.ceil((hi0 - origin) / step) + 2;
  const diff = new Int32Array(size + 1);
  for (const [a, b] of words) {
    const i0 = Math.max(0, Math.floor((a - origin) / step) + 1);
    const i1 = Math.min(size, Math.ceil((b - origin) / step));
    if (i1 > i0) {
      diff[i0]!++;
      diff[i1]!--;
    }
  }
  const crossing = new Int32Array(size);
  for (let i = 0, acc = 0; i < size; i++) crossing[i] = acc += diff[i]!;
  const xs = [lo0 - 1];
  for (let k = 0; k + 1 < cols.length; k++) {
    const a = cols[k]!, b = cols[k + 1]!;
    const lo = (a.x0 + a.x1) / 2, hi = (b.x0 + b.x1) / 2;
    let best: { cost: number; from: number; to: number } | null = null;
    let run: { cost: number; from: number; to: number } | null = null;
    for (let x = lo; x <= hi; x += step) {
      const i = Math.min(size - 1, Math.max(0, Math.round((x - origin) / step)));
      const cost = crossing[i]! + (x < a.x1 || x > b.x0 ? 0.5 : 0);
      if (run && run.cost === cost) run.to = x;
      else run = { cost, from: x, to: x };
      if (!best || run.cost < best.cost || (run.cost === best.cost && run.to - run.from > best.to - best.from)) best = { ...run };
    }
    xs.push(best ? (best.from + best.to) / 2 : (a.x1 + b.x0) / 2);
  }
  xs.push(hi0 + 1);
  return xs;
}
