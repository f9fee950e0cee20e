import { extractFile, type ExtractOptions as LimitOptions } from "../api.js";
import { UserError } from "../io/errors.js";
import { unreadableMessage, type Lang } from "../io/messages.js";
import { expandPaths } from "../io/walk.js";
import { writeFileAtomic } from "../io/write.js";
import type { PlanFile } from "../model/plan-file.js";
import { toYaml } from "../report/yaml.js";
import { resolve } from "node:path";

export interface ExtractOptions extends LimitOptions {
  format: "yaml" | "json";
  output?: string;
  lang?: Lang;
  debug?: boolean;
}

/**
 * `plan-lint extract`: prints the model of every file. A file that cannot be used is one
 * line on stderr naming it and the reason, and the run goes on: files that could not be
 * read are left out of the output; files that were read but hold nothing (empty, binary)
 * are in it with their `unreadable-input` diagnostic. Exit 1 when any file failed, 2 when
 * one hit an internal error.
 */
export async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  if (opts.format !== "yaml" && opts.format !== "json") throw new UserError(`unknown format "${opts.format}" (use yaml or json)`);
  const lang: Lang = opts.lang ?? "vi";
  const { files, errors } = await expandPaths(paths);
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) {
    throw new UserError(`refusing to overwrite input file ${opts.output}`);
  }
  const say = (path: string, message: string) => process.stderr.write(`plan-lint: ${oneLine(path)}: ${oneLine(message)}\n`);
  let failed = errors.length;
  let internal = false;
  for (const e of errors) say(e.path, unreadableMessage(e.code, lang, e.code === "read-error" ? { detail: e.reason } : {}));
  const results: PlanFile[] = [];
  const limits: LimitOptions = { maxFileSize: opts.maxFileSize, fileTimeout: opts.fileTimeout };
  for (const f of files) {
    const r = await extractFile(f, dropUndefined(limits));
    if (!r.ok) {
      failed++;
      say(r.path, unreadableMessage(r.code, lang, r.diagnostic.data));
      if (r.code === "internal-error") {
        internal = true;
        if (opts.debug && r.error instanceof Error && r.error.stack) process.stderr.write(`${r.error.stack}\n`);
      }
      continue;
    }
    results.push(r.planFile);
    const bad = r.planFile.diagnostics.find((d) => d.code === "unreadable-input");
    if (bad) {
      failed++;
      say(f, unreadableMessage(String(bad.data?.reason ?? "read-error"), lang, bad.data));
    }
  }
  const single = paths.length === 1 && files.length === 1 && results.length === 1;
  const out =
    opts.format === "json"
      ? JSON.stringify(single ? results[0] : results, null, 2) + "\n"
      : results.map((r) => toYaml(r)).join("---\n");
  if (opts.output) await writeFileAtomic(opts.output, out);
  else process.stdout.write(out);
  return internal ? 2 : failed > 0 ? 1 : 0;
}

/**
 * A file name or message with line breaks or terminal escapes (a hostile file name can
 * hold "\n" or ESC[2J) must still print as one harmless line: control characters are
 * shown as \xNN.
 */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
