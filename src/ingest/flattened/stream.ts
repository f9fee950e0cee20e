import { isAllCaps } from "../../normalize/numbering.js";
import type { SourceLine } from "../lines.js";
import { lineText, matchHeaderAt, type FlatHeader } from "./header.js";

/**
 * The body of a flattened table as a stream: content lines between the fixed points that
 * need no guessing — repeated headers (page breaks, with the page number before them),
 * full-width rows ("I CẢI CÁCH THỂ CHẾ", "3 Thực hiện cơ chế một cửa …") and STT numbers.
 */

/** One unit the segmenter places in a cell: a whole line, or one word of a line printed at a page edge. */
export interface Atom {
  text: string;
  /** The whole printed line the atom is part of (its start decides how the line reads on). */
  lineText: string;
  line: number;
  /** 1-based column of the atom in the source line. */
  column: number;
  /** An STT number: its cell is the STT column, no guessing. */
  stt: boolean;
  /** First / last atom of its source line (a line split into words has several). */
  first: boolean;
  last: boolean;
}

/** Content between two fixed points. */
export interface Segment {
  type: "segment";
  atoms: Atom[];
  /** Starts right after a page break: its first band may continue cells the break cut. */
  afterBreak: boolean;
  /** Ends at a page break: its last band may be cut. */
  beforeBreak: boolean;
}

/** A row printed across the whole table: a section (Roman) or a numbered group inside one. */
export interface TitleRow {
  type: "title";
  kind: "section" | "subsection";
  stt: string;
  title: string;
  line: number;
}

export type Part = Segment | TitleRow;

const ROMAN_ROW = /^(X{0,3}(?:IX|IV|V?I{0,3}))\.?\s+(\S.*)$/u;
const NUMBER_ROW = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([\p{Lu}"“(].*)$/u;
const BARE_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$/u;
const PAGE_NUMBER = /^\d{1,3}$/u;
/** Segments longer than this (atoms) are cut at the next STT number, and hard at MAX_SEGMENT. */
const LONG_SEGMENT = 300;
const MAX_SEGMENT = 1000;
/** Lines at a page edge the text export may have glued together from several cells. */
const EDGE_LINES_AFTER_BREAK = 12;

/** STT numbers in table order: the next one is a sibling, a first child or an ancestor's sibling. */
class SttSequence {
  private prev: number[] | null = null;
  private before: number[] | null = null;

  reset(): void {
    this.prev = null;
  }

  /** Forget the last number taken (it was a page number after all). */
  undo(): void {
    this.prev = this.before;
  }

  accepts(stt: string): boolean {
    const parts = stt.split(".").map(Number);
    const prev = this.prev;
    if (!prev) return parts.length === 1 && parts[0] === 1;
    if (parts.length === prev.length + 1) return parts[parts.length - 1] === 1 && prev.every((p, i) => p === parts[i]);
    if (parts.length > prev.length) return false;
    const k = parts.length - 1;
    return parts.slice(0, k).every((p, i) => p === prev[i]) && parts[k] === prev[k]! + 1;
  }

  take(stt: string): void {
    this.before = this.prev;
    this.prev = stt.split(".").map(Number);
  }
}

function columnOf(l: SourceLine, text: string): number {
  const at = l.norm.indexOf(text.split(" ")[0] ?? "");
  return (at >= 0 ? at : 0) + 1;
}

function lineAtom(l: SourceLine, text: string, stt = false): Atom {
  return { text, lineText: text, line: l.n, column: columnOf(l, text), stt, first: true, last: true };
}

/** The lines of a table body (after its first header) → segments and title rows. */
export function buildStream(lines: SourceLine[], header: FlatHeader): { parts: Part[]; pageBreaks: number } {
  const parts: Part[] = [];
  const seq = new SttSequence();
  let seg: Segment = { type: "segment", atoms: [], afterBreak: false, beforeBreak: false };
  let pageBreaks = 0;
  const close = (beforeBreak: boolean) => {
    seg.beforeBreak = beforeBreak;
    if (seg.atoms.length > 0) parts.push(seg);
  };
  const content = lines.filter((l) => l.text !== "" || l.marker !== null);

  for (let i = 0; i < content.length; i++) {
    const l = content[i]!;
    const repeat = matchHeaderAt(content, i, header);
    if (repeat > 0) {
      // The page number printed above the repeated header is page furniture.
      // (An STT number cannot end a page: nothing of its row would be on it.)
      const lastAtom = seg.atoms[seg.atoms.length - 1];
      if (lastAtom && lastAtom.first && lastAtom.last && PAGE_NUMBER.test(lastAtom.text)) {
        seg.atoms.pop();
        if (lastAtom.stt) seq.undo();
      }
      close(true);
      seg = { type: "segment", atoms: [], afterBreak: true, beforeBreak: false };
      pageBreaks++;
      i = repeat - 1;
      continue;
    }
    const text = lineText(l);
    const title = titleRow(text, content, i, seq);
    if (title) {
      close(false);
      parts.push({ ...title, line: l.n });
      seg = { type: "segment", atoms: [], afterBreak: false, beforeBreak: false };
      continue;
    }
    const bare = BARE_NUMBER.exec(text);
    if (bare && seq.accepts(bare[1]!)) {
      seq.take(bare[1]!);
      // A very long page (a table without page breaks) is read in pieces, cut where a row starts.
      if (seg.atoms.length >= LONG_SEGMENT) {
        close(false);
        seg = { type: "segment", atoms: [], afterBreak: false, beforeBreak: false };
      }
      seg.atoms.push(lineAtom(l, bare[1]!, true));
      continue;
    }
    // "1 Hoàn thiện hệ": the STT and the first line of the next cell printed as one line.
    const inline = NUMBER_ROW.exec(text);
    if (inline && seq.accepts(inline[1]!)) {
      seq.take(inline[1]!);
      const rest = inline[2]!;
      seg.atoms.push({ ...lineAtom(l, inline[1]!, true), last: false });
      seg.atoms.push({ text: rest, lineText: rest, line: l.n, column: columnOf(l, rest), stt: false, first: false, last: true });
      continue;
    }
    seg.atoms.push(lineAtom(l, text));
    // With no STT to cut at, a page that never ends is cut at a line that starts a sentence.
    if (seg.atoms.length >= MAX_SEGMENT && /^[\p{Lu}]/u.test(text)) {
      const last = seg.atoms.pop()!;
      close(false);
      seg = { type: "segment", atoms: [last], afterBreak: false, beforeBreak: false };
    }
  }
  close(false);
  for (const p of parts) if (p.type === "segment") splitEdgeLines(p);
  return { parts, pageBreaks };
}

function titleRow(text: string, lines: SourceLine[], i: number, seq: SttSequence): Omit<TitleRow, "line"> | null {
  const roman = ROMAN_ROW.exec(text);
  if (roman && roman[1] !== "" && roman[2]!.length >= 3 && (isAllCaps(roman[2]!) || /^[IVX]+\./u.test(text))) {
    seq.reset();
    return { type: "title", kind: "section", stt: roman[1]!, title: roman[2]!.trim() };
  }
  // "3 Thực hiện cơ chế một cửa …" followed by "3.1": a numbered group row.
  const num = NUMBER_ROW.exec(text);
  if (num && seq.accepts(num[1]!)) {
    let n = i + 1;
    while (n < lines.length && lines[n]!.text === "") n++;
    const next = lines[n];
    const child = next ? BARE_NUMBER.exec(lineText(next)) : null;
    if (child && child[1]!.startsWith(`${num[1]}.`)) {
      seq.take(num[1]!);
      return { type: "title", kind: "subsection", stt: num[1]!, title: num[2]!.trim() };
    }
  }
  return null;
}

/**
 * At a page edge the export sometimes prints pieces of several cells as one line ("Tăng cường
 * Xây dựng Kế hoạch kiểm tra, Kế hoạch Văn Các Quý", "phòng Sở phòng"). Those lines — the
 * last before a break and the first few after one — are offered to the segmenter word by word.
 */
function splitEdgeLines(seg: Segment): void {
  const split = new Set<number>();
  const lineNos = [...new Set(seg.atoms.filter((a) => !a.stt).map((a) => a.line))];
  if (seg.beforeBreak && lineNos.length > 0) split.add(lineNos[lineNos.length - 1]!);
  if (seg.afterBreak) for (const n of lineNos.slice(0, EDGE_LINES_AFTER_BREAK)) split.add(n);
  // Only lines with a capital after their first word can hold the start of another cell.
  const glued = (a: Atom) => /\s[\p{Lu}]/u.test(a.text) || (seg.afterBreak && /^\S+\s+\S/u.test(a.text) && a === firstContent(seg));
  seg.atoms = seg.atoms.flatMap((a) => (a.stt || !split.has(a.line) || !glued(a) ? [a] : words(a)));
}

function firstContent(seg: Segment): Atom | undefined {
  return seg.atoms.find((a) => !a.stt);
}

function words(a: Atom): Atom[] {
  const ws = a.text.split(" ");
  if (ws.length === 1) return [a];
  let col = a.column;
  return ws.map((w, k) => {
    const atom: Atom = { text: w, lineText: a.text, line: a.line, column: col, stt: false, first: a.first && k === 0, last: a.last && k === ws.length - 1 };
    col += w.length + 1;
    return atom;
  });
}
