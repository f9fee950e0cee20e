import { defineRule } from "./types.js";

/** Reported by the suppression step itself: a directive or baseline entry that hid nothing. */
export default defineRule({
  meta: {
    id: "unused-suppression",
    type: "suggestion",
    scope: "file",
    recommended: "warning",
    docs: {
      description: {
        vi: "Chú thích tắt kiểm tra hoặc mục baseline không còn che phát hiện nào",
        en: "A suppression comment or baseline entry that no longer hides anything",
      },
    },
    messages: {
      directive: {
        vi: "Chú thích «plan-lint-{{kind}}{{rules}}» không che phát hiện nào; hãy xóa nó.",
        en: "The «plan-lint-{{kind}}{{rules}}» comment hides nothing; remove it.",
      },
      unknownRule: {
        vi: "Chú thích «plan-lint-{{kind}}» nhắc tới quy tắc không tồn tại «{{rule}}» (xem `plan-lint rules`).",
        en: "The «plan-lint-{{kind}}» comment names an unknown rule «{{rule}}» (see `plan-lint rules`).",
      },
      unknownRuleNear: {
        vi: "Chú thích «plan-lint-{{kind}}» nhắc tới quy tắc không tồn tại «{{rule}}» — có phải «{{near}}»?",
        en: "The «plan-lint-{{kind}}» comment names an unknown rule «{{rule}}» — did you mean «{{near}}»?",
      },
      baseline: {
        vi: "Baseline còn {{count}} mục «{{rule}}» {{key}} không còn xảy ra; chạy lại với --update-baseline để dọn.",
        en: "The baseline has {{count}} «{{rule}}» entr(ies) for {{key}} that no longer occur; run --update-baseline to prune.",
      },
    },
  },
});
