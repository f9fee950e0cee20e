import { visualLength } from "../../src/ingest/flattened/cells.js";

/**
 * Lays a table out the way a PDF text export flattens it, for tests with layouts other than
 * the seed's: every cell wrapped to its column width, cells printed column by column per
 * visual row, merged cells printed once (and their overflow on the next page), the header
 * repeated after each page break, a page number before it. Input: the hand transcription
 * format of fixtures/tables/seed-002-appendix.yaml.
 */
export interface Transcription {
  columns: { key: string; name: string }[];
  sections: { stt: string; title: string; line: number }[];
  subsections?: { section: string; stt: string; title: string; line: number }[];
  rows: Array<Record<string, unknown> & { section: string; subsection?: string; span?: Record<string, number> }>;
}

export interface Layout {
  /** Column widths in visual units (cells.ts visualLength), one per column. */
  widths: number[];
  /** Body lines per page (the header not counted). */
  pageLines: number;
}

const HEADER = ["STT Mục tiêu Nhiệm vụ Hoạt động", "Kết quả/", "", "Sản phẩm Chủ trì Phối hợp", "Thời", "", "gian", "Kinh phí"];

/** Greedy word wrap at a visual width. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const next = cur === "" ? w : `${cur} ${w}`;
    if (cur !== "" && visualLength(next) > width) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur !== "") lines.push(cur);
  return lines;
}

interface Placed {
  col: number;
  row: number;
  lines: string[];
  top: number;
  /** Index of the transcription row whose task-text cell this is. */
  textOf?: number;
}

interface LaidRow {
  title?: string;
  top: number;
  height: number;
}

/** The flattened text, and for each transcription row the 1-based line where its Hoạt động cell starts. */
export function flatten(t: Transcription, layout: Layout, firstLine = 1): { text: string; textLines: number[] } {
  const keys = t.columns.map((c) => c.key);
  const rows: LaidRow[] = [];
  const cells: Placed[] = [];
  const spans: Array<{ cell: Placed; last: number }> = [];
  let section: string | null = null;
  let subsection: string | undefined;
  const titleRow = (title: string) => {
    rows.push({ title, top: 0, height: 1 });
  };
  t.rows.forEach((r, rowIndex) => {
    if (r.section !== section) {
      section = r.section;
      subsection = undefined;
      const s = t.sections.find((x) => x.stt === section)!;
      titleRow(`${s.stt} ${s.title}`);
    }
    if (r.subsection !== subsection) {
      subsection = r.subsection;
      const s = t.subsections?.find((x) => x.section === section && x.stt === subsection);
      if (s) titleRow(`${s.stt} ${s.title}`);
    }
    const index = rows.length;
    rows.push({ top: 0, height: 1 });
    keys.forEach((k, col) => {
      const v = r[k];
      if (typeof v !== "string" || v === "") return;
      const cell: Placed = { col, row: index, lines: wrap(v, layout.widths[col]!), top: 0, ...(k === "text" ? { textOf: rowIndex } : {}) };
      cells.push(cell);
      const span = r.span?.[k] ?? 1;
      // (Spans never cross a title row: they end at section rows.)
      if (span > 1) spans.push({ cell, last: index + span - 1 });
      else rows[index]!.height = Math.max(rows[index]!.height, cell.lines.length);
    });
  });
  // A merged cell longer than the rows it spans makes the last of them taller.
  for (const { cell, last } of spans) {
    let h = 0;
    for (let i = cell.row; i <= last; i++) h += rows[i]!.height;
    if (cell.lines.length > h) rows[last]!.height += cell.lines.length - h;
  }
  let y = 0;
  for (const r of rows) {
    r.top = y;
    y += r.height;
  }
  for (const c of cells) c.top = rows[c.row]!.top;

  // Pages: each printed line lands on a page; a row's cells print in its band, pieces that
  // run onto a later page print in that page's first band.
  const P = layout.pageLines;
  const out: string[] = [];
  const textLines: number[] = [];
  const pages = Math.ceil(y / P);
  for (let p = 0; p < pages; p++) {
    if (p > 0) out.push(String(p + 1), "", ...HEADER.map((h, i) => (i === 0 ? ` ${h}` : h)), "");
    else out.push(...HEADER, "");
    const from = p * P;
    const to = from + P;
    const bands = new Map<number, Array<{ col: number; lines: string[]; textOf?: number }>>();
    const put = (band: number, col: number, lines: string[], textOf?: number) => {
      if (!bands.has(band)) bands.set(band, []);
      bands.get(band)!.push({ col, lines, ...(textOf !== undefined ? { textOf } : {}) });
    };
    rows.forEach((r) => {
      if (r.title && r.top >= from && r.top < to) put(r.top, -1, [r.title]);
    });
    for (const c of cells) {
      const lines = c.lines.filter((_, j) => c.top + j >= from && c.top + j < to);
      if (lines.length === 0) continue;
      // A cell that started on an earlier page continues in the page's first band.
      put(c.top >= from ? c.top : from, c.col, lines, c.top >= from ? c.textOf : undefined);
    }
    for (const band of [...bands.keys()].sort((a, b) => a - b)) {
      for (const { lines, textOf } of bands.get(band)!.sort((a, b) => a.col - b.col)) {
        if (textOf !== undefined) textLines[textOf] = firstLine + out.length;
        for (const l of lines) out.push(l, "");
      }
    }
  }
  return { text: out.join("\n"), textLines };
}
