/** Library API of plan-lint: everything the CLI does is reachable from here. */
export { DEFAULT_EXTRACT_OPTIONS, extractBytes, extractFile, type ExtractFailure, type ExtractOptions, type ExtractResult } from "./api.js";
export { detectLegacyEncoding, fromLegacy, repairLegacyText, toLegacy, type LegacyEncoding } from "./normalize/legacy.js";
export { unreadableMessage, type Lang, type UnreadableReason } from "./io/messages.js";
export { extractPlanFile } from "./extract/index.js";
export { check, type CheckOptions, type CheckRun, type FileResult } from "./lint/check.js";
export { RULES, getRule } from "./rules/index.js";
export { FORMATTERS } from "./report/index.js";
export { ingest, DEFAULT_LIMITS, UnreadableInputError, type IngestLimits, type IngestOptions } from "./ingest/index.js";
export { diagnosticText } from "./report/diagnostic-text.js";
export * from "./model/index.js";
export { parseDeadline } from "./vocab/deadline.js";
export { findCitations } from "./extract/citations.js";
export { unitKey, splitUnits } from "./vocab/units.js";
