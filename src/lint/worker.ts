/**
 * A worker thread of `check --concurrency`: extracts one file at a time and runs its file-
 * and document-scope rules. Rules travel as ids (functions cannot be sent between threads);
 * options and settings are plain data.
 */
import { parentPort } from "node:worker_threads";
import { extractFile, type ExtractOptions } from "../api.js";
import type { Severity } from "../model/diagnostic.js";
import { getRule } from "../rules/index.js";
import type { Lang, Settings } from "../rules/types.js";
import { lintPlanFile, type ActiveRule } from "./run-rules.js";

export interface WorkerJob {
  id: number;
  file: string;
  /** [rule id, severity, options]; empty when only the PlanFile is wanted. */
  rules: Array<[string, Severity, object]>;
  settings: Settings;
  lang: Lang;
  extract: ExtractOptions;
}

/** Results travel as JSON text: copying a string between threads costs far less than cloning the objects. */
export type WorkerReply =
  | { id: number; ok: true; sha256: string; planFileJson: string; findingsJson: string }
  | { id: number; ok: false; code: string; reason: string; data: Record<string, string | number> };

parentPort?.on("message", async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const r = await extractFile(job.file, job.extract);
    if (!r.ok) {
      reply = { id: job.id, ok: false, code: r.code, reason: r.reason, data: r.diagnostic.data ?? {} };
    } else {
      const rules: ActiveRule[] = job.rules.map(([id, severity, options]) => ({ rule: getRule(id)!, severity, options }));
      const findings = lintPlanFile(r.planFile, rules, job.settings, job.lang);
      reply = { id: job.id, ok: true, sha256: r.planFile.source.sha256, planFileJson: JSON.stringify(r.planFile), findingsJson: JSON.stringify(findings) };
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    reply = { id: job.id, ok: false, code: "internal-error", reason: detail, data: { detail } };
  }
  parentPort!.postMessage(reply);
});
