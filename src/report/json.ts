import type { CheckResult } from "../model/finding.js";
import { SCHEMA_VERSION } from "../model/plan-file.js";
import { totals } from "./summary.js";
import type { Formatter, ReportInput } from "./types.js";

export function checkResult(input: ReportInput): CheckResult {
  const n = totals(input.results);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "plan-lint", version: input.toolVersion },
    results: input.results.map((r) => ({ file: r.file, format: r.format, documents: r.planFile?.documents ?? [], findings: r.findings })),
    summary: { ...n, suppressed: input.suppressed },
  };
}

/** The machine contract: schemas/check-result.schema.json. */
export const json: Formatter = (input) => JSON.stringify(checkResult(input), null, 2) + "\n";
