import { unitKey } from "../vocab/units.js";
import { z } from "zod";
import { originsOption } from "./options.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "multiple-lead-units",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Một việc chỉ giao một đầu mối chủ trì",
        en: "One task, one lead unit",
      },
    },
    options: z.object({ origins: originsOption(["table", "list"]) }).strict(),
    messages: {
      multiple: {
        vi: "Nhiệm vụ {{taskId}} giao {{count}} đơn vị chủ trì ({{leads}}); một việc chỉ giao một đầu mối chủ trì, các đơn vị khác ghi vào cột phối hợp.",
        en: "Task {{taskId}} has {{count}} lead units ({{leads}}); give one lead and list the others as coordinators.",
      },
    },
  },
  checkDocument(doc, ctx) {
    for (const task of doc.tasks) {
      if (!ctx.options.origins.includes(task.origin)) continue;
      const distinct = [...new Map(task.lead.map((u) => [unitKey(u), u])).values()];
      if (distinct.length > 1) ctx.report({ task, field: "lead", messageId: "multiple", data: { count: distinct.length, leads: distinct } });
    }
  },
});
