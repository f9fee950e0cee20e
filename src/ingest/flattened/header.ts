import { classifyColumn, type ColumnRole } from "../../vocab/labels.js";
import type { SourceLine } from "../lines.js";

/**
 * The header of a table whose layout was lost: the column names follow each other on a
 * few short lines, often broken inside a name ("Kết quả/" + "Sản phẩm", "Thời" + "gian").
 * It is read as a word stream cut into names the column vocabulary knows.
 */
export interface FlatColumn {
  name: string;
  role: ColumnRole;
}

export interface FlatHeader {
  columns: FlatColumn[];
  /** The header's words, to recognise it where a page break repeats it. */
  words: string[];
}

/** Lines of a text table: the printed text, with a list marker put back ("- 100% các"). */
export function lineText(l: SourceLine): string {
  return (l.marker ? `${l.marker} ${l.text}` : l.text).replace(/\s+/g, " ").trim();
}

const isBlank = (l: SourceLine) => l.text === "" && l.marker === null;
const MAX_HEADER_LINES = 10;
const MAX_NAME_WORDS = 5;
const MAX_HEADER_WORDS = 40;
/** A header line is short: a few column names, never a sentence. */
const MAX_HEADER_LINE = 80;

/**
 * Cuts a word stream into column names: every name starts with a capital, a word ending in
 * "/" continues into the next ("Kết quả/ Sản phẩm"), every name is one the vocabulary knows
 * and no role repeats. The cut with the most names wins, so "Nhiệm vụ Hoạt động" is two
 * columns although "Nhiệm vụ …" alone would also match. Null when no complete cut exists.
 */
export function parseColumnNames(words: string[]): FlatColumn[] | null {
  const n = words.length;
  // best[i]: the cut of words[i..] with the most names, or null when none exists.
  const best: Array<FlatColumn[] | null> = Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    if (!/^[\p{Lu}]/u.test(words[i]!)) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_NAME_WORDS); j++) {
      if (words[j - 1]!.endsWith("/") && j < n) continue;
      const rest = best[j];
      if (!rest) continue;
      const name = words.slice(i, j).join(" ").replace(/\/ /g, "/");
      const role = classifyColumn(name);
      if (!role || rest.some((c) => c.role === role)) continue;
      if (!best[i] || rest.length + 1 > best[i]!.length) best[i] = [{ name, role }, ...rest];
    }
  }
  return best[0];
}

/** A header worth recovering a table from: a task column and at least two assignment columns. */
function isTaskHeader(cols: FlatColumn[]): boolean {
  const roles = new Set(cols.map((c) => c.role));
  const assignment = ["lead", "coordinators", "executors", "deadline", "responsiblePerson"].filter((r) => roles.has(r as ColumnRole));
  return cols.length >= 4 && (roles.has("text") || roles.has("group")) && assignment.length >= 2;
}

/** Cheap test run on every line: do the first words name a column? */
function startsWithColumnName(words: string[]): boolean {
  if (!/^[\p{Lu}]/u.test(words[0] ?? "")) return false;
  for (let j = 1; j <= Math.min(words.length, MAX_NAME_WORDS); j++) {
    if (classifyColumn(words.slice(0, j).join(" ").replace(/\/ /g, "/")) !== null) return true;
  }
  return false;
}

/**
 * A flattened table header starting at line `i`: the longest run of short lines (blank lines
 * between allowed) whose words cut completely into column names. Returns the header and the
 * index after its last line, or null.
 */
export function findHeaderAt(lines: SourceLine[], i: number): { header: FlatHeader; end: number } | null {
  const first = lines[i];
  if (!first || isBlank(first) || first.text.length > MAX_HEADER_LINE) return null;
  if (!startsWithColumnName(lineText(first).split(" "))) return null;
  const words: string[] = [];
  let found: { header: FlatHeader; end: number } | null = null;
  let taken = 0;
  let misses = 0;
  for (let k = i; k < lines.length && taken < MAX_HEADER_LINES && misses < 3; k++) {
    const l = lines[k]!;
    if (isBlank(l)) continue;
    if (l.text.length > MAX_HEADER_LINE) break;
    // The first body line ("1", "I CẢI CÁCH THỂ CHẾ", "A. …") is never the end of a column
    // name, although the vocabulary would read "Kinh phí 1" as a budget column: column names
    // hold no digits and no numbering.
    if (/\d/u.test(l.text) || /^(?:[IVX]+|[A-ZĐ])[.)]?\s/u.test(lineText(l))) break;
    words.push(...lineText(l).split(" "));
    if (words.length > MAX_HEADER_WORDS) break;
    taken++;
    const cols = parseColumnNames(words);
    // A name broken over lines ("Thời" / "gian") fails until its last piece arrives.
    misses = cols ? 0 : misses + 1;
    if (cols && isTaskHeader(cols)) found = { header: { columns: cols, words: [...words] }, end: k + 1 };
  }
  return found;
}

/**
 * Where the header repeats at line `i` (a page break): the index after its last line, or -1.
 * The words must match exactly and end on a line boundary.
 */
export function matchHeaderAt(lines: SourceLine[], i: number, header: FlatHeader): number {
  let w = 0;
  for (let k = i; k < lines.length; k++) {
    const l = lines[k]!;
    if (isBlank(l)) {
      if (k === i) return -1;
      continue;
    }
    for (const word of lineText(l).split(" ")) {
      if (word !== header.words[w]) return -1;
      w++;
    }
    if (w === header.words.length) return k + 1;
  }
  return -1;
}
