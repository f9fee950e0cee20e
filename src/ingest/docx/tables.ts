import type { IngestLimits } from "../limits.js";
import { UnreadableInputError } from "../errors.js";
import { child, elements, type XmlElement } from "../xml.js";
import { isOn } from "./styles.js";

/**
 * A w:tbl read into rows of cells with their grid positions: gridBefore shifts a row's
 * first cell right, gridSpan (and legacy hMerge) widen a cell, vMerge is kept as
 * restart/continue for the grid builder, and rows deleted under tracked changes are gone.
 */
export interface RawCell {
  col: number;
  span: number;
  vMerge: "restart" | "continue" | null;
  content: XmlElement[];
}

export interface RawRow {
  header: boolean;
  cells: RawCell[];
  /** Grid columns this row reaches (gridBefore + spans + gridAfter). */
  extent: number;
}

export interface RawTable {
  rows: RawRow[];
  gridColumns: number;
}

/** Children of wrappers (w:sdt/w:sdtContent, w:customXml) that may surround rows, cells and paragraphs. */
export function unwrap(el: XmlElement, names: Set<string>): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement, depth: number) => {
    for (const c of elements(e)) {
      if (names.has(c.name)) out.push(c);
      else if ((c.name === "w:sdt" || c.name === "w:sdtContent" || c.name === "w:customXml") && depth < 16) visit(c, depth + 1);
    }
  };
  visit(el, 0);
  return out;
}

const ROW = new Set(["w:tr"]);
const CELL = new Set(["w:tc"]);

const intVal = (el: XmlElement | undefined, dflt: number) => {
  const v = Number(el?.attrs["w:val"]);
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : dflt;
};

export function readTable(tbl: XmlElement, limits: IngestLimits): RawTable {
  const gridColumns = elements(child(tbl, "w:tblGrid") ?? { name: "", attrs: {}, children: [] }, "w:gridCol").length;
  const rows: RawRow[] = [];
  for (const tr of unwrap(tbl, ROW)) {
    const trPr = child(tr, "w:trPr");
    if (child(trPr, "w:del")) continue;
    let col = Math.min(intVal(child(trPr, "w:gridBefore"), 0), 1000);
    const cells: RawCell[] = [];
    for (const tc of unwrap(tr, CELL)) {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.max(1, Math.min(intVal(child(tcPr, "w:gridSpan"), 1), 1000));
      const hMerge = child(tcPr, "w:hMerge");
      const last = cells[cells.length - 1];
      if (hMerge && hMerge.attrs["w:val"] !== "restart" && last) {
        last.span += span;
        col += span;
        continue;
      }
      const vm = child(tcPr, "w:vMerge");
      const vMerge = vm ? (vm.attrs["w:val"] === "restart" ? "restart" : "continue") : null;
      cells.push({ col, span, vMerge, content: elements(tc).filter((e) => e.name !== "w:tcPr") });
      col += span;
    }
    const header = isOn(child(trPr, "w:tblHeader")) === true;
    rows.push({ header, cells, extent: col + intVal(child(trPr, "w:gridAfter"), 0) });
  }
  const columns = rows.reduce((m, r) => Math.max(m, r.extent), Math.max(gridColumns, 1));
  if (columns * rows.length > limits.maxTableCells) throw new UnreadableInputError("limit-exceeded", `table of ${rows.length} × ${columns} cells`);
  return { rows, gridColumns };
}

export interface MergedCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  content: XmlElement[];
}

/**
 * Resolves vertical merges: a "continue" cell joins the cell above it when that cell
 * starts in the same grid column with the same width (Word's rule); otherwise it starts
 * a cell of its own, as Word displays an orphan continuation.
 */
export function mergeCells(t: RawTable): { cells: MergedCell[]; columns: number } {
  const columns = t.rows.reduce((m, r) => Math.max(m, r.extent), Math.max(t.gridColumns, 1));
  const out: MergedCell[] = [];
  let above = new Map<number, MergedCell>();
  t.rows.forEach((row, r) => {
    const here = new Map<number, MergedCell>();
    for (const c of row.cells) {
      const up = above.get(c.col);
      if (c.vMerge === "continue" && up && up.colSpan === c.span) {
        up.rowSpan++;
        here.set(c.col, up);
        continue;
      }
      const m: MergedCell = { row: r, col: c.col, rowSpan: 1, colSpan: c.span, content: c.content };
      out.push(m);
      here.set(c.col, m);
    }
    above = here;
  });
  return { cells: out, columns };
}
