import { fieldLocation } from "./locations.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "missing-document-number",
    type: "problem",
    scope: "document",
    recommended: "info",
    stageSeverity: { issued: "error" },
    docs: {
      description: {
        vi: "Văn bản ban hành phải có số, ký hiệu (dự thảo thì chưa có)",
        en: "An issued document has a number (drafts do not yet)",
      },
    },
    messages: {
      blank: {
        vi: "Số văn bản để trống («{{raw}}»); văn thư cấp số khi ban hành — kiểm tra lại trước khi phát hành.",
        en: "The document number is blank («{{raw}}»); the registry assigns it on issue — check before release.",
      },
      absent: {
        vi: "Văn bản không có dòng số, ký hiệu (Nghị định 30/2020/NĐ-CP, Điều 8); hãy thêm «Số: …/…».",
        en: "The document has no number line (Decree 30/2020/NĐ-CP, art. 8); add \"Số: …/…\".",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (doc.identifier !== null) return;
    const path = ["documents", ctx.documentIndex, "identifier"];
    if (doc.numberRaw) ctx.report({ messageId: "blank", data: { raw: doc.numberRaw.replace(/\s+/g, " ") }, path, location: fieldLocation(doc, "number") });
    else ctx.report({ messageId: "absent", path, location: fieldLocation(doc, "number") });
  },
});
