import { spawnSync } from "node:child_process";
import { ROOT } from "./fixtures.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary (bin/plan-lint.js → dist/) from the repository root. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [`${ROOT}/bin/plan-lint.js`, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...opts.env },
    input: opts.input,
    timeout: opts.timeout ?? 60_000,
    maxBuffer: 1 << 30,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
