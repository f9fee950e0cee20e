import { z } from "zod";

export const DEADLINE_KINDS = [
  "date",
  "month",
  "quarter",
  "half-year",
  "year",
  "period",
  "recurring",
  "open-ended",
  "conditional",
  "by-reference",
  "missing",
] as const;
export const DeadlineKind = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** Why a deadline phrase that looks concrete cannot be used as one. */
export const DEADLINE_INVALID = [
  "invalid-day",
  "invalid-month",
  "invalid-quarter",
  "invalid-range",
  "unrecognized",
] as const;

export const Deadline = z
  .object({
    raw: z.string().nullable().describe("The deadline as printed (null when absent)"),
    kind: DeadlineKind,
    start: z.iso.date().nullable().describe("First day of the window a concrete deadline names"),
    end: z.iso.date().nullable().describe("Last day of that window (the due date)"),
    recurrence: z
      .string()
      .nullable()
      .describe('"yearly", "half-yearly", "quarterly", "monthly", … when the task repeats'),
    condition: z.string().nullable().describe("The event a conditional deadline waits for"),
    invalid: z
      .enum(DEADLINE_INVALID)
      .optional()
      .describe("Present when the phrase names an impossible date or could not be read"),
  })
  .meta({ id: "Deadline", title: "Deadline" });
export type Deadline = z.infer<typeof Deadline>;
