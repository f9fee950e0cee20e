#!/usr/bin/env node
// Regenerates the generated parts of docs/rules/*.md, the README rules table and schemas/*.json
// (run after `npm run build`). Hand-written prose in the rule pages is kept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { RULES } from "../dist/rules/index.js";
import { updateReadme, updateRuleDoc } from "../dist/docs/rule-docs.js";
import { checkResultJsonSchema, planFileJsonSchema, taskExportJsonSchema } from "../dist/model/json-schema.js";
import { configJsonSchema } from "../dist/config/json-schema.js";

const root = new URL("../", import.meta.url);
mkdirSync(new URL("docs/rules/", root), { recursive: true });
for (const rule of RULES) {
  const file = new URL(`docs/rules/${rule.meta.id}.md`, root);
  const page = existsSync(file) ? readFileSync(file, "utf8") : null;
  writeFileSync(file, updateRuleDoc(rule, page));
}
const readme = new URL("README.md", root);
writeFileSync(readme, updateReadme(readFileSync(readme, "utf8")));
const schema = (name, s) => writeFileSync(new URL(`schemas/${name}`, root), JSON.stringify(s, null, 2) + "\n");
schema("plan-file.schema.json", planFileJsonSchema());
schema("check-result.schema.json", checkResultJsonSchema());
schema("config.schema.json", configJsonSchema());
schema("task-export.schema.json", taskExportJsonSchema());
console.log(`docs/rules (${RULES.length}), README rules table and schemas/ regenerated`);
