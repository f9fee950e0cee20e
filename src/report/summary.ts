import type { FileResult } from "../lint/check.js";
import type { Finding } from "../model/finding.js";

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function totals(results: FileResult[]): Totals {
  const all = results.flatMap((r) => r.findings);
  return {
    files: results.length,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
    infos: all.filter((f) => f.severity === "info").length,
  };
}

/** Findings per rule, most frequent first. */
export function byRule(findings: Finding[]): Array<{ ruleId: string; error: number; warning: number; info: number; total: number }> {
  const m = new Map<string, { ruleId: string; error: number; warning: number; info: number; total: number }>();
  for (const f of findings) {
    const e = m.get(f.ruleId) ?? { ruleId: f.ruleId, error: 0, warning: 0, info: 0, total: 0 };
    e[f.severity]++;
    e.total++;
    m.set(f.ruleId, e);
  }
  return [...m.values()].sort((a, b) => b.total - a.total || a.ruleId.localeCompare(b.ruleId));
}
