import { extractPlanFile } from "./extract/index.js";
import { Budget, BudgetExceededError } from "./io/budget.js";
import { UnreadableInputError } from "./ingest/errors.js";
import { ingest } from "./ingest/index.js";
import type { IngestLimits } from "./ingest/limits.js";
import type { SourceDocument } from "./ingest/source-document.js";
import { unreadableDiagnostic, unreadableMessage, type UnreadableReason } from "./io/messages.js";
import { readFileLimited, type ReadResult } from "./io/read.js";
import type { Diagnostic } from "./model/diagnostic.js";
import type { PlanFile } from "./model/plan-file.js";

/** How one input file is read; every limit has a default. */
export interface ExtractOptions {
  /** Largest file read, in bytes (default 100 MiB). Checked before reading and while reading. */
  maxFileSize?: number;
  /** Time budget per file in milliseconds, reading and extraction together (default 60 000; 0 = none). */
  fileTimeout?: number;
  /** Password of an encrypted PDF. */
  password?: string;
  /** Bounds for the DOCX/PDF readers (ZIP unpacked size and ratio, XML and table depth, PDF pages). */
  limits?: Partial<IngestLimits>;
}

export const DEFAULT_EXTRACT_OPTIONS = {
  maxFileSize: 100 * 1024 * 1024,
  fileTimeout: 60_000,
};

/** Extracts the plan model from bytes already in memory. Throws UnreadableInputError for a file that cannot be read. */
export async function extractBytes(bytes: Uint8Array, path: string, options: Omit<ExtractOptions, "maxFileSize"> = {}): Promise<PlanFile> {
  const budget = new Budget(options.fileTimeout ?? 0);
  return extractPlanFile(await ingest(bytes, path, { ...readerOptions(options), budget }), { budget });
}

/**
 * A file plan-lint could not turn into a PlanFile: missing, unreadable, too large, broken,
 * encrypted, over its time budget, or an internal error. `code` is the reason ("pdf-corrupt"),
 * `reason` one line in English, `reasonVi` in Vietnamese, `diagnostic` the `unreadable-input`
 * diagnostic a report shows for it.
 */
export interface ExtractFailure {
  ok: false;
  path: string;
  code: UnreadableReason;
  reason: string;
  reasonVi: string;
  diagnostic: Diagnostic;
  /** The exception, for `internal-error` only (printed with --debug). */
  error?: unknown;
}

export type ExtractResult = { ok: true; planFile: PlanFile } | ExtractFailure;

/**
 * Reads and extracts one file under the given limits. A file that cannot be read or
 * processed is a result, never an exception. A file that was read but holds nothing usable
 * (empty, binary) is a PlanFile with no documents and an `unreadable-input` diagnostic.
 */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const limits = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const budget = new Budget(limits.fileTimeout);
  let read: ReadResult | null = await readFileLimited(path, limits.maxFileSize, budget);
  if (!read.ok) return failure(path, read.reason, read.data);
  try {
    // Handed over in a holder that ingestion empties once decoded: a 100 MB buffer is not kept.
    const holder = { bytes: read.bytes as Uint8Array | null };
    const sha256 = read.sha256;
    read = null;
    let source: SourceDocument | null = await ingest(holder, path, { ...readerOptions(options), budget, sha256 });
    const planFile = extractPlanFile(source, { budget, release: true });
    source = null;
    return { ok: true, planFile };
  } catch (e) {
    if (e instanceof BudgetExceededError) return failure(path, "timeout", { limit: limits.fileTimeout });
    if (e instanceof UnreadableInputError) return failure(path, e.reason, e.detail ? { detail: e.detail } : {});
    const detail = e instanceof Error ? e.message : String(e);
    return { ...failure(path, "internal-error", { detail }), error: e };
  }
}

function readerOptions(o: ExtractOptions): { password?: string; limits?: Partial<IngestLimits> } {
  return { ...(o.password !== undefined ? { password: o.password } : {}), ...(o.limits ? { limits: o.limits } : {}) };
}

function failure(path: string, code: UnreadableReason, data: Record<string, string | number>): ExtractFailure {
  return {
    ok: false,
    path,
    code,
    reason: unreadableMessage(code, "en", data),
    reasonVi: unreadableMessage(code, "vi", data),
    diagnostic: unreadableDiagnostic(code, data),
  };
}
