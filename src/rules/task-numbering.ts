import type { Task } from "../model/task.js";
import { defineRule } from "./types.js";

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of one numbering component: "3" → 3, "IV" → 4, "B" → 2; null for anything else. */
function valueOf(part: string): number | null {
  if (/^\d+$/.test(part)) return Number(part);
  if (/^[IVXLC]+$/.test(part)) {
    let n = 0;
    for (let i = 0; i < part.length; i++) {
      const v = ROMAN[part[i]!]!;
      const next = ROMAN[part[i + 1] ?? ""] ?? 0;
      n += v < next ? -v : v;
    }
    return n;
  }
  if (/^[A-Z]$/.test(part)) return part.charCodeAt(0) - 64;
  return null;
}

interface Entry {
  part: string;
  value: number;
  task: Task;
}

export default defineRule({
  meta: {
    id: "task-numbering",
    type: "layout",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Số thứ tự nhiệm vụ và mục liên tục, không lặp, không đảo",
        en: "Task and section numbers run in order without gaps or repeats",
      },
    },
    messages: {
      gap: {
        vi: "Số thứ tự nhảy từ {{prev}} sang {{part}} (nhiệm vụ {{taskId}}); hãy đánh số liên tục.",
        en: "Numbering jumps from {{prev}} to {{part}} (task {{taskId}}); number the items consecutively.",
      },
      repeat: {
        vi: "Số thứ tự {{part}} bị lặp lại (nhiệm vụ {{taskId}}); mỗi nhiệm vụ một số riêng.",
        en: "Number {{part}} is used twice (task {{taskId}}); give each item its own number.",
      },
      disorder: {
        vi: "Số thứ tự {{part}} đứng sau {{prev}} (nhiệm vụ {{taskId}}); hãy sắp xếp lại thứ tự.",
        en: "Number {{part}} comes after {{prev}} (task {{taskId}}); put the items in order.",
      },
    },
  },
  checkDocument(doc, ctx) {
    // Sequences of printed numbers per parent path. A table's STT column lists every row, so
    // gaps count there; a prose outline also numbers headings that hold no task, so for list
    // and duty tasks only repeats and disorder are reported.
    const sequences = new Map<string, { strict: boolean; entries: Entry[] }>();
    for (const task of doc.tasks) {
      const parts = task.id.split("#")[0]!.split(".").filter((p) => p !== "");
      const strict = task.origin === "table";
      for (let i = strict ? 0 : parts.length - 1; i < parts.length; i++) {
        const value = valueOf(parts[i]!);
        if (value === null) continue;
        const parent = `${task.origin}:${parts.slice(0, i).join(".")}`;
        const seq = sequences.get(parent) ?? { strict, entries: [] };
        sequences.set(parent, seq);
        const last = seq.entries[seq.entries.length - 1];
        // Rows of one merged STT ("1#1", "1#2") and tasks of one section share a number.
        if (last && last.part === parts[i] && (task.id.includes("#") || i < parts.length - 1)) continue;
        seq.entries.push({ part: parts[i]!, value, task });
      }
    }
    for (const { strict, entries } of sequences.values()) {
      const seen = new Set<number>();
      entries.forEach((e, k) => {
        const prev = entries[k - 1];
        const data = { part: e.part, prev: prev?.part ?? "" };
        if (seen.has(e.value)) ctx.report({ task: e.task, field: "id", messageId: "repeat", data });
        else if (prev && e.value < prev.value) ctx.report({ task: e.task, field: "id", messageId: "disorder", data });
        else if (strict && e.value !== (prev ? prev.value + 1 : 1) && !(prev === undefined && e.value === 1)) {
          ctx.report({ task: e.task, field: "id", messageId: "gap", data: { ...data, prev: prev?.part ?? "—" } });
        }
        seen.add(e.value);
      });
    }
  },
});
