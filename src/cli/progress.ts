/**
 * A progress bar on stderr for long runs: only when stderr is a terminal and not in CI, and
 * only once the run has lasted half a second, so short runs and piped or logged output never
 * see it. The line is erased when the run ends.
 */
import type { Lang } from "../rules/types.js";

const DELAY_MS = 500;
const REDRAW_MS = 100;
const WIDTH = 24;

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

export function progressEnabled(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== "dumb";
}

export function createProgress(stream: ProgressStream, lang: Lang, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Progress {
  if (!progressEnabled(stream, env)) return { update() {}, end() {} };
  const start = now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      if (t - start < DELAY_MS || (t - last < REDRAW_MS && done < total)) return;
      last = t;
      shown = true;
      stream.write(`\r${renderBar(done, total, (t - start) / 1000, lang)}\x1b[K`);
    },
    end() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}

export function renderBar(done: number, total: number, seconds: number, lang: Lang): string {
  const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
  const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
  const s = seconds.toFixed(1);
  return `plan-lint ▕${bar}▏ ${done}/${total} ${lang === "vi" ? "tệp" : "files"} · ${lang === "vi" ? s.replace(".", ",") : s} s`;
}
