/**
 * Worker side of isolated extraction: reads, extracts and serialises one file per job and
 * streams the output back in pieces (one per document). Runs with a heap limit, and the
 * main thread terminates it when a file overruns its time, so a hostile file costs at most
 * one worker.
 */
import { parentPort } from "node:worker_threads";
import { extractFile, type ExtractOptions } from "../api.js";
import { planFileJsonChunks, planFileYamlChunks } from "../report/yaml.js";

export interface WorkerJob {
  path: string;
  limits: ExtractOptions;
  format: "yaml" | "json";
  /** Extra indentation of JSON (inside an array of files). */
  indent: string;
}

export type WorkerMessage =
  | { type: "failed"; code: string; data: Record<string, string | number>; stack?: string }
  /** Extraction finished; output pieces follow. `unreadable` when the file was read but held nothing. */
  | { type: "extracted"; unreadable: Record<string, string | number> | null }
  | { type: "chunk"; text: string }
  | { type: "done" };

const port = parentPort;
if (port) {
  port.on("message", (job: WorkerJob) => {
    void run(job).catch((e: unknown) => {
      port.postMessage({ type: "failed", code: "internal-error", data: { detail: e instanceof Error ? e.message : String(e) }, stack: e instanceof Error ? e.stack : undefined } satisfies WorkerMessage);
    });
  });
}

async function run(job: WorkerJob): Promise<void> {
  const post = (m: WorkerMessage) => port!.postMessage(m);
  const r = await extractFile(job.path, job.limits);
  if (!r.ok) {
    post({ type: "failed", code: r.code, data: r.diagnostic.data ?? {}, stack: r.error instanceof Error ? r.error.stack : undefined });
    return;
  }
  const bad = r.planFile.diagnostics.find((d) => d.code === "unreadable-input");
  post({ type: "extracted", unreadable: bad ? (bad.data ?? { reason: "read-error" }) : null });
  const chunks = job.format === "json" ? planFileJsonChunks(r.planFile, job.indent) : planFileYamlChunks(r.planFile);
  for (const text of chunks) post({ type: "chunk", text });
  post({ type: "done" });
}
