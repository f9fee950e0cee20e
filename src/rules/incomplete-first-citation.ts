import { findCitations } from "../extract/citations.js";
import { defineRule } from "./types.js";

/** Laws and ordinances are cited by type and name alone (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
const NAME_ONLY = new Set(["Luật", "PL"]);

export default defineRule({
  meta: {
    id: "incomplete-first-citation",
    type: "suggestion",
    scope: "document",
    recommended: "info",
    docs: {
      description: {
        vi: "Lần trích dẫn đầu tiên ghi đủ tên loại, số, ký hiệu, ngày ban hành và cơ quan ban hành",
        en: "The first citation of a document gives its type, number, date and issuer",
      },
    },
    messages: {
      date: {
        vi: "Lần trích dẫn đầu tiên «{{raw}}» thiếu ngày ban hành; ghi đủ «… ngày … của …» ở lần đầu (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        en: "The first citation «{{raw}}» lacks the issue date; give \"… ngày … của …\" the first time (Decree 30/2020, annex I).",
      },
      issuer: {
        vi: "Lần trích dẫn đầu tiên «{{raw}}» thiếu cơ quan ban hành; ghi «… của <cơ quan>» ở lần đầu.",
        en: "The first citation «{{raw}}» lacks the issuer; add \"… của <issuer>\" the first time.",
      },
      both: {
        vi: "Lần trích dẫn đầu tiên «{{raw}}» thiếu ngày và cơ quan ban hành; ghi đủ ở lần đầu (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        en: "The first citation «{{raw}}» lacks both date and issuer; give them the first time (Decree 30/2020, annex I).",
      },
    },
  },
  checkDocument(doc, ctx) {
    doc.references.forEach((c, i) => {
      if (c.kind && NAME_ONLY.has(c.kind)) return;
      const first = findCitations(c.raw)[0];
      if (!first) return;
      const messageId = !first.dateRaw && !first.issuer ? "both" : !first.dateRaw ? "date" : !first.issuer ? "issuer" : null;
      if (messageId) {
        ctx.report({ messageId, data: { raw: c.raw }, path: ["documents", ctx.documentIndex, "references", i], location: c.locations[0] ?? {} });
      }
    });
  },
});
