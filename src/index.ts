/** Library API of plan-lint: everything the CLI does is reachable from here. */
export { DEFAULT_LIMITS, extractBytes, extractFile, type ExtractFailure, type ExtractOptions, type ExtractResult } from "./api.js";
export { detectLegacyEncoding, fromLegacy, repairLegacyText, toLegacy, type LegacyEncoding } from "./normalize/legacy.js";
export { unreadableMessage, type Lang, type UnreadableReason } from "./io/messages.js";
export { extractPlanFile } from "./extract/index.js";
export { ingest } from "./ingest/index.js";
export * from "./model/index.js";
export { parseDeadline } from "./extract/deadline.js";
export { findCitations } from "./extract/citations.js";
export { unitKey, splitUnits } from "./extract/units.js";
