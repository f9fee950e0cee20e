/**
 * Deadline phrases ("Thời gian hoàn thành / thực hiện") → `Deadline`.
 *
 * How a phrase is read:
 * 1. Clean: NFC, dashes → "-", whitespace collapsed, trailing "." / ";" dropped. Matching is
 *    case-insensitive on the cleaned text, so slices of it (the condition) keep the writer's casing.
 * 2. Anchor: the first concrete window (date, month, quarter, half-year, year, period, or a range
 *    "A - B" / "A đến B" / "A và B" of them) found at the start of the phrase or of a comma,
 *    semicolon or parenthesis segment, after leading words such as "Hoàn thành", "Trong", "Trước".
 * 3. Modifiers decide the kind, first match wins: conditional ("khi", "sau khi", "nếu") →
 *    by-reference ("Theo …") → recurring ("hằng năm", "định kỳ …") → open-ended ("Thường xuyên",
 *    "… những năm tiếp theo", "Từ <anchor>" without an end) → the anchor's own kind.
 *    Conditional, by-reference and recurring keep the anchor's bounds; open-ended keeps only its start.
 *
 * Decisions: concrete kinds always have both bounds (or `invalid`), so "Từ tháng 4/2026" with no end
 * is open-ended (start 2026-04-01, end null), like "Năm 2026 và những năm tiếp theo". "Đầu năm" = Q1,
 * "Giữa năm" = Q2–Q3, "Cuối năm" = Q4. "A và B" is read as the window covering both ("Quý I và III/2026"
 * → Jan–Sep). Several recurrences are listed finest first ("half-yearly, yearly").
 *
 * Every regex is linear: whitespace is collapsed first so " ?" replaces "\s*", no repeated (* / +)
 * group contains another quantifier, and trailing trims are loops (hostile input: 1 MB of table text).
 */
import type { Deadline } from "../model/deadline.js";
import { DATE_SOURCE, lastDayOfMonth, parseDate, toIso } from "./dates.js";

type Invalid = NonNullable<Deadline["invalid"]>;
type Kind = Deadline["kind"];

/** A concrete window; `range` says it was written as "A - B" (needed for "Từ …"). */
interface Span {
  kind: Kind;
  start: string | null;
  end: string | null;
  range: boolean;
  invalid?: Invalid;
}

const Y = String.raw`((?:19|20)\d{2})(?!\d)`;
const QUY = "(?:quý|qúy|quí)"; // "Qúy" (tone on u) and the older "Quí" are common typings
const SEP_RANGE = " ?(?:-|đến|tới|và) ?";
const SEP_YEAR = "(?: ?/ ?| năm | ?- ?)"; // month/quarter ↔ year: "6/2026", "6 năm 2026", "01-2021"
const MONTH_WORDS: Record<string, number> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
  mười: 10, "mười một": 11, "mười hai": 12, chạp: 12,
};
// Longest first, so "mười hai" wins over "mười".
const MW = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join("|");
const M = String.raw`(\d{1,2}|(?:${MW})(?![\p{L}]))`;
const Q = String.raw`([ivx]{1,4}|\d{1,2})(?![\p{L}\d])`;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

const iso = (y: number, m: number, d: number) => toIso(y, m, d);
const monthEnd = (y: number, m: number) => iso(y, m, lastDayOfMonth(y, m));
const bad = (kind: Kind, invalid: Invalid): Span => ({ kind, start: null, end: null, range: false, invalid });

/** start ≤ end, or the range is impossible. */
function between(kind: Kind, start: string, end: string, range: boolean): Span {
  return start <= end ? { kind, start, end, range } : bad(kind, "invalid-range");
}

function monthNo(tok: string): number {
  return /^\d/.test(tok) ? Number(tok) : (MONTH_WORDS[tok.toLowerCase()] ?? 0);
}

function quarterNo(tok: string): number {
  const n = /^\d/.test(tok) ? Number(tok) : (ROMAN[tok.toUpperCase()] ?? 0);
  return n >= 1 && n <= 4 ? n : 0;
}

/** Qualifiers of a year: "Đầu năm" = Q1, "Giữa năm" = Q2–Q3, "Cuối năm" = Q4. */
const YEAR_PART: Record<string, [number, number]> = { "": [1, 12], đầu: [1, 3], giữa: [4, 9], cuối: [10, 12] };

/** Concrete units, tried in order at one position (sticky). */
const UNITS: { re: RegExp; build: (m: RegExpExecArray) => Span | null }[] = [
  {
    re: new RegExp(`(?:ngày )?(${DATE_SOURCE})(?![\\d/])`, "iuy"),
    build: (m) => {
      const d = parseDate(m[1]);
      if (!d) return null; // mixed separators ("1/2-2026"): not a date
      if (!d.iso) return bad("date", d.month >= 1 && d.month <= 12 ? "invalid-day" : "invalid-month");
      return { kind: "date", start: d.iso, end: d.iso, range: false };
    },
  },
  {
    re: new RegExp(`tháng ${M}(?:${SEP_RANGE}(?:tháng )?${M})?${SEP_YEAR}${Y}`, "iuy"),
    build: (m) => {
      const y = Number(m[3]);
      const a = monthNo(m[1]);
      const b = m[2] ? monthNo(m[2]) : a;
      if (a < 1 || a > 12 || b < 1 || b > 12) return bad("month", "invalid-month");
      return between("month", iso(y, a, 1), monthEnd(y, b), !!m[2]);
    },
  },
  {
    re: new RegExp(`${QUY} ${Q}(?:${SEP_RANGE}(?:${QUY} )?${Q})?${SEP_YEAR}${Y}`, "iuy"),
    build: (m) => {
      const y = Number(m[3]);
      const a = quarterNo(m[1]);
      const b = m[2] ? quarterNo(m[2]) : a;
      if (!a || !b) return bad("quarter", "invalid-quarter");
      return between("quarter", iso(y, a * 3 - 2, 1), monthEnd(y, b * 3), !!m[2]);
    },
  },
  {
    re: new RegExp(`(?:(?:0?6|sáu) tháng|nửa) (đầu|cuối) (?:năm )?${Y}`, "iuy"),
    build: (m) => {
      const y = Number(m[2]);
      const first = m[1].toLowerCase() === "đầu";
      return { kind: "half-year", start: iso(y, first ? 1 : 7, 1), end: iso(y, first ? 6 : 12, first ? 30 : 31), range: false };
    },
  },
  {
    re: new RegExp(`giai đoạn (?:từ )?(?:năm )?${Y} ?(?:-|đến) ?(?:năm )?${Y}`, "iuy"),
    build: (m) => between("period", iso(Number(m[1]), 1, 1), iso(Number(m[2]), 12, 31), true),
  },
  {
    // "Năm 2021", "Năm 2021-2022", "Cuối năm 2026"; a bare "2026" only when it is the whole rest.
    re: new RegExp(`(?:(?:(đầu|giữa|cuối) )?năm ${Y}|${Y}(?=(?: ?- ?(?:19|20)\\d{2})?$))(?: ?(?:-|đến|và) ?(?:năm )?${Y})?`, "iuy"),
    build: (m) => {
      const [from, to] = YEAR_PART[(m[1] ?? "").toLowerCase()];
      const a = Number(m[2] ?? m[3]);
      const b = m[4] ? Number(m[4]) : a;
      return between("year", iso(a, from, 1), monthEnd(b, to), !!m[4]);
    },
  },
];

function unitAt(s: string, at: number): { span: Span; end: number } | null {
  for (const { re, build } of UNITS) {
    re.lastIndex = at;
    const m = re.exec(s);
    const span = m && build(m);
    if (span) return { span, end: re.lastIndex };
  }
  return null;
}

const RANGE_SEP = new RegExp(SEP_RANGE, "iuy");

/** A unit, or "A - B" of two units (kind of A, start of A, end of B). */
function anchorAt(s: string, at: number): Span | null {
  const a = unitAt(s, at);
  if (!a) return null;
  RANGE_SEP.lastIndex = a.end;
  const b = RANGE_SEP.test(s) ? unitAt(s, RANGE_SEP.lastIndex) : null;
  if (!b) return a.span;
  const invalid = a.span.invalid ?? b.span.invalid;
  if (invalid) return bad(a.span.kind, invalid);
  return between(a.span.kind, a.span.start!, b.span.end!, true);
}

// Words before the window that do not change it; "từ" is remembered (start only, or a period).
// Never consumes "," or ";" so that it cannot run past its own segment (that would be quadratic).
const LEAD = /(hoàn thành|thực hiện|triển khai|trong|trước|chậm nhất(?: là)?|đến|tới|hết|vào|kể từ|từ)(?:: ?| )/iuy;
const SEGMENT = /[,;(] ?(?=[\p{L}\d])/gu; // only segments that can start a window

interface Anchor { span: Span; index: number; from: boolean }

/** The first concrete window at the start of the phrase or of a segment. */
function findAnchor(s: string): Anchor | null {
  const starts = [0, ...Array.from(s.matchAll(SEGMENT), (m) => m.index + m[0].length)];
  for (const index of starts) {
    let at = index;
    let from = false;
    for (let m; (LEAD.lastIndex = at), (m = LEAD.exec(s)); at = LEAD.lastIndex) from ||= /từ$/iu.test(m[1]);
    const span = anchorAt(s, at);
    if (span) return { span, index, from };
  }
  return null;
}

const CONDITION = /(?<![\p{L}\d])(?:sau khi|khi|nếu) \S/iu;
// Only a segment that *starts* with "Theo" refers elsewhere; a trailing "… theo quy định" is filler.
const REFERENCE = /(?:^|[,;(] ?)(?:(?:thực hiện|hoàn thành|triển khai) )?theo (?!dõi)/iu;
const OPEN = /(?<![\p{L}\d])(?:thường xuyên|liên tục|lâu dài|trở đi|(?:những|các) năm (?:tiếp theo|sau))(?![\p{L}\d])/iu;
const EVERY = /(?<![\p{L}\d])(?:hằng|hàng|mỗi) ((?:0?6|sáu) tháng|ngày|tuần|tháng|quý|qúy|quí|năm)(?![\p{L}\d])/giu;
const PERIODIC = /(?<![\p{L}\d])định k[ỳì](?: ((?:0?6|sáu) tháng|ngày|tuần|tháng|quý|năm)(?![\p{L}\d]))?/giu;
/** "(quý, 6 tháng, năm)": a list of frequencies, read only when "định kỳ" is present. */
const LIST = /\(([^()]{1,100})\)/gu;
const FREQUENCY: Record<string, string> = {
  ngày: "daily", tuần: "weekly", tháng: "monthly", quý: "quarterly", qúy: "quarterly", quí: "quarterly",
  "6 tháng": "half-yearly", "06 tháng": "half-yearly", "sáu tháng": "half-yearly", năm: "yearly",
};
const FINEST_FIRST = ["daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"];

/** Recurrences named in the phrase; null when it does not repeat, [] for a bare "định kỳ". */
function recurrences(s: string): string[] | null {
  const words: string[] = [];
  for (const m of s.matchAll(EVERY)) words.push(m[1]);
  let periodic = false;
  for (const m of s.matchAll(PERIODIC)) {
    periodic = true;
    if (m[1]) words.push(m[1]);
  }
  if (periodic) for (const m of s.matchAll(LIST)) words.push(...m[1].split(/,|\/| và /u));
  const found = new Set(words.map((w) => FREQUENCY[w.trim().toLowerCase()]).filter(Boolean));
  if (!periodic && !found.size) return null;
  return FINEST_FIRST.filter((r) => found.has(r));
}

const DASHES = /[\u2010-\u2015\u2212]/gu;
const SLASHES = /[\u2044\u2215\uff0f]/gu;

/** Drop trailing `chars` with a loop: /[.;\s]+$/ is quadratic on long runs of dots. */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

function clean(text: string): string {
  const s = text.normalize("NFC").replace(DASHES, "-").replace(SLASHES, "/").replace(/\s+/gu, " ");
  return trimEnd(s.trim(), ".; ");
}

const EMPTY = /^(?:|-+|…|\.{2,})$/u; // "", "-", "…", "..." are placeholders, not deadlines

export function parseDeadline(raw: string | null | undefined): Deadline {
  const given = (raw ?? "").trim();
  const s = clean(given);
  const out = (kind: Kind, span: Partial<Span> = {}, extra: Partial<Deadline> = {}): Deadline => ({
    raw: kind === "missing" ? null : given,
    kind,
    start: span.start ?? null,
    end: span.end ?? null,
    recurrence: null,
    condition: null,
    ...extra,
    ...(span.invalid ? { invalid: span.invalid } : {}),
  });
  if (EMPTY.test(s)) return out("missing");

  const anchor = findAnchor(s);
  const span: Partial<Span> = anchor?.span ?? {};

  const cond = CONDITION.exec(s);
  if (cond) {
    // The condition runs to the end, or up to an anchor written after it ("Khi có yêu cầu, Quý II/2026").
    const stop = anchor && anchor.index > cond.index ? anchor.index : s.length;
    const condition = trimEnd(s.slice(cond.index, stop), ",;( ");
    return out("conditional", span, { condition });
  }
  if (REFERENCE.test(s)) return out("by-reference", span);
  const every = recurrences(s);
  if (every) return out("recurring", span, { recurrence: every.join(", ") || null });
  if (OPEN.test(s) || (anchor?.from && !anchor.span.range)) {
    return out("open-ended", { start: span.start, invalid: span.invalid });
  }
  if (anchor) return out(anchor.span.kind === "year" && anchor.from ? "period" : anchor.span.kind, span);
  return out("open-ended", { invalid: "unrecognized" });
}
