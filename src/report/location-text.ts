import type { Location } from "../model/location.js";

/**
 * Where a finding is, for people and for SARIF. Locations are 0-based for DOCX/PDF
 * indexes (table, row, cell, paragraph) and 1-based for lines and pages; people count
 * from 1: "trang 3, bảng 1, dòng 7" / "page 3, table 1, row 7".
 */
const WORDS = {
  vi: { line: "dòng", column: "cột", page: "trang", paragraph: "đoạn", table: "bảng", row: "dòng", cell: "ô" },
  en: { line: "line", column: "column", page: "page", paragraph: "paragraph", table: "table", row: "row", cell: "cell" },
} as const;

export function locationText(l: Location, lang: "vi" | "en" = "vi"): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (l.line !== undefined) parts.push(`${w.line} ${l.line}${l.column !== undefined ? `:${l.column}` : ""}`);
  if (l.page !== undefined) parts.push(`${w.page} ${l.page}`);
  if (l.paragraph !== undefined) parts.push(`${w.paragraph} ${l.paragraph + 1}`);
  if (l.table !== undefined) parts.push(`${w.table} ${l.table + 1}`);
  if (l.row !== undefined) parts.push(`${w.row} ${l.row + 1}`);
  if (l.cell !== undefined) parts.push(`${w.cell} ${l.cell + 1}`);
  return parts.join(", ");
}

/** SARIF `logicalLocations` for a location without lines (DOCX, PDF): page › table › row › cell. */
export function sarifLogicalLocations(l: Location): Array<{ name: string; fullyQualifiedName: string; kind: string }> {
  const path: Array<[string, number]> = [];
  if (l.page !== undefined) path.push(["page", l.page]);
  if (l.paragraph !== undefined) path.push(["paragraph", l.paragraph + 1]);
  if (l.table !== undefined) path.push(["table", l.table + 1]);
  if (l.row !== undefined) path.push(["row", l.row + 1]);
  if (l.cell !== undefined) path.push(["cell", l.cell + 1]);
  return path.map(([kind, n], i) => ({
    name: `${kind} ${n}`,
    fullyQualifiedName: path
      .slice(0, i + 1)
      .map(([k, m]) => `${k}[${m}]`)
      .join("/"),
    kind: kind === "cell" || kind === "row" ? "element" : "module",
  }));
}
