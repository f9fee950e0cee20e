import type { FlatColumn } from "./header.js";
import { joinPieces, tooWide, visualLength, type Widths } from "./cells.js";
import { taskColumn, type Cell } from "./segmenter.js";
import type { Part, TitleRow } from "./stream.js";

/**
 * Cells → logical rows. A row is one task: it starts at its "Hoạt động" (task text) cell.
 * Cells left of the task column (STT, Mục tiêu, Nhiệm vụ) open groups that every row below
 * inherits until a new cell opens in that column or in one left of it; continuations of
 * cells cut by a page break are joined back to their cell.
 */

/** One logical cell: a cell and the pieces that continue it after page breaks. */
export interface CellRef {
  col: number;
  pieces: string[];
  /** Where each piece starts in the source (line, 1-based column). */
  starts: Array<{ line: number; column: number }>;
  firstLine: number;
  lastLine: number;
  column: number;
  /** Points of each part (the cell and its continuations). */
  scores: number[];
  /** Some part starts or ends inside a printed line. */
  split: boolean;
  /** Some part is wider than its column. */
  tooWide: boolean;
}

export interface DataRow {
  type: "data";
  /** Cells by column: own (this row is the origin) or inherited from a row above. */
  cells: Map<number, CellRef>;
  /** The row has no task-text cell: cells were left over in a band. */
  orphan: boolean;
}

export type LogicalRow = DataRow | TitleRow;

export const cellText = (r: CellRef) => joinPieces(r.pieces);

function refOf(cell: Cell, widths: Widths | undefined): CellRef {
  const first = cell.atoms[0]!;
  const width = widths?.get(cell.col);
  const starts: CellRef["starts"] = [];
  for (const a of cell.atoms) if (starts.length === 0 || starts[starts.length - 1]!.line !== a.line) starts.push({ line: a.line, column: a.column });
  return {
    col: cell.col,
    pieces: [...cell.pieces],
    starts,
    firstLine: first.line,
    lastLine: cell.atoms[cell.atoms.length - 1]!.line,
    column: first.column,
    scores: [cell.score],
    split: cell.split,
    tooWide: width !== undefined && cell.pieces.some((p) => visualLength(p) > tooWide(width)),
  };
}

function extend(ref: CellRef, cell: Cell, widths: Widths | undefined): void {
  const more = refOf(cell, widths);
  ref.pieces.push(...more.pieces);
  ref.starts.push(...more.starts);
  ref.lastLine = more.lastLine;
  ref.scores.push(cell.score);
  ref.split ||= more.split;
  ref.tooWide ||= more.tooWide;
}

/** Builds the logical rows of the table from the segmented stream. */
export function buildRows(parts: Part[], cellsOf: Map<Part, Cell[]>, columns: FlatColumn[], widths?: Widths): LogicalRow[] {
  const K = columns.length;
  const taskCol = taskColumn(columns);
  const origins: Array<CellRef | null> = Array(K).fill(null);
  const rows: LogicalRow[] = [];
  const grouping = (c: number) => c < taskCol;

  const flushBand = (band: Cell[]) => {
    let row: DataRow | null = null;
    for (const cell of band) {
      const open = origins[cell.col];
      if (cell.cont && open) {
        extend(open, cell, widths);
        continue;
      }
      const ref = refOf(cell, widths);
      if (grouping(cell.col)) {
        origins[cell.col] = ref;
        for (let g = cell.col + 1; g < taskCol; g++) origins[g] = null;
        continue;
      }
      if (cell.col === taskCol) {
        row = { type: "data", cells: new Map(), orphan: false };
        for (let g = 0; g < taskCol; g++) if (origins[g]) row.cells.set(g, origins[g]!);
        row.cells.set(taskCol, ref);
        rows.push(row);
        origins[cell.col] = ref;
        continue;
      }
      origins[cell.col] = ref;
      // A cell after the task column with no task cell in its band: the previous row's, if free.
      const target = row ?? lastDataRow(rows);
      if (target && !target.cells.has(cell.col)) target.cells.set(cell.col, ref);
      else {
        row = { type: "data", cells: new Map([[cell.col, ref]]), orphan: true };
        rows.push(row);
      }
    }
  };

  for (const part of parts) {
    if (part.type === "title") {
      rows.push(part);
      origins.fill(null);
      continue;
    }
    let band: Cell[] = [];
    for (const cell of cellsOf.get(part) ?? []) {
      if (cell.newBand && band.length > 0) {
        flushBand(band);
        band = [];
      }
      band.push(cell);
    }
    if (band.length > 0) flushBand(band);
  }
  carrySparseColumns(rows, K, taskCol);
  return rows;
}

function lastDataRow(rows: LogicalRow[]): DataRow | null {
  const r = rows[rows.length - 1];
  return r && r.type === "data" ? r : null;
}

/**
 * A column after the task column that most rows leave empty (Kinh phí) holds cells merged
 * over several rows: each carries down to the rows below until the next cell or title row.
 */
function carrySparseColumns(rows: LogicalRow[], K: number, taskCol: number): void {
  const data = rows.filter((r): r is DataRow => r.type === "data");
  for (let c = taskCol + 1; c < K; c++) {
    const present = data.filter((r) => r.cells.has(c)).length;
    if (present === 0 || present * 2 >= data.length) continue;
    let carried: CellRef | null = null;
    for (const r of rows) {
      if (r.type === "title") carried = null;
      else if (r.cells.has(c)) carried = r.cells.get(c)!;
      else if (carried) r.cells.set(c, carried);
    }
  }
}
