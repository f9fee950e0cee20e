import { z } from "zod";
import { Diagnostic } from "./diagnostic.js";
import { Document } from "./document.js";
import { Location } from "./location.js";

/** An inline suppression comment in a text/Markdown source: <!-- plan-lint-disable-next-line rule -- lý do -->. */
export const Directive = z
  .object({
    kind: z.enum(["disable-next-line", "disable", "enable"]),
    rules: z.array(z.string()).describe("Rule ids; empty means every rule"),
    reason: z.string().nullable(),
    /** The first content line after a disable-next-line directive. */
    targetLine: z.number().int().positive().optional(),
    location: Location,
  })
  .meta({ id: "Directive", title: "Directive" });
export type Directive = z.infer<typeof Directive>;

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
    directives: z.array(Directive).optional().describe("Inline suppression comments, when the source has any"),
  })
  .meta({ id: "PlanFile", title: "plan-lint PlanFile", description: "What plan-lint extracts from one file" });
export type PlanFile = z.infer<typeof PlanFile>;
