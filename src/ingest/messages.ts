import type { Diagnostic } from "../model/diagnostic.js";

/**
 * Localised one-line texts for the diagnostics ingest emits (Diagnostic.message is the
 * English log text). Reports and the extract command render these; "{{pages}}" and the
 * like are filled from Diagnostic.data.
 */
export const INGEST_MESSAGES: Record<string, { vi: string; en: string }> = {
  "no-text-layer": {
    vi: "trang {{pages}} không có lớp văn bản (ảnh quét): cần nhận dạng ký tự (OCR) trước, nội dung các trang này không được đọc",
    en: "page(s) {{pages}} have no text layer (scanned images): run OCR first; their content was not read",
  },
  "unreadable-page": { vi: "không đọc được trang {{pages}}", en: "page(s) {{pages}} could not be read" },
  "input-truncated": { vi: "chỉ đọc {{pages}} trên {{total}} trang (giới hạn)", en: "only {{pages}} of {{total}} pages were read (limit)" },
  "format-mismatch": {
    vi: "tên tệp ghi {{extension}} nhưng nội dung là {{format}}; đã đọc theo {{format}}",
    en: "the file name says {{extension}} but the content is {{format}}; read as {{format}}",
  },
  "legacy-encoding": { vi: "tệp không phải UTF-8; đã đọc theo bảng mã {{encoding}}", en: "not UTF-8; read as {{encoding}}" },
  "unreadable-input": { vi: "không đọc được tệp ({{reason}})", en: "the file could not be read ({{reason}})" },
};

export type Lang = "vi" | "en";

/** The localised text of a diagnostic, or its English message when there is none. */
export function diagnosticText(d: Diagnostic, lang: Lang = "vi"): string {
  const t = INGEST_MESSAGES[d.code];
  if (!t) return d.message;
  return t[lang].replace(/\{\{(\w+)\}\}/g, (m, k: string) => {
    const v = d.data?.[k];
    return v === undefined ? m : String(v).replace(/,(?=\S)/g, ", ");
  });
}
