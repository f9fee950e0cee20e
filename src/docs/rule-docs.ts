import { z } from "zod";
import { RULES } from "../rules/index.js";
import type { AnyRule } from "../rules/types.js";

export const BEGIN = "<!-- begin generated (npm run docs) -->";
export const END = "<!-- end generated -->";

const SEVERITY_VI = { off: "tắt", info: "thông tin", warning: "cảnh báo", error: "lỗi" } as const;

/** Generated head of docs/rules/<id>.md: title, description, defaults (from the rule's meta). */
export function ruleDocHeader(rule: AnyRule): string {
  const m = rule.meta;
  const stage = m.stageSeverity?.issued ? ` — \`${m.stageSeverity.issued}\` với \`--stage issued\` / with \`--stage issued\`` : "";
  return [
    BEGIN,
    `# ${m.id}`,
    "",
    `> ${m.docs.description.vi}`,
    `>`,
    `> *${m.docs.description.en}*`,
    "",
    "| | |",
    "|---|---|",
    `| Mức mặc định / Default severity | \`${m.recommended}\` (${SEVERITY_VI[m.recommended]})${stage} |`,
    `| Phạm vi / Scope | \`${m.scope}\` |`,
    `| Loại / Type | \`${m.type}\` |`,
    END,
  ].join("\n");
}

/** Generated options table of a rule (or a line saying it has none). */
export function ruleOptionsTable(rule: AnyRule): string {
  if (!rule.meta.options) return "Quy tắc này không có tùy chọn. / This rule has no options.";
  const schema = z.toJSONSchema(rule.meta.options, { io: "input" }) as { properties?: Record<string, { default?: unknown; description?: string; type?: string; items?: { enum?: string[]; type?: string } }> };
  const rows = Object.entries(schema.properties ?? {}).map(([name, p]) => {
    const type = p.type === "array" ? `${p.items?.enum ? p.items.enum.map((e) => `"${e}"`).join(" \\| ") : p.items?.type}[]` : p.type;
    return `| \`${name}\` | ${type ?? ""} | \`${JSON.stringify(p.default)}\` | ${p.description ?? ""} |`;
  });
  return ["| Tùy chọn / Option | Kiểu / Type | Mặc định / Default | Ý nghĩa / Meaning |", "|---|---|---|---|", ...rows].join("\n");
}

export const OPTIONS_BEGIN = "<!-- begin options (npm run docs) -->";

/** Replaces the generated parts of a rule page, keeping the hand-written prose. */
export function updateRuleDoc(rule: AnyRule, page: string | null): string {
  const body = page ?? skeleton(rule);
  let out = body.includes(BEGIN) ? body.replace(new RegExp(`${esc(BEGIN)}[\\s\\S]*?${esc(END)}`), ruleDocHeader(rule)) : `${ruleDocHeader(rule)}\n\n${body}`;
  if (out.includes(OPTIONS_BEGIN)) {
    out = out.replace(new RegExp(`${esc(OPTIONS_BEGIN)}[\\s\\S]*?${esc(END)}`), `${OPTIONS_BEGIN}\n${ruleOptionsTable(rule)}\n${END}`);
  }
  return out;
}

function skeleton(rule: AnyRule): string {
  return [
    ruleDocHeader(rule),
    "",
    "## Quy tắc kiểm tra gì / What it checks",
    "",
    "## Vì sao / Why",
    "",
    "## Ví dụ / Examples",
    "",
    "## Tùy chọn / Options",
    "",
    `${OPTIONS_BEGIN}\n${ruleOptionsTable(rule)}\n${END}`,
    "",
    "## Khi nào tắt / When not to use it",
    "",
  ].join("\n");
}

export const README_BEGIN = "<!-- rules:begin (npm run docs) -->";
export const README_END = "<!-- rules:end -->";

/** The rules table of the README. */
export function readmeRulesTable(): string {
  const rows = RULES.map((r) => {
    const stage = r.meta.stageSeverity?.issued ? ` (issued: ${r.meta.stageSeverity.issued})` : "";
    return `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.recommended}${stage} | ${r.meta.scope} | ${r.meta.docs.description.vi} |`;
  });
  return [README_BEGIN, "| Quy tắc / Rule | Mặc định | Phạm vi | Mô tả |", "|---|---|---|---|", ...rows, README_END].join("\n");
}

export function updateReadme(readme: string): string {
  return readme.replace(new RegExp(`${esc(README_BEGIN)}[\\s\\S]*?${esc(README_END)}`), readmeRulesTable());
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
