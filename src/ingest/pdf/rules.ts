import { isHorizontal, type Rule } from "./geometry.js";

/**
 * Ruling segments → table grids. Segments are snapped (collinear pieces within SNAP
 * joined), grouped into tables by what touches what (an underline inside a cell touches
 * no border and drops out), and each table's distinct x and y positions cut it into grid
 * units. Two neighbouring units belong to one cell when no rule separates them: that is
 * how row and column spans are found — explicitly, never by collapsing ragged rows.
 */
const SNAP = 2;
const TOUCH = 3;
/** Bounds that keep a page of hostile drawing from taking quadratic time or memory. */
const MAX_RULES = 20_000;
const MAX_UNITS = 200_000;

export interface GridCellBox {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** Column boundaries, left to right (cols + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rows + 1 values). */
  ys: number[];
  cells: GridCellBox[];
  /** owner[r][c] = index into cells of the cell covering unit (r, c). */
  owner: number[][];
}

interface Line {
  pos: number;
  a: number;
  b: number;
}

/** Joins collinear segments: same position within SNAP, overlapping or touching along the line. */
function mergeLines(lines: Line[]): Line[] {
  lines.sort((p, q) => p.pos - q.pos || p.a - q.a);
  const groups: Line[][] = [];
  for (const l of lines) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(l.pos - g[0]!.pos) <= SNAP) g.push(l);
    else groups.push([l]);
  }
  const out: Line[] = [];
  for (const g of groups) {
    const pos = g.reduce((s, l) => s + l.pos, 0) / g.length;
    g.sort((p, q) => p.a - q.a);
    let cur: Line | null = null;
    for (const l of g) {
      if (cur && l.a <= cur.b + SNAP) cur.b = Math.max(cur.b, l.b);
      else {
        if (cur) out.push(cur);
        cur = { pos, a: l.a, b: l.b };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

export function findGrids(rules: Rule[], minCells = 2): Grid[] {
  if (rules.length > MAX_RULES) return [];
  const hs = mergeLines(rules.filter(isHorizontal).map((r) => ({ pos: (r.y0 + r.y1) / 2, a: r.x0, b: r.x1 })));
  const vs = mergeLines(rules.filter((r) => !isHorizontal(r)).map((r) => ({ pos: (r.x0 + r.x1) / 2, a: r.y0, b: r.y1 })));
  // Union-find over h and v lines that touch.
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touches = new Array<boolean>(hs.length + vs.length).fill(false);
  // Sort verticals by x so each horizontal checks only the ones in its span.
  const vOrder = vs.map((v, j) => ({ v, j })).sort((p, q) => p.v.pos - q.v.pos);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    let lo = 0;
    while (lo < vOrder.length && vOrder[lo]!.v.pos < h.a - TOUCH) lo++;
    for (let k = lo; k < vOrder.length && vOrder[k]!.v.pos <= h.b + TOUCH; k++) {
      const { v, j } = vOrder[k]!;
      if (h.pos >= v.a - TOUCH && h.pos <= v.b + TOUCH) {
        parent[find(i)] = find(hs.length + j);
        touches[i] = touches[hs.length + j] = true;
      }
    }
  }
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  [...hs, ...vs].forEach((l, i) => {
    if (!touches[i]) return;
    const root = find(i);
    const g = groups.get(root) ?? { h: [], v: [] };
    (i < hs.length ? g.h : g.v).push(l);
    groups.set(root, g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const grid = buildGrid(g.h, g.v);
    if (grid && grid.cells.length >= minCells) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function positions(lines: Line[]): number[] {
  const ps = [...new Set(lines.map((l) => l.pos))].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of ps) if (out.length === 0 || p - out[out.length - 1]! > SNAP) out.push(p);
  return out;
}

/** True when some line at `pos` covers the middle of [a, b]. */
function covered(lines: Line[], pos: number, a: number, b: number): boolean {
  const mid = (a + b) / 2;
  const half = Math.max((b - a) * 0.25, 0.5);
  return lines.some((l) => Math.abs(l.pos - pos) <= SNAP && l.a <= mid - half + SNAP && l.b >= mid + half - SNAP);
}

function buildGrid(h: Line[], v: Line[]): Grid | null {
  const ys = positions(h);
  const xs = positions(v);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols > MAX_UNITS) return null;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rows && !covered(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const boxes = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r0: r, c0: c, r1: r, c1: c });
      else {
        b.r0 = Math.min(b.r0, r);
        b.c0 = Math.min(b.c0, c);
        b.r1 = Math.max(b.r1, r);
        b.c1 = Math.max(b.c1, c);
      }
    }
  }
  const owner: number[][] = Array.from({ length: rows }, () => Array<number>(cols).fill(-1));
  const cells: GridCellBox[] = [];
  // Cells in reading order; a non-rectangular union keeps only the units not yet owned.
  const sorted = [...boxes.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const b of sorted) {
    const index = cells.length;
    cells.push({ row: b.r0, col: b.c0, rowSpan: b.r1 - b.r0 + 1, colSpan: b.c1 - b.c0 + 1 });
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) if (owner[r]![c] === -1) owner[r]![c] = index;
  }
  return { xs, ys, cells, owner };
}
