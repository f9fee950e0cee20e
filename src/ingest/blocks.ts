import type { Location } from "../model/location.js";
import { normalizeText } from "../normalize/text.js";
import type { ParagraphBlock, TableCell, TableRow } from "./source-document.js";

/**
 * Block builders shared by the DOCX and PDF readers, so both hand extraction the same
 * shapes as text ingestion: normalised text, the list marker split off, numbering kept
 * in the text.
 */
const MARKERS: Record<string, string> = {
  "-": "-", "–": "-", "—": "-", "·": "-", "+": "+", "*": "*",
  "•": "•", "\uF0B7": "•", "\uF0A7": "•", "\uF0D8": "•", "▪": "•", "●": "•", "○": "•", "◦": "•", "o": "•",
};

/** Whitespace collapsed, NFC, Đ look-alikes fixed. */
export function cleanText(s: string): string {
  return normalizeText(s).replace(/\s+/g, " ").trim();
}

/** A paragraph block from printed text: a leading "- ", "+ ", "• " becomes the marker. */
export function paragraphBlock(raw: string, location: Location, marker: string | null = null, level?: number): ParagraphBlock | null {
  let text = cleanText(raw);
  let m = marker;
  // A line that is only a marker ("*" under a Party header, a lone "-") carries no text.
  if (/^[*\-+•]+$/.test(text)) return null;
  const lead = /^(\S)\s+/u.exec(text);
  if (m === null && lead && MARKERS[lead[1]!] !== undefined && !(lead[1] === "o" && !/^o\s+[\p{Lu}]/u.test(text))) {
    m = MARKERS[lead[1]!]!;
    text = text.slice(lead[0].length);
  }
  if (text === "" && m === null) return null;
  return { type: "paragraph", text, marker: m, spans: [], location, ...(level !== undefined ? { level } : {}) };
}

/** Text of a bullet as printed at the start of a table cell line. */
export function bulletPrefix(marker: string): string {
  return `${marker} `;
}

/**
 * Logical grid from origin cells: every position gets a cell; positions covered by a
 * merge repeat the origin's text and say so. Positions nothing covers are empty cells.
 */
export interface GridOrigin {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

export function buildGrid(
  origins: GridOrigin[],
  rowCount: number,
  colCount: number,
  rowInfo: (r: number) => { header: boolean; location: Location },
  cellLocation: (r: number, c: number) => Location,
): TableRow[] {
  const grid: (TableCell | null)[][] = Array.from({ length: rowCount }, () => Array<TableCell | null>(colCount).fill(null));
  for (const o of origins) {
    for (let r = o.row; r < Math.min(rowCount, o.row + o.rowSpan); r++) {
      for (let c = o.col; c < Math.min(colCount, o.col + o.colSpan); c++) {
        const origin = r === o.row && c === o.col;
        grid[r]![c] = {
          text: o.text,
          rowSpan: origin ? o.rowSpan : 1,
          colSpan: origin ? o.colSpan : 1,
          covered: !origin,
          location: cellLocation(r, c),
        };
      }
    }
  }
  return grid.map((cells, r) => ({
    ...rowInfo(r),
    cells: cells.map((c, k) => c ?? { text: "", rowSpan: 1, colSpan: 1, covered: false, location: cellLocation(r, k) }),
  }));
}
