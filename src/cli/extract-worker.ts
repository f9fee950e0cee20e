/**
 * Child-process side of isolated extraction: reads, extracts and serialises one file per
 * job, writing the output (one piece per document) to a file the parent named. It runs with a V8 heap limit
 * and the parent kills it when a file overruns its time, so a hostile file costs at most
 * this process. (A worker thread is not enough: a thread reaching its heap limit can abort
 * the whole process — nodejs/node#47224.)
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { extractFile, type ExtractOptions } from "../api.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { planFileJsonChunks, planFileYamlChunks } from "../report/yaml.js";

export interface WorkerJob {
  path: string;
  limits: ExtractOptions;
  format: "yaml" | "json";
  /** Extra indentation of JSON (inside an array of files). */
  indent: string;
  /** Where to write this file's output (a private temporary file of the parent). */
  out: string;
}

export type WorkerMessage =
  | { type: "failed"; code: string; data: Record<string, string | number>; stack?: string }
  /**
   * Extraction finished; the output is being written. `unreadable` when the file was read but
   * held nothing; `problems`: other error diagnostics (pages without text) worth a line on stderr.
   */
  | { type: "extracted"; unreadable: Record<string, string | number> | null; problems: Diagnostic[] }
  /** Output complete: small outputs travel in `text`, larger ones are in the job's `out` file. */
  | { type: "done"; text: string | null };

const INLINE_LIMIT = 1 << 20;

/** Sends in order and waits for each message to be handed over, so pieces never pile up here. */
function post(m: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(m, undefined, {}, (e) => (e ? reject(e) : resolve())));
}

async function run(job: WorkerJob): Promise<void> {
  const r = await extractFile(job.path, job.limits);
  if (!r.ok) {
    await post({ type: "failed", code: r.code, data: r.diagnostic.data ?? {}, stack: r.error instanceof Error ? r.error.stack : undefined });
    return;
  }
  const bad = r.planFile.diagnostics.find((d) => d.code === "unreadable-input");
  const problems = r.planFile.diagnostics.filter((d) => d.severity === "error" && d.code !== "unreadable-input");
  await post({ type: "extracted", unreadable: bad ? (bad.data ?? { reason: "read-error" }) : null, problems });
  const chunks = job.format === "json" ? planFileJsonChunks(r.planFile, job.indent) : planFileYamlChunks(r.planFile);
  // Small outputs (nearly all) go back in the message; past 1 MB they go to the file.
  const pieces: string[] = [];
  let size = 0;
  let fd: number | null = null;
  try {
    for (const text of chunks) {
      if (fd === null && size + text.length <= INLINE_LIMIT) {
        pieces.push(text);
        size += text.length;
        continue;
      }
      if (fd === null) {
        fd = openSync(job.out, "w", 0o600);
        for (const p of pieces) writeSync(fd, p);
        pieces.length = 0;
      }
      writeSync(fd, text);
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
  await post({ type: "done", text: fd === null ? pieces.join("") : null });
}

if (process.send) {
  process.on("message", (job: WorkerJob) => {
    run(job).catch((e: unknown) =>
      post({ type: "failed", code: "internal-error", data: { detail: e instanceof Error ? e.message : String(e) }, stack: e instanceof Error ? e.stack : undefined }),
    );
  });
  // The parent went away: nothing left to do.
  process.on("disconnect", () => process.exit(0));
}
