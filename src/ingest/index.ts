import { createHash } from "node:crypto";
import type { Budget } from "./budget.js";
import type { SourceDocument } from "./source-document.js";
import { ingestText } from "./text.js";

export type { Block, ParagraphBlock, SourceDocument, TableBlock, TableCell, TableRow, TextSpan } from "./source-document.js";
export { Budget, BudgetExceededError } from "./budget.js";

export interface IngestOptions {
  /** Time budget checked while ingesting; throws BudgetExceededError when spent. */
  budget?: Budget;
  /** SHA-256 of the bytes when the caller already hashed them while reading. */
  sha256?: string;
}

/**
 * The bytes of a file handed over for good: the reader drops its reference as soon as the
 * bytes are decoded, so a 100 MB buffer is not kept through the rest of ingestion.
 */
export interface ByteHolder {
  bytes: Uint8Array | null;
}

/** Turns the bytes of one file into a SourceDocument. */
export async function ingest(input: Uint8Array | ByteHolder, path: string, options: IngestOptions = {}): Promise<SourceDocument> {
  const holder: ByteHolder = input instanceof Uint8Array ? { bytes: input } : input;
  const sha256 = options.sha256 ?? createHash("sha256").update(holder.bytes ?? new Uint8Array()).digest("hex");
  return ingestText(holder, path, sha256, options.budget);
}
