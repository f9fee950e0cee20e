import { visualLength, type Widths } from "./cells.js";
import type { FlatColumn } from "./header.js";
import { taskColumn, type Cell } from "./segmenter.js";
import type { Part } from "./stream.js";

/**
 * How wide each column wraps, in visual units (see cells.ts visualLength). A first reading of
 * the table uses a rough guess; the widths learned from its cells drive the second reading.
 */

/**
 * Widths for the first reading, before any cell is known. The task column is the widest, so
 * its lines make up the long end of the length distribution; the other columns share the
 * short end. The two are told apart by the largest gap between sorted lengths (Otsu's split).
 */
export function initialWidths(parts: Part[], columns: FlatColumn[]): Widths {
  const lengths: number[] = [];
  for (const p of parts) if (p.type === "segment") for (const a of p.atoms) if (!a.stt && a.first && a.last) lengths.push(visualLength(a.text));
  lengths.sort((a, b) => a - b);
  const widths = new Map<number, number>();
  if (lengths.length < 20) return widths;
  const cut = otsu(lengths);
  const short = lengths.filter((l) => l < cut);
  const long = lengths.filter((l) => l >= cut);
  const p = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
  const task = taskColumn(columns);
  columns.forEach((c, i) => {
    if (c.role === "stt") return;
    widths.set(i, i === task && long.length > 0 ? p(long, 0.9) : p(short, 0.9));
  });
  return widths;
}

/** The threshold that best separates sorted values into two groups (between-class variance). */
function otsu(sorted: number[]): number {
  const n = sorted.length;
  const total = sorted.reduce((a, b) => a + b, 0);
  let best = sorted[0]!;
  let bestVar = -1;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    sum += sorted[i]!;
    if (sorted[i] === sorted[i + 1]) continue;
    const w0 = (i + 1) / n;
    const m0 = sum / (i + 1);
    const m1 = (total - sum) / (n - i - 1);
    const v = w0 * (1 - w0) * (m0 - m1) ** 2;
    if (v > bestVar) {
      bestVar = v;
      best = sorted[i + 1]!;
    }
  }
  return best;
}

/**
 * How wide each column wraps: the 90th percentile of its lines' widths in the first reading.
 * (Wrapped lines alone would understate it by up to a word: "Văn" wrapped only because
 * "phòng" did not fit.) Columns with too few lines get no width.
 */
export function learnWidths(cells: Map<Part, Cell[]>, columns: FlatColumn[]): Widths {
  const lengths = columns.map(() => [] as number[]);
  for (const list of cells.values()) {
    for (const c of list) {
      if (c.split) continue;
      for (const p of c.pieces) lengths[c.col]!.push(visualLength(p));
    }
  }
  const widths = new Map<number, number>();
  lengths.forEach((ls, col) => {
    if (ls.length < 8) return;
    ls.sort((a, b) => a - b);
    widths.set(col, ls[Math.floor(ls.length * 0.9)]!);
  });
  return widths;
}
