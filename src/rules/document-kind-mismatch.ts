import { kindFromSymbol } from "../extract/kinds.js";
import { fieldLocation } from "./locations.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "document-kind-mismatch",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Tên loại văn bản khớp với chữ viết tắt trong ký hiệu (KẾ HOẠCH ↔ KH)",
        en: "The document's title word matches the type in its symbol (KẾ HOẠCH ↔ KH)",
      },
    },
    messages: {
      mismatch: {
        vi: "Tên loại «{{kind}}» không khớp ký hiệu «{{symbol}}» (viết tắt {{symbolKind}}); sửa tên loại hoặc ký hiệu cho thống nhất.",
        en: "The title says «{{kind}}» but the symbol «{{symbol}}» says {{symbolKind}}; make them agree.",
      },
    },
  },
  checkDocument(doc, ctx) {
    const symbolKind = kindFromSymbol(doc.symbol);
    if (!doc.kind || !symbolKind || !doc.fieldLocations.kind) return;
    // Quyết định/Quy định share "QĐ" in Party numbering ("Số 66-QĐ/TW"; older ones "08-QĐi/TW");
    // a state Quy định is QyĐ (Nghị định 30/2020/NĐ-CP, Phụ lục III).
    const partyForm = doc.symbol!.includes("/");
    const same = symbolKind === doc.kind || (doc.kind === "QyĐ" && partyForm && (symbolKind === "QĐ" || symbolKind === "QĐi"));
    if (!same) {
      ctx.report({
        messageId: "mismatch",
        data: { kind: doc.kind, symbol: doc.symbol!, symbolKind },
        path: ["documents", ctx.documentIndex, "kind"],
        location: fieldLocation(doc, "kind"),
      });
    }
  },
});
