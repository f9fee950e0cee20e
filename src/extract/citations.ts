/**
 * Citations of other documents in running text: "Thực hiện Kế hoạch số 62-KH/ĐU, ngày
 * 10/4/2026 của Đảng ủy UBND tỉnh về …". A citation needs a type word right before its
 * number, which is what keeps "Quý III-IV/2026", "TCVN ISO 9001-2015" or "1/2 ngày" out.
 *
 * The text is scanned type word by type word; everything after a type word is matched with
 * sticky regexes whose runs are bounded by literal separators, and the issuer is cut from a
 * bounded window, so hostile input costs linear time.
 */
import type { Citation, CitationFamily } from "../model/citation.js";
import type { Location } from "../model/location.js";
import { DATE_SOURCE, parseDate } from "../vocab/dates.js";
import {
  citationFamily,
  fromMatch,
  IDENTIFIER_SOURCE,
  parseIdentifier,
  type IdentifierShape,
  type ParsedIdentifier,
} from "./identifier.js";
import { inputOffset, normalizeWithOffsets } from "./text-offsets.js";
import { issuersCompatible } from "../vocab/units.js";

export { citationFamily, citationFormIssue, parseIdentifier } from "./identifier.js";
export type { CitationFormIssue, IdentifierShape, ParsedIdentifier } from "./identifier.js";

export interface RawCitation {
  /** Abbreviation from the type word ("KH", "NQ", "QyĐ" …); for "Văn bản", the symbol's type code. */
  kind: string | null;
  identifier: string;
  number: string;
  symbol: string;
  /** From a legal-shape identifier, else from the date. */
  year: number | null;
  /** ISO date, null when absent, blank or impossible. */
  date: string | null;
  /** The date as printed, without "ngày" ("10/4/2026", "22 tháng 5 năm 2026", "/01/2026"). */
  dateRaw: string | null;
  issuer: string | null;
  family: CitationFamily;
  shape: IdentifierShape;
  /** NFC text from the type word to the end of the issuer (or date, or number). */
  raw: string;
  /** Offset and length in the text as given (UTF-16 units, even when it was not NFC). */
  index: number;
  length: number;
}

/** Type word → kind; longer words first so "Chương trình hành động" wins over "Chương trình". */
const TYPE_WORDS: ReadonlyArray<readonly [string, string | null]> = [
  ["Chương trình hành động", "CTr"], ["Kế hoạch hành động", "KH"], ["Thông báo kết luận", "TB"],
  ["Nghị quyết liên tịch", "NQLT"], ["Thông tư liên tịch", "TTLT"], ["Bộ luật", "Luật"],
  ["Luật", "Luật"], ["Pháp lệnh", "PL"], ["Nghị quyết", "NQ"], ["Nghị định", "NĐ"],
  ["Quyết định", "QĐ"], ["Chỉ thị", "CT"], ["Thông tư", "TT"], ["Thông tri", "TTri"],
  ["Kế hoạch", "KH"], ["Báo cáo", "BC"], ["Công văn", "CV"], ["Công điện", "CĐ"], ["Tờ trình", "TTr"],
  ["Thông báo", "TB"], ["Kết luận", "KL"], ["Chương trình", "CTr"], ["Hướng dẫn", "HD"],
  ["Quy chế", "QC"], ["Quy định", "QyĐ"], ["Đề án", "ĐA"], ["Phương án", "PA"], ["Văn bản", null],
];
const KIND_BY_WORD = new Map(TYPE_WORDS.map(([w, k]) => [w.toLowerCase(), k]));
const TYPE_ALT = TYPE_WORDS.map(([w]) => w.replace(/ /g, "[ \\t]+")).join("|");

const TYPE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TYPE_ALT})(?![\\p{L}\\p{N}])`, "giu");
/** Whitespace and the optional "số"/"số:" between a type word and its number. */
const SO_RE = /[ \t]+(số(?:[ \t]*:)?[ \t]*)?/iuy;
const DOUBLED_TYPE_RE = new RegExp(`(?:${TYPE_ALT})(?![\\p{L}\\p{N}])`, "iuy");
const IDENT_RE = new RegExp(IDENTIFIER_SOURCE, "uy");
/** ", ngày " or " ngày ngày " before a date. */
const NGAY_RE = /(?:[ \t]*,)?[ \t]*ngày[ \t]+(?:ngày[ \t]+)?/iuy;
const DATE_RE = new RegExp(DATE_SOURCE, "iuy");
/** A date left blank in a draft: "/01/2026", "  /  /2026", "tháng 01 năm 2026". */
const BLANK_DATE_RE =
  /(?:\d{1,2}[ \t]*)?\/[ \t]*(?:\d{1,2}[ \t]*\/[ \t]*)?(?:19|20)\d{2}|(?:\d{1,2}[ \t]+)?tháng[ \t]+(?:\d{1,2}[ \t]+)?năm[ \t]+(?:19|20)\d{2}/iuy;
const CUA_RE = /(?:[ \t]*,)?[ \t]*của[ \t]+/iuy;

const ISSUER_WINDOW = 200;
const ISSUER_MAX_WORDS = 12;
/** Where an issuer clause stops: punctuation, a verb or preposition starting the trích yếu, "và <TYPE>". */
const ISSUER_END = new RegExp(
  "[,;.()\\t\\n\\r\"“”]|[ \\t]+(?:về|v/v|thực[ \\t]+hiện|ban[ \\t]+hành|kèm[ \\t]+theo|quy[ \\t]+định|hướng[ \\t]+dẫn|" +
    "của|tại|theo|nhằm|để|đã|được|giao|phê[ \\t]+duyệt|triển[ \\t]+khai|trong|đối[ \\t]+với|" +
    `và[ \\t]+(?:${TYPE_ALT}))(?![\\p{L}\\p{N}])`,
  "giu",
);
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070-\u2079]+/gu;
/** "TP. Hồ Chí Minh": a dot after these is an abbreviation, not the end of the issuer. */
const DOT_ABBREVIATION = /(?:^|[ \t])(?:TP|Tp|tp|TX|Tx|Q|P|X|H|TT)$/u;

/** Every citation in one paragraph of text, in order. */
export function findCitations(input: string): RawCitation[] {
  const mapped = normalizeWithOffsets(input);
  const text = mapped.text;
  const out: RawCitation[] = [];
  TYPE_RE.lastIndex = 0;
  for (let m = TYPE_RE.exec(text); m; m = TYPE_RE.exec(text)) {
    const found = citationAt(text, m.index, m[0]);
    if (!found) continue;
    const start = inputOffset(mapped, m.index);
    out.push({ ...found.citation, index: start, length: inputOffset(mapped, found.end) - start });
    TYPE_RE.lastIndex = found.end;
  }
  return out;
}

type Found = { citation: Omit<RawCitation, "index" | "length">; end: number };

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Parses "<type> [số[:]] [<type> số] <number> [, ngày <date>] [của <issuer>]" starting at a type word. */
function citationAt(text: string, start: number, typeWord: string): Found | null {
  let word = typeWord;
  let pos = start + typeWord.length;
  let so = stickyAt(SO_RE, text, pos);
  if (!so) return null;
  pos += so[0].length;
  // "Nghị quyết số Nghị quyết số 79-NQ/TW": one repetition is a typo, not a second citation.
  const again = stickyAt(DOUBLED_TYPE_RE, text, pos);
  if (again) {
    const so2 = stickyAt(SO_RE, text, pos + again[0].length);
    if (!so2) return null;
    word = again[0];
    so = so2;
    pos += again[0].length + so2[0].length;
  }
  const idm = stickyAt(IDENT_RE, text, pos);
  if (!idm) return null;
  const id = fromMatch(idm);
  if (id.number === "" && !so[1]) return null; // a blank number only after an explicit "số"
  pos += idm[0].length;

  let dateRaw: string | null = null;
  let date: string | null = null;
  let year = id.year;
  const ngay = stickyAt(NGAY_RE, text, pos);
  if (ngay) {
    const at = pos + ngay[0].length;
    const d = stickyAt(DATE_RE, text, at) ?? stickyAt(BLANK_DATE_RE, text, at);
    if (d) {
      dateRaw = d[0];
      const parsed = parseDate(d[0]);
      date = parsed?.iso ?? null;
      year ??= parsed?.year ?? null;
      pos = at + d[0].length;
    }
  }

  let issuer: string | null = null;
  const cua = stickyAt(CUA_RE, text, pos);
  if (cua) {
    const cut = cutIssuer(text, pos + cua[0].length);
    if (cut) {
      issuer = cut.issuer;
      pos = cut.end;
    }
  }

  const kind = kindOf(word, id);
  return {
    citation: {
      kind,
      identifier: id.identifier,
      number: id.number,
      symbol: id.symbol,
      year,
      date,
      dateRaw,
      issuer,
      family: citationFamily(id, kind),
      shape: id.shape,
      raw: text.slice(start, pos),
    },
    end: pos,
  };
}

function kindOf(typeWord: string, id: ParsedIdentifier): string | null {
  const word = typeWord.toLowerCase().replace(/[ \t]+/g, " ");
  if (word === "văn bản") return id.typeCode;
  const kind = KIND_BY_WORD.get(word) ?? null;
  // "Quy định" is QĐ in Party numbering (66-QĐ/TW, 178-QĐ/TW), QyĐ for state bodies.
  if (kind === "QyĐ" && citationFamily(id, kind) === "party") return "QĐ";
  return kind;
}

/** The issuer named after "của", up to the first terminator, without footnote marks. */
function cutIssuer(text: string, from: number): { issuer: string; end: number } | null {
  const window = text.slice(from, from + ISSUER_WINDOW);
  let stop = window.length;
  ISSUER_END.lastIndex = 0;
  for (let m = ISSUER_END.exec(window); m; m = ISSUER_END.exec(window)) {
    if (m[0] === "." && DOT_ABBREVIATION.test(window.slice(0, m.index))) continue;
    stop = m.index;
    break;
  }
  let piece = window.slice(0, stop);
  const words = piece.split(/[ \t]+/);
  if (words.length > ISSUER_MAX_WORDS) piece = words.slice(0, ISSUER_MAX_WORDS).join(" ");
  const trimmed = piece.replace(/[ \t*]+$/u, "");
  const issuer = trimmed.replace(SUPERSCRIPTS, "").replace(/[ \t]+/g, " ").trim();
  if (!issuer || !/\p{L}/u.test(issuer)) return null;
  return { issuer, end: from + trimmed.length };
}

type Occurrence = RawCitation & { location: Location };

/**
 * One Citation per cited document. An occurrence joins the first entry with the same
 * identifier whose date and issuer do not contradict it (missing ones never do); a
 * different date or a clearly different issuer starts a separate entry, which a rule
 * reports as an inconsistent citation.
 */
export function collectCitations(occurrences: readonly Occurrence[]): Citation[] {
  const entries: Citation[] = [];
  const dateKeys: (string | null)[] = [];
  for (const o of occurrences) {
    const oDate = o.date ?? normalizeDateRaw(o.dateRaw);
    const i = entries.findIndex(
      (e, k) =>
        e.identifier === o.identifier &&
        (dateKeys[k] === null || oDate === null || dateKeys[k] === oDate) &&
        (e.issuer === null || o.issuer === null || issuersCompatible(e.issuer, o.issuer)),
    );
    const e = entries[i];
    if (!e) {
      entries.push({
        kind: o.kind, identifier: o.identifier, number: o.number, symbol: o.symbol, year: null,
        date: o.date, issuer: o.issuer, family: o.family, raw: o.raw, locations: [o.location],
      });
      dateKeys.push(oDate);
      continue;
    }
    e.locations.push(o.location);
    e.kind ??= o.kind;
    e.issuer ??= o.issuer;
    if (dateKeys[i] === null && oDate !== null) {
      dateKeys[i] = oDate;
      e.date = o.date;
    }
  }
  for (const e of entries) e.year = citationYear(e.identifier, e.date);
  return entries;
}

function normalizeDateRaw(raw: string | null): string | null {
  return raw === null ? null : raw.replace(/\s+/g, "");
}

function citationYear(identifier: string, date: string | null): number | null {
  return parseIdentifier(identifier)?.year ?? (date ? Number(date.slice(0, 4)) : null);
}
