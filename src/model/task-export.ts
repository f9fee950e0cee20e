import { z } from "zod";
import { Deadline } from "./deadline.js";
import { Location } from "./location.js";
import { SCHEMA_VERSION } from "./plan-file.js";

/** One task of one document, flattened with the facts of the document it belongs to. */
export const TaskRow = z
  .object({
    file: z.string().describe("The input file, as given or found by walking a folder"),
    documentIndex: z.number().int().nonnegative().describe("Position of the document in its file (a file may hold several)"),
    documentKind: z.string().nullable().describe('"KH", "BC", …'),
    documentIdentifier: z.string().nullable().describe('Số/ký hiệu, e.g. "104-KH/ĐU"; null for a draft without a number'),
    documentDate: z.iso.date().nullable(),
    issuer: z.string().nullable(),
    section: z.array(z.string()).describe("Headings the task sits under, outermost first"),
    taskId: z.string(),
    text: z.string(),
    lead: z.array(z.string()),
    executors: z.array(z.string()),
    coordinators: z.array(z.string()),
    responsiblePerson: z.string().nullable(),
    product: z.string().nullable(),
    budget: z.string().nullable(),
    deadline: Deadline,
    concreteDeadline: z
      .boolean()
      .describe("The deadline names a due date (deadline.end) a calendar can hold: not open-ended, conditional, by reference, missing or invalid"),
    findings: z.number().int().nonnegative().describe("Findings of `plan-lint check` about this task"),
    location: Location,
  })
  .meta({ id: "TaskRow", title: "TaskRow" });
export type TaskRow = z.infer<typeof TaskRow>;

export const TaskExport = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.object({ name: z.literal("plan-lint"), version: z.string() }),
    tasks: z.array(TaskRow),
  })
  .meta({ id: "TaskExport", title: "plan-lint task export", description: "Output of `plan-lint export -f json` (and -f yaml)" });
export type TaskExport = z.infer<typeof TaskExport>;
