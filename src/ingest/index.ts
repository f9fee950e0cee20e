import { createHash } from "node:crypto";
import type { Diagnostic } from "../model/diagnostic.js";
import { detectFormat, formatFromName, imageKind } from "./detect.js";
import { UnreadableInputError } from "./errors.js";
import type { IngestOptions } from "./limits.js";
import type { SourceDocument } from "./source-document.js";
import { ingestText } from "./text.js";

export type { Block, ParagraphBlock, SourceDocument, TableBlock, TableCell, TableRow, TextSpan } from "./source-document.js";
export { UnreadableInputError, type UnreadableReason } from "./errors.js";
export { DEFAULT_LIMITS, type IngestLimits, type IngestOptions } from "./limits.js";
export { Budget, BudgetExceededError } from "../io/budget.js";

/**
 * The bytes of a file handed over for good: the reader drops its reference as soon as the
 * bytes are decoded, so a 100 MB buffer is not kept through the rest of ingestion.
 */
export interface ByteHolder {
  bytes: Uint8Array | null;
}

/**
 * Turns the bytes of one file into a SourceDocument. The format comes from the content;
 * a file whose extension says otherwise still works and gets an info diagnostic. The
 * PDF and DOCX readers are loaded only when such a file arrives. Throws
 * UnreadableInputError when the file cannot be read at all, BudgetExceededError when the
 * time budget is spent.
 */
export async function ingest(input: Uint8Array | ByteHolder, path: string, options: IngestOptions = {}): Promise<SourceDocument> {
  const holder: ByteHolder = input instanceof Uint8Array ? { bytes: input } : input;
  const bytes = holder.bytes ?? new Uint8Array();
  const sha256 = options.sha256 ?? createHash("sha256").update(bytes).digest("hex");
  const format = detectFormat(bytes);
  let doc: SourceDocument;
  switch (format) {
    case "pdf": {
      const { ingestPdf } = await import("./pdf.js");
      doc = await ingestPdf(bytes, path, sha256, options);
      break;
    }
    case "docx": {
      const { ingestDocx } = await import("./docx.js");
      doc = ingestDocx(bytes, path, sha256, options);
      break;
    }
    case "ole":
      throw new UnreadableInputError("ole-unsupported");
    case "rtf":
      throw new UnreadableInputError("unsupported-format", "RTF");
    case "html":
      throw new UnreadableInputError("unsupported-format", "HTML");
    case "image":
      throw new UnreadableInputError("image-only", imageKind(bytes) ?? "?");
    default:
      doc = ingestText(holder, path, sha256, options.budget);
  }
  const named = formatFromName(path);
  if (named !== null && named !== format) doc.diagnostics.unshift(mismatch(path, named, format));
  return doc;
}

function mismatch(path: string, named: string, actual: string): Diagnostic {
  return {
    code: "format-mismatch",
    severity: "info",
    message: `The file name says ${named.toUpperCase()} but the content is ${actual.toUpperCase()}; it was read as ${actual.toUpperCase()}.`,
    data: { extension: path.slice(path.lastIndexOf(".")), format: actual },
  };
}
