import { isAllCaps, parseNumbering } from "../normalize/numbering.js";
import type { ParagraphBlock, TextSpan } from "./source-document.js";
import { firstColumn, lastColumn, looksLikeTableHeader, type SourceLine } from "./lines.js";

/**
 * Joins hard-wrapped lines back into paragraphs. Exports of PDFs and some DOCX
 * converters break a paragraph every ~80 characters (often with blank lines between),
 * and stamps cut paragraphs in two. A line continues the previous paragraph when it
 * starts in lower case, or — in a file that is hard-wrapped — when the previous line
 * ran to the wrap width without ending a sentence. Numbered lines, list items,
 * capitals and header lines always start a paragraph.
 */
export function reflow(lines: SourceLine[]): ParagraphBlock[] {
  const content = lines.filter((l) => l.text !== "");
  const wrapped = isHardWrapped(content);
  const width = wrapWidth(content);
  const out: ParagraphBlock[] = [];
  // `first`: the paragraph's first line. Tests look at it, never at the growing text, which is
  // a rope: reading it would flatten it once per line (quadratic on 10⁵ wrapped lines).
  let cur: { block: ParagraphBlock; first: SourceLine; last: SourceLine } | null = null;

  for (const line of content) {
    if (cur && continues(cur.first, cur.last, line, wrapped, width)) {
      const offset = cur.block.text.length + 1;
      cur.block.text += " " + line.text;
      for (const s of spans(offset, line)) cur.block.spans.push(s); // no spread: a line may have 10⁵ runs
      cur.block.location.endLine = line.n;
      cur.block.location.endColumn = lastColumn(line) + 2;
      cur.last = line;
      continue;
    }
    const block: ParagraphBlock = {
      type: "paragraph",
      text: line.text,
      marker: line.marker,
      spans: spans(0, line),
      location: {
        line: line.n,
        column: firstColumn(line) + 1,
        endLine: line.n,
        endColumn: lastColumn(line) + 2,
      },
    };
    out.push(block);
    cur = { block, first: line, last: line };
  }
  return out;
}

/** One span per run of characters that were contiguous in the original line. */
function spans(offset: number, line: SourceLine): TextSpan[] {
  return line.runs.map((r) => ({ offset: offset + r.offset, line: line.n, column: r.column + 1 }));
}

/** Lines that always begin a paragraph of their own. */
export function startsParagraph(text: string): boolean {
  return (
    parseNumbering(text) !== null ||
    /^(?:Số\s*[:\d]|Số\s+-|\(Kèm theo|Kính gửi|Nơi nhận|Căn cứ|PHỤ LỤC|Phụ lục\s*$|Trên đây|[¹²³⁴⁵⁶⁷⁸⁹⁰])/iu.test(text) ||
    /^[^,]{2,40},\s*ngày\b/u.test(text)
  );
}

const TERMINAL = /[.;:!?…]["”)]?$/u;

function continues(first: SourceLine, last: SourceLine, line: SourceLine, wrapped: boolean, width: number): boolean {
  if (line.marker !== null || startsParagraph(line.text) || isAllCaps(line.text)) return false;
  if (isAllCaps(last.text) || isHeaderLine(first.text) || looksLikeTableHeader(line.text)) return false;
  // "(Kèm theo … của Sở Y tế)": a parenthesis opened and closed is complete.
  if (first.text.startsWith("(") && last.text.endsWith(")")) return false;
  // A lower-case start continues the paragraph even after ";" or ":" (wrapped enumerations).
  if (/^[\p{Ll}]/u.test(line.text)) return !/[.!?]$/u.test(last.text) || wrapped;
  if (TERMINAL.test(last.text)) return false;
  // Upper case or digit start: only in a hard-wrapped file, after a line that reached the wrap width.
  return wrapped && last.text.length >= 0.7 * width;
}

/** Header lines (number, date) never take continuations. */
function isHeaderLine(text: string): boolean {
  return /^Số\s*[:\d-]/u.test(text) || /^[^,]{2,40},\s*ngày\b/u.test(text);
}

/** A file is hard-wrapped when many lines break mid-sentence before a lower-case line. */
function isHardWrapped(lines: SourceLine[]): boolean {
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!TERMINAL.test(a.text) && b.marker === null && /^[\p{Ll}]/u.test(b.text)) breaks++;
  }
  return lines.length > 0 && breaks / lines.length >= 0.15;
}

/** The typical full line length (90th percentile). */
function wrapWidth(lines: SourceLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}
