import { SCHEMA_VERSION, type PlanFile } from "../model/plan-file.js";
import type { Budget } from "../ingest/budget.js";
import type { SourceDocument } from "../ingest/source-document.js";
import { buildDocument } from "./document.js";
import { segment, splitDocuments } from "./segments.js";

/** SourceDocument → PlanFile: every document in the file with its header, citations and tasks. */
export function extractPlanFile(source: SourceDocument, budget?: Budget): PlanFile {
  const documents = splitDocuments(source.blocks).map((blocks) => {
    budget?.check();
    return buildDocument(segment(blocks));
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
  };
}
