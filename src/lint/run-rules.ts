import { createHash } from "node:crypto";
import type { Finding } from "../model/finding.js";
import type { Location } from "../model/location.js";
import type { Severity } from "../model/diagnostic.js";
import type { PlanFile } from "../model/plan-file.js";
import { docsUrl, renderMessage } from "../rules/messages.js";
import type { ActiveRule, AnyRule, Corpus, Lang, Report, Settings } from "../rules/types.js";

export type { ActiveRule } from "../rules/types.js";

export function toFinding(rule: AnyRule, severity: Severity, lang: Lang, file: string, r: Report, documentIndex?: number, planFile?: PlanFile): Finding {
  const template = rule.meta.messages[r.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${r.messageId}"`);
  const data = { ...(r.task ? { taskId: r.task.id } : {}), ...r.data };
  const docIndex = r.documentIndex ?? documentIndex;
  let path = r.path ?? [];
  if (r.task && !r.path && docIndex !== undefined) {
    const taskIndex = planFile?.documents[docIndex]?.tasks.indexOf(r.task) ?? -1;
    path = ["documents", docIndex, "tasks", taskIndex >= 0 ? taskIndex : r.task.id, ...(r.field ? [r.field] : [])];
  }
  const f: Finding = {
    ruleId: rule.meta.id,
    severity,
    message: renderMessage(template, lang, data),
    messageId: r.messageId,
    file: r.file ?? file,
    path,
    location: { ...(r.location ?? fieldLocation(r) ?? r.task?.location ?? {}) },
    docsUrl: docsUrl(rule.meta.id),
    fingerprint: fingerprint([rule.meta.id, r.messageId, docIndex ?? "", r.task?.id ?? "", r.field ?? "", stableJson(data)]),
  };
  if (docIndex !== undefined) f.documentIndex = docIndex;
  if (r.task) f.taskId = r.task.id;
  if (r.relatedFiles?.length) f.relatedFiles = r.relatedFiles;
  return f;
}

/** Where the reported field of a task is printed (its cell, its label line), when the extractor knows. */
function fieldLocation(r: Report): Location | undefined {
  const at = r.task?.fieldLocations;
  return at && r.field && Object.hasOwn(at, r.field) ? at[r.field as keyof typeof at] : undefined;
}

export function fingerprint(parts: Array<string | number>): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

function stableJson(data: object): string {
  return JSON.stringify(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Runs the file- and document-scope rules on one PlanFile. */
export function lintPlanFile(planFile: PlanFile, rules: ActiveRule[], settings: Settings, lang: Lang): Finding[] {
  const file = planFile.source.path;
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    const base = { options, settings, planFile, file };
    if (rule.checkFile) {
      rule.checkFile(planFile, { ...base, report: (r) => findings.push(toFinding(rule, severity, lang, file, r)) });
    }
    if (rule.checkDocument) {
      planFile.documents.forEach((doc, documentIndex) => {
        rule.checkDocument!(doc, {
          ...base,
          documentIndex,
          report: (r) => findings.push(toFinding(rule, severity, lang, file, r, documentIndex, planFile)),
        });
      });
    }
  }
  return findings;
}

/** Runs project-scope rules over every file of the run. */
export function lintCorpus(corpus: Corpus, rules: ActiveRule[], settings: Settings, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    rule.checkProject?.(corpus, {
      options,
      settings,
      report: (r) => findings.push(toFinding(rule, severity, lang, r.file, r)),
    });
  }
  return findings;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: document position first, then severity, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.location.page ?? 0, f.location.table ?? -1, f.location.row ?? -1, f.location.cell ?? -1, f.location.paragraph ?? -1, f.location.line ?? 0, f.location.column ?? 0];
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
  });
}
