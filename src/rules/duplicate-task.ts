import { z } from "zod";
import { toneKey, unitKey } from "../vocab/units.js";
import { defineRule } from "./types.js";

/** Words of a task text on a key that ignores case, tone placement and punctuation. */
function words(text: string): string[] {
  return toneKey(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

export default defineRule({
  meta: {
    id: "duplicate-task",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Một nhiệm vụ không được giao hai lần trong cùng văn bản",
        en: "The same task is not assigned twice in one document",
      },
    },
    options: z
      .object({
        threshold: z.number().min(0.5).max(1).default(0.9).describe("Word-set similarity (Jaccard) at which two tasks count as the same"),
        minWords: z.number().int().min(1).default(6).describe("Shorter task texts are not compared"),
      })
      .strict(),
    messages: {
      duplicate: {
        vi: "Nhiệm vụ {{taskId}} trùng với nhiệm vụ {{other}}; hãy gộp lại hoặc phân biệt rõ nội dung.",
        en: "Task {{taskId}} repeats task {{other}}; merge them or make the difference explicit.",
      },
    },
  },
  checkDocument(doc, ctx) {
    const seen: { id: string; words: Set<string>; duty: string | null }[] = [];
    for (const task of doc.tasks) {
      const w = new Set(words(task.text));
      if (w.size < ctx.options.minWords) continue;
      // Duties under "TỔ CHỨC THỰC HIỆN" are distributive: the same duty given to two units is
      // each unit's own work ("Xây dựng kế hoạch triển khai tại đơn vị"), not one task twice.
      const duty = task.origin === "duties" ? task.lead.map(unitKey).join(";") : null;
      const twin = seen.find((s) => !(duty !== null && s.duty !== null && s.duty !== duty) && similarity(s.words, w) >= ctx.options.threshold);
      if (twin) ctx.report({ task, field: "text", messageId: "duplicate", data: { other: twin.id } });
      else seen.push({ id: task.id, words: w, duty });
    }
  },
});
