import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "missing-appendix",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Văn bản nói «có phụ lục kèm theo» thì phải có phụ lục",
        en: "A document that announces an attached appendix has one",
      },
    },
    messages: {
      missing: {
        vi: "Văn bản ghi có phụ lục kèm theo nhưng không thấy phụ lục trong tệp; đính kèm phụ lục hoặc bỏ câu dẫn.",
        en: "The text announces an attached appendix but none is in the file; attach it or drop the sentence.",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (!doc.appendixNotice || doc.appendices.length > 0) return;
    // A task table in the body is the announced detail even without a "PHỤ LỤC" heading.
    if (doc.tasks.some((t) => t.origin === "table")) return;
    ctx.report({ messageId: "missing", path: ["documents", ctx.documentIndex, "appendices"], location: doc.appendixNotice });
  },
});
