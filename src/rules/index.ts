/** Every rule, sorted by id. Ids are a public contract: never rename or reuse one. */
import appendixHeaderMismatch from "./appendix-header-mismatch.js";
import collectiveLeadUnit from "./collective-lead-unit.js";
import dateAfterIssueDate from "./date-after-issue-date.js";
import dateLineFormat from "./date-line-format.js";
import deadlineBeforeIssueDate from "./deadline-before-issue-date.js";
import deadlineOutsidePlanPeriod from "./deadline-outside-plan-period.js";
import documentKindMismatch from "./document-kind-mismatch.js";
import documentNumberFormat from "./document-number-format.js";
import duplicateDocument from "./duplicate-document.js";
import duplicateTask from "./duplicate-task.js";
import incompleteFirstCitation from "./incomplete-first-citation.js";
import inconsistentCitation from "./inconsistent-citation.js";
import inconsistentUnitName from "./inconsistent-unit-name.js";
import invalidDate from "./invalid-date.js";
import leadAlsoCoordinator from "./lead-also-coordinator.js";
import malformedCitation from "./malformed-citation.js";
import missingAppendix from "./missing-appendix.js";
import missingDeadline from "./missing-deadline.js";
import missingDocumentNumber from "./missing-document-number.js";
import missingIssueDate from "./missing-issue-date.js";
import missingLeadUnit from "./missing-lead-unit.js";
import multipleLeadUnits from "./multiple-lead-units.js";
import referenceCycle from "./reference-cycle.js";
import referenceMismatch from "./reference-mismatch.js";
import referenceToFutureDocument from "./reference-to-future-document.js";
import reportCoverage from "./report-coverage.js";
import taskNumbering from "./task-numbering.js";
import unknownUnit from "./unknown-unit.js";
import unresolvedReference from "./unresolved-reference.js";
import unusedSuppression from "./unused-suppression.js";
import vagueDeadline from "./vague-deadline.js";
import { formatMismatch, inputTruncated, legacyEncoding, noTextLayer, uncertainTableStructure, unreadableInput, unreadablePage } from "./file-rules.js";
import type { AnyRule } from "./types.js";

export const RULES: readonly AnyRule[] = [
  appendixHeaderMismatch,
  collectiveLeadUnit,
  dateAfterIssueDate,
  dateLineFormat,
  deadlineBeforeIssueDate,
  deadlineOutsidePlanPeriod,
  documentKindMismatch,
  documentNumberFormat,
  duplicateDocument,
  duplicateTask,
  incompleteFirstCitation,
  inconsistentCitation,
  inconsistentUnitName,
  invalidDate,
  leadAlsoCoordinator,
  malformedCitation,
  missingAppendix,
  missingDeadline,
  missingDocumentNumber,
  missingIssueDate,
  missingLeadUnit,
  multipleLeadUnits,
  referenceCycle,
  referenceMismatch,
  referenceToFutureDocument,
  reportCoverage,
  taskNumbering,
  unknownUnit,
  unresolvedReference,
  unusedSuppression,
  vagueDeadline,
  legacyEncoding,
  noTextLayer,
  uncertainTableStructure,
  unreadableInput,
  formatMismatch,
  inputTruncated,
  unreadablePage,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);
