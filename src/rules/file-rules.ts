import { unreadableMessage } from "../io/messages.js";
import { diagnosticRule } from "./diagnostic-rule.js";

/** Diagnostics of ingest/extract exposed as rules (one id each, stable like every rule id). */
export const unreadableInput = diagnosticRule(
  {
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
  },
  // The reason in both languages from the catalogue of unreadable files.
  (d) => {
    const reason = String(d.data?.reason ?? "read-error");
    const data = d.data ?? {};
    return { ...data, detail: { vi: unreadableMessage(reason, "vi", data), en: unreadableMessage(reason, "en", data) } };
  },
);

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
    "too-long": {
      vi: "Bảng khôi phục từ văn bản mất định dạng dài quá {{limit}} dòng; từ đây phần còn lại được đọc như văn bản thường — hãy kiểm tra bằng bản DOCX hoặc PDF gốc.",
      en: "A table recovered from text that lost its layout runs past {{limit}} lines; from here on the rest was read as ordinary text — check it with the original DOCX or PDF.",
    },
  },
});

export const formatMismatch = diagnosticRule({
  id: "format-mismatch",
  type: "suggestion",
  recommended: "info",
  docs: {
    description: {
      vi: "Đuôi tên tệp không khớp với nội dung (tệp .pdf thực ra là DOCX…)",
      en: "The file name's extension does not match its content (a .pdf that is really a DOCX, …)",
    },
  },
  messages: {
    default: {
      vi: "Tên tệp có đuôi {{extension}} nhưng nội dung là {{format}}; đã đọc theo {{format}} — nên đổi tên tệp cho đúng.",
      en: "The file name ends in {{extension}} but the content is {{format}}; it was read as {{format}} — rename the file.",
    },
  },
});

export const unreadablePage = diagnosticRule({
  id: "unreadable-page",
  type: "problem",
  recommended: "warning",
  docs: {
    description: {
      vi: "Có trang PDF không đọc được; nội dung trang đó không được kiểm tra",
      en: "Some PDF pages could not be read; their content is not checked",
    },
  },
  messages: {
    default: {
      vi: "Không đọc được trang {{pages}}; nội dung các trang này không được kiểm tra — hãy xuất lại PDF từ bản gốc.",
      en: "Page(s) {{pages}} could not be read and were not checked — export the PDF again from the original.",
    },
  },
});

export const inputTruncated = diagnosticRule({
  id: "input-truncated",
  type: "problem",
  recommended: "warning",
  docs: {
    description: {
      vi: "Tệp dài quá giới hạn an toàn; chỉ phần đầu được kiểm tra",
      en: "The file is longer than the safety limit; only its beginning is checked",
    },
  },
  messages: {
    default: {
      vi: "Chỉ đọc {{pages}} trên {{total}} trang (giới hạn an toàn); các trang sau không được kiểm tra — tách tệp hoặc nâng giới hạn.",
      en: "Only {{pages}} of {{total}} pages were read (safety limit); the rest was not checked — split the file or raise the limit.",
    },
  },
});
