/** Library API of plan-lint: everything the CLI does is reachable from here. */
export { extractBytes, extractFile, type ExtractOptions, type ExtractResult } from "./api.js";
export { extractPlanFile } from "./extract/index.js";
export { check, type CheckOptions, type CheckRun, type FileResult } from "./lint/check.js";
export { RULES, getRule } from "./rules/index.js";
export { FORMATTERS } from "./report/index.js";
export { ingest, DEFAULT_LIMITS, UnreadableInputError, type IngestLimits, type IngestOptions, type UnreadableReason } from "./ingest/index.js";
export { diagnosticText, INGEST_MESSAGES } from "./ingest/messages.js";
export * from "./model/index.js";
export { parseDeadline } from "./extract/deadline.js";
export { findCitations } from "./extract/citations.js";
export { unitKey, splitUnits } from "./extract/units.js";
export { resolveCorpus, type Resolution, type ResolvedCorpus, type ResolveSettings } from "./corpus/resolve.js";
export { referenceGraph, type RefGraph, type RefNode, type RefEdge } from "./corpus/graph.js";
export { formatGraph, type GraphFormat } from "./corpus/graph-format.js";
export { PlanCache } from "./lint/cache.js";
