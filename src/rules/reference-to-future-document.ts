import { showDate } from "../vocab/dates.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "reference-to-future-document",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Văn bản không trích dẫn văn bản ban hành sau ngày của chính nó",
        en: "A document does not cite documents dated after itself",
      },
    },
    messages: {
      future: {
        vi: "Văn bản ngày {{issued}} trích dẫn {{identifier}} ngày {{cited}} — sau ngày ban hành; kiểm tra ngày của văn bản này hoặc của văn bản được dẫn.",
        en: "The document dated {{issued}} cites {{identifier}} of {{cited}}, a later date; check either date.",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (!doc.date) return;
    doc.references.forEach((c, i) => {
      if (!c.date || c.date <= doc.date!) return;
      ctx.report({
        messageId: "future",
        data: { issued: showDate(doc.date), identifier: c.identifier, cited: showDate(c.date) },
        path: ["documents", ctx.documentIndex, "references", i],
        location: c.locations[0] ?? {},
      });
    });
  },
});
