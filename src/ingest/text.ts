import { latin1View, decodeText } from "../normalize/decode.js";
import { detectLegacyEncoding, repairLegacyText } from "../normalize/legacy.js";
import { otherMessage, unreadableDiagnostic } from "../io/messages.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Budget } from "../io/budget.js";
import { takeDirectives } from "./directives.js";
import { recoverFlattenedTable } from "./flattened/index.js";
import { findNoise, splitLines, type SourceLine } from "./lines.js";
import { reflow } from "./reflow.js";
import type { Block, SourceDocument } from "./source-document.js";
import { buildTable, isPipeRow, isTabRow } from "./tables.js";

/**
 * Text and Markdown exports → SourceDocument: decode (TCVN3/VNI converted), split lines,
 * cut out tab- and pipe-tables, drop page furniture and stamp noise, re-flow the rest into
 * paragraphs. An empty or binary file gives no blocks and an `unreadable-input` diagnostic.
 */
export function ingestText(input: Uint8Array | { bytes: Uint8Array | null }, path: string, sha256: string, budget?: Budget): SourceDocument {
  const doc = (blocks: Block[], diagnostics: Diagnostic[]): SourceDocument => ({ path, format: "text", sha256, blocks, diagnostics });
  let bytes = input instanceof Uint8Array ? input : (input.bytes ?? new Uint8Array());
  if (!(input instanceof Uint8Array)) input.bytes = null; // decoded below; the holder's owner lets go
  if (bytes.length === 0) return doc([], [unreadableDiagnostic("empty")]);
  const decoded = decodeSource(bytes);
  bytes = new Uint8Array(); // drop this frame's reference too
  return fromText(decoded, doc, budget);
}

function fromText(
  { text, diagnostics }: { text: string; diagnostics: Diagnostic[] },
  doc: (blocks: Block[], diagnostics: Diagnostic[]) => SourceDocument,
  budget?: Budget,
): SourceDocument {
  if (looksBinary(text)) return doc([], [unreadableDiagnostic("binary")]);
  budget?.check();
  const lines = splitLines(text, budget);
  const directives = takeDirectives(lines);
  budget?.check();
  const d = doc(linesToBlocks(lines, diagnostics, true), diagnostics);
  if (directives.length) d.directives = directives;
  return d;
}

/** Decoded text with TCVN3/VNI lines converted, and what was done to it. */
export function decodeSource(bytes: Uint8Array): { text: string; diagnostics: Diagnostic[] } {
  const decoded = decodeText(bytes);
  const diagnostics: Diagnostic[] = [];
  let text = decoded.text;
  if (decoded.encoding === "windows-1258") {
    // Single-byte text: TCVN3/VNI bytes are recognised on their Windows-1252 view.
    const view = latin1View(bytes);
    if (detectLegacyEncoding(view)) text = view;
    else {
      diagnostics.push({
        code: "legacy-encoding",
        severity: "info",
        message: otherMessage("legacy-codepage", "en"),
        data: { encoding: "windows-1258" },
      });
    }
  }
  const legacy = repairLegacyText(text);
  if (legacy) {
    text = legacy.text;
    const name = legacy.encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI";
    diagnostics.push({
      code: "legacy-encoding",
      severity: "warning",
      message: otherMessage("legacy-encoding", "en", { encoding: name }),
      data: { encoding: legacy.encoding, lines: legacy.lines },
    });
  }
  return { text, diagnostics };
}

/**
 * Binary content read as text: a PDF or ZIP (DOCX) signature, NUL bytes or many other
 * control characters, or many replacement characters from invalid UTF-16. Looks at the
 * first 64 K characters. (Format detection proper happens before text ingestion; this
 * keeps text ingestion from "extracting" a PDF given to it directly.)
 */
function looksBinary(text: string): boolean {
  if (text.startsWith("%PDF-") || text.startsWith("PK\u0003\u0004")) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    // C0 controls except tab, LF, VT, FF, CR and SUB (DOS end-of-file); C1 controls; U+FFFD.
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 26) || (c >= 0x80 && c < 0xa0) || c === 0xfffd) bad++;
  }
  return bad > 0.02 * sample.length;
}

/**
 * Lines → blocks; what ingest notices on the way (a doubtful recovered table row) goes to
 * `diagnostics`. With `release`, lines already turned into blocks are dropped from the
 * array as it goes (it belongs to the caller, who must not use it afterwards): on a 50 MB
 * file the lines and the blocks then need not all be alive at once.
 */
export function linesToBlocks(lines: SourceLine[], diagnostics: Diagnostic[] = [], release = false): Block[] {
  const noise = findNoise(lines);
  const blocks: Block[] = [];
  let prose: SourceLine[] = [];
  let released = 0;
  const flushProse = () => {
    for (const b of reflow(prose)) blocks.push(b); // no spread: 10⁵ paragraphs overflow the stack
    prose = [];
  };
  const releaseUpTo = (end: number) => {
    if (!release) return;
    for (; released < end; released++) (lines as Array<SourceLine | undefined>)[released] = undefined;
  };
  for (let i = 0; i < lines.length; ) {
    const l = lines[i]!;
    const kind = isTabRow(l) ? "tab" : isPipeRow(l) ? "pipe" : null;
    if (kind) {
      const test = kind === "tab" ? isTabRow : isPipeRow;
      let j = i;
      while (j < lines.length && test(lines[j]!)) j++;
      flushProse();
      blocks.push(buildTable(lines.slice(i, j), kind));
      i = j;
      releaseUpTo(i);
      continue;
    }
    // A table whose layout was lost: header words on short lines, cells column by column.
    const flat = noise.has(l.n) ? null : recoverFlattenedTable(lines, i);
    if (flat) {
      flushProse();
      blocks.push(flat.block);
      for (const d of flat.diagnostics) diagnostics.push(d);
      i = flat.end;
      releaseUpTo(i);
      continue;
    }
    if (!noise.has(l.n)) prose.push(l);
    i++;
  }
  flushProse();
  return blocks;
}
