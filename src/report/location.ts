import type { Location } from "../model/location.js";
import type { Lang } from "../rules/types.js";

const WORDS = {
  vi: { page: "trang", table: "bảng", row: "dòng", cell: "ô", paragraph: "đoạn", line: "dòng", column: "cột" },
  en: { page: "page", table: "table", row: "row", cell: "cell", paragraph: "paragraph", line: "line", column: "col" },
};

/**
 * Human location: "12:3" for text, "đoạn 14" / "bảng 1, dòng 7, ô 3" for DOCX,
 * "trang 3, bảng 1, dòng 7" for PDF. Table, row, cell and paragraph are 0-based in the
 * model and shown 1-based, as a reader counts them.
 */
export function formatLocation(l: Location, lang: Lang): string {
  const w = WORDS[lang];
  if (l.line !== undefined && l.page === undefined && l.table === undefined && l.paragraph === undefined) {
    return l.column !== undefined ? `${l.line}:${l.column}` : `${l.line}`;
  }
  const parts: string[] = [];
  if (l.page !== undefined) parts.push(`${w.page} ${l.page}`);
  if (l.paragraph !== undefined) parts.push(`${w.paragraph} ${l.paragraph + 1}`);
  if (l.table !== undefined) parts.push(`${w.table} ${l.table + 1}`);
  if (l.row !== undefined) parts.push(`${w.row} ${l.row + 1}`);
  if (l.cell !== undefined) parts.push(`${w.cell} ${l.cell + 1}`);
  if (parts.length === 0 && l.line !== undefined) parts.push(`${w.line} ${l.line}`);
  return parts.join(", ");
}

export const SEVERITY_WORDS = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;
