import { DEFAULT_EXTRACT_OPTIONS, extractFile, type ExtractOptions as LimitOptions } from "../api.js";
import { diagnosticText } from "../report/diagnostic-text.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { IsolatedExtractor } from "./isolate.js";
import { SpoolDir } from "../io/spool.js";
import { refuseToOverwrite, UserError } from "../io/errors.js";
import { unreadableMessage, type Lang } from "../io/messages.js";
import { expandPaths } from "../io/walk.js";
import { openAtomicWriter, type AtomicWriter } from "../io/write.js";
import type { PlanFile } from "../model/plan-file.js";
import { planFileJsonChunks, planFileYamlChunks } from "../report/yaml.js";
import { resolve } from "node:path";
import { once } from "node:events";

export interface ExtractOptions extends LimitOptions {
  format: "yaml" | "json";
  output?: string;
  lang?: Lang;
  debug?: boolean;
  /** Heap limit of the extraction worker in MiB; 0 runs in-process (no memory cap, no hard stop). */
  maxMemoryMb?: number;
}

/** Default heap of the extraction worker: keeps the whole run under ~500 MB resident. */
export const DEFAULT_MAX_MEMORY_MB = 320;

/**
 * `plan-lint extract`: prints the model of every file. A file that cannot be used is one
 * line on stderr naming it and the reason, and the run goes on: files that could not be
 * read are left out of the output; files that were read but hold nothing (empty, binary)
 * are in it with their `unreadable-input` diagnostic. Exit 1 when any file failed, 2 when
 * one hit an internal error.
 */
export async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  if (opts.format !== "yaml" && opts.format !== "json") throw new UserError({ vi: `định dạng «${opts.format}» không có (có: yaml, json)`, en: `no format "${opts.format}" (use yaml or json)` });
  const lang: Lang = opts.lang ?? "vi";
  const { files, errors } = await expandPaths(paths);
  if (opts.output && files.some((f) => resolve(f) === resolve(opts.output!))) {
    throw new UserError(refuseToOverwrite(opts.output));
  }
  const say = (path: string, message: string) => process.stderr.write(`plan-lint: ${oneLine(path)}: ${oneLine(message)}\n`);
  let failed = errors.length;
  let internal = false;
  for (const e of errors) say(e.path, unreadableMessage(e.code, lang, e.code === "read-error" ? { detail: e.reason } : {}));
  // Written file by file (and a YAML file document by document): 10,000 files or one file
  // of thousands of documents never sit in memory as one output string.
  const sink: AtomicWriter | null = opts.output ? await openAtomicWriter(opts.output) : null;
  const write = async (chunk: string | Uint8Array) => {
    if (sink) return sink.write(chunk);
    // Respect back-pressure: a slow reader must not make us buffer a 50 MB output.
    if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
  };
  const single = paths.length === 1 && files.length === 1;
  let written = 0;
  const emit = async (pf: PlanFile) => {
    if (opts.format === "json") {
      if (!single) await write(written === 0 ? "[\n  " : ",\n  ");
      for (const chunk of planFileJsonChunks(pf, single ? "" : "  ")) await write(chunk);
      if (single) await write("\n");
    } else {
      if (written > 0) await write("---\n");
      for (const chunk of planFileYamlChunks(pf)) await write(chunk);
    }
    written++;
  };
  const limits = dropUndefined<LimitOptions>({ maxFileSize: opts.maxFileSize, fileTimeout: opts.fileTimeout, password: opts.password });
  // A file read only in part (scanned pages) is reported, never an empty success.
  const partly = (path: string, problems: Diagnostic[]) => {
    for (const d of problems) say(path, diagnosticText(d, lang));
    if (problems.length > 0) failed++;
  };
  const fail = (path: string, code: string, data: Record<string, string | number>, stack?: string) => {
    failed++;
    say(path, unreadableMessage(code, lang, data));
    if (code === "internal-error") {
      internal = true;
      if (opts.debug && stack) process.stderr.write(`${stack}\n`);
    }
  };
  const heapMb = opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const isolated = heapMb > 0 ? new IsolatedExtractor(heapMb) : null;
  const spool = isolated ? new SpoolDir() : null;
  try {
    for (const f of files) {
      if (isolated) {
        // The worker serialises; pieces arrive in order and are written as they come.
        const indent = opts.format === "json" && !single ? "  " : "";
        const out = spool!.next();
        const r = await isolated.run({ path: f, limits, format: opts.format, indent, out }, limits.fileTimeout ?? DEFAULT_EXTRACT_OPTIONS.fileTimeout);
        if (r.ok) {
          if (opts.format === "json" && !single) await write(written === 0 ? "[\n  " : ",\n  ");
          if (opts.format === "yaml" && written > 0) await write("---\n");
          if (r.text !== null) await write(r.text);
          else await spool!.drain(out, write);
          if (opts.format === "json" && single) await write("\n");
          written++;
        } else spool!.discard(out);
        if (!r.ok) fail(f, r.code, r.data, r.stack);
        else if (r.unreadable) fail(f, String(r.unreadable.reason ?? "read-error"), r.unreadable);
        else partly(f, r.problems);
        continue;
      }
      const r = await extractFile(f, limits);
      if (!r.ok) {
        fail(r.path, r.code, r.diagnostic.data ?? {}, r.error instanceof Error ? r.error.stack : undefined);
        continue;
      }
      await emit(r.planFile);
      const bad = r.planFile.diagnostics.find((d) => d.code === "unreadable-input");
      if (bad) fail(f, String(bad.data?.reason ?? "read-error"), bad.data ?? {});
      else partly(f, r.planFile.diagnostics.filter((d) => d.severity === "error"));
    }
    if (opts.format === "json" && !(single && written === 1)) await write(written === 0 ? "[]\n" : "\n]\n");
    await sink?.commit();
  } catch (e) {
    await sink?.abort();
    throw e;
  } finally {
    await isolated?.close();
    spool?.close();
  }
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
