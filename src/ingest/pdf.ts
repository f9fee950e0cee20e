import type { IngestOptions } from "./limits.js";
import type { SourceDocument } from "./source-document.js";

export async function ingestPdf(bytes: Uint8Array, path: string, sha256: string, options: IngestOptions = {}): Promise<SourceDocument> {
  void bytes; void options;
  return { path, format: "pdf", sha256, blocks: [], diagnostics: [] };
}
