import type { ColumnRole } from "../../vocab/labels.js";
import { canStart, endsOpen, joinPieces, joinScore, lineJoin, pairScore, pieceScore, startScore, textScore, visualLength, type ColumnModel, type KnownCells, type LineJoin } from "./cells.js";
import type { FlatColumn } from "./header.js";
import type { Evidence, OpenCell } from "./segmenter.js";
import type { Atom, Segment } from "./stream.js";

/**
 * The points of every run of atoms as a cell of every column, for the segmenter: computed
 * once per start and column, growing the run one line at a time (each line adds its own
 * points and those of its join with the line before).
 */

/** The most lines a cell of a column has on one page (longer runs are not tried). */
const MAX_LINES: Partial<Record<ColumnRole, number>> = { deadline: 14, lead: 18, coordinators: 18, executors: 18, budget: 18, product: 30, text: 30 };
const MAX_LINES_OTHER = 40;
const MAX_ATOMS = 90;

/**
 * Whether a cell cut by a page break goes on: one that stops mid-phrase, or stops inside a
 * cell text the table repeats ("Các phòng chuyên" …), probably does; one that ends a
 * sentence, or already spells a repeated cell ("Phòng Tổ chức cán bộ"), probably does not.
 */
function endingScore(text: string, known: KnownCells | undefined): number {
  if (endsOpen(text) || known?.begins(text)) return 1;
  return /[.;!?)]$/u.test(text) || known?.has(text) ? -0.8 : 0;
}

/** Points a run may fall below its best before it stops growing. */
const GIVE_UP = 10;

/** Atoms from the start of a segment within which a continuation can lie (the first band). */
const CONTINUATION_WINDOW = 90;
/** Atoms before the end of a segment within which the cut last band can start. */
const CUT_WINDOW = 90;

/** Cell points for every run starting at an atom, per column: as a new cell and as a continuation. */
export class CellScores {
  private cache = new Map<number, { fresh: number[]; more: number[] | null }>();
  private lengths = new Map<string, number>();
  /** How each printed line reads on from the one before it (same for every column). */
  private joins: Array<LineJoin | undefined>;
  /** A run ending at this atom stops mid-phrase. */
  private openEnd: boolean[];

  constructor(
    private atoms: Atom[],
    private columns: FlatColumn[],
    private open: ReadonlyMap<number, OpenCell>,
    private evidence: Evidence,
    private seg: Segment,
  ) {
    let prevLine = "";
    this.joins = atoms.map((a, k) => {
      const j = k > 0 && a.first && prevLine !== "" ? lineJoin(prevLine, a.lineText, evidence.bigrams) : undefined;
      if (a.last) prevLine = a.stt ? "" : a.lineText;
      return j;
    });
    this.openEnd = atoms.map((a) => endsOpen(a.text));
  }

  private length(s: string): number {
    let l = this.lengths.get(s);
    if (l === undefined) {
      l = visualLength(s);
      this.lengths.set(s, l);
    }
    return l;
  }

  get(i: number, col: number, cutWanted: boolean): { fresh: number[]; more: number[] | null } {
    // Only the runs near the end of a segment before a page break are judged as cut.
    const cut = cutWanted && this.seg.beforeBreak && i >= this.atoms.length - CUT_WINDOW;
    const id = (i * this.columns.length + col) * 2 + (cut ? 1 : 0);
    let hit = this.cache.get(id);
    if (hit) return hit;
    const role = this.columns[col]!.role;
    const width = this.evidence.widths?.get(col);
    const { bigrams, known } = this.evidence;
    const m: ColumnModel = width !== undefined ? { role, width } : { role };
    const maxLines = MAX_LINES[role] ?? MAX_LINES_OTHER;
    const before = this.seg.afterBreak && i < CONTINUATION_WINDOW ? this.open.get(col) : undefined;
    const startable = canStart(role, this.atoms[i]!.text);
    const fresh: number[] = [];
    const more: number[] | null = before ? [] : null;
    if (!startable && !more) {
      hit = { fresh, more };
      this.cache.set(id, hit);
      return hit;
    }
    const pieces: string[] = [];
    let text = "";
    let lines = 0; // Σ piece and pair points so far
    let lastPieceScore = 0;
    let best = -Infinity;
    let line = -1;
    // How the first line reads on from the cut cell it would continue (fixed for this start).
    const head = this.atoms[i]!.first ? this.atoms[i]!.lineText : this.atoms[i]!.text;
    const across = before ? pairScore(m, before.lastPiece, 0, head, bigrams, true) + endingScore(before.text, known) : 0;
    for (let k = i; k < this.atoms.length && k - i < MAX_ATOMS; k++) {
      const a = this.atoms[k]!;
      if (a.stt) break;
      if (a.line === line) {
        // Another word of the same printed line: the piece grows.
        const p = `${pieces[pieces.length - 1]} ${a.text}`;
        pieces[pieces.length - 1] = p;
        text += ` ${a.text}`;
        lines -= lastPieceScore;
        lastPieceScore = pieceScore(m, this.length(p), p);
        lines += lastPieceScore;
      } else {
        if (pieces.length === maxLines) break;
        const prev = pieces[pieces.length - 1];
        if (prev !== undefined) lines += joinScore(m, this.joins[k] ?? lineJoin(prev, a.lineText, bigrams), this.length(prev));
        pieces.push(a.text);
        text = text === "" ? a.text : /[\p{L}\p{N}][-/]$/u.test(text.slice(-2)) ? text + a.text : `${text} ${a.text}`;
        lastPieceScore = pieceScore(m, this.length(a.text), a.text);
        lines += lastPieceScore;
      }
      line = a.line;
      // A line too wide for the column rules out this and every longer run.
      if (lastPieceScore <= -8 && pieces.length > 1) break;
      const f = startable ? startScore(pieces[0]!) + lines + textScore(m, text, cut, known, this.openEnd[k]) : -Infinity;
      fresh.push(f);
      // A run that has fallen far below its best has crossed into other cells: stop growing it.
      if (f > best) best = f;
      else if (pieces.length > 3 && f < best - GIVE_UP && !more) break;
      if (more && before) {
        more.push(lines + across + textScore(m, joinPieces([before.text, text]), cut, known, this.openEnd[k]) - before.score);
      }
    }
    hit = { fresh, more };
    this.cache.set(id, hit);
    return hit;
  }

  score(i: number, col: number, cut: boolean, k: number, isCont: boolean): number {
    const s = this.get(i, col, cut);
    return (isCont ? s.more?.[k] : s.fresh[k]) ?? 0;
  }
}
