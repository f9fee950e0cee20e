import { isCollectiveUnit, unitKey } from "../vocab/units.js";
import { closest } from "../util/edit-distance.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "unknown-unit",
    type: "problem",
    scope: "document",
    // Off unless the configuration lists the organisation's units (the engine enables it then).
    recommended: "off",
    docs: {
      description: {
        vi: "Đơn vị chủ trì, phối hợp có trong danh mục đơn vị của cơ quan (khai báo ở cấu hình)",
        en: "Lead and coordinating units are in the organisation's unit list (from the config)",
      },
    },
    messages: {
      unknown: {
        vi: "Nhiệm vụ {{taskId}}: «{{unit}}» không có trong danh mục đơn vị; kiểm tra tên hoặc bổ sung vào «units» trong cấu hình.",
        en: "Task {{taskId}}: «{{unit}}» is not in the unit list; check the name or add it to \"units\" in the config.",
      },
      unknownNear: {
        vi: "Nhiệm vụ {{taskId}}: «{{unit}}» không có trong danh mục đơn vị — có phải «{{near}}»?",
        en: "Task {{taskId}}: «{{unit}}» is not in the unit list — did you mean «{{near}}»?",
      },
    },
  },
  checkDocument(doc, ctx) {
    const known = ctx.settings.units;
    if (known.length === 0) return;
    const keys = new Set(known.flatMap((u) => [u.name, ...u.aliases]).map(unitKey));
    for (const task of doc.tasks) {
      for (const field of ["lead", "coordinators"] as const) {
        for (const unit of task[field]) {
          // "Các phòng chuyên môn" names a group, not a unit a list could hold (collective-lead-unit's concern).
          if (keys.has(unitKey(unit)) || isCollectiveUnit(unit)) continue;
          const near = closest(unit, known.map((u) => u.name), unitKey);
          if (near) ctx.report({ task, field, messageId: "unknownNear", data: { unit, near } });
          else ctx.report({ task, field, messageId: "unknown", data: { unit } });
        }
      }
    }
  },
});
