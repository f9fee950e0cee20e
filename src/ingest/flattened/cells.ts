import { parseDeadline } from "../../vocab/deadline.js";
import type { ColumnRole } from "../../vocab/labels.js";
import { splitUnits, startsWithUnitHead } from "../../vocab/units.js";
import type { Bigrams } from "./bigrams.js";

/**
 * How well a run of lines fits as one cell of a column, in additive points: what the
 * column's cells look like (a deadline phrase, unit names, a budget phrase, a product noun),
 * how the lines of one cell wrap, and whether consecutive lines read on. The segmenter adds
 * these up; the best-scoring reading of the whole stream wins. Scores are built from parts
 * (first line, each line, each pair of lines, the joined text) so runs can grow one line at
 * a time.
 */

/** Line lengths (visual units) each column wraps at, once learned from a first reading. */
export type Widths = ReadonlyMap<number, number>;

export interface ColumnModel {
  role: ColumnRole;
  /** Wrap width in visual units, when known. */
  width?: number;
}

const DEADLINE_START =
  /^(?:quý|qúy|quí|tháng|năm|trong|trước|sau|đến|từ|hoàn thành|thường|hằng|hàng|định|khi|theo|giai đoạn|ngày|cuối|đầu|giữa|06|6|sáu|chậm|kể|liên tục|\d{1,2}[/.-])(?![\p{L}])/iu;
const BUDGET_WORDS = /kinh phí|ngân sách|nsnn|nguồn vốn|vốn (?:đầu tư|sự nghiệp)|xã hội ho[áa]|triệu đồng|tỷ đồng|\d{1,3}(?:[.,]\d{3})+ ?(?:đồng|đ\b)/iu;
const BUDGET_START = /^(?:nguồn|từ nguồn|kinh phí|ngân sách|nsnn|vốn|không|lồng ghép|\d)/iu;
const PRODUCT_START =
  /^(?:kế hoạch|báo cáo|tờ trình|văn bản|quyết định|đề án|chương trình|hệ thống|quy chế|kết luận|kết quả|thông báo|công văn|hội nghị|sản phẩm|tài liệu|danh mục|dự thảo|các|\d{1,3}%|tỷ lệ|csdl|cơ sở dữ liệu)(?![\p{L}])/iu;
/** Words a cell does not end on: the text goes on in the next line. */
const OPEN_WORDS = new Set(["của", "và", "các", "với", "về", "trong", "cho", "đến", "theo", "để", "tại", "từ", "được", "là", "hoặc", "những", "có", "trên", "ở"]);
const OPEN_MARKS = new Set([",", "-", "/", "("]);
/** Unit heads that, at the start of a line, begin a new cell unless the line before ends a list item. */
const NEW_CELL_HEAD = /^(?:Các|CÁC|Phòng|Văn|Trung tâm|Ban|Bệnh viện|Chi cục|Cục|UBND|Ủy ban|Uỷ ban|Thanh tra|Công an|Đảng ủy|Đảng uỷ)(?![\p{L}])/u;

const isUnitRole = (r: ColumnRole) => r === "lead" || r === "coordinators" || r === "executors";

/** Words in a text (single spaces), counting stops past `cap`: texts are scored line by line. */
function wordCount(s: string, cap = 1000): number {
  let n = 1;
  for (let i = s.indexOf(" "); i >= 0 && n <= cap; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * Printed width of a piece in "lower-case letter" units: PDFs use proportional fonts, where
 * capitals are half as wide again and spaces and punctuation about half as wide. Line
 * lengths compared in these units wrap consistently ("bản QPPL" does not fit where
 * "dựng văn" does).
 */
export function visualLength(s: string): number {
  let w = VISUAL.get(s);
  if (w !== undefined) return w;
  w = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c === 32 || NARROW.has(ch)) w += 0.55;
    else if (c >= 48 && c <= 57) w += 1.1;
    else if (ch !== ch.toLowerCase()) w += 1.5;
    else w += 1;
  }
  if (s.length <= 60) {
    if (VISUAL.size > 50_000) VISUAL.clear();
    VISUAL.set(s, w);
  }
  return w;
}
const NARROW = new Set([".", ",", ";", ":", "'", '"', "(", ")", "-", "/"]);
const VISUAL = new Map<string, number>();

/** A piece this much wider than the column's learned width cannot be one of its lines. */
export const tooWide = (width: number) => width * 1.12 + 1.5;

export const joinPieces = (pieces: readonly string[]): string => {
  let out = "";
  for (const p of pieces) {
    if (out === "") out = p;
    // "Quý III-" + "IV/2026", "Kết quả/" + "Sản phẩm": the line broke inside a word group.
    else out += /[\p{L}\p{N}][-/]$/u.test(out.slice(-3)) ? p : ` ${p}`;
  }
  return out;
};

/** Points for the text of a whole cell as a value of the column's role. */
export function roleScore(role: ColumnRole, text: string, cut: boolean): number {
  switch (role) {
    case "deadline":
      return deadlineScore(text, cut);
    case "lead":
    case "coordinators":
    case "executors":
      return unitScore(text, cut);
    case "budget":
      return budgetScore(text, cut);
    case "product":
      return (PRODUCT_START.test(text) ? 0.8 : 0) + otherRolePenalty(text);
    case "text":
    case "objective":
    case "group":
      return otherRolePenalty(text);
    default:
      return 0;
  }
}

function deadlineScore(text: string, cut: boolean): number {
  if (text.length > 150) return -4;
  const words = wordCount(text, 19);
  if (words > 18) return -4;
  const starts = DEADLINE_START.test(text);
  const d = parseDeadline(text);
  if (d.kind !== "missing" && !d.invalid) {
    // "Thường xuyên" is two words; a condition or a reference may run to a dozen.
    const limit = d.kind === "conditional" || d.kind === "by-reference" ? 14 : 6;
    const extra = Math.max(0, words - limit);
    return (starts ? 3 : 1.5) - (extra > 0 ? 1.5 + 0.5 * extra : 0);
  }
  if (cut && starts && words <= 6) return 1.5;
  return starts ? -1.5 : -3;
}

/** A unit name: a head ("Văn phòng", "Các", "Sở") and a name after it, or an abbreviation ("UBND"). */
function isUnitName(u: string): boolean {
  const t = u.trim();
  return startsWithUnitHead(t) && (/\s/u.test(t) || /^[\p{Lu}]{2,}$/u.test(t)) && wordCount(t, 13) <= 12 && !/%/u.test(t);
}

function unitScore(text: string, cut: boolean): number {
  if (text.length > 160) return -4;
  const units = splitUnits(text);
  if (units.length === 0) return -3;
  const headed = units.filter(isUnitName).length;
  const long = units.reduce((s, u) => s + Math.max(0, wordCount(u, 30) - 9), 0);
  if (headed === units.length) return 2.5 - 0.7 * long;
  if (cut && startsWithUnitHead(units[0]!) && units.length - headed === 1) return 1.5;
  // The first word or two of a name the page break cut ("Văn" of "Văn phòng Sở").
  if (cut && units.length === 1 && wordCount(text) <= 2 && /^[\p{Lu}]/u.test(text)) return 0.5;
  return (headed > 0 ? 0.5 : -1) - 2 * (units.length - headed);
}

function budgetScore(text: string, cut: boolean): number {
  const start = BUDGET_START.test(text) ? 0.5 : -0.5;
  if (BUDGET_WORDS.test(text)) return 2.5 + start;
  if (cut && BUDGET_START.test(text)) return 1.5;
  return -2.5;
}

/** A short cell that reads as a deadline or as unit names probably belongs to that column. */
function otherRolePenalty(text: string): number {
  if (text.length > 30) return 0;
  let p = 0;
  if (DEADLINE_START.test(text)) {
    const d = parseDeadline(text);
    if (d.kind !== "missing" && !d.invalid && wordCount(text, 7) <= 6) p -= 2;
  }
  if (NEW_CELL_HEAD.test(text) && splitUnits(text).every(isUnitName)) p -= 1.5;
  if (/kinh phí|ngân sách/iu.test(text)) p -= 1;
  return p;
}

/** Points for the first line of a new cell: cells begin with a capital, a digit or a dash. */
export function startScore(first: string): number {
  return /^[\p{Ll}]/u.test(first) ? -4 : 0;
}

/**
 * Whether a new cell of the column can start with this line at all. Unit, deadline and budget
 * cells start with a capital or digit, or at least with their own words ("các đơn vị …",
 * "hằng năm"); other columns may start anywhere (at a cost, see startScore).
 */
export function canStart(role: ColumnRole, first: string): boolean {
  if (!/^[\p{Ll}]/u.test(first)) return true;
  switch (role) {
    case "lead":
    case "coordinators":
    case "executors":
      return startsWithUnitHead(first);
    case "deadline":
      return DEADLINE_START.test(first);
    case "budget":
      return BUDGET_START.test(first);
    default:
      return true;
  }
}

/** Points for one line of a cell: it cannot be much wider than the column (unless it is one word). */
export function pieceScore(m: ColumnModel, length: number, piece: string): number {
  return m.width !== undefined && length > tooWide(m.width) && piece.includes(" ") ? -8 : 0;
}

const firstWord = (s: string) => {
  const at = s.indexOf(" ");
  return at < 0 ? s : s.slice(0, at);
};

/** What two consecutive printed lines say about being one cell, whatever the column. */
export interface LineJoin {
  /** Points from the words: pairs the document prints inside lines, lists, sentence ends, names. */
  base: number;
  /** The second line starts a unit name with no separator before it. */
  headBreak: boolean;
  /** The first line did not end a sentence or a list intro, so it ran to the column's width. */
  wrapped: boolean;
  /** Visual length of the second line's first word. */
  nextWord: number;
}

export function lineJoin(prev: string, next: string, bigrams: Bigrams | null): LineJoin {
  let base = bigrams ? bigrams.joinScore(prev, next) + bigrams.capitalBreak(prev, next) : 0;
  // A list inside a cell: "trong đó:" / "- 100% hồ sơ …", "… quy định." / "- 100% các …".
  if (/^[-+•] /u.test(next)) base += /:$/u.test(prev) ? 2 : /[.;]$/u.test(prev) ? 0.8 : 0;
  // A sentence that ends before a capital is where cells usually meet.
  else if (/[.;]$/u.test(prev) && /^[\p{Lu}]/u.test(next)) base -= 1;
  else if (!/[.,;:]$/u.test(prev) && /^[\p{Ll}\p{N}]/u.test(next)) base += 0.3;
  return {
    base,
    headBreak: NEW_CELL_HEAD.test(next) && !/[,;:]$/u.test(prev),
    // A line that ends a sentence or introduces a list may stop short: a paragraph break inside the cell.
    wrapped: !/[.:;]$/u.test(prev),
    nextWord: visualLength(firstWord(next)),
  };
}

/**
 * Points for two consecutive lines of one cell: the first ran to the column's width before
 * breaking (the next line's first word did not fit on it), the second does not start a unit
 * name without a separator, and the words read on (lineJoin).
 */
export function joinScore(m: ColumnModel, j: LineJoin, prevLength: number, acrossBreak = false): number {
  let s = j.base;
  if (j.headBreak) s -= isUnitRole(m.role) ? 2.5 : 1.5;
  if (m.width !== undefined && !acrossBreak && j.wrapped) {
    const ratio = (prevLength + 0.55 + j.nextWord) / m.width;
    if (ratio < 0.9) s -= 2 * Math.min(1, (0.9 - ratio) / 0.25);
  }
  return s;
}

export function pairScore(m: ColumnModel, prev: string, prevLength: number, next: string, bigrams: Bigrams | null, acrossBreak = false): number {
  return joinScore(m, lineJoin(prev, next, bigrams), prevLength, acrossBreak);
}

/**
 * Cell texts the first reading found several times: plans repeat the same units, deadlines
 * and products row after row ("Văn phòng Sở", "Khi có quy định, hướng dẫn của Bộ ngành Trung
 * ương"), so a run of lines that spells one of them again is very likely that cell.
 */
export class KnownCells {
  private counts = new Map<string, number>();
  private prefixes = new Set<string>();
  private known = new Set<string>();

  /** Lengths of the repeated keys: most texts are rejected before their key is built. */
  private lengths = new Set<number>();

  private static end(text: string): number {
    let end = text.length;
    while (end > 0 && " .;,".includes(text[end - 1]!)) end--;
    return end;
  }

  /** The text as compared: lower case, without trailing punctuation (texts are single-spaced already). */
  static key(text: string): string {
    return text.slice(0, KnownCells.end(text)).toLowerCase();
  }

  add(text: string): void {
    const k = KnownCells.key(text);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /** After the last add: the repeated texts and their word prefixes. */
  freeze(): this {
    for (const [k, n] of this.counts) {
      if (n < KNOWN_MIN) continue;
      this.known.add(k);
      this.lengths.add(k.length);
      for (let at = k.indexOf(" "); at > 0; at = k.indexOf(" ", at + 1)) this.prefixes.add(k.slice(0, at));
    }
    return this;
  }

  has(text: string): boolean {
    // Repeated cells are short (units, deadlines, products); long texts are never looked up.
    return text.length <= KNOWN_MAX_LENGTH && this.lengths.has(KnownCells.end(text)) && this.known.has(KnownCells.key(text));
  }

  /** The text is the beginning of a repeated cell text ("Các phòng chuyên" of "Các phòng chuyên môn Sở"). */
  begins(text: string): boolean {
    return text.length <= KNOWN_MAX_LENGTH && this.prefixes.has(KnownCells.key(text));
  }
}
const KNOWN_MIN = 3;
const KNOWN_MAX_LENGTH = 120;
const KNOWN_BONUS = 1.2;

/** Points for the joined text of a cell: its role, whether it ends, whether it is long enough. */
export function textScore(m: ColumnModel, text: string, cut: boolean, known?: KnownCells, open = endsOpen(text)): number {
  // (Judged as a possibly cut beginning, a text never scores lower than as a whole cell.)
  let s = roleScore(m.role, text, cut);
  if (known?.has(text)) s += KNOWN_BONUS;
  else if (cut && known?.begins(text)) s += KNOWN_BONUS / 2;
  if (!cut && open) s -= 2;
  // (Visual length is at least 0.55 a character: long texts need no measuring.)
  if (m.role === "text" && m.width !== undefined && !cut && text.length * 0.55 < 0.6 * m.width && visualLength(text) < 0.6 * m.width) s -= 1.5;
  return s;
}

/** The text stops mid-phrase: on a comma or dash, or on a word that needs what follows. */
export function endsOpen(text: string): boolean {
  if (OPEN_MARKS.has(text[text.length - 1] ?? "")) return true;
  return OPEN_WORDS.has(text.slice(text.lastIndexOf(" ") + 1).toLowerCase());
}
