import { extractFile } from "../api.js";
import { diagnosticText, type Lang } from "../ingest/messages.js";
import { UserError } from "../io/errors.js";
import { expandPaths } from "../io/walk.js";
import { writeFileAtomic } from "../io/write.js";
import type { PlanFile } from "../model/plan-file.js";
import { toYaml } from "../report/yaml.js";
import { resolve } from "node:path";

export interface ExtractOptions {
  format: "yaml" | "json";
  output?: string;
  /** Password of encrypted PDFs. */
  password?: string;
}

/** Messages in Vietnamese unless PLAN_LINT_LANG=en. */
const lang = (): Lang => (process.env.PLAN_LINT_LANG === "en" ? "en" : "vi");

/** `plan-lint extract`: prints the model of every file; unreadable files are one-line errors. */
export async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  if (opts.format !== "yaml" && opts.format !== "json") throw new UserError(`unknown format "${opts.format}" (use yaml or json)`);
  const { files, errors } = await expandPaths(paths);
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) {
    throw new UserError(`refusing to overwrite input file ${opts.output}`);
  }
  let failed = errors.length;
  for (const e of errors) process.stderr.write(`plan-lint: ${e.path}: ${e.reason}\n`);
  const results: PlanFile[] = [];
  for (const f of files) {
    const r = await extractFile(f, opts.password !== undefined ? { password: opts.password } : {});
    if (r.ok) {
      results.push(r.planFile);
      // A file read only in part (scanned pages) is reported, never an empty success.
      const errors = r.planFile.diagnostics.filter((d) => d.severity === "error");
      for (const d of errors) process.stderr.write(`plan-lint: ${f}: ${diagnosticText(d, lang())}\n`);
      if (errors.length > 0) failed++;
    } else {
      failed++;
      process.stderr.write(`plan-lint: ${r.path}: ${(lang() === "vi" ? r.reasonVi : undefined) ?? r.reason}\n`);
    }
  }
  const single = paths.length === 1 && files.length === 1 && results.length === 1;
  const out =
    opts.format === "json"
      ? JSON.stringify(single ? results[0] : results, null, 2) + "\n"
      : results.map((r) => toYaml(r)).join("---\n");
  if (opts.output) await writeFileAtomic(opts.output, out);
  else process.stdout.write(out);
  return failed > 0 ? 1 : 0;
}
