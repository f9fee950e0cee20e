import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "missing-lead-unit",
    type: "problem",
    scope: "document",
    recommended: "error",
    docs: {
      description: {
        vi: "Mỗi nhiệm vụ phải có một cơ quan, đơn vị chủ trì",
        en: "Every task needs a lead unit (chủ trì)",
      },
    },
    messages: {
      missing: {
        vi: "Nhiệm vụ {{taskId}} chưa có cơ quan, đơn vị chủ trì; hãy ghi rõ một đơn vị chủ trì.",
        en: "Task {{taskId}} has no lead unit; name one unit that leads it.",
      },
      executorsOnly: {
        vi: "Nhiệm vụ {{taskId}} chỉ ghi đơn vị thực hiện ({{executors}}), chưa xác định đơn vị chủ trì; hãy ghi rõ một đơn vị chủ trì.",
        en: "Task {{taskId}} names only executing units ({{executors}}) and no lead; name one unit that leads it.",
      },
    },
  },
  checkDocument(doc, ctx) {
    // Where the document has no chủ trì column or label at all, "Đơn vị thực hiện" is the lead.
    const hasLeadField = doc.taskFields.includes("lead");
    for (const task of doc.tasks) {
      if (task.lead.length > 0) continue;
      if (task.executors.length > 0) {
        if (!hasLeadField) continue;
        // Pointed at the "thực hiện" value: that is the line to turn into a chủ trì.
        const at = task.fieldLocations?.executors;
        ctx.report({ task, field: "lead", messageId: "executorsOnly", data: { executors: task.executors }, ...(at ? { location: at } : {}) });
      } else {
        ctx.report({ task, field: "lead", messageId: "missing" });
      }
    }
  },
});
