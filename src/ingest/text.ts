import { decodeText } from "../normalize/decode.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { takeDirectives } from "./directives.js";
import { findNoise, splitLines, type SourceLine } from "./lines.js";
import { reflow } from "./reflow.js";
import { recoverFlattenedTable } from "./flattened/index.js";
import type { Block, SourceDocument } from "./source-document.js";
import { buildTable, isPipeRow, isTabRow } from "./tables.js";

/**
 * Text and Markdown exports → SourceDocument: decode, split lines, cut out tab- and
 * pipe-tables, drop page furniture and stamp noise, re-flow the rest into paragraphs.
 */
export function ingestText(bytes: Uint8Array, path: string, sha256: string): SourceDocument {
  const decoded = decodeText(bytes);
  const diagnostics: Diagnostic[] = [];
  if (decoded.encoding === "windows-1258") {
    diagnostics.push({
      code: "legacy-encoding",
      severity: "info",
      message: "The file is not UTF-8; it was read as Windows-1258 (Vietnamese code page).",
      data: { encoding: "windows-1258" },
    });
  }
  const lines = splitLines(decoded.text);
  const directives = takeDirectives(lines);
  const blocks = linesToBlocks(lines, diagnostics);
  return { path, format: "text", sha256, blocks, diagnostics, ...(directives.length ? { directives } : {}) };
}

/** Lines → blocks; what ingest notices on the way (a doubtful recovered table row) goes to `diagnostics`. */
export function linesToBlocks(lines: SourceLine[], diagnostics: Diagnostic[] = []): Block[] {
  const noise = findNoise(lines);
  const blocks: Block[] = [];
  let prose: SourceLine[] = [];
  const flushProse = () => {
    blocks.push(...reflow(prose));
    prose = [];
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
      continue;
    }
    // A table whose layout was lost: header words on short lines, cells column by column.
    const flat = noise.has(l.n) ? null : recoverFlattenedTable(lines, i);
    if (flat) {
      flushProse();
      blocks.push(flat.block);
      for (const d of flat.diagnostics) diagnostics.push(d);
      i = flat.end;
      continue;
    }
    if (!noise.has(l.n)) prose.push(l);
    i++;
  }
  flushProse();
  return blocks;
}
