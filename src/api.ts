import { readFile } from "node:fs/promises";
import { extractPlanFile } from "./extract/index.js";
import { ingest } from "./ingest/index.js";
import { UnreadableInputError } from "./ingest/errors.js";
import type { IngestOptions } from "./ingest/limits.js";
import { describeFsError } from "./io/errors.js";
import type { Diagnostic } from "./model/diagnostic.js";
import type { PlanFile } from "./model/plan-file.js";

export type ExtractOptions = IngestOptions;

/** Extracts the plan model from bytes already in memory. Throws UnreadableInputError for a file that cannot be read. */
export async function extractBytes(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  return extractPlanFile(await ingest(bytes, path, options));
}

export type ExtractResult =
  | { ok: true; planFile: PlanFile }
  | {
      ok: false;
      path: string;
      code: string;
      /** One line, English. */
      reason: string;
      /** One line, Vietnamese, when the reader gave one. */
      reasonVi?: string;
      /** The same failure as an `unreadable-input` diagnostic (for `check` to report as a finding). */
      diagnostic?: Diagnostic;
    };

/** Reads and extracts one file; a file that cannot be read is a result, not an exception. */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, path, ...describeFsError(e) };
  }
  try {
    return { ok: true, planFile: await extractBytes(bytes, path, options) };
  } catch (e) {
    if (!(e instanceof UnreadableInputError)) throw e;
    return {
      ok: false,
      path,
      code: "unreadable-input",
      reason: e.message,
      reasonVi: e.messageVi,
      diagnostic: { code: "unreadable-input", severity: "error", message: e.message, data: { reason: e.reason } },
    };
  }
}
