import { z } from "zod";

/**
 * Where something sits in the original file. Text sources use 1-based lines and
 * columns (UTF-16 code units, like LSP and SARIF); DOCX uses paragraph/table/row/cell
 * indexes; PDF uses page (+ table/row). Only the fields that apply are present.
 */
export const Location = z
  .object({
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    endLine: z.number().int().positive().optional(),
    endColumn: z.number().int().positive().optional(),
    page: z.number().int().positive().optional().describe("1-based PDF page"),
    paragraph: z.number().int().nonnegative().optional().describe("0-based DOCX paragraph index"),
    table: z.number().int().nonnegative().optional().describe("0-based table index in the file"),
    row: z.number().int().nonnegative().optional().describe("0-based row index in the table"),
    cell: z.number().int().nonnegative().optional().describe("0-based logical grid column"),
  })
  .meta({ id: "Location", title: "Location" });
export type Location = z.infer<typeof Location>;
