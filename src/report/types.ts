import type { FileResult } from "../lint/check.js";
import type { AnyRule, Lang } from "../rules/types.js";

/** Everything a formatter needs; formatters are pure functions of this. */
export interface ReportInput {
  results: FileResult[];
  lang: Lang;
  toolVersion: string;
  /** Every rule of the tool (SARIF declares them all). */
  rules: readonly AnyRule[];
  /** Findings hidden by directives or the baseline. */
  suppressed: number;
  color: boolean;
  /** Terminal supports OSC 8 hyperlinks (rule ids link to their docs). */
  hyperlinks: boolean;
  /** Working directory; file paths in results are relative to it or absolute. */
  cwd: string;
}

export type Formatter = (input: ReportInput) => string;
