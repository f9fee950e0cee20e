import { z } from "zod";
import { RULES } from "../rules/index.js";
import { ConfigFile } from "./schema.js";

/**
 * JSON Schema of plan-lint.config.yaml for editors: the zod schema plus the known rule ids,
 * so `rules:` autocompletes and each rule's options are described.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigFile, { target: "draft-2020-12" }) as Record<string, unknown>;
  const severity = { enum: ["off", "info", "warning", "error"] };
  const ruleProps: Record<string, unknown> = {};
  for (const r of RULES) {
    const options = r.meta.options ? z.toJSONSchema(r.meta.options, { target: "draft-2020-12", io: "input" }) : { type: "object", maxProperties: 0 };
    delete (options as Record<string, unknown>).$schema;
    ruleProps[r.meta.id] = {
      description: `${r.meta.docs.description.vi} — ${r.meta.docs.description.en} (default: ${r.meta.recommended})`,
      anyOf: [severity, { type: "object", properties: { severity, options }, required: ["severity"], additionalProperties: false }],
    };
  }
  const rulesSchema = { type: "object", properties: ruleProps, additionalProperties: false };
  const defs = ((schema.$defs ?? {}) as Record<string, Record<string, unknown>>);
  const root = (schema.$ref ? defs[String(schema.$ref).split("/").pop()!] : schema) as { properties: Record<string, Record<string, unknown>> };
  root.properties.rules = { ...rulesSchema, description: "Rule id → severity or {severity, options}" };
  const overrides = root.properties.overrides as { items?: { properties?: Record<string, unknown> } };
  if (overrides?.items?.properties) overrides.items.properties.rules = rulesSchema;
  return { ...schema, $id: "https://plan-lint.dev/schemas/config.schema.json" };
}
