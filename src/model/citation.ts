import { z } from "zod";
import { Location } from "./location.js";

export const CitationFamily = z.enum(["admin", "legal", "party"]);
export type CitationFamily = z.infer<typeof CitationFamily>;

/** A document cited in the text; one entry per cited document, every occurrence kept. */
export const Citation = z
  .object({
    kind: z.string().nullable().describe('Document kind abbreviation from the type word: "KH", "NQ", "NĐ", "CV", …'),
    identifier: z.string().describe('Canonical số/ký hiệu without spaces: "14/KH-UBND", "30/2020/NĐ-CP", "79-NQ/TW"'),
    number: z.string().describe('The number as printed: "14", "05"'),
    symbol: z.string().describe('The symbol: "KH-UBND", "NĐ-CP", "NQ/TW"'),
    year: z.number().int().nullable().describe("Year from the identifier (legal form) or the date"),
    date: z.iso.date().nullable(),
    issuer: z.string().nullable(),
    family: CitationFamily.describe("Numbering family the cited document belongs to"),
    raw: z.string().describe("Text of the first occurrence (type word, number, date and issuer clause)"),
    locations: z.array(Location).describe("Every occurrence, in order"),
    basis: z
      .literal(true)
      .optional()
      .describe(
        "Present when the document is based on this one: cited first in a «Căn cứ …», «Thực hiện …» clause of its trích yếu or opening (before the first numbered heading). A plan implements, a report answers, what it cites this way",
      ),
  })
  .meta({ id: "Citation", title: "Citation" });
export type Citation = z.infer<typeof Citation>;
