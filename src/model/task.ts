import { z } from "zod";
import { Deadline } from "./deadline.js";
import { Location } from "./location.js";

export const TaskOrigin = z.enum(["table", "list", "duties"]);
export type TaskOrigin = z.infer<typeof TaskOrigin>;

/** Task fields a document's tables or label lists provide (used to tell "absent" from "not asked for"). */
export const TASK_FIELDS = [
  "lead",
  "executors",
  "coordinators",
  "responsiblePerson",
  "product",
  "budget",
  "deadline",
] as const;
export const TaskField = z.enum(TASK_FIELDS);
export type TaskField = z.infer<typeof TaskField>;

export const Task = z
  .object({
    id: z.string().describe('Numbering path as printed, joined with ".": "I.3", "B.II.2"; "#n" marks the n-th unnumbered item'),
    section: z.array(z.string()).describe("Headings the task sits under, outermost first"),
    text: z.string(),
    lead: z.array(z.string()).describe("Cơ quan/đơn vị chủ trì"),
    executors: z.array(z.string()).describe("Cơ quan/đơn vị thực hiện"),
    coordinators: z.array(z.string()).describe("Cơ quan/đơn vị phối hợp"),
    responsiblePerson: z.string().nullable(),
    product: z.string().nullable().describe("Sản phẩm / kết quả"),
    budget: z.string().nullable().describe("Kinh phí"),
    deadline: Deadline,
    origin: TaskOrigin.describe("table: appendix table row; list: inline '+ Đơn vị chủ trì: …' labels; duties: unit headings under TỔ CHỨC THỰC HIỆN"),
    confidence: z.number().min(0).max(1).optional().describe("Below 1 when the row was recovered from text that lost its layout"),
    fieldLocations: z
      .object({
        lead: Location,
        executors: Location,
        coordinators: Location,
        responsiblePerson: Location,
        product: Location,
        budget: Location,
        deadline: Location,
      })
      .partial()
      .optional()
      .describe("Where each field's value is printed (its table cell, its label line), for findings about that field"),
    location: Location.describe("Where the task is printed: its row (the task cell) or its first paragraph"),
  })
  .meta({ id: "Task", title: "Task" });
export type Task = z.infer<typeof Task>;
