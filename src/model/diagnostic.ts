import { z } from "zod";
import { Location } from "./location.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/**
 * Something ingest or extract noticed about the file itself (unreadable input, a page
 * without text, legacy encoding, a guessed table). The check command reports each as a
 * finding whose rule id is the code.
 */
export const Diagnostic = z
  .object({
    code: z.string().describe('Kebab-case id: "unreadable-input", "no-text-layer", "legacy-encoding", …'),
    severity: Severity,
    message: z.string().describe("English text for logs; reports use the localized catalogue"),
    data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    documentIndex: z.number().int().nonnegative().optional(),
    location: Location.optional(),
  })
  .meta({ id: "Diagnostic", title: "Diagnostic" });
export type Diagnostic = z.infer<typeof Diagnostic>;
