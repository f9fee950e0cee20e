import { citationFormIssue, parseIdentifier } from "../extract/identifier.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "malformed-citation",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Số, ký hiệu văn bản được trích dẫn đúng thể thức của loại văn bản đó",
        en: "Cited numbers follow the form of their document family",
      },
    },
    messages: {
      "legal-without-year": {
        vi: "«{{identifier}}» là văn bản quy phạm pháp luật nhưng thiếu năm ban hành; viết «số/năm/ký hiệu» (ví dụ 30/2020/NĐ-CP).",
        en: "«{{identifier}}» is a legal normative document without its year; write number/year/symbol (e.g. 30/2020/NĐ-CP).",
      },
      "party-in-state-form": {
        vi: "«{{identifier}}» là văn bản của Đảng nhưng viết theo thể thức hành chính; viết «{{suggested}}».",
        en: "«{{identifier}}» is a Party document written in the state form; write «{{suggested}}».",
      },
      "state-in-party-form": {
        vi: "«{{identifier}}» là văn bản hành chính nhưng viết theo thể thức của Đảng; kiểm tra lại số, ký hiệu.",
        en: "«{{identifier}}» is a state document written in the Party form; check the number.",
      },
      "year-in-admin-document": {
        vi: "«{{identifier}}» là văn bản hành chính, số, ký hiệu không ghi năm; kiểm tra lại.",
        en: "«{{identifier}}» is an administrative document; its number carries no year. Check it.",
      },
      spaces: {
        vi: "Số, ký hiệu «{{printed}}» có khoảng trắng thừa; viết liền «{{identifier}}».",
        en: "The number «{{printed}}» has stray spaces; write «{{identifier}}».",
      },
    },
  },
  checkDocument(doc, ctx) {
    doc.references.forEach((c, i) => {
      const at = { path: ["documents", ctx.documentIndex, "references", i], location: c.locations[0] ?? {} };
      const id = parseIdentifier(c.identifier);
      if (!id) return;
      const issue = citationFormIssue({ family: c.family, shape: id.shape, kind: c.kind });
      if (issue) {
        const type = id.typeCode ?? c.kind ?? "";
        const suggested = `${id.number}-${type}/${id.issuerCode ?? ""}`;
        ctx.report({ ...at, messageId: issue, data: { identifier: c.identifier, suggested } });
      }
      const printed = /\d[\d\s]*[/-][\s\S]*/u.exec(c.raw)?.[0] ?? "";
      const spaced = printed.match(/^\d+\s*[/-]\s*[\p{L}\d]+(?:\s*[/-]\s*[\p{L}\d]+)*/u)?.[0];
      if (spaced && /\s/.test(spaced)) ctx.report({ ...at, messageId: "spaces", data: { printed: spaced, identifier: c.identifier } });
    });
  },
});
