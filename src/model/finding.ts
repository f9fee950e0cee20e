import { z } from "zod";
import { Severity } from "./diagnostic.js";
import { Document } from "./document.js";
import { Location } from "./location.js";
import { SCHEMA_VERSION } from "./plan-file.js";

/** One problem a rule found, located in the original file. */
export const Finding = z
  .object({
    ruleId: z.string().describe('Kebab-case rule id, e.g. "missing-lead-unit"'),
    severity: Severity,
    message: z.string().describe("Localized message (Vietnamese by default)"),
    messageId: z.string().describe("Stable id of the message template within the rule"),
    file: z.string(),
    documentIndex: z.number().int().nonnegative().optional(),
    taskId: z.string().optional(),
    path: z.array(z.union([z.string(), z.number()])).describe('Structural path in the PlanFile: ["documents", 0, "tasks", 3, "lead"]'),
    location: Location,
    relatedFiles: z.array(z.string()).optional().describe("Other files a cross-document finding is about"),
    fingerprint: z.string().describe("Stable across line moves and languages: rule, message id, task and data"),
    docsUrl: z.string(),
  })
  .meta({ id: "Finding", title: "Finding" });
export type Finding = z.infer<typeof Finding>;

export const CheckResult = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.object({ name: z.literal("plan-lint"), version: z.string() }),
    results: z.array(
      z.object({
        file: z.string(),
        format: z.enum(["text", "docx", "pdf"]).nullable().describe("null when the file could not be read"),
        documents: z.array(Document),
        findings: z.array(Finding),
      }),
    ),
    summary: z.object({
      files: z.number().int().nonnegative(),
      errors: z.number().int().nonnegative(),
      warnings: z.number().int().nonnegative(),
      infos: z.number().int().nonnegative(),
      suppressed: z.number().int().nonnegative().describe("Findings hidden by inline directives or the baseline"),
    }),
  })
  .meta({ id: "CheckResult", title: "plan-lint check result", description: "Output of `plan-lint check -f json`" });
export type CheckResult = z.infer<typeof CheckResult>;
