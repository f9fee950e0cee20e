import type { Location } from "../model/location.js";
import type { Task, TaskField, TaskOrigin } from "../model/task.js";
import { parseDeadline } from "../vocab/deadline.js";
import { splitUnits, unitKey } from "../vocab/units.js";
import { spaceOr, trimWhere } from "../normalize/text.js";

/** Field values gathered for one task before it becomes a model Task. */
export interface TaskDraft {
  lead: string[];
  executors: string[];
  coordinators: string[];
  responsiblePerson: string | null;
  product: string | null;
  budget: string | null;
  deadlineRaw: string | null;
  /** Where each field's value was first read (a table cell, a label line). */
  at: Partial<Record<TaskField, Location>>;
}

export function emptyDraft(): TaskDraft {
  return { lead: [], executors: [], coordinators: [], responsiblePerson: null, product: null, budget: null, deadlineRaw: null, at: {} };
}

// Loops, not /^[…]+|[…]+$/: that regex is quadratic on a long run that does not reach the end.
const LEADING_JUNK = spaceOr("-–:");
const TRAILING_JUNK = spaceOr(".;,");
const trimValue = (s: string) => {
  const t = s.replace(/\s+/g, " ");
  let a = 0;
  while (a < t.length && LEADING_JUNK(t[a]!)) a++;
  return trimWhere(t.slice(a), TRAILING_JUNK, "end").trim();
};

/** Adds a cell or label value to the draft field it belongs to, and where it is printed. */
export function addField(d: TaskDraft, field: TaskField, value: string, where?: Location): void {
  const v = trimValue(value);
  if (v === "") return;
  if (where && !d.at[field]) d.at[field] = where;
  switch (field) {
    case "lead":
    case "executors":
    case "coordinators":
      pushUnique(d[field], splitUnits(v));
      return;
    case "deadline":
      d.deadlineRaw = d.deadlineRaw ? `${d.deadlineRaw} ${v}` : v;
      return;
    default:
      d[field] = d[field] ? `${d[field]} ${v}` : v;
  }
}

/** Appends units not already present (compared on the unit key). */
export function pushUnique(into: string[], units: string[]): void {
  for (const u of units) if (!into.some((x) => unitKey(x) === unitKey(u))) into.push(u);
}

export function buildTask(
  id: string,
  section: string[],
  text: string,
  d: TaskDraft,
  origin: TaskOrigin,
  location: Location,
): Task {
  return {
    id,
    section,
    text: trimWhere(text.replace(/\s+/g, " "), spaceOr(":")).trim(),
    lead: d.lead,
    executors: d.executors,
    coordinators: d.coordinators,
    responsiblePerson: d.responsiblePerson,
    product: d.product,
    budget: d.budget,
    deadline: parseDeadline(d.deadlineRaw),
    origin,
    ...(Object.keys(d.at).length > 0 ? { fieldLocations: { ...d.at } } : {}),
    location,
  };
}
