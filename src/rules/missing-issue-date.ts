import { fieldLocation } from "./locations.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "missing-issue-date",
    type: "problem",
    scope: "document",
    recommended: "info",
    stageSeverity: { issued: "error" },
    docs: {
      description: {
        vi: "Văn bản ban hành phải có địa danh và ngày tháng năm ban hành",
        en: "An issued document has its place and date",
      },
    },
    messages: {
      blank: {
        vi: "Ngày ban hành để trống («{{raw}}»); điền ngày khi ký ban hành.",
        en: "The issue date is blank («{{raw}}»); fill it in when the document is signed.",
      },
      absent: {
        vi: "Văn bản không có dòng địa danh, ngày tháng năm ban hành; hãy thêm «<Địa danh>, ngày … tháng … năm …».",
        en: "The document has no place-and-date line; add \"<Place>, ngày … tháng … năm …\".",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (doc.date !== null) return;
    const path = ["documents", ctx.documentIndex, "date"];
    if (doc.dateRaw) {
      // An impossible written date is invalid-date's finding, not a blank one.
      if (/ngày\s*\d+\D+\d+\D+\d{4}/u.test(doc.dateRaw)) return;
      ctx.report({ messageId: "blank", data: { raw: doc.dateRaw }, path, location: fieldLocation(doc, "date") });
    } else ctx.report({ messageId: "absent", path, location: fieldLocation(doc, "date") });
  },
});
