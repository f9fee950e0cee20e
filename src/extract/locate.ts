import type { Location } from "../model/location.js";
import type { ParagraphBlock } from "../ingest/source-document.js";

/** Text with its spans: a paragraph, or a table cell joined from several lines. */
type Spanned = Pick<ParagraphBlock, "spans" | "location">;

/** Location of text[start..end) of a paragraph (or spanned cell) in the original file. */
export function locateInParagraph(p: Spanned, start: number, end: number): Location {
  if (p.spans.length === 0) return { ...p.location };
  const a = at(p, start);
  const b = at(p, Math.max(start, end - 1));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + 1, ...extra(p.location) };
}

function at(p: Spanned, offset: number): { line: number; column: number } {
  let s = p.spans[0]!;
  for (const span of p.spans) {
    if (span.offset > offset) break;
    s = span;
  }
  return { line: s.line, column: s.column + (offset - s.offset) };
}

/** Keeps the non-text coordinates (DOCX paragraph, PDF page) of a block location. */
function extra(l: Location): Location {
  const out: Location = {};
  if (l.page !== undefined) out.page = l.page;
  if (l.paragraph !== undefined) out.paragraph = l.paragraph;
  return out;
}
