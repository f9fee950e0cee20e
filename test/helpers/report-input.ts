import { check } from "../../src/lint/check.js";
import type { ReportInput } from "../../src/report/types.js";
import { RULES } from "../../src/rules/index.js";
import type { Lang } from "../../src/rules/types.js";
import { ROOT } from "./fixtures.js";

/** A ReportInput from a real check run over repository paths (output paths stay relative). */
export async function reportInputFor(paths: string[], lang: Lang = "vi", extra: Partial<ReportInput> = {}): Promise<ReportInput> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const run = await check(paths, { lang });
    return { results: run.results, lang, toolVersion: "0.0.0-test", rules: RULES, suppressed: run.suppressed, color: false, hyperlinks: false, cwd: ROOT, ...extra };
  } finally {
    process.chdir(cwd);
  }
}
