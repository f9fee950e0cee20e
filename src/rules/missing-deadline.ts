import { z } from "zod";
import { originsOption } from "./options.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "missing-deadline",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Mỗi nhiệm vụ phải có thời hạn hoàn thành",
        en: "Every task needs a deadline",
      },
    },
    options: z.object({ origins: originsOption(["table", "list"]) }).strict(),
    messages: {
      missing: {
        vi: "Nhiệm vụ {{taskId}} chưa có thời gian hoàn thành; hãy ghi thời hạn cụ thể (ngày, tháng, quý hoặc năm).",
        en: "Task {{taskId}} has no deadline; give a concrete one (date, month, quarter or year).",
      },
    },
  },
  checkDocument(doc, ctx) {
    for (const task of doc.tasks) {
      if (ctx.options.origins.includes(task.origin) && task.deadline.kind === "missing") {
        ctx.report({ task, field: "deadline", messageId: "missing" });
      }
    }
  },
});
