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

/** Turns the bytes of one file into a SourceDocument. */
export async function ingest(bytes: Uint8Array, path: string, options: IngestOptions = {}): Promise<SourceDocument> {
  const sha256 = options.sha256 ?? createHash("sha256").update(bytes).digest("hex");
  return ingestText(bytes, path, sha256, options.budget);
}
