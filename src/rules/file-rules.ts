import { diagnosticRule } from "./diagnostic-rule.js";

/** Diagnostics of ingest/extract exposed as rules (one id each, stable like every rule id). */
export const unreadableInput = diagnosticRule({
  id: "unreadable-input",
  type: "problem",
  recommended: "error",
  docs: {
    description: {
      vi: "Tệp không đọc được (hỏng, mã hóa, sai định dạng, quá lớn)",
      en: "The file cannot be read (corrupt, encrypted, wrong format, too large)",
    },
  },
  messages: {
    default: {
      vi: "Không đọc được tệp: {{detail}}.",
      en: "Cannot read the file: {{detail}}.",
    },
  },
});

export const noTextLayer = diagnosticRule(
  {
    id: "no-text-layer",
    type: "problem",
    recommended: "error",
    docs: {
      description: {
        vi: "Trang PDF không có lớp chữ (bản quét) nên không kiểm tra được",
        en: "PDF pages without a text layer (scans) cannot be checked",
      },
    },
    messages: {
      default: {
        vi: "Trang {{pages}} không có lớp chữ (bản quét ảnh); không kiểm tra được — hãy dùng bản PDF xuất từ Word hoặc nhận dạng chữ (OCR) trước.",
        en: "Page(s) {{pages}} have no text layer (scanned images) and cannot be checked — use a PDF exported from Word, or run OCR first.",
      },
    },
  },
  (d) => ({ pages: String(d.data?.pages ?? "?") }),
);

export const legacyEncoding = diagnosticRule({
  id: "legacy-encoding",
  type: "suggestion",
  recommended: "warning",
  docs: {
    description: {
      vi: "Văn bản dùng bảng mã cũ (TCVN3, VNI, Windows-1258) thay vì Unicode",
      en: "The text uses a legacy encoding (TCVN3, VNI, Windows-1258) instead of Unicode",
    },
  },
  messages: {
    default: {
      vi: "Văn bản dùng bảng mã {{encoding}}, đã được chuyển sang Unicode để kiểm tra; văn bản hành chính phải dùng Unicode (TCVN 6909:2001).",
      en: "The text is in {{encoding}}; it was converted to Unicode for checking. Official documents must use Unicode (TCVN 6909:2001).",
    },
  },
});

export const uncertainTableStructure = diagnosticRule({
  id: "uncertain-table-structure",
  type: "problem",
  recommended: "warning",
  docs: {
    description: {
      vi: "Dòng bảng được khôi phục từ văn bản mất định dạng, độ tin cậy thấp",
      en: "A table row recovered from text that lost its layout, with low confidence",
    },
  },
  messages: {
    default: {
      vi: "Dòng bảng này được đoán lại từ văn bản mất định dạng (độ tin cậy {{confidence}}); hãy đối chiếu với bản gốc.",
      en: "This table row was reconstructed from text that lost its layout (confidence {{confidence}}); check it against the original.",
    },
  },
});
