import { SCHEMA_VERSION, type PlanFile } from "../model/plan-file.js";
import type { Budget } from "../io/budget.js";
import type { Block, SourceDocument } from "../ingest/source-document.js";
import { buildDocument } from "./document.js";
import { segment, splitDocuments } from "./segments.js";

export interface ExtractPlanOptions {
  /** Checked before each document; throws BudgetExceededError when spent. */
  budget?: Budget;
  /**
   * Empty `source.blocks` and let each document's blocks go once it is built (the caller
   * gives the SourceDocument up): a file of thousands of documents then never holds all
   * its blocks and all its documents at once.
   */
  release?: boolean;
}

/** SourceDocument → PlanFile: every document in the file with its header, citations and tasks. */
export function extractPlanFile(source: SourceDocument, options: ExtractPlanOptions | Budget = {}): PlanFile {
  const { budget, release = false } = "check" in options ? { budget: options } : options;
  const groups: Array<Block[] | null> = splitDocuments(source.blocks);
  if (release) source.blocks = [];
  const documents = groups.map((blocks, i) => {
    budget?.check();
    const doc = buildDocument(segment(blocks!));
    if (release) groups[i] = null;
    return doc;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: source.path,
      format: source.format,
      sha256: source.sha256,
      ...(source.pages !== undefined ? { pages: source.pages } : {}),
    },
    documents,
    diagnostics: source.diagnostics,
    ...(source.directives?.length ? { directives: source.directives } : {}),
  };
}
