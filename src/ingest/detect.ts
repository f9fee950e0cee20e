import { extname } from "node:path";
import type { SourceFormat } from "../model/plan-file.js";
import { isZip } from "./zip.js";

/**
 * The format of a file by its content, never its name: "%PDF-" in the first KiB → pdf;
 * a ZIP package → docx (the DOCX reader names other packages: .odt, .xlsx); an OLE2
 * compound file (Word 97–2003 .doc, or a password-protected DOCX) → "ole"; RTF, HTML and
 * images → recognised only to tell the clerk what to save the file as; else text.
 */
export type DetectedFormat = SourceFormat | "ole" | "rtf" | "html" | "image";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithAt(b: Uint8Array, at: number, magic: number[]): boolean {
  return magic.every((m, i) => b[at + i] === m);
}

/** Image signatures: a scan saved as a picture (often renamed .pdf) has no text to read. */
const IMAGES: Array<[string, number[]]> = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["TIFF", [0x49, 0x49, 0x2a, 0x00]],
  ["TIFF", [0x4d, 0x4d, 0x00, 0x2a]],
];

/** "PNG", "JPEG", "GIF", "TIFF", "WebP", or null when the bytes are no image we know. */
export function imageKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of IMAGES) if (startsWithAt(bytes, 0, magic)) return kind;
  if (startsWithAt(bytes, 0, [0x52, 0x49, 0x46, 0x46]) && startsWithAt(bytes, 8, [0x57, 0x45, 0x42, 0x50])) return "WebP";
  return null;
}

/** The first characters after a BOM and white space, lower-cased, for RTF and HTML signatures. */
function leadingText(bytes: Uint8Array): string {
  let i = startsWithAt(bytes, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && i < 256 && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  return new TextDecoder("latin1").decode(bytes.subarray(i, i + 16)).toLowerCase();
}

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (startsWithAt(bytes, 0, OLE_MAGIC)) return "ole";
  if (isZip(bytes)) return "docx";
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const head = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= head; i++) if (bytes[i] === 0x25 && startsWithAt(bytes, i, PDF_MAGIC)) return "pdf";
  if (imageKind(bytes)) return "image";
  const lead = leadingText(bytes);
  if (lead.startsWith("{\\rtf")) return "rtf";
  // A whole page, not a Markdown file that happens to hold an HTML comment or tag.
  if (lead.startsWith("<!doctype html") || /^<html[\s>]/.test(lead)) return "html";
  return "text";
}

const BY_EXTENSION: Record<string, DetectedFormat> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".doc": "ole",
  ".rtf": "rtf",
  ".htm": "html",
  ".html": "html",
  ".txt": "text",
  ".md": "text",
  ".markdown": "text",
};

/** The format the file name promises, or null when the extension promises nothing. */
export function formatFromName(path: string): DetectedFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
