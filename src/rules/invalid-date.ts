import { parseBlankableDate } from "../extract/header.js";
import { fieldLocation } from "./locations.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "invalid-date",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Ngày, tháng, quý phải tồn tại (không có ngày 31/6 hay Quý V)",
        en: "Dates, months and quarters must exist (no 31/6, no Quý V)",
      },
    },
    messages: {
      "invalid-day": {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» ghi một ngày không có trong tháng; hãy sửa lại.",
        en: "Task {{taskId}}: the deadline «{{raw}}» names a day the month does not have; correct it.",
      },
      "invalid-month": {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» ghi tháng không tồn tại (1–12); hãy sửa lại.",
        en: "Task {{taskId}}: the deadline «{{raw}}» names a month outside 1–12; correct it.",
      },
      "invalid-quarter": {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» ghi quý không tồn tại (I–IV); hãy sửa lại.",
        en: "Task {{taskId}}: the deadline «{{raw}}» names a quarter outside I–IV; correct it.",
      },
      "invalid-range": {
        vi: "Nhiệm vụ {{taskId}}: khoảng thời gian «{{raw}}» kết thúc trước khi bắt đầu; hãy sửa lại.",
        en: "Task {{taskId}}: the range «{{raw}}» ends before it starts; correct it.",
      },
      issueDate: {
        vi: "Ngày ban hành «{{raw}}» không tồn tại; hãy sửa lại ngày, tháng.",
        en: "The issue date «{{raw}}» does not exist; correct the day or month.",
      },
    },
  },
  checkDocument(doc, ctx) {
    for (const task of doc.tasks) {
      const { invalid, raw } = task.deadline;
      if (invalid && invalid !== "unrecognized" && raw) {
        ctx.report({ task, field: "deadline", messageId: invalid, data: { raw } });
      }
    }
    // A date line whose day, month and year are all written but make no calendar date.
    if (doc.dateRaw && !doc.date && /\d/.test(doc.dateRaw)) {
      const complete = parseBlankableDate(doc.dateRaw) !== null && /ngày\s*\d+\D+\d+\D+\d{4}/u.test(doc.dateRaw);
      if (complete) ctx.report({ messageId: "issueDate", data: { raw: doc.dateRaw }, path: ["documents", ctx.documentIndex, "date"], location: fieldLocation(doc, "date") });
    }
  },
});
