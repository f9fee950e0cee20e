import { z } from "zod";
import { CheckResult } from "./finding.js";
import { PlanFile } from "./plan-file.js";
import { TaskExport } from "./task-export.js";

const BASE = "https://plan-lint.dev/schemas/";

function generate(schema: z.ZodType, name: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { target: "draft-2020-12" }), $id: `${BASE}${name}` };
}

/** JSON Schema (draft 2020-12) of a PlanFile, generated from the zod model. */
export function planFileJsonSchema(): Record<string, unknown> {
  return generate(PlanFile, "plan-file.schema.json");
}

/** JSON Schema of `plan-lint check -f json`. */
export function checkResultJsonSchema(): Record<string, unknown> {
  return generate(CheckResult, "check-result.schema.json");
}

/** JSON Schema of `plan-lint export -f json`. */
export function taskExportJsonSchema(): Record<string, unknown> {
  return generate(TaskExport, "task-export.schema.json");
}
