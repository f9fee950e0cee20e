import { showDate } from "../vocab/dates.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "deadline-before-issue-date",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Thời hạn hoàn thành không được trước ngày ban hành văn bản",
        en: "A deadline cannot fall before the document's issue date",
      },
    },
    messages: {
      before: {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» (hết ngày {{end}}) đã qua trước ngày ban hành {{issued}}; hãy sửa thời hạn hoặc ngày văn bản.",
        en: "Task {{taskId}}: the deadline «{{raw}}» (ends {{end}}) is before the issue date {{issued}}; fix the deadline or the document date.",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (!doc.date) return;
    for (const task of doc.tasks) {
      const { end, raw } = task.deadline;
      if (end && raw && end < doc.date) ctx.report({ task, field: "deadline", messageId: "before", data: { raw, end: showDate(end), issued: showDate(doc.date) } });
    }
  },
});
