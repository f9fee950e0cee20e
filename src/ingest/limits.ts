import type { Budget } from "../io/budget.js";

/**
 * Bounds on what reading one input file may cost. Every reader checks them while it
 * works (not after), so a hostile file fails fast with `unreadable-input` instead of
 * exhausting memory. The hostile-input work drives these through `IngestOptions.limits`.
 */
export interface IngestLimits {
  /** ZIP (DOCX): most entries in the central directory. */
  maxZipEntries: number;
  /** ZIP: most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** ZIP: most bytes all entries read from one file may inflate to together. */
  maxTotalBytes: number;
  /** ZIP: largest inflated/compressed ratio of one entry (zip bombs run at 1000:1 and more). */
  maxCompressionRatio: number;
  /** XML: deepest element nesting. */
  maxXmlDepth: number;
  /** DOCX: deepest table nesting (a table in a cell in a table …). */
  maxTableDepth: number;
  /** Most grid positions (rows × columns) of one table. */
  maxTableCells: number;
  /** PDF: most pages read; a longer file is read up to this page and flagged. */
  maxPdfPages: number;
  /** PDF: most drawing operations looked at on one page (ruling lines come from these). */
  maxPdfOpsPerPage: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxZipEntries: 10_000,
  // A 46-page plan's document.xml is 1.2 MB at 25:1; these leave a wide margin and still stop
  // a zip bomb (deflate reaches ~1030:1) after a few tens of megabytes.
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxXmlDepth: 256,
  maxTableDepth: 8,
  maxTableCells: 2_000_000,
  maxPdfPages: 2_000,
  maxPdfOpsPerPage: 2_000_000,
};

export interface IngestOptions {
  /** Password of an encrypted PDF. */
  password?: string;
  limits?: Partial<IngestLimits>;
  /** Time budget checked while ingesting; throws BudgetExceededError when spent. */
  budget?: Budget;
  /** SHA-256 of the bytes when the caller already hashed them while reading. */
  sha256?: string;
}

export function resolveLimits(l: Partial<IngestLimits> | undefined): IngestLimits {
  return { ...DEFAULT_LIMITS, ...l };
}
