import { z } from "zod";

export const SeverityName = z.enum(["off", "info", "warning", "error"]);
export type SeverityName = z.infer<typeof SeverityName>;

const RuleEntry = z.union([
  SeverityName,
  z
    .object({
      severity: SeverityName,
      options: z.record(z.string(), z.unknown()).optional().describe("Rule options; see docs/rules/<id>.md"),
    })
    .strict(),
]);

const RulesMap = z.record(z.string(), RuleEntry).describe("Rule id → off | info | warning | error, or {severity, options}");

const Unit = z.union([
  z.string(),
  z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) }).strict(),
]);

const Globs = z.union([z.string(), z.array(z.string())]);

export const Stage = z.enum(["draft", "issued"]).describe("draft: a blank number or date is information; issued: it is an error");

/** plan-lint.config.yaml. Data only (no code), so it can be hashed, validated and edited by clerks. */
export const ConfigFile = z
  .object({
    $schema: z.string().optional(),
    extends: Globs.optional().describe('"plan-lint:recommended", "plan-lint:all" or a path to another config file'),
    rules: RulesMap.optional(),
    overrides: z
      .array(
        z
          .object({
            files: Globs.describe("Globs relative to this config file"),
            rules: RulesMap.optional(),
            stage: Stage.optional(),
          })
          .strict(),
      )
      .optional()
      .describe("Settings for matching files; later entries win"),
    ignores: z.array(z.string()).optional().describe(".gitignore-style patterns, relative to this config file"),
    units: z.array(Unit).optional().describe("The organisation's units (name and aliases): enables unknown-unit"),
    stage: Stage.optional(),
    language: z.enum(["vi", "en"]).optional().describe("Language of messages"),
    resolve: z
      .object({
        kinds: z.array(z.string()).optional().describe("Document kinds whose citations must resolve in the repository (default KH, BC, CTr)"),
        issuers: z.array(z.string()).optional().describe("Issuers inside the repository's scope (default: issuers of documents present)"),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: "PlanLintConfig", title: "plan-lint configuration" });
export type ConfigFile = z.infer<typeof ConfigFile>;
