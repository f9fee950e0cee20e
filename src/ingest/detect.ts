import { extname } from "node:path";
import type { SourceFormat } from "../model/plan-file.js";
import { isZip } from "./zip.js";

/**
 * The format of a file by its content, never its name: "%PDF-" in the first KiB → pdf;
 * a ZIP package → docx (the DOCX reader reports a ZIP without word/document.xml); an
 * OLE2 compound file (Word 97–2003 .doc, or a password-protected DOCX) → "ole"; else text.
 */
export type DetectedFormat = SourceFormat | "ole";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithAt(b: Uint8Array, at: number, magic: number[]): boolean {
  return magic.every((m, i) => b[at + i] === m);
}

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (startsWithAt(bytes, 0, OLE_MAGIC)) return "ole";
  if (isZip(bytes)) return "docx";
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const head = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= head; i++) if (bytes[i] === 0x25 && startsWithAt(bytes, i, PDF_MAGIC)) return "pdf";
  return "text";
}

const BY_EXTENSION: Record<string, DetectedFormat> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".doc": "ole",
  ".txt": "text",
  ".md": "text",
  ".markdown": "text",
};

/** The format the file name promises, or null when the extension promises nothing. */
export function formatFromName(path: string): DetectedFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
