import { isPartyIssuer, parseIdentifier } from "../extract/identifier.js";
import { fieldLocation } from "./locations.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "document-number-format",
    type: "layout",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Số, ký hiệu trình bày đúng thể thức (Nghị định 30/2020/NĐ-CP; Hướng dẫn 36-HD/VPTW)",
        en: "The number line follows the official layout (Decree 30/2020/NĐ-CP; Party guide 36-HD/VPTW)",
      },
    },
    messages: {
      spaces: {
        vi: "Số, ký hiệu «{{raw}}» có khoảng trắng thừa; viết liền «{{canonical}}».",
        en: "The number «{{raw}}» contains stray spaces; write «{{canonical}}».",
      },
      partyInStateForm: {
        vi: "Văn bản của cơ quan Đảng ({{issuer}}) nhưng số viết theo thể thức hành chính «{{raw}}»; viết «Số {{suggested}}».",
        en: "A Party body's document ({{issuer}}) numbered in the state form «{{raw}}»; write «Số {{suggested}}».",
      },
      stateInPartyForm: {
        vi: "Văn bản hành chính nhưng số viết theo thể thức của Đảng «{{raw}}»; viết «Số: {{suggested}}».",
        en: "A state document numbered in the Party form «{{raw}}»; write «Số: {{suggested}}».",
      },
      colon: {
        vi: "Văn bản của Đảng ghi «Số» không có dấu hai chấm («{{raw}}»).",
        en: "Party documents write «Số» without a colon («{{raw}}»).",
      },
      noColon: {
        vi: "Văn bản hành chính ghi «Số:» có dấu hai chấm («{{raw}}»).",
        en: "State documents write «Số:» with a colon («{{raw}}»).",
      },
      leadingZero: {
        vi: "Số nhỏ hơn 10 phải thêm số 0 phía trước: «{{number}}» → «0{{number}}».",
        en: "Numbers below 10 take a leading zero: «{{number}}» → «0{{number}}».",
      },
    },
  },
  checkDocument(doc, ctx) {
    const raw = doc.numberRaw;
    if (!raw || !/^Số/u.test(raw) || !doc.symbol) return;
    const location = fieldLocation(doc, "number");
    const path = ["documents", ctx.documentIndex, "identifier"];
    const report = (messageId: string, data: Record<string, string> = {}) => ctx.report({ messageId, data: { raw, ...data }, path, location });
    const token = raw.replace(/^Số\s*:?\s*/u, "");
    const colon = /^Số\s*:/u.test(raw);
    const id = doc.identifier ? parseIdentifier(token) : null;
    if (id?.spaced) report("spaces", { canonical: id.identifier });

    // Party symbols are TYPE/ISSUER ("KH/ĐU"), state ones TYPE-ISSUER ("KH-SYT").
    const party = doc.symbol.includes("/");
    const issuer = party ? doc.symbol.split("/").pop()! : doc.symbol.split("-").slice(1).join("-");
    const type = party ? doc.symbol.split("/")[0]! : doc.symbol.split("-")[0]!;
    const partyBody = isPartyIssuer(issuer);
    const num = doc.number ?? "…";
    if (partyBody && !party) report("partyInStateForm", { issuer, suggested: `${num}-${type}/${issuer}` });
    else if (!partyBody && party) report("stateInPartyForm", { suggested: `${num}/${type}-${issuer}` });
    else if (party && colon) report("colon");
    else if (!party && !colon) report("noColon");
    if (!party && doc.number && /^[1-9]$/.test(doc.number)) report("leadingZero", { number: doc.number });
  },
});
