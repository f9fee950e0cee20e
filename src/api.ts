import { readFile } from "node:fs/promises";
import { extractPlanFile } from "./extract/index.js";
import { ingest } from "./ingest/index.js";
import { describeFsError } from "./io/errors.js";
import type { PlanFile } from "./model/plan-file.js";

/** Extracts the plan model from bytes already in memory. */
export async function extractBytes(bytes: Uint8Array, path: string): Promise<PlanFile> {
  return extractPlanFile(await ingest(bytes, path));
}

export type ExtractResult = { ok: true; planFile: PlanFile } | { ok: false; path: string; code: string; reason: string };

/** Reads and extracts one file; a file that cannot be read is a result, not an exception. */
export async function extractFile(path: string): Promise<ExtractResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, path, ...describeFsError(e) };
  }
  return { ok: true, planFile: await extractBytes(bytes, path) };
}
