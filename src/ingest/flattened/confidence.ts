import type { Diagnostic } from "../../model/diagnostic.js";
import type { Location } from "../../model/location.js";
import type { FlatColumn } from "./header.js";
import { cellText, type CellRef, type DataRow } from "./rows.js";

/**
 * How much to trust a row recovered from text that lost its layout, and the warning for the
 * doubtful ones: the reading is a guess, and nobody should trust it silently.
 */

/** Rows below this confidence are reported. */
export const CONFIDENCE_THRESHOLD = 0.6;

const LEXICAL = new Set(["deadline", "lead", "coordinators", "executors", "budget"]);
const ASSIGNMENT = new Set(["deadline", "lead", "coordinators"]);

/** How much to trust a recovered row, from what its own cells look like. */
export function rowConfidence(row: DataRow, own: readonly CellRef[], columns: FlatColumn[]): { confidence: number; reasons: string[] } {
  const reasons: string[] = [];
  let c = 1;
  const has = (role: string) => columns.some((k) => k.role === role);
  const byRole = (role: string) => {
    const i = columns.findIndex((k) => k.role === role);
    return i >= 0 ? row.cells.get(i) : undefined;
  };
  if (row.orphan) {
    c *= 0.3;
    reasons.push("no-task-text");
  }
  for (const [role, factor] of [["lead", 0.6], ["deadline", 0.7]] as const) {
    if (has(role) && !byRole(role)) {
      c *= factor;
      reasons.push(`no-${role}`);
    }
  }
  for (const r of own) {
    const role = columns[r.col]!.role;
    const worst = Math.min(...r.scores);
    // Units, deadlines and budgets have a model: a right cell earns points. Free text hovers
    // around zero; only a clear fault (a lower-case start, a line too wide) counts there.
    if (worst < (LEXICAL.has(role) ? 0 : -3)) {
      c *= ASSIGNMENT.has(role) ? 0.6 : 0.85;
      reasons.push(`implausible-${role}`);
    }
    if (r.tooWide) {
      c *= 0.8;
      reasons.push(`too-wide-${role}`);
    }
    if (r.split) {
      c *= 0.9;
      reasons.push(`split-line-${role}`);
    }
  }
  return { confidence: Math.round(c * 100) / 100, reasons };
}

/** The `uncertain-table-structure` warning for a row below the threshold, at the row's lines. */
export function uncertainRow(row: DataRow, columns: FlatColumn[], confidence: number, reasons: string[], location: Location): Diagnostic | null {
  if (confidence >= CONFIDENCE_THRESHOLD) return null;
  const textCell = row.cells.get(columns.findIndex((k) => k.role === "text")) ?? row.cells.values().next().value;
  return {
    code: "uncertain-table-structure",
    severity: "warning",
    message: `A row of a table recovered from text that lost its layout may be misread (confidence ${confidence}); check lines ${location.line}–${location.endLine} against the original.`,
    data: { confidence, reasons: reasons.join(", "), text: textCell ? cellText(textCell).slice(0, 80) : "" },
    location,
  };
}
