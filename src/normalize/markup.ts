/**
 * Removes conversion markup from one line of a text export (DOCX → Markdown/text tools
 * leave "**bold**", "*italic*", "- + " and "+ +" list prefixes, stray "*" lines) while
 * remembering, for every character kept, its column in the original line.
 */
export interface CleanLine {
  text: string;
  /** The list marker the line opened with ("-", "+", "*", "•"), the innermost when stacked. */
  marker: string | null;
  /** cols[i] = 0-based column in the original line of text[i]. */
  cols: number[];
}

const MARKERS = new Set(["-", "+", "*", "•", "–", "·"]);

export function cleanLine(line: string): CleanLine {
  // A line that is only markers ("*" under a Party header, a lone "-") carries no text.
  if (/^\s*[*\-+•]+\s*$/.test(line)) return { text: "", marker: null, cols: [] };
  const chars: string[] = [];
  const cols: number[] = [];
  for (let i = 0; i < line.length; i++) {
    chars.push(line[i]!);
    cols.push(i);
  }
  let start = 0;
  let marker: string | null = null;
  // Leading markers: a marker char followed by whitespace, possibly several stacked ("- + ", " - * ").
  for (;;) {
    while (start < chars.length && /\s/.test(chars[start]!)) start++;
    const c = chars[start];
    if (c !== undefined && MARKERS.has(c) && start + 1 < chars.length && /\s/.test(chars[start + 1]!)) {
      marker = c === "–" || c === "·" ? "-" : c;
      start += 2;
      continue;
    }
    break;
  }
  let text = chars.slice(start);
  let map = cols.slice(start);
  // Emphasis: drop "**" everywhere and "*" that opens or closes a word run.
  const keep: boolean[] = text.map(() => true);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "*") continue;
    if (text[i + 1] === "*") {
      keep[i] = keep[i + 1] = false;
      i++;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    const opens = (prev === undefined || /[\s(“"]/.test(prev)) && next !== undefined && /\S/.test(next);
    const closes = prev !== undefined && /\S/.test(prev) && (next === undefined || /[\s).,;:!?”"]/.test(next));
    if (opens || closes) keep[i] = false;
  }
  text = text.filter((_, i) => keep[i]);
  map = map.filter((_, i) => keep[i]);
  // Trim both ends.
  let a = 0;
  let b = text.length;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { text: text.slice(a, b).join(""), marker, cols: map.slice(a, b) };
}
