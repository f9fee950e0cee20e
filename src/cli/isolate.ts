import { Worker } from "node:worker_threads";
import type { WorkerJob, WorkerMessage } from "./extract-worker.js";

export type IsolatedOutcome =
  | { ok: true; unreadable: Record<string, string | number> | null }
  | { ok: false; code: string; data: Record<string, string | number>; stack?: string };

/**
 * Runs extraction jobs one at a time in a worker thread with a heap limit. A file that
 * needs more memory kills only the worker ("out-of-memory"); a file that overruns its time
 * budget (plus a grace period for the cooperative checks to fire) is stopped by terminating
 * the worker ("timeout"). A new worker is started for the next file after either.
 */
export class IsolatedExtractor {
  private worker: Worker | null = null;

  constructor(private readonly maxHeapMb: number) {}

  /** Runs one job; `onChunk` receives the output pieces in order once extraction succeeded. */
  run(job: WorkerJob, timeoutMs: number, onChunk: (text: string) => Promise<void>): Promise<IsolatedOutcome> {
    const worker = (this.worker ??= this.spawn());
    return new Promise<IsolatedOutcome>((resolve) => {
      let settled = false;
      let writing: Promise<void> = Promise.resolve();
      let extracted: IsolatedOutcome | null = null;
      const finish = (o: IsolatedOutcome, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (kill) {
          this.worker = null;
          void worker.terminate();
        }
        void writing.then(() => resolve(o), () => resolve({ ok: false, code: "internal-error", data: { detail: "output could not be written" } }));
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === "failed") finish({ ok: false, code: m.code, data: m.data, stack: m.stack }, false);
        else if (m.type === "extracted") {
          clearTimeout(timer); // serialising is linear and bounded: no kill from here on
          extracted = { ok: true, unreadable: m.unreadable };
        } else if (m.type === "chunk") {
          const text = m.text;
          writing = writing.then(() => onChunk(text));
        } else if (m.type === "done") finish(extracted ?? { ok: true, unreadable: null }, false);
      };
      const onError = (e: Error & { code?: string }) =>
        finish(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { ok: false, code: "out-of-memory", data: { limit: this.maxHeapMb * 1024 * 1024 } }
            : { ok: false, code: "internal-error", data: { detail: e.message }, stack: e.stack },
          true,
        );
      const onExit = (code: number) => finish({ ok: false, code: "internal-error", data: { detail: `worker exited (${code})` } }, true);
      // Hard stop: the budget plus a grace period in which the cooperative checks should have fired.
      const hard = timeoutMs > 0 ? timeoutMs + Math.max(2000, timeoutMs / 2) : 0;
      const timer = hard > 0 ? setTimeout(() => finish({ ok: false, code: "timeout", data: { limit: timeoutMs } }, true), hard) : undefined;
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(new URL("./extract-worker.js", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    w.on("error", () => undefined); // late errors of a worker already given up on
    return w;
  }
}
