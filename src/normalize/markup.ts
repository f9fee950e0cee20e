/**
 * Removes conversion markup from one line of a text export (DOCX → Markdown/text tools
 * leave "**bold**", "*italic*", "- + " and "+ +" list prefixes, stray "*" lines) while
 * remembering where each kept character was in the original line.
 *
 * Works on indices, never on per-character arrays: a 5 MB line costs a few small arrays.
 */
export interface CleanLine {
  text: string;
  /** The list marker the line opened with ("-", "+", "*", "•"), the innermost when stacked. */
  marker: string | null;
  /** cols[i] = 0-based column in the original line of text[i]. */
  cols: number[];
}

/** A piece of the cleaned text that was contiguous in the original line. */
export interface ColumnRun {
  /** Offset in the cleaned text. */
  offset: number;
  /** 0-based column in the original line. */
  column: number;
}

export interface CleanLineRuns {
  text: string;
  marker: string | null;
  runs: ColumnRun[];
}

const MARKERS = new Set(["-", "+", "*", "•", "–", "·"]);

/** JavaScript's \s, as a test on one UTF-16 unit. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
const isSpaceAt = (s: string, i: number) => i >= 0 && i < s.length && isSpaceCode(s.charCodeAt(i));

/** Cleans a line; `cols` maps every kept character (for tests and small callers). */
export function cleanLine(line: string): CleanLine {
  const r = cleanLineRuns(line);
  const cols: number[] = [];
  r.runs.forEach((run, k) => {
    const end = r.runs[k + 1]?.offset ?? r.text.length;
    for (let i = run.offset; i < end; i++) cols.push(run.column + (i - run.offset));
  });
  return { text: r.text, marker: r.marker, cols };
}

export function cleanLineRuns(line: string): CleanLineRuns {
  // A line that is only markers ("*" under a Party header, a lone "-") carries no text.
  if (/^\s*[*\-+•]+\s*$/.test(line)) return { text: "", marker: null, runs: [] };
  let start = 0;
  let marker: string | null = null;
  // Leading markers: a marker char followed by whitespace, possibly several stacked ("- + ", " - * ").
  for (;;) {
    while (isSpaceAt(line, start)) start++;
    const c = line[start];
    if (c !== undefined && MARKERS.has(c) && start + 1 < line.length && isSpaceAt(line, start + 1)) {
      marker = c === "–" || c === "·" ? "-" : c;
      start += 2;
      continue;
    }
    break;
  }
  // Emphasis: drop "**" everywhere and "*" that opens or closes a word run.
  const removed: number[] = [];
  for (let i = line.indexOf("*", start); i >= 0; i = line.indexOf("*", i + 1)) {
    if (line[i + 1] === "*") {
      removed.push(i, i + 1);
      i++;
      continue;
    }
    const prev = i > start ? line[i - 1] : undefined;
    const next = line[i + 1];
    const opens = (prev === undefined || /[\s(“"]/.test(prev)) && next !== undefined && /\S/.test(next);
    const closes = prev !== undefined && /\S/.test(prev) && (next === undefined || /[\s).,;:!?”"]/.test(next));
    if (opens || closes) removed.push(i);
  }
  // Kept pieces between removed characters, then trimmed at both ends.
  const pieces: Array<[number, number]> = [];
  let from = start;
  for (const r of removed) {
    if (r > from) pieces.push([from, r]);
    from = r + 1;
  }
  if (line.length > from) pieces.push([from, line.length]);
  // Index pointers, not shift(): a line of "** ** ** …" has a million blank pieces.
  let first = 0;
  let last = pieces.length - 1;
  for (; first <= last; first++) {
    const p = pieces[first]!;
    while (p[0] < p[1] && isSpaceAt(line, p[0])) p[0]++;
    if (p[0] < p[1]) break;
  }
  for (; last >= first; last--) {
    const p = pieces[last]!;
    while (p[1] > p[0] && isSpaceAt(line, p[1] - 1)) p[1]--;
    if (p[1] > p[0]) break;
  }
  const runs: ColumnRun[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let k = first; k <= last; k++) {
    const [a, b] = pieces[k]!;
    const prev = runs[runs.length - 1];
    // Pieces that touch in the original (nothing removed between) stay one run.
    if (!prev || prev.column + (offset - prev.offset) !== a) runs.push({ offset, column: a });
    parts.push(line.slice(a, b));
    offset += b - a;
  }
  return { text: parts.join(""), marker, runs };
}
