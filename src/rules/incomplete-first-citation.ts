import { findCitations } from "../extract/citations.js";
import type { Location } from "../model/location.js";
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
    // The trích yếu names documents briefly; the rule is about the first mention in the content.
    const title = doc.fieldLocations.title;
    const inTitle = (l: Location) => title?.line !== undefined && l.line !== undefined && l.line >= title.line && l.line <= (title.endLine ?? title.line);
    doc.references.forEach((c, i) => {
      if (c.kind && NAME_ONLY.has(c.kind)) return;
      const first = findCitations(c.raw)[0];
      if (!first) return;
      let location = c.locations[0] ?? {};
      let hasDate = first.dateRaw !== null;
      let hasIssuer = first.issuer !== null;
      if (inTitle(location)) {
        const inBody = c.locations.find((l) => !inTitle(l));
        if (!inBody) return;
        // Only the first occurrence's text is kept; what all occurrences gave together decides.
        location = inBody;
        hasDate ||= c.date !== null;
        hasIssuer ||= c.issuer !== null;
      }
      const messageId = !hasDate && !hasIssuer ? "both" : !hasDate ? "date" : !hasIssuer ? "issuer" : null;
      if (messageId) ctx.report({ messageId, data: { raw: c.raw }, path: ["documents", ctx.documentIndex, "references", i], location });
    });
  },
});
