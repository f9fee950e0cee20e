import type { Finding } from "../model/finding.js";
import type { Directive } from "../model/plan-file.js";
import { getRule, RULE_IDS } from "../rules/index.js";
import type { Report } from "../rules/types.js";
import { closest } from "../util/edit-distance.js";

export interface Suppressed {
  kept: Finding[];
  suppressed: number;
  /** Reports about the directives themselves (unused, unknown rule). */
  problems: Report[];
}

/**
 * Applies inline directives of one file: disable-next-line hides findings on the line that
 * follows; disable … enable hides findings in between (per rule, or all rules when none is
 * named). A directive that hid nothing is reported, as is one naming an unknown rule.
 */
export function applyDirectives(findings: Finding[], directives: Directive[]): Suppressed {
  const used = new Set<Directive>();
  const problems: Report[] = [];
  for (const d of directives) {
    for (const rule of d.rules) {
      if (getRule(rule)) continue;
      const near = closest(rule, [...RULE_IDS]);
      problems.push({ messageId: near ? "unknownRuleNear" : "unknownRule", data: { kind: d.kind, rule, ...(near ? { near } : {}) }, location: d.location });
      used.add(d);
    }
  }
  const covers = (d: Directive, f: Finding) => d.rules.length === 0 || d.rules.includes(f.ruleId);
  const kept = findings.filter((f) => {
    const line = f.location.line;
    if (line === undefined) return true;
    const end = f.location.endLine ?? line;
    const next = directives.find((d) => d.kind === "disable-next-line" && d.targetLine !== undefined && line <= d.targetLine && d.targetLine <= end && covers(d, f));
    if (next) {
      used.add(next);
      return false;
    }
    // The last disable/enable before the finding's line decides, per rule.
    let active: Directive | null = null;
    for (const d of directives) {
      if (d.kind === "disable-next-line" || (d.location.line ?? 0) > line || !covers(d, f)) continue;
      active = d.kind === "disable" ? d : null;
    }
    if (active) {
      used.add(active);
      return false;
    }
    return true;
  });
  for (const d of directives) {
    if (d.kind !== "enable" && !used.has(d)) problems.push({ messageId: "directive", data: { kind: d.kind, rules: d.rules.length > 0 ? ` ${d.rules.join(", ")}` : "" }, location: d.location });
  }
  return { kept, suppressed: findings.length - kept.length, problems };
}
