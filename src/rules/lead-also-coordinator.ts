import { unitKey } from "../vocab/units.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "lead-also-coordinator",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Đơn vị chủ trì không đồng thời là đơn vị phối hợp của cùng nhiệm vụ",
        en: "A task's lead unit should not also be listed as a coordinator",
      },
    },
    messages: {
      both: {
        vi: "Nhiệm vụ {{taskId}}: «{{unit}}» vừa chủ trì vừa phối hợp; hãy bỏ đơn vị này khỏi cột phối hợp.",
        en: "Task {{taskId}}: «{{unit}}» both leads and coordinates; remove it from the coordinators.",
      },
    },
  },
  checkDocument(doc, ctx) {
    for (const task of doc.tasks) {
      const leads = new Set(task.lead.map(unitKey));
      const unit = task.coordinators.find((c) => leads.has(unitKey(c)));
      if (unit) ctx.report({ task, field: "coordinators", messageId: "both", data: { unit } });
    }
  },
});
