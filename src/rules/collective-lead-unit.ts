import { isCollectiveUnit } from "../vocab/units.js";
import { z } from "zod";
import { originsOption } from "./options.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "collective-lead-unit",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Đơn vị chủ trì phải là một đơn vị cụ thể, không phải một nhóm chung chung",
        en: "The lead must be a specific unit, not a collective",
      },
    },
    options: z.object({ origins: originsOption(["table", "list"]) }).strict(),
    messages: {
      collective: {
        vi: "Nhiệm vụ {{taskId}} giao chủ trì cho «{{unit}}» — một nhóm đơn vị, không ai chịu trách nhiệm cụ thể; hãy giao cho một đơn vị.",
        en: "Task {{taskId}} is led by «{{unit}}», a group of units with nobody answerable; name one unit.",
      },
    },
  },
  checkDocument(doc, ctx) {
    for (const task of doc.tasks) {
      if (!ctx.options.origins.includes(task.origin)) continue;
      const unit = task.lead.find(isCollectiveUnit);
      if (unit) ctx.report({ task, field: "lead", messageId: "collective", data: { unit } });
    }
  },
});
