import type { ColumnRole } from "../../vocab/labels.js";
import type { Bigrams } from "./bigrams.js";
import { joinPieces, roleScore, type KnownCells, type Widths } from "./cells.js";
import { CellScores } from "./cell-scores.js";
import type { FlatColumn } from "./header.js";
import type { Atom, Segment } from "./stream.js";

/**
 * Cuts one segment of the stream into cells and gives each a column, by dynamic programming
 * over the atoms. What the export did fixes the grammar:
 * - within a band (one visual row of a page) cells come in column order, so a column that
 *   does not grow starts a new band; empty and merged cells are simply absent;
 * - the first band after a page break either continues the row the break cut (only pieces
 *   of its cells) or starts a new row; pieces of merged cells (Mục tiêu, Nhiệm vụ, Kinh phí)
 *   that run on from the page before can sit in either;
 * - the band before a page break may be cut: its cells are judged as beginnings.
 */
export interface Cell {
  col: number;
  atoms: Atom[];
  /** One piece per source line. */
  pieces: string[];
  /** Continues the latest cell of its column (cut by a page break). */
  cont: boolean;
  /** First cell of a band (a new visual row). */
  newBand: boolean;
  /** In the band before a page break: may have been cut. */
  cut: boolean;
  /** Points the cell earned (higher: more plausible). */
  score: number;
  /** Starts or ends inside a source line. */
  split: boolean;
}

/** The latest cell of a column before this segment, which a continuation would extend. */
export interface OpenCell {
  text: string;
  /** Its last line, which the first continuing line must read on from. */
  lastPiece: string;
  /** Its points read as a possibly cut beginning. */
  score: number;
  /** It reached the foot of the page before the break, so the break may have cut it. */
  cut: boolean;
}

/** Cost of leaving a column empty inside a band: the columns every task row fills cost most. */
const SKIP: Partial<Record<ColumnRole, number>> = {
  text: 3, lead: 2, deadline: 1.5, coordinators: 1, executors: 1, product: 1, responsiblePerson: 1,
};
const SKIP_OTHER = 0.1;
/** Roles whose cells are often merged over several rows, so they run on across page breaks. */
const SPANNING: ReadonlySet<ColumnRole> = new Set(["stt", "objective", "group", "budget", "notes"]);
/** A new objective (Mục tiêu) comes with a new STT number; alone it is unusual. */
const OBJECTIVE_WITHOUT_STT = 2.5;
/** Every new cell and every new band must earn its place. */
const CELL = 0.3;
const BAND = 1;
/** A new group cell (STT, Mục tiêu) opens the levels under it too: leaving the next one empty is unusual. */
const HIERARCHY_SKIP = 2;
/** Starting a cell inside a printed line: cheaper before a capital, where glued cells start. */
const SPLIT_CAPITAL = 0.7;
const SPLIT_OTHER = 1.5;
/** Reading a piece as the rest of a cut cell. */
const CONTINUE = 0.3;

/** Band kinds: a normal band, or the first band after a page break before / after it chose its kind. */
const NORMAL = 0;
const FIRST_OPEN = 1;
const FIRST_CONTINUES = 2;
const FIRST_NEW_ROW = 3;

/** What a reading of the stream knows about the document beyond the lines themselves. */
export interface Evidence {
  bigrams: Bigrams | null;
  widths?: Widths;
  known?: KnownCells;
}

export function segmentCells(seg: Segment, columns: FlatColumn[], open: ReadonlyMap<number, OpenCell>, evidence: Evidence): Cell[] {
  const atoms = seg.atoms;
  const n = atoms.length;
  const K = columns.length;
  const C = K + 1;
  const sttCol = columns.findIndex((c) => c.role === "stt");
  const free = columns.map((_, i) => i).filter((i) => i !== sttCol);
  const spanning = spanningColumns(columns);
  const task = taskColumn(columns);
  const skip = columns.map((c) => (c.role === "stt" ? 0 : (SKIP[c.role] ?? SKIP_OTHER)));
  /** Columns left empty between a cell in column a and the next in column b (a = -1: band start). */
  const skipBetween = (a: number, b: number) => {
    let s = 0;
    for (let k = a + 1; k < b; k++) s += a >= 0 && a < task && k < task && k === a + 1 ? HIERARCHY_SKIP : skip[k]!;
    return s;
  };
  const objective = columns.map((c) => c.role === "objective" && sttCol >= 0);

  // State: (atoms consumed, band kind, last column, last new column, in the last band).
  const S = 4 * C * C * 2;
  const idx = (i: number, mode: number, c: number, ln: number, lb: number) => i * S + ((mode * C + c + 1) * C + ln + 1) * 2 + lb;
  const total = (n + 1) * S;
  const score = new Float64Array(total).fill(-Infinity);
  const prev = new Int32Array(total).fill(-1);
  const start = new Int32Array(total);
  const col = new Int8Array(total);
  const cont = new Uint8Array(total);
  const offer = (to: number, s: number, from: number, i: number, c2: number, isCont: boolean) => {
    if (s > score[to]!) {
      score[to] = s;
      prev[to] = from;
      start[to] = i;
      col[to] = c2;
      cont[to] = isCont ? 1 : 0;
    }
  };
  const mode0 = seg.afterBreak ? FIRST_OPEN : NORMAL;
  score[idx(0, mode0, -1, -1, 0)] = 0;
  if (seg.beforeBreak) score[idx(0, mode0, -1, -1, 1)] = 0;
  const lbChoices = seg.beforeBreak ? [0, 1] : [0];
  const bandEnd = (mode: number, c: number, ln: number) => (mode === NORMAL ? skipBetween(c, K) : mode === FIRST_NEW_ROW ? skipBetween(ln, K) : 0);

  const scores = new CellScores(atoms, columns, open, evidence, seg);

  for (let i = 0; i < n; i++) {
    const a = atoms[i]!;
    for (let mode = 0; mode < 4; mode++) {
      for (let c = -1; c < K; c++) {
        // The last new column is the last column in a normal band and none yet in a first band.
        const lnFrom = mode === FIRST_NEW_ROW ? -1 : mode === NORMAL ? c : -1;
        const lnTo = mode === FIRST_NEW_ROW ? K - 1 : lnFrom;
        for (let ln = lnFrom; ln <= lnTo; ln++) {
          for (let lb = 0; lb < 2; lb++) {
            const from = idx(i, mode, c, ln, lb);
            const base = score[from]!;
            if (base === -Infinity) continue;
            if (a.stt) {
              if (c === -1) {
                if (mode === FIRST_CONTINUES) continue;
                const m2 = mode === NORMAL ? NORMAL : FIRST_NEW_ROW;
                offer(idx(i + 1, m2, sttCol, sttCol, lb), base - CELL, from, i, sttCol, false);
              } else if (!lb) {
                const cost = (mode === FIRST_OPEN || mode === FIRST_CONTINUES ? 0 : BAND) + bandEnd(mode, c, ln) + CELL;
                for (const lb2 of lbChoices) offer(idx(i + 1, NORMAL, sttCol, sttCol, lb2), base - cost, from, i, sttCol, false);
              }
              continue;
            }
            for (const c2 of free) {
              const same = c2 > c;
              if (!a.first && (!same || c === -1)) continue;
              if (!same && lb) continue;
              const split = a.first ? 0 : /^[\p{Lu}]/u.test(a.text) ? SPLIT_CAPITAL : SPLIT_OTHER;
              const obj = objective[c2] && !(same && c === sttCol) ? OBJECTIVE_WITHOUT_STT : 0;
              // A new cell.
              let newCost = -1;
              let m2 = mode;
              let ln2 = c2;
              if (!same) {
                // After a band that only continued cut cells, the next row simply starts.
                newCost = (mode === FIRST_OPEN || mode === FIRST_CONTINUES ? 0 : BAND) + bandEnd(mode, c, ln) + skipBetween(-1, c2);
                m2 = NORMAL;
              } else if (mode === NORMAL) {
                newCost = c === -1 ? skipBetween(-1, c2) : skipBetween(c, c2);
              } else if (mode === FIRST_OPEN) {
                newCost = skipBetween(-1, c2);
                m2 = FIRST_NEW_ROW;
              } else if (mode === FIRST_NEW_ROW) {
                newCost = skipBetween(ln, c2);
              }
              const lbs = same ? [lb] : lbChoices;
              for (const lb2 of lbs) {
                const cells = scores.get(i, c2, lb2 === 1);
                if (newCost >= 0) {
                  const cost = newCost + CELL + split + obj;
                  const to0 = (k: number) => idx(i + k + 1, m2, c2, ln2, lb2);
                  for (let k = 0; k < cells.fresh.length; k++) offer(to0(k), base - cost + cells.fresh[k]!, from, i, c2, false);
                }
                // The rest of a cell cut by the page break.
                if (same && mode !== NORMAL && cells.more) {
                  const o = open.get(c2)!;
                  let mc = -1;
                  if (!o.cut) continue;
                  if (spanning[c2]) mc = mode;
                  else if (mode === FIRST_OPEN || mode === FIRST_CONTINUES) mc = FIRST_CONTINUES;
                  if (mc < 0) continue;
                  const lnc = mc === FIRST_NEW_ROW ? ln : -1;
                  for (let k = 0; k < cells.more.length; k++) {
                    offer(idx(i + k + 1, mc, c2, lnc, lb2), base - CONTINUE - split + cells.more[k]!, from, i, c2, true);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  let endAt = -1;
  let endScore = -Infinity;
  for (let mode = 0; mode < 4; mode++) {
    for (let c = -1; c < K; c++) {
      for (let ln = -1; ln < K; ln++) {
        for (let lb = 0; lb < 2; lb++) {
          const at = idx(n, mode, c, ln, lb);
          if (score[at] === -Infinity) continue;
          const s = score[at]! - (c === -1 ? 0 : bandEnd(mode, c, ln) * (lb ? 0.5 : 1));
          if (s > endScore) {
            endScore = s;
            endAt = at;
          }
        }
      }
    }
  }

  // Walk back from the best end state.
  const cells: Cell[] = [];
  const lastColumn = (state: number) => Math.floor((state % S) / 2 / C) % C - 1;
  for (let at = endAt; at >= 0 && prev[at]! >= 0; at = prev[at]!) {
    const from = prev[at]!;
    const i = start[at]!;
    const end = Math.floor(at / S);
    const c2 = col[at]!;
    const isCont = cont[at] === 1;
    const cut = at % 2 === 1;
    const cellAtoms = atoms.slice(i, end);
    const fromC = lastColumn(from);
    cells.push({
      col: c2,
      atoms: cellAtoms,
      pieces: piecesOf(cellAtoms),
      cont: isCont,
      newBand: fromC === -1 || c2 <= fromC,
      cut,
      score: atoms[i]!.stt ? 0 : scores.score(i, c2, cut, end - i - 1, isCont),
      split: !cellAtoms[0]!.first || !cellAtoms[cellAtoms.length - 1]!.last,
    });
  }
  return cells.reverse();
}

/** The column that holds the task text: "Hoạt động", else "Nhiệm vụ". */
export function taskColumn(columns: FlatColumn[]): number {
  const text = columns.findIndex((c) => c.role === "text");
  return text >= 0 ? text : columns.findIndex((c) => c.role === "group");
}

/** Pieces of a run of atoms: the atoms of one source line joined by spaces. */
export function piecesOf(atoms: readonly Atom[]): string[] {
  const out: string[] = [];
  let line = -1;
  for (const a of atoms) {
    if (a.line === line) out[out.length - 1] += ` ${a.text}`;
    else out.push(a.text);
    line = a.line;
  }
  return out;
}

/**
 * The latest cell of each column, for the next segment's continuations. A cell can run on to
 * the next page only if it reached the page's foot: its lines must fill the bands from its own
 * to the last one (a band is as tall as its tallest cell that is not merged over rows).
 */
export function openCells(cells: readonly Cell[], columns: FlatColumn[], open: Map<number, OpenCell>, pageEnds: boolean): void {
  for (const o of open.values()) o.cut = false;
  const spanning = spanningColumns(columns);
  const band: number[] = [];
  const heights: number[] = [];
  for (const c of cells) {
    if (c.newBand || heights.length === 0) heights.push(1);
    band.push(heights.length - 1);
    if (!spanning[c.col]) heights[heights.length - 1] = Math.max(heights[heights.length - 1]!, c.pieces.length);
  }
  // Lines from the top of each band to the foot of the page.
  const below = [...heights];
  for (let b = below.length - 2; b >= 0; b--) below[b]! += below[b + 1]!;
  cells.forEach((c, k) => {
    if (columns[c.col]!.role === "stt") return;
    const text = c.cont && open.has(c.col) ? joinPieces([open.get(c.col)!.text, ...c.pieces]) : joinPieces(c.pieces);
    const reaches = pageEnds && c.pieces.length >= REACH * below[band[k]!]! - REACH_SLACK;
    open.set(c.col, { text, lastPiece: c.pieces[c.pieces.length - 1] ?? "", score: roleScore(columns[c.col]!.role, text, true), cut: reaches });
  });
}

/** Columns whose cells may be merged over rows: left of the task column, and Kinh phí-like ones. */
function spanningColumns(columns: FlatColumn[]): boolean[] {
  const task = taskColumn(columns);
  return columns.map((c, i) => SPANNING.has(c.role) || i < task);
}

/** Share of the bands below a cell its lines must fill to have reached the foot of the page. */
const REACH = 0.85;
/** Lines of different cells do not align exactly (padding, spacing): one line of slack. */
const REACH_SLACK = 1;
