import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "deadline-outside-plan-period",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Thời hạn của nhiệm vụ nằm trong giai đoạn của kế hoạch",
        en: "Task deadlines fall inside the plan's period",
      },
    },
    messages: {
      outside: {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» nằm ngoài giai đoạn {{from}}–{{to}} của kế hoạch; hãy điều chỉnh thời hạn hoặc giai đoạn.",
        en: "Task {{taskId}}: the deadline «{{raw}}» is outside the plan period {{from}}–{{to}}; adjust one of them.",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (!doc.period) return;
    const first = `${doc.period.from}-01-01`;
    const last = `${doc.period.to}-12-31`;
    for (const task of doc.tasks) {
      const { start, end, raw } = task.deadline;
      if (!raw) continue;
      if ((end !== null && end > last) || (start !== null && start < first) || (end !== null && end < first)) {
        ctx.report({ task, field: "deadline", messageId: "outside", data: { raw, from: doc.period.from, to: doc.period.to } });
      }
    }
  },
});
