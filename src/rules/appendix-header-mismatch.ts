import { showDate } from "../vocab/dates.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "appendix-header-mismatch",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Dòng «Kèm theo … số … ngày …» của phụ lục khớp với số và ngày của chính văn bản",
        en: "An appendix's \"Kèm theo … số … ngày …\" line matches the document's own number and date",
      },
    },
    messages: {
      number: {
        vi: "Phụ lục ghi «kèm theo» số {{appendix}} nhưng văn bản mang số {{document}}; sửa cho khớp.",
        en: "The appendix says it belongs to {{appendix}} but the document is {{document}}; make them match.",
      },
      date: {
        vi: "Phụ lục ghi ngày {{appendix}} nhưng văn bản ban hành ngày {{document}}; sửa cho khớp.",
        en: "The appendix gives the date {{appendix}} but the document is dated {{document}}; make them match.",
      },
      blankNumber: {
        vi: "Phụ lục để trống số văn bản («{{raw}}») trong khi văn bản đã có số {{document}}; điền số vào phụ lục.",
        en: "The appendix leaves the number blank («{{raw}}») while the document is {{document}}; fill it in.",
      },
      blankDate: {
        vi: "Phụ lục để trống ngày («{{raw}}») trong khi văn bản đã có ngày {{document}}; điền ngày vào phụ lục.",
        en: "The appendix leaves the date blank («{{raw}}») while the document is dated {{document}}; fill it in.",
      },
      kind: {
        vi: "Phụ lục ghi kèm theo văn bản loại {{appendix}} nhưng văn bản là {{document}}.",
        en: "The appendix names a document of kind {{appendix}} but the document is a {{document}}.",
      },
    },
  },
  checkDocument(doc, ctx) {
    // A file that holds only the appendix takes its number and date from that very line.
    const standalone = doc.fieldLocations.number === undefined && doc.fieldLocations.date === undefined;
    if (standalone && doc.appendices.length <= 1) return;
    doc.appendices.forEach((a, i) => {
      const p = a.parent;
      if (!p) return;
      const at = { path: ["documents", ctx.documentIndex, "appendices", i, "parent"], location: a.location };
      if (p.kind && doc.kind && p.kind !== doc.kind) ctx.report({ ...at, messageId: "kind", data: { appendix: p.kind, document: doc.kind } });
      if (doc.identifier) {
        if (!p.identifier) ctx.report({ ...at, messageId: "blankNumber", data: { raw: p.raw.replace(/\s+/g, " "), document: doc.identifier } });
        else if (p.identifier !== doc.identifier) ctx.report({ ...at, messageId: "number", data: { appendix: p.identifier, document: doc.identifier } });
      }
      if (doc.date) {
        if (!p.date) ctx.report({ ...at, messageId: "blankDate", data: { raw: p.dateRaw ?? p.raw, document: showDate(doc.date) } });
        else if (p.date !== doc.date) ctx.report({ ...at, messageId: "date", data: { appendix: showDate(p.date), document: showDate(doc.date) } });
      }
    });
  },
});
