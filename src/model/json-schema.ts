import { z } from "zod";
import { PlanFile } from "./plan-file.js";

/** JSON Schema (draft 2020-12) of a PlanFile, generated from the zod model. */
export function planFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanFile, { target: "draft-2020-12" }),
    $id: "https://plan-lint.dev/schemas/plan-file.schema.json",
  };
}
