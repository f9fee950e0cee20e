import { z } from "zod";
import { Citation } from "./citation.js";
import { Location } from "./location.js";
import { Task, TaskField } from "./task.js";

/** The "(Kèm theo Kế hoạch số … ngày … của …)" line of an appendix: what it says its parent is. */
export const ParentReference = z
  .object({
    kind: z.string().nullable(),
    identifier: z.string().nullable().describe("null when the number is left blank"),
    number: z.string().nullable(),
    symbol: z.string().nullable(),
    date: z.iso.date().nullable(),
    dateRaw: z.string().nullable(),
    issuer: z.string().nullable(),
    raw: z.string(),
  })
  .meta({ id: "ParentReference", title: "ParentReference" });
export type ParentReference = z.infer<typeof ParentReference>;

export const Appendix = z
  .object({
    title: z.string().nullable(),
    parent: ParentReference.nullable(),
    location: Location,
  })
  .meta({ id: "Appendix", title: "Appendix" });
export type Appendix = z.infer<typeof Appendix>;

/** A full date written in the body (not a citation's date, not a deadline), with the clause around it. */
export const DateMention = z
  .object({
    date: z.iso.date(),
    raw: z.string(),
    context: z.string().describe("The clause before the date, back to the previous punctuation, e.g. \"Trung tâm sẽ tổ chức hội nghị vào ngày\""),
    following: z.string().describe("The rest of the clause after the date, e.g. \", Trung tâm sẽ tổ chức hội nghị\""),
    location: Location,
  })
  .meta({ id: "DateMention", title: "DateMention" });
export type DateMention = z.infer<typeof DateMention>;

/** A numbered heading of a report's body and the text under it, up to the next heading. */
export const Section = z
  .object({
    id: z.string().describe('Numbering path as printed, joined with ".": "I", "I.3"'),
    heading: z.string(),
    text: z.string().describe("Unnumbered paragraphs under the heading, joined by line breaks"),
    location: Location.describe("Where the heading is printed"),
  })
  .meta({ id: "Section", title: "Section" });
export type Section = z.infer<typeof Section>;

export const Period = z
  .object({ from: z.number().int(), to: z.number().int() })
  .meta({ id: "Period", title: "Period" });

export const Document = z
  .object({
    kind: z.string().nullable().describe('Official abbreviation from the title word: "KH", "BC", "QĐ", "NQ", …'),
    identifier: z.string().nullable().describe('Canonical số/ký hiệu without spaces ("660/BC-TTYT", "104-KH/ĐU"); null when the number is blank'),
    number: z.string().nullable(),
    symbol: z.string().nullable().describe('"BC-TTYT", "KH/ĐU"'),
    numberRaw: z.string().nullable().describe('The number line as printed: "Số: 6757 /KH-SYT"'),
    place: z.string().nullable(),
    date: z.iso.date().nullable(),
    dateRaw: z.string().nullable().describe('"ngày 22 tháng 05 năm 2026" as printed'),
    title: z.string().nullable().describe("Trích yếu"),
    issuer: z.string().nullable(),
    signer: z.string().nullable().describe("Name of the person who signs"),
    signerTitle: z.string().nullable().describe('Position above the name: "GIÁM ĐỐC", "T/M ĐẢNG ỦY PHÓ BÍ THƯ"'),
    recipients: z.array(z.string()).describe("Nơi nhận"),
    period: Period.nullable().describe("Years the document covers, when its title states them"),
    references: z.array(Citation),
    tasks: z.array(Task),
    taskFields: z.array(TaskField).describe("Task fields this document's tables or label lists provide"),
    appendices: z.array(Appendix),
    sections: z
      .array(Section)
      .optional()
      .describe("Reports (BC) only: numbered sections of the body, which report-coverage matches against the tasks of the plan the report answers"),
    appendixNotice: Location.nullable().describe('Where the text announces an attached appendix ("phụ lục kèm theo")'),
    dateMentions: z.array(DateMention),
    fieldLocations: z
      .object({ number: Location, date: Location, kind: Location, title: Location, recipients: Location, signer: Location })
      .partial()
      .describe("Where the header fields are printed, for findings about them"),
    location: Location,
  })
  .meta({ id: "Document", title: "Document" });
export type Document = z.infer<typeof Document>;
