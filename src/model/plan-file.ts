import { z } from "zod";
import { Diagnostic } from "./diagnostic.js";
import { Document } from "./document.js";

/** Version of every machine output (PlanFile, check results, exports). Bump on breaking change. */
export const SCHEMA_VERSION = 1 as const;

export const SourceFormat = z.enum(["text", "docx", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const PlanFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({
      path: z.string(),
      format: SourceFormat,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      pages: z.number().int().positive().optional(),
    }),
    documents: z.array(Document),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: "PlanFile", title: "plan-lint PlanFile", description: "What plan-lint extracts from one file" });
export type PlanFile = z.infer<typeof PlanFile>;
