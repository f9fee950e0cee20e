import { z } from "zod";
import { originsOption } from "./options.js";
import { defineRule } from "./types.js";

const KINDS = ["open-ended", "conditional", "by-reference"] as const;

export default defineRule({
  meta: {
    id: "vague-deadline",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Thời hạn phải cụ thể, không phải «thường xuyên», «khi có hướng dẫn» hay «theo lộ trình»",
        en: "Deadlines must be concrete, not open-ended, conditional or by reference",
      },
    },
    options: z
      .object({
        origins: originsOption(["table", "list"]),
        kinds: z.array(z.enum(KINDS)).default([...KINDS]).describe("Deadline kinds reported"),
        allowWithBounds: z.boolean().default(false).describe("Accept a conditional or by-reference deadline that also names a concrete window"),
      })
      .strict(),
    messages: {
      "open-ended": {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» không có điểm kết thúc; hãy ghi mốc hoàn thành cụ thể (và định kỳ báo cáo nếu là việc thường xuyên).",
        en: "Task {{taskId}}: «{{raw}}» has no end; give a completion date (and a reporting cycle if the work is ongoing).",
      },
      conditional: {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» phụ thuộc một sự kiện chưa biết ngày; hãy ghi thời hạn tính từ sự kiện đó (ví dụ «trong 30 ngày kể từ khi có hướng dẫn»).",
        en: "Task {{taskId}}: «{{raw}}» waits for an event with no date; state the time allowed after it (e.g. \"within 30 days of the guidance\").",
      },
      "by-reference": {
        vi: "Nhiệm vụ {{taskId}}: thời hạn «{{raw}}» dẫn sang văn bản khác; hãy ghi thời hạn cụ thể hoặc số, ngày của văn bản đó.",
        en: "Task {{taskId}}: «{{raw}}» points to another document; give the deadline or that document's number and date.",
      },
      unrecognized: {
        vi: "Nhiệm vụ {{taskId}}: không đọc được thời hạn «{{raw}}»; hãy ghi theo dạng ngày/tháng/năm, tháng, quý hoặc năm.",
        en: "Task {{taskId}}: the deadline «{{raw}}» could not be read; write a date, month, quarter or year.",
      },
    },
  },
  checkDocument(doc, ctx) {
    for (const task of doc.tasks) {
      const d = task.deadline;
      if (!ctx.options.origins.includes(task.origin) || d.raw === null) continue;
      if (d.invalid === "unrecognized") {
        ctx.report({ task, field: "deadline", messageId: "unrecognized", data: { raw: d.raw } });
        continue;
      }
      const kind = KINDS.find((k) => k === d.kind);
      if (!kind || !ctx.options.kinds.includes(kind)) continue;
      if (kind !== "open-ended" && ctx.options.allowWithBounds && d.end !== null) continue;
      ctx.report({ task, field: "deadline", messageId: kind, data: { raw: d.raw } });
    }
  },
});
