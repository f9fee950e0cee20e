import { cleanLineRuns, type ColumnRun } from "../normalize/markup.js";
import { normalizeText } from "../normalize/text.js";
import type { Budget } from "../io/budget.js";

/** One line of a text source after character normalisation and markup removal. */
export interface SourceLine {
  /** 1-based line number in the file. */
  n: number;
  /** Normalised line with markup still in (tables are split from this). */
  norm: string;
  /** Text without list marker and emphasis markup, trimmed. */
  text: string;
  marker: string | null;
  /** Where the pieces of `text` start in the original line (compact: a 5 MB line has a handful). */
  runs: ColumnRun[];
  /** A form feed preceded this line (a page break in pdftotext output). */
  pageBreak: boolean;
}

/** 0-based original column of the first / last character of the line's text. */
export function firstColumn(l: SourceLine): number {
  return l.runs[0]?.column ?? 0;
}
export function lastColumn(l: SourceLine): number {
  const r = l.runs[l.runs.length - 1];
  return r ? r.column + (l.text.length - 1 - r.offset) : 0;
}

export function splitLines(text: string, budget?: Budget): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: SourceLine[] = [];
  let pendingBreak = false;
  raw.forEach((line, i) => {
    if ((i & 0xfff) === 0) budget?.check();
    let l = line;
    if (l.includes("\f")) {
      pendingBreak = true;
      l = l.replace(/\f/g, "");
    }
    const norm = normalizeText(l);
    const c = cleanLineRuns(norm);
    out.push({ n: i + 1, norm, text: c.text, marker: c.marker, runs: c.runs, pageBreak: pendingBreak });
    if (c.text !== "" || c.marker !== null) pendingBreak = false;
  });
  return out;
}

/** Column names that make a line a table header rather than a running page header. */
const COLUMN_WORDS = /(?<![\p{L}\p{N}])(?:stt|tt|chủ trì|phối hợp|thời gian|thời hạn|nhiệm vụ|nội dung|hoạt động|kinh phí|sản phẩm|kết quả|ghi chú)(?![\p{L}\p{N}])/giu;

export function looksLikeTableHeader(text: string): boolean {
  return (text.toLowerCase().match(COLUMN_WORDS)?.length ?? 0) >= 2;
}

const INITIAL = /^[A-ZĐ][a-zđ]?\.$/u;

/**
 * Marks lines that are not part of the text: page numbers, running page headers and the
 * stamp / approval-initials clusters that OCR and scans leave behind
 * ("Chuyên.", "- T. H. C.", "20/05/26", "28.15.176").
 */
export function findNoise(lines: SourceLine[]): Set<number> {
  const noise = new Set<number>();
  const nonBlank = lines.filter((l) => l.text !== "");
  const counts = new Map<string, number>();
  for (const l of nonBlank) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const repeated = (l: SourceLine | undefined) => l !== undefined && (counts.get(l.text) ?? 0) >= 3;

  const runningHeaders = new Set<string>();
  nonBlank.forEach((l, i) => {
    const next = nonBlank[i + 1];
    // Page number: a bare 1–3 digit line right before a page break, a repeated header, or the end.
    if (/^\d{1,3}$/.test(l.text) && (next === undefined || next.pageBreak || repeated(next))) noise.add(l.n);
    // Running header: a repeated line right after a page break, unless it is a table header.
    if (l.pageBreak && repeated(l) && !looksLikeTableHeader(l.text)) runningHeaders.add(l.text);
    if (isStampLine(l)) noise.add(l.n);
  });
  // Every copy of a running header goes, in one pass (not one pass per page: 10⁵ pages).
  if (runningHeaders.size > 0) for (const o of nonBlank) if (runningHeaders.has(o.text) && !o.marker) noise.add(o.n);
  // A short "Word." line next to a stamp line belongs to the stamp ("Chuyên.").
  nonBlank.forEach((l, i) => {
    if (noise.has(l.n) || !/^[\p{Lu}][\p{L}]{0,8}\.$/u.test(l.text)) return;
    const near = [nonBlank[i - 1], nonBlank[i + 1]].some((o) => o !== undefined && isStampLine(o));
    if (near) noise.add(l.n);
  });
  return noise;
}

function isStampLine(l: SourceLine): boolean {
  const t = l.text;
  // Dates and serials written with two or more separators and nothing else: "20/05/26", "28.15.176".
  if (/^\d{1,4}(?:[./]\d{1,4}){2,}$/.test(t) && !/^\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}$/.test(t)) return true;
  const tokens = t.split(/\s+/);
  const initials = tokens.filter((x) => INITIAL.test(x)).length;
  return initials >= 2 && initials * 2 >= tokens.length;
}
