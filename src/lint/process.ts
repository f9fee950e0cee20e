/**
 * The per-file stage of a run: each file's PlanFile and file-/document-scope findings, from
 * the cache when its content and config were seen before, else extracted — in this thread,
 * or in worker threads when there are enough files for them to pay off.
 */
import { availableParallelism } from "node:os";
import { extractFile, type ExtractOptions } from "../api.js";
import type { FileSettings } from "../config/resolve.js";
import type { Severity } from "../model/diagnostic.js";
import type { Finding } from "../model/finding.js";
import type { PlanFile } from "../model/plan-file.js";
import type { Lang } from "../rules/types.js";
import { atPath, contentHash, type CacheEntry, type PlanCache } from "./cache.js";
import { configHash } from "./config-hash.js";
import { WorkerPool, workersAvailable } from "./pool.js";
import { lintPlanFile } from "./run-rules.js";

export type Concurrency = "auto" | "off" | number;

/**
 * Below this many files to extract, `auto` stays in one thread: two workers cost about 0.6 s
 * of CPU to start (loading and warming up the extractor and the rules in each), which the
 * second core wins back from about 200 plans of 4–5 KiB on. Measured with
 * `npm run bench:corpus -- --threshold` on 2 cores (docs/decisions.md).
 */
export const AUTO_MIN_FILES = 200;
/** With `auto`, one worker per this many files, up to the number of cores. */
export const AUTO_FILES_PER_WORKER = 100;

export interface FileJob {
  file: string;
  settings: FileSettings;
}

export type Outcome =
  | { file: string; ok: true; planFile: PlanFile; findings: Finding[]; cached: boolean }
  | { file: string; ok: false; code: string; reason: string; data: Record<string, string | number> };

export interface ProcessOptions {
  cache: PlanCache | null;
  concurrency: Concurrency;
  lang: Lang;
  /** Run the file- and document-scope rules (false: PlanFiles only, for `refs`). */
  lint: boolean;
  /** Password and limits for reading each file. */
  extract?: ExtractOptions;
  onProgress?: (done: number, total: number) => void;
}

/** How many worker threads to use for `misses` files (0: this thread). */
export function workerCount(concurrency: Concurrency, misses: number): number {
  if (concurrency === "off" || misses < 2) return 0;
  if (concurrency === "auto") {
    if (misses < AUTO_MIN_FILES) return 0;
    return Math.max(1, Math.min(availableParallelism(), Math.ceil(misses / AUTO_FILES_PER_WORKER)));
  }
  return concurrency <= 1 ? 0 : Math.min(concurrency, misses);
}

export async function processFiles(jobs: FileJob[], o: ProcessOptions): Promise<Outcome[]> {
  const out: Outcome[] = new Array(jobs.length);
  let done = 0;
  const tick = () => o.onProgress?.(++done, jobs.length);

  // 1. Cache lookups (I/O only), a few at a time.
  const misses: Array<{ i: number; entry: CacheEntry | null }> = [];
  if (o.cache) {
    await forEachLimited(jobs, 16, async (job, i) => {
      const sha = await contentHash(job.file);
      const entry = sha ? await o.cache!.get(sha) : null;
      if (entry) {
        const hit = atPath(entry, job.file, o.lint ? configHash(job.settings) : null);
        if (!o.lint || hit.findings) {
          out[i] = { file: job.file, ok: true, planFile: hit.planFile, findings: hit.findings ?? [], cached: true };
          tick();
          return;
        }
        // Same content, another config: the PlanFile is good, only the rules run again.
        out[i] = { file: job.file, ok: true, planFile: hit.planFile, findings: lintPlanFile(hit.planFile, job.settings.rules, job.settings.settings, o.lang), cached: true };
        await o.cache!.put(hit.planFile, configHash(job.settings), out[i].findings, entry);
        tick();
        return;
      }
      misses.push({ i, entry: null });
    });
    misses.sort((a, b) => a.i - b.i);
  } else {
    jobs.forEach((_, i) => misses.push({ i, entry: null }));
  }

  // 2. Extraction of the rest.
  const finish = async (i: number, r: Outcome, json?: { planFile: string; findings: string }) => {
    out[i] = r;
    if (o.cache && r.ok) {
      const hash = o.lint ? configHash(jobs[i]!.settings) : null;
      if (json) o.cache.putJson(r.planFile.source.sha256, json.planFile, hash, o.lint ? json.findings : null);
      else await o.cache.put(r.planFile, hash, o.lint ? r.findings : null);
    }
    tick();
  };
  const n = workersAvailable() ? workerCount(o.concurrency, misses.length) : 0;
  if (n === 0) {
    for (const { i } of misses) {
      const job = jobs[i]!;
      const r = await extractFile(job.file, o.extract);
      await finish(
        i,
        r.ok
          ? { file: job.file, ok: true, planFile: r.planFile, findings: o.lint ? lintPlanFile(r.planFile, job.settings.rules, job.settings.settings, o.lang) : [], cached: false }
          : { file: job.file, ok: false, code: r.code, reason: r.reason, data: r.diagnostic.data ?? {} },
      );
    }
    return out;
  }
  const pool = new WorkerPool(n);
  const ruleLists = new WeakMap<FileSettings, Array<[string, Severity, object]>>();
  const rulesOf = (s: FileSettings) => {
    let list = ruleLists.get(s);
    if (!list) ruleLists.set(s, (list = s.rules.map((a) => [a.rule.meta.id, a.severity, a.options])));
    return list;
  };
  try {
    // Two jobs in flight per worker: enough to keep them busy, without queueing every file at once.
    await forEachLimited(misses, n * 2, async ({ i }) => {
      const job = jobs[i]!;
      const s = job.settings;
      let r: Outcome;
      let json: { planFile: string; findings: string } | undefined;
      try {
        const reply = await pool.run({
          file: job.file,
          rules: o.lint ? rulesOf(s) : [],
          settings: s.settings,
          lang: o.lang,
          extract: o.extract ?? {},
        });
        if (reply.ok) {
          json = { planFile: reply.planFileJson, findings: reply.findingsJson };
          r = { file: job.file, ok: true, planFile: JSON.parse(reply.planFileJson) as PlanFile, findings: JSON.parse(reply.findingsJson) as Finding[], cached: false };
        } else {
          r = { file: job.file, ok: false, code: reply.code, reason: reply.reason, data: reply.data };
        }
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        r = { file: job.file, ok: false, code: "internal-error", reason: detail, data: { detail } };
      }
      await finish(i, r, json);
    });
  } finally {
    await pool.close();
  }
  return out;
}

async function forEachLimited<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  });
  await Promise.all(lanes);
}
