import { createHash } from "node:crypto";
import type { SourceDocument } from "./source-document.js";
import { ingestText } from "./text.js";

export type { Block, ParagraphBlock, SourceDocument, TableBlock, TableCell, TableRow, TextSpan } from "./source-document.js";

/** Turns the bytes of one file into a SourceDocument. */
export async function ingest(bytes: Uint8Array, path: string): Promise<SourceDocument> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return ingestText(bytes, path, sha256);
}
