import { readFileSync } from "node:fs";
import Table from "cli-table3";
import { UserError } from "../io/errors.js";
import { getRule, RULE_IDS, RULES } from "../rules/index.js";
import type { Lang } from "../rules/types.js";
import { closest } from "../util/edit-distance.js";

const HEAD = {
  vi: ["Quy tắc", "Phạm vi", "Mặc định", "Mô tả"],
  en: ["Rule", "Scope", "Default", "Description"],
};

/** `plan-lint rules`: the rule list as a table. */
export function runRules(lang: Lang): number {
  const table = new Table({ head: HEAD[lang], style: { head: [], border: [] }, wordWrap: true, colWidths: [32, 10, 10, 60] });
  for (const r of RULES) {
    const stage = r.meta.stageSeverity?.issued ? ` (issued: ${r.meta.stageSeverity.issued})` : "";
    table.push([r.meta.id, r.meta.scope, r.meta.recommended + stage, r.meta.docs.description[lang]]);
  }
  process.stdout.write(table.toString() + "\n");
  return 0;
}

/** `plan-lint explain <rule>`: the rule's documentation page. */
export function runExplain(id: string): number {
  if (!getRule(id)) {
    const near = closest(id, [...RULE_IDS]);
    throw new UserError({
      vi: `không có quy tắc «${id}»${near ? ` — có phải «${near}»?` : ""} (xem \`plan-lint rules\`)`,
      en: `no rule "${id}"${near ? ` — did you mean "${near}"?` : ""} (see \`plan-lint rules\`)`,
    });
  }
  process.stdout.write(readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), "utf8"));
  return 0;
}
