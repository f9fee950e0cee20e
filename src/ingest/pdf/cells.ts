import { runMidX, runMidY, type TextRun } from "./geometry.js";
import type { Grid } from "./rules.js";
import { groupLines, type TextLine } from "./text-lines.js";

/**
 * A ruled table on one page with its text: every run whose middle falls inside the grid
 * goes to the cell covering that point; a run drawn across a column rule (one string for
 * several cells) is cut at the rule first.
 */
export interface PageCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  lines: TextLine[];
}

export interface PageTable {
  page: number;
  xs: number[];
  ys: number[];
  cells: PageCell[];
  /** owner[r][c] = index into cells. */
  owner: number[][];
  /** Left padding of text in cells (pt), measured. */
  padding: number;
  /** Width of the text area of each cell (pt), by index: as far as lines reach, and the cell less its padding. */
  textWidth: number[];
  maxTextWidth: number[];
  top: number;
  bottom: number;
  /** Height of the page (pt), to compare tables on pages of one size. */
  pageHeight: number;
  /** Columns read from positions under a header, not from ruling. */
  borderless: boolean;
}

export function fillGrid(grid: Grid, runs: TextRun[], page: number, pageHeight: number): { table: PageTable; rest: TextRun[] } {
  const { xs, ys } = grid;
  const left = xs[0]!, right = xs[xs.length - 1]!, top = ys[0]!, bottom = ys[ys.length - 1]!;
  // Runs outside the grid go back to the page.
  const buckets: TextRun[][] = grid.cells.map(() => []);
  const rest: TextRun[] = [];
  for (const run of runs) {
    const my = runMidY(run);
    if (my < top || my > bottom || run.x1 < left || run.x0 > right) {
      rest.push(run);
      continue;
    }
    const r = index(ys, my);
    // Cut only at the rules that separate cells in this row (not inside a merged cell).
    const owners = r < 0 ? [] : grid.owner[r]!;
    const borders = xs.filter((_, k) => k === 0 || k === xs.length - 1 || owners[k - 1] !== owners[k]);
    for (const piece of cutAtRules(run, borders)) {
      const mx = runMidX(piece);
      const c = index(xs, mx);
      if (c < 0 || r < 0) {
        rest.push(piece);
        continue;
      }
      buckets[grid.owner[r]![c]!]!.push(piece);
    }
  }
  return { table: pageTable(page, pageHeight, grid, buckets), rest };
}

/** A page table from a grid and the runs found in each of its cells. */
export function pageTable(page: number, pageHeight: number, grid: Grid, buckets: TextRun[][], borderless = false): PageTable {
  const { xs, ys } = grid;
  const cells: PageCell[] = grid.cells.map((g, i) => ({
    ...g,
    x0: xs[g.col]!,
    x1: xs[g.col + g.colSpan]!,
    y0: ys[g.row]!,
    y1: ys[g.row + g.rowSpan]!,
    lines: groupLines(buckets[i]!),
  }));
  if (!borderless) returnOverflow(cells, grid.owner, xs);
  const offsets = cells.flatMap((c) => c.lines.map((l) => l.x0 - c.x0)).filter((d) => d >= 0);
  const padding = offsets.length ? Math.min(8, Math.max(borderless ? 0 : 1, Math.min(...offsets))) : 5;
  return {
    page,
    xs,
    ys,
    cells,
    owner: grid.owner,
    padding,
    top: ys[0]!,
    bottom: ys[ys.length - 1]!,
    pageHeight,
    // Without ruling the text area is unknown: no line break is taken for a hard one.
    textWidth: borderless ? cells.map(() => 0) : textWidths(cells, padding),
    maxTextWidth: cells.map((c) => c.x1 - c.x0 - 2 * padding),
    borderless,
  };
}

/** Index of the interval [bounds[i], bounds[i+1]) containing v, or -1. */
export function index(bounds: number[], v: number): number {
  if (v < bounds[0]! || v > bounds[bounds.length - 1]!) return -1;
  for (let i = 0; i + 1 < bounds.length; i++) if (v < bounds[i + 1]!) return i;
  return bounds.length - 2;
}

/** Cuts a run where column rules cross it, sharing the characters out by position. */
export function cutAtRules(run: TextRun, xs: number[]): TextRun[] {
  if (run.angle !== 0) return [run];
  const inside = xs.filter((x) => x > run.x0 + 1 && x < run.x1 - 1);
  if (inside.length === 0) return [run];
  const out: TextRun[] = [];
  const per = (run.x1 - run.x0) / Math.max(1, run.text.length);
  let start = 0;
  let x = run.x0;
  for (const cut of [...inside, run.x1]) {
    const end = cut === run.x1 ? run.text.length : Math.round((cut - run.x0) / per);
    const text = run.text.slice(start, end);
    if (text.trim()) out.push({ ...run, text, x0: x, x1: Math.min(cut, x + text.length * per) });
    start = end;
    x = cut;
  }
  return out;
}

/**
 * The text area of a cell: its width less the padding, narrowed to what the widest line
 * of cells of the same columns reaches when that is close (it measures the right padding).
 */
function textWidths(cells: PageCell[], padding: number): number[] {
  const reach = new Map<string, number>();
  for (const c of cells) {
    const k = `${c.col}/${c.colSpan}`;
    for (const l of c.lines) reach.set(k, Math.max(reach.get(k) ?? 0, l.x1 - c.x0));
  }
  return cells.map((c) => {
    const nominal = c.x1 - c.x0 - 2 * padding;
    const seen = (reach.get(`${c.col}/${c.colSpan}`) ?? 0) - padding;
    return seen > 0.85 * nominal && seen < nominal ? seen + 0.5 : nominal;
  });
}

/**
 * LibreOffice draws the text of a merged cell that does not fit over the rule below it,
 * into the next cell. Lines that cross the top rule of their cell go back to the cell
 * above, with the lines that follow them at the same pitch; so does a first group of lines
 * set apart from the cell's own text by a gap, when the cell above runs to its bottom and
 * the group does not begin like a cell of its own (a capitalised word).
 */
function returnOverflow(cells: PageCell[], owner: number[][], xs: number[]): void {
  for (const cell of cells) {
    if (cell.row === 0 || cell.lines.length === 0) continue;
    const first = cell.lines[0]!;
    const col = index(xs, (first.x0 + first.x1) / 2);
    if (col < 0) continue;
    const above = cells[owner[cell.row - 1]![col]!]!;
    if (above === cell || first.x0 < above.x0 - 1 || first.x1 > above.x1 + 1 || above.lines.length < 2) continue;
    const n = above.lines.length;
    const last = above.lines[n - 1]!;
    const pitch = last.baseline - above.lines[n - 2]!.baseline;
    let k = 0;
    if (first.baseline - 0.75 * first.size < cell.y0 - 0.5) {
      k = 1;
      while (k < cell.lines.length && Math.abs(cell.lines[k]!.baseline - cell.lines[k - 1]!.baseline - pitch) < 0.5 && cell.lines[k]!.x1 <= above.x1 + 1) k++;
    } else if (above.y1 - (last.baseline + 0.25 * last.size) < 0.6 * last.size && !/^\p{Lu}\p{Ll}/u.test(first.text)) {
      k = Math.max(0, cell.lines.findIndex((l, i) => i > 0 && l.baseline - cell.lines[i - 1]!.baseline > 1.5 * pitch));
    }
    if (k > 0) above.lines.push(...cell.lines.splice(0, k));
  }
}
