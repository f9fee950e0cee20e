import { resolve } from "node:path";
import { formatGraph, type GraphFormat } from "../corpus/graph-format.js";
import { referenceGraph } from "../corpus/graph.js";
import { resolveCorpus } from "../corpus/resolve.js";
import { refuseToOverwrite, UserError } from "../io/errors.js";
import { writeFileAtomic } from "../io/write.js";
import { DEFAULT_CACHE_LOCATION, PlanCache } from "../lint/cache.js";
import { processFiles } from "../lint/process.js";
import { openRun } from "../lint/run-context.js";
import type { PlanFile } from "../model/plan-file.js";
import type { Lang } from "../rules/types.js";
import { parseConcurrency } from "./check.js";
import { createProgress } from "./progress.js";

export interface RefsCliOptions {
  format: GraphFormat;
  output?: string;
  all?: boolean;
  config?: string;
  lang?: Lang;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
}

/** `plan-lint refs`: the reference graph of the files given. Unreadable files are one line each on stderr (exit 1). */
export async function runRefs(paths: string[], opts: RefsCliOptions): Promise<number> {
  const ctx = await openRun(paths, { ...(opts.config ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
  if (opts.output && ctx.files.some((f) => resolve(f) === resolve(opts.output!))) throw new UserError(refuseToOverwrite(opts.output));
  const progress = createProgress(process.stderr, ctx.lang);
  const outcomes = await processFiles(
    ctx.files.map((file) => ({ file, settings: ctx.settingsFor(file) })),
    {
      cache: opts.cache ? new PlanCache(opts.cacheLocation ?? DEFAULT_CACHE_LOCATION) : null,
      concurrency: parseConcurrency(opts.concurrency ?? "auto"),
      lang: ctx.lang,
      lint: false,
      onProgress: (d, t) => progress.update(d, t),
    },
  );
  progress.end();
  let failed = ctx.errors.length;
  for (const e of ctx.errors) process.stderr.write(`plan-lint: ${e.path}: ${e.reason}\n`);
  const files: PlanFile[] = [];
  for (const o of outcomes) {
    if (o.ok) files.push(o.planFile);
    else {
      failed++;
      process.stderr.write(`plan-lint: ${o.file}: ${o.reason}\n`);
    }
  }
  const units = [...new Map(ctx.files.flatMap((f) => ctx.settingsFor(f).settings.units).map((u) => [u.name, u])).values()];
  const resolved = resolveCorpus({ files, resolveSettings: (f) => ctx.settingsFor(f).resolve }, units);
  const text = formatGraph(referenceGraph(resolved, { all: opts.all === true }), opts.format, ctx.lang);
  if (opts.output) await writeFileAtomic(opts.output, text);
  else process.stdout.write(text);
  return failed > 0 ? 1 : 0;
}
