import type { ExtractOptions } from "../api.js";
import { unreadableMessage } from "../io/messages.js";
import type { CliOverrides, FileSettings } from "../config/resolve.js";
import type { Finding } from "../model/finding.js";
import type { PlanFile, SourceFormat } from "../model/plan-file.js";
import { getRule } from "../rules/index.js";
import type { Lang, Report } from "../rules/types.js";
import { applyBaseline, buildBaseline, readBaseline, type Baseline } from "./baseline.js";
import { atPath, contentHash, PlanCache, type CacheStats } from "./cache.js";
import { applyDirectives } from "./directives.js";
import { processFiles, type Concurrency } from "./process.js";
import { projectFindings } from "./project.js";
import { openRun } from "./run-context.js";
import { sortFindings, toFinding, type ActiveRule } from "./run-rules.js";
import { inShard, type Shard } from "./shard.js";

export interface CheckOptions extends CliOverrides {
  /** --config: one config for every file instead of the nearest one upward. */
  config?: string;
  baseline?: string;
  /** Rewrite the baseline with the current findings instead of applying it. */
  updateBaseline?: boolean;
  password?: string;
  /** Largest file read, in bytes; time budget per file in ms (see ExtractOptions). */
  maxFileSize?: number;
  fileTimeout?: number;
  /** --cache: reuse extractions and findings of unchanged files. */
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: Concurrency;
  /** --shard i/n: per-file rules for this shard's files only. */
  shard?: Shard;
  /** Called after each file (progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface FileResult {
  file: string;
  format: SourceFormat | null;
  planFile: PlanFile | null;
  findings: Finding[];
}

export interface CheckRun {
  results: FileResult[];
  lang: Lang;
  /** Findings hidden by directives and the baseline. */
  suppressed: number;
  /** The baseline written by --update-baseline. */
  writtenBaseline?: Baseline;
  /** With --shard: this shard's files, all files, and files whose documents the index lacks. */
  shard?: Shard & { files: number; of: number; missing: string[] };
  cache?: CacheStats;
}

/** Checks files and folders: extract, run the rules, apply directives and the baseline. */
export async function check(paths: string[], opts: CheckOptions = {}): Promise<CheckRun> {
  const ctx = await openRun(paths, opts);
  const { lang, settingsFor } = ctx;
  const results: FileResult[] = [];
  let suppressed = 0;

  for (const e of ctx.errors) {
    results.push({ file: e.path, format: null, planFile: null, findings: unreadable(ctx.run, lang, e.path, e.code, e.code === "read-error" ? { detail: e.reason } : {}) });
  }
  const files = opts.shard ? ctx.files.filter((f) => inShard(f, opts.shard!)) : ctx.files;
  const cache = opts.cache ? new PlanCache(opts.cacheLocation) : null;
  const outcomes = await processFiles(
    files.map((file) => ({ file, settings: settingsFor(file) })),
    { cache, concurrency: opts.concurrency ?? "auto", lang, lint: true, extract: extractOptions(opts), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) },
  );
  const extracted: Array<{ file: string; planFile: PlanFile; findings: Finding[] }> = [];
  for (const o of outcomes) {
    if (o.ok) extracted.push(o);
    else results.push({ file: o.file, format: null, planFile: null, findings: unreadable(settingsFor(o.file), lang, o.file, o.code, o.data) });
  }

  // A shard's project rules need the other shards' documents: their PlanFiles come from the cache.
  const index = await otherShards(ctx.files, files, cache);
  const project = projectFindings({
    files: extracted.map((e) => e.planFile),
    context: index.planFiles,
    order: ctx.files,
    settingsFor,
    run: ctx.run,
    lang,
    // With documents missing from the index, "not found" would be a guess.
    ...(index.missing.length > 0 ? { skip: new Set(["unresolved-reference"]) } : {}),
  });
  // Project findings go through the directives like the rest.
  for (const { file, planFile, findings } of extracted) {
    const d = applyDirectives([...findings, ...(project.get(planFile.source.path) ?? [])], planFile.directives ?? []);
    suppressed += d.suppressed;
    const unused = activeRule(settingsFor(file), "unused-suppression");
    const extra = unused ? d.problems.map((p) => toFinding(unused.rule, unused.severity, lang, file, p)) : [];
    results.push({ file, format: planFile.source.format, planFile, findings: [...d.kept, ...extra] });
  }
  // Report files in the order walked, whatever order they were processed in.
  const position = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => (position.get(a.file) ?? -1) - (position.get(b.file) ?? -1));
  if (cache) await cache.prune();

  let writtenBaseline: Baseline | undefined;
  if (opts.baseline) {
    const all = results.flatMap((r) => r.findings);
    if (opts.updateBaseline) {
      writtenBaseline = buildBaseline(opts.baseline, all);
    } else {
      const baseline = await readBaseline(opts.baseline);
      if (baseline) {
        const b = applyBaseline(opts.baseline, baseline, all, results.map((r) => r.file));
        suppressed += b.suppressed;
        const keep = new Set(b.kept);
        for (const r of results) r.findings = r.findings.filter((f) => keep.has(f));
        for (const u of b.unused) {
          const res = results.find((r) => r.file === u.file);
          const settings = settingsFor(u.file);
          const rule = activeRule(settings, "unused-suppression");
          if (res && rule) {
            const report: Report = { messageId: "baseline", data: { count: u.count, rule: u.rule, key: u.key.replace(/^task:/, "") } };
            res.findings.push(toFinding(rule.rule, rule.severity, lang, u.file, report));
          }
        }
      }
    }
  }
  for (const r of results) r.findings = sortFindings(r.findings);
  return {
    results,
    lang,
    suppressed,
    ...(writtenBaseline ? { writtenBaseline } : {}),
    ...(opts.shard ? { shard: { ...opts.shard, files: files.length, of: ctx.files.length, missing: index.missing } } : {}),
    ...(cache ? { cache: cache.stats } : {}),
  };
}

/** PlanFiles of the run's files outside this shard, from the cache; the files not found there. */
async function otherShards(all: string[], mine: string[], cache: PlanCache | null): Promise<{ planFiles: PlanFile[]; missing: string[] }> {
  const own = new Set(mine);
  const planFiles: PlanFile[] = [];
  const missing: string[] = [];
  for (const file of all) {
    if (own.has(file)) continue;
    const sha = cache ? await contentHash(file) : null;
    const entry = sha ? await cache!.get(sha) : null;
    if (entry) planFiles.push(atPath(entry, file, null).planFile);
    else missing.push(file);
  }
  return { planFiles, missing };
}

function activeRule(settings: FileSettings, id: string): ActiveRule | undefined {
  return settings.rules.find((r) => r.rule.meta.id === id);
}

/** The finding for a file that could not be read at all, its reason from the message catalogue. */
function unreadable(settings: FileSettings, lang: Lang, file: string, code: string, data: Record<string, string | number>): Finding[] {
  const rule = getRule("unreadable-input")!;
  const active = activeRule(settings, "unreadable-input");
  if (!active) return [];
  const detail = { vi: unreadableMessage(code, "vi", data), en: unreadableMessage(code, "en", data) };
  return [toFinding(rule, active.severity, lang, file, { messageId: "default", data: { detail, reason: code } })];
}

/** What reading each file needs: the PDF password and the limits. */
export function extractOptions(opts: Pick<CheckOptions, "password" | "maxFileSize" | "fileTimeout">): ExtractOptions {
  return {
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
    ...(opts.fileTimeout !== undefined ? { fileTimeout: opts.fileTimeout } : {}),
  };
}
