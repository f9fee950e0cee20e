import { z } from "zod";
import { reportCoverage } from "../corpus/coverage.js";
import { resolveCorpus } from "../corpus/resolve.js";
import { originsOption } from "./options.js";
import { atCitation, citedName, others } from "./project-helpers.js";
import { defineRule } from "./types.js";

/** Kinds of document a report answers with task-by-task results. */
const PLAN_KINDS = new Set(["KH", "CTr"]);
const SHOWN_TEXT = 60;

export default defineRule({
  meta: {
    id: "report-coverage",
    type: "suggestion",
    scope: "project",
    recommended: "warning",
    docs: {
      description: {
        vi: "Báo cáo trả lời một kế hoạch có trong kho phải đề cập mọi nhiệm vụ của kế hoạch đó",
        en: "A report answering a plan in the repository addresses every task of that plan",
      },
    },
    options: z
      .object({
        origins: originsOption(["table", "list"]),
        maxListed: z.number().int().min(1).default(8).describe("Unaddressed tasks named in the message; the rest are counted"),
      })
      .strict(),
    messages: {
      missing: {
        vi: "Báo cáo trả lời {{plan}} ({{planFile}}) nhưng chưa đề cập {{count}}/{{total}} nhiệm vụ của kế hoạch: {{tasks}}; bổ sung kết quả thực hiện các nhiệm vụ này, hoặc nêu lý do chưa thực hiện.",
        en: "The report answers {{plan}} ({{planFile}}) but does not address {{count}} of its {{total}} tasks: {{tasks}}; add the results of these tasks, or say why they were not carried out.",
      },
      missingMore: {
        vi: "Báo cáo trả lời {{plan}} ({{planFile}}) nhưng chưa đề cập {{count}}/{{total}} nhiệm vụ của kế hoạch: {{tasks}} và {{more}} nhiệm vụ khác; bổ sung kết quả thực hiện các nhiệm vụ này, hoặc nêu lý do chưa thực hiện.",
        en: "The report answers {{plan}} ({{planFile}}) but does not address {{count}} of its {{total}} tasks: {{tasks}} and {{more}} more; add the results of these tasks, or say why they were not carried out.",
      },
    },
  },
  checkProject(corpus, ctx) {
    const { index, resolutions } = resolveCorpus(corpus, ctx.settings.units);
    for (const r of resolutions) {
      // A report answers what its opening cites ("Thực hiện Kế hoạch số …").
      if (r.from.doc.kind !== "BC" || !r.citation.basis || !r.target || !PLAN_KINDS.has(r.target.doc.kind ?? "")) continue;
      // The plan's tasks may sit in an appendix kept as a file of its own.
      const parts = index.partsOf(r.target);
      const plan = { ...r.target.doc, tasks: [r.target, ...parts].flatMap((d) => d.doc.tasks) };
      const { tasks, missing } = reportCoverage(r.from.doc, plan, ctx.options.origins);
      if (missing.length === 0) continue;
      const shown = missing.slice(0, ctx.options.maxListed).map((t) => `${t.id} ${clip(t.text)}`);
      const more = missing.length - shown.length;
      ctx.report({
        ...atCitation(r),
        messageId: more > 0 ? "missingMore" : "missing",
        data: { plan: citedName({ ...r.citation, date: r.target.doc.date }), planFile: r.target.file, count: missing.length, total: tasks.length, tasks: shown, ...(more > 0 ? { more } : {}) },
        relatedFiles: others(r.from.file, [r.target.file, ...parts.map((p) => p.file)]),
      });
    }
  },
});

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= SHOWN_TEXT ? t : `${t.slice(0, SHOWN_TEXT).replace(/\s+\S*$/u, "")}…`;
}
