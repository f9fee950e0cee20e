import { runMidY, type TextRun } from "./geometry.js";

/**
 * Text runs → lines, and lines → text. A line is runs on one baseline, joined with a
 * space where the gap between them is wider than a thin space. Lines are joined the way
 * the layout engine broke them: a soft wrap is a space; a break where the next word
 * would have fitted is a hard break ("\n": a paragraph or a manual line break); a word
 * too long for its column broken mid-word ("10" / "0" in a narrow STT column) is joined
 * without a space.
 */
export interface TextLine {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

export function groupLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    const ref = last?.[0];
    if (ref && Math.abs(r.baseline - ref.baseline) <= 0.45 * Math.min(r.size, ref.size)) last.push(r);
    else lines.push([r]);
  }
  return lines.map(lineOf);
}

export function lineOf(runs: TextRun[]): TextLine {
  const rs = [...runs].sort((a, b) => a.x0 - b.x0);
  let text = "";
  let end = -Infinity;
  for (const r of rs) {
    const gap = r.x0 - end;
    // A space where pdf.js saw one, or where the gap is as wide as a space of the font.
    if (text !== "" && gap > 0.22 * r.size && !/\s$/.test(text) && !/^\s/.test(r.text)) text += " ";
    text += r.text;
    end = Math.max(end, r.x1);
  }
  const size = Math.max(...rs.map((r) => r.size));
  return { text: text.replace(/\s+/g, " ").trim(), x0: rs[0]!.x0, x1: end, baseline: rs.reduce((s, r) => s + r.baseline, 0) / rs.length, size };
}

/** Mean advance of one character on the line. */
const charWidth = (l: TextLine) => (l.x1 - l.x0) / Math.max(1, l.text.length);

/** Mean advance of a letter, spaces counted as the narrow glyphs they are. */
function letterWidth(l: TextLine): number {
  const spaces = (l.text.match(/ /g) ?? []).length;
  return (l.x1 - l.x0) / Math.max(1, l.text.length - spaces + 0.45 * spaces);
}

/**
 * What goes between two lines of one cell whose text area is `width` points wide as far as
 * its lines show (`maxWidth` at most: the cell less its padding).
 */
export function lineJoiner(prev: TextLine, next: TextLine, width: number, maxWidth = width): string {
  const cw = charWidth(prev);
  const firstWord = next.text.split(" ")[0] ?? "";
  const prevWidth = prev.x1 - prev.x0;
  // "Quý III-" / "IV/2026": a line broken after a hyphen or slash inside a word.
  if (/[\p{L}\p{N}][-/]$/u.test(prev.text) && /^[\p{L}\p{N}]/u.test(next.text)) return "";
  // Generous estimate of the word, so a doubtful case stays a soft wrap.
  // (digits and "%" run wider than the mean letter: 15 % to spare).
  const fits = prevWidth + 0.25 * prev.size + 1.15 * firstWord.length * letterWidth(next) <= width - 0.2 * prev.size;
  if (fits) return "\n";
  // A word longer than the column is broken wherever the line ends ("10" / "0", "ST" / "T",
  // "30/8/202" / "6"): the two pieces together would not fit on a line of their own.
  const lastWord = prev.text.slice(prev.text.lastIndexOf(" ") + 1);
  // Broken mid-word, the line above is filled up to the last character that fitted.
  const full = maxWidth - prevWidth < 1.1 * letterWidth(next) + 0.5;
  const joined = (lastWord.length + firstWord.length) * Math.min(letterWidth(prev), letterWidth(next));
  const single = !prev.text.includes(" ");
  const digits = /\d$/.test(lastWord) && /^\d/.test(firstWord);
  if (full && joined > width && (single || digits) && /[\p{L}\p{N}]$/u.test(lastWord) && /^[\p{L}\p{N}]/u.test(firstWord)) return "";
  return " ";
}

export function joinLines(lines: TextLine[], width: number, maxWidth = width): string {
  let out = "";
  lines.forEach((l, i) => {
    out += i === 0 ? l.text : lineJoiner(lines[i - 1]!, l, width, maxWidth) + l.text;
  });
  return out;
}

export { runMidY };
