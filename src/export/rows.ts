import type { FileResult } from "../lint/check.js";
import type { Deadline } from "../model/deadline.js";
import type { Finding } from "../model/finding.js";
import type { TaskRow } from "../model/task-export.js";

/** Deadline kinds that name no due date a person could put in a calendar. */
const VAGUE_KINDS: ReadonlySet<Deadline["kind"]> = new Set(["open-ended", "conditional", "by-reference", "missing"]);

/**
 * A deadline the exports highlight: open-ended, conditional, by reference, missing, or a
 * phrase that could not be read or names an impossible date. A conditional deadline with a
 * window ("Năm 2021, sau khi có hướng dẫn") is still vague: the window is only a guess at
 * when the event happens, so no calendar entry is made for it either.
 */
export function isVagueDeadline(d: Deadline): boolean {
  return VAGUE_KINDS.has(d.kind) || d.invalid !== undefined;
}

/** A deadline with a due date (its end) that a calendar can hold. */
export function isConcreteDeadline(d: Deadline): boolean {
  return !isVagueDeadline(d) && d.end !== null;
}

/** "documents", d, "tasks", k → "d/k"; null for findings not about one task. */
function taskKey(f: Finding): string | null {
  const [docs, d, tasks, k] = f.path;
  if (docs === "documents" && typeof d === "number" && tasks === "tasks" && typeof k === "number") return `${d}/${k}`;
  return null;
}

/**
 * One row per task of every document of every readable file, in file and document order,
 * with the number of findings about the task. Findings are matched by their structural path
 * (document and task index), which stays exact even when two tasks share a printed number.
 */
export function buildTaskRows(results: readonly FileResult[]): TaskRow[] {
  const rows: TaskRow[] = [];
  for (const r of results) {
    if (!r.planFile) continue;
    const counts = new Map<string, number>();
    for (const f of r.findings) {
      const key = taskKey(f);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    r.planFile.documents.forEach((doc, d) => {
      doc.tasks.forEach((task, k) => {
        rows.push({
          file: r.file,
          documentIndex: d,
          documentKind: doc.kind,
          documentIdentifier: doc.identifier,
          documentDate: doc.date,
          issuer: doc.issuer,
          section: task.section,
          taskId: task.id,
          text: task.text,
          lead: task.lead,
          executors: task.executors,
          coordinators: task.coordinators,
          responsiblePerson: task.responsiblePerson,
          product: task.product,
          budget: task.budget,
          deadline: task.deadline,
          concreteDeadline: isConcreteDeadline(task.deadline),
          findings: counts.get(`${d}/${k}`) ?? 0,
          location: task.location,
        });
      });
    });
  }
  return rows;
}
