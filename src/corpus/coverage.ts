/**
 * Which tasks of a plan a report answering it addresses. Reports usually follow the plan's
 * own structure ("1. Tổ chức tuyên truyền …" for the plan's task 1) or name each task's work
 * in their text, so a task is addressed when
 *   - a report heading is said in the task's wording or in the heading of the plan section
 *     the task sits in (the report reports per section: seed 003's "5. Đổi mới phương thức
 *     làm việc …" covers both tasks of the plan's section 5), or
 *   - the opening words of the task are said in one section of the report (heading and text).
 * Plan sections that hold every task ("II. NHIỆM VỤ, GIẢI PHÁP") say nothing about any task
 * and are not used.
 */
import type { Document, Section } from "../model/document.js";
import type { Task, TaskOrigin } from "../model/task.js";
import { contained, wordPairs } from "./wording.js";

export interface Coverage {
  /** Tasks of the plan that were compared (the origins asked for). */
  tasks: Task[];
  missing: Task[];
}

/** Share of a report heading's pairs the task or its section must contain. */
const HEADING_SHARE = 0.6;
/** Share of the task's opening pairs one report section must contain. */
const TEXT_SHARE = 0.6;
/** The opening words of a task: its first clause, capped. */
const OPENING_SYLLABLES = 40;

interface ReportUnit {
  heading: Set<string>;
  all: Set<string>;
}

export function reportCoverage(report: Document, plan: Document, origins: readonly TaskOrigin[]): Coverage {
  const tasks = plan.tasks.filter((t) => origins.includes(t.origin));
  const units = reportUnits(report);
  const specific = specificSections(tasks);
  const missing = tasks.filter((task) => !addressed(task, units, specific));
  return { tasks, missing };
}

function reportUnits(report: Document): ReportUnit[] {
  const sections: Section[] = report.sections ?? [];
  const units = sections.map((s) => {
    const heading = wordPairs(s.heading);
    return { heading, all: new Set([...heading, ...wordPairs(s.text)]) };
  });
  // A report laid out as a table ("Nhiệm vụ | Kết quả thực hiện") has its rows as tasks.
  for (const t of report.tasks) {
    const pairs = wordPairs(t.text);
    units.push({ heading: pairs, all: pairs });
  }
  return units;
}

/** Section headings of the plan that enclose some but not all of its tasks. */
function specificSections(tasks: Task[]): Set<string> {
  const count = new Map<string, number>();
  for (const t of tasks) for (const s of new Set(t.section)) count.set(s, (count.get(s) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n < tasks.length || tasks.length === 1).map(([s]) => s));
}

function addressed(task: Task, units: ReportUnit[], specific: Set<string>): boolean {
  const wording = wordPairs(task.text);
  const sections = task.section.filter((s) => specific.has(s)).map(wordPairs);
  const opening = wordPairs(openingWords(task.text));
  return units.some(
    (u) =>
      contained(u.heading, wording, HEADING_SHARE) ||
      sections.some((s) => contained(u.heading, s, HEADING_SHARE)) ||
      contained(opening, u.all, TEXT_SHARE),
  );
}

function openingWords(text: string): string {
  const clause = text.split(/[;:.](?:\s|$)/u)[0] ?? text;
  return clause.split(/\s+/).slice(0, OPENING_SYLLABLES).join(" ");
}
