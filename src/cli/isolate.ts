import { fork, type ChildProcess } from "node:child_process";
import type { Diagnostic } from "../model/diagnostic.js";
import type { WorkerJob, WorkerMessage } from "./extract-worker.js";

export type IsolatedOutcome =
  /** `text`: the output when small; null when it is in the job's `out` file. */
  | { ok: true; unreadable: Record<string, string | number> | null; problems: Diagnostic[]; text: string | null }
  | { ok: false; code: string; data: Record<string, string | number>; stack?: string };

/** Last bytes of the child's stderr kept for --debug (V8's out-of-memory report goes there). */
const STDERR_KEEP = 16 * 1024;

/**
 * Runs extraction jobs one at a time in a child process with a V8 heap limit. A file that
 * needs more memory kills only the child ("out-of-memory"); a file that overruns its time
 * budget (plus a grace period for the cooperative checks to fire) is stopped by killing the
 * child ("timeout"). A new child is started for the next file after either.
 */
export class IsolatedExtractor {
  private child: ChildProcess | null = null;
  private stderr = "";

  constructor(private readonly maxHeapMb: number) {}

  /** Runs one job; on success its output is in the outcome's `text` or in `job.out`. */
  run(job: WorkerJob, timeoutMs: number): Promise<IsolatedOutcome> {
    const child = (this.child ??= this.spawn());
    this.stderr = "";
    return new Promise<IsolatedOutcome>((resolve) => {
      let settled = false;
      let extracted: IsolatedOutcome | null = null;
      const finish = (o: IsolatedOutcome, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        if (kill) this.discard(child);
        resolve(o);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === "failed") finish({ ok: false, code: m.code, data: m.data, stack: m.stack }, false);
        else if (m.type === "extracted") {
          clearTimeout(timer); // serialising is linear and bounded: no kill from here on
          extracted = { ok: true, unreadable: m.unreadable, problems: m.problems, text: null };
        } else if (m.type === "done") {
          const e = extracted?.ok ? extracted : null;
          finish({ ok: true, unreadable: e?.unreadable ?? null, problems: e?.problems ?? [], text: m.text }, false);
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const oom = /heap out of memory|Allocation failed/i.test(this.stderr);
        finish(
          oom
            ? { ok: false, code: "out-of-memory", data: { limit: this.maxHeapMb * 1024 * 1024 } }
            : { ok: false, code: "internal-error", data: { detail: `extraction process ended (${signal ?? code})` }, stack: this.stderr },
          true,
        );
      };
      // Hard stop: the budget plus a grace period in which the cooperative checks should have fired.
      const hard = timeoutMs > 0 ? timeoutMs + Math.max(2000, timeoutMs / 2) : 0;
      const timer = hard > 0 ? setTimeout(() => finish({ ok: false, code: "timeout", data: { limit: timeoutMs } }, true), hard) : undefined;
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send(job);
    });
  }

  async close(): Promise<void> {
    const c = this.child;
    this.child = null;
    if (c && c.exitCode === null && c.signalCode === null) {
      const gone = new Promise((r) => c.once("exit", r));
      c.disconnect();
      await gone;
    }
  }

  private discard(c: ChildProcess): void {
    if (this.child === c) this.child = null;
    if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  }

  private spawn(): ChildProcess {
    const c = fork(new URL("./extract-worker.js", import.meta.url), [], {
      // A small young generation: its semi-spaces count in resident memory beside the heap limit.
      execArgv: [`--max-old-space-size=${this.maxHeapMb}`, "--max-semi-space-size=4"],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    c.stderr?.setEncoding("utf8");
    c.stderr?.on("data", (d: string) => {
      this.stderr = (this.stderr + d).slice(-STDERR_KEEP);
    });
    c.on("error", () => undefined); // spawn/IPC errors surface as "exit"
    return c;
  }
}
