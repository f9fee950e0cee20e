/**
 * Legacy Vietnamese encodings (TCVN3/ABC and VNI): detection by signature words and
 * conversion to Unicode. Pure functions on strings, so every reader can use them: text
 * files (bytes decoded as Windows-1252), DOCX/PDF runs in .VnTime / VNI-Times fonts.
 *
 * Detection (reference vn-documents.md §5): words such as "cña", "vµ", "th¸ng" (TCVN3) or
 * "cuûa", "vaø", "thaùng" (VNI) do not occur in Unicode text, and letters such as "ạ", "ơ",
 * "đ" never occur in legacy text. A file is legacy when its signature words clearly
 * outnumber its Unicode-only words; a line is converted when the file is legacy (or the
 * line alone carries two signature words) and the line has no Unicode-only letter — so a
 * Unicode file with one pasted TCVN3 paragraph is repaired without touching the rest.
 *
 * Must run before NFC and the Đ look-alike fix: TCVN3 "é" is Ð (U+00D0) and "ư" is the soft
 * hyphen.
 */
import { TCVN3_TO_UNICODE, UNICODE_TO_TCVN3, UNICODE_TO_VNI, VNI_TO_UNICODE } from "./legacy-tables.js";

export type LegacyEncoding = "tcvn3" | "vni";

/** Frequent words of plans, written in each legacy encoding to recognise it. */
const SIGNATURE_WORDS = [
  "của", "và", "ngày", "tháng", "năm", "số", "thực", "hiện", "kế", "hoạch", "đảng", "ủy", "uỷ", "thường",
  "xuyên", "các", "đến", "đơn", "vị", "nhân", "dân", "tỉnh", "phát", "triển", "quản", "lý", "tổ", "chức",
  "được", "có", "này", "để", "việc", "với", "là", "những", "công", "cơ", "quan", "sở", "tế", "về", "trên",
  "cấp", "người", "nội", "dung", "thời", "gian", "hoàn", "thành", "chủ", "trì", "phối", "hợp", "nhiệm", "vụ",
];

/** Letters of words as legacy text shows them: ASCII letters and the Latin-1 range (incl. U+00AD). */
const TOKEN = /[A-Za-z\u00A1-\u00FF]+/g;
/** Letters only Unicode Vietnamese has (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and the U+1EA0 block). */
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
const UNICODE_ONLY_G = new RegExp(UNICODE_ONLY.source, "g");
const LATIN1_HIGH = /[\u00A1-\u00FF]/;

/** Lower-cases ASCII only: TCVN3 codes are not letters with a case of their own (Ì is è, ì is ỡ). */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const TCVN3_UPPER_TO_LOWER = new Map([..."¡¢£¤¥¦§"].map((c, i) => [c, "¨©ª«¬\u00AD®"[i]!]));
const tcvn3Fold = (w: string) => asciiLower(w).replace(/[¡-§]/g, (c) => TCVN3_UPPER_TO_LOWER.get(c) ?? c);

function encodeWord(word: string, enc: LegacyEncoding): string {
  return toLegacy(word, enc);
}
const SIGNATURES: Record<LegacyEncoding, ReadonlySet<string>> = {
  tcvn3: new Set(SIGNATURE_WORDS.map((w) => tcvn3Fold(encodeWord(w, "tcvn3"))).filter((w) => LATIN1_HIGH.test(w))),
  vni: new Set(SIGNATURE_WORDS.map((w) => encodeWord(w, "vni").toLowerCase()).filter((w) => LATIN1_HIGH.test(w))),
};

interface LineScore {
  tcvn3: number;
  vni: number;
  /** Tokens with a letter only Unicode has. */
  unicode: number;
}

function scoreLine(line: string): LineScore {
  const s: LineScore = { tcvn3: 0, vni: 0, unicode: 0 };
  if (!LATIN1_HIGH.test(line)) {
    s.unicode = UNICODE_ONLY.test(line) ? (line.match(UNICODE_ONLY_G)?.length ?? 0) : 0;
    return s;
  }
  for (const m of line.matchAll(TOKEN)) {
    const w = m[0];
    if (!LATIN1_HIGH.test(w)) continue;
    if (SIGNATURES.tcvn3.has(tcvn3Fold(w))) s.tcvn3++;
    if (SIGNATURES.vni.has(w.toLowerCase())) s.vni++;
  }
  if (UNICODE_ONLY.test(line)) s.unicode = line.match(UNICODE_ONLY_G)?.length ?? 0;
  return s;
}

function pick(s: LineScore, minHits: number): LegacyEncoding | null {
  const best: LegacyEncoding = s.tcvn3 >= s.vni ? "tcvn3" : "vni";
  const hits = s[best];
  // Signature words must dominate Unicode-only letters (a Unicode file quoting one legacy word stays Unicode).
  return hits >= minHits && hits > 2 * s.unicode ? best : null;
}

/** The legacy encoding a whole text is written in, or null (Unicode, ASCII or too little evidence). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const total: LineScore = { tcvn3: 0, vni: 0, unicode: 0 };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const s = scoreLine(line);
    total.tcvn3 += s.tcvn3;
    total.vni += s.vni;
    total.unicode += s.unicode;
  }
  return pick(total, 3);
}

export interface LegacyConversion {
  text: string;
  encoding: LegacyEncoding;
  /** Lines converted. */
  lines: number;
}

/**
 * Converts the legacy lines of a text to Unicode (line breaks kept, so line numbers still
 * point at the original). Null when nothing was legacy.
 */
export function repairLegacyText(text: string, hint: LegacyEncoding | null = null): LegacyConversion | null {
  if (!LATIN1_HIGH.test(text)) return null;
  const parts = text.split(/(\r\n|\r|\n)/);
  const scores = parts.map((p, i) => (i % 2 === 0 ? scoreLine(p) : null));
  const total: LineScore = { tcvn3: 0, vni: 0, unicode: 0 };
  for (const s of scores) {
    if (!s) continue;
    total.tcvn3 += s.tcvn3;
    total.vni += s.vni;
    total.unicode += s.unicode;
  }
  const fileEncoding = hint ?? pick(total, 3);

  const chosen: Array<LegacyEncoding | null> = parts.map((p, i) => {
    const s = scores[i];
    if (!s || s.unicode > 0 || !LATIN1_HIGH.test(p)) return null;
    return fileEncoding ?? pick(s, 2);
  });
  const converted = chosen.filter((c) => c !== null);
  if (converted.length === 0) return null;
  const sentenceCase = tcvn3SentenceCase(parts.filter((_, i) => chosen[i] === "tcvn3"));
  const out = parts.map((p, i) => {
    const enc = chosen[i];
    if (!enc) return p;
    return enc === "vni" ? vniToUnicode(p) : tcvn3ToUnicode(p, sentenceCase);
  });
  const counts = { tcvn3: 0, vni: 0 };
  for (const c of converted) counts[c]++;
  return { text: out.join(""), encoding: counts.vni > counts.tcvn3 ? "vni" : "tcvn3", lines: converted.length };
}

/** Converts legacy text to Unicode (NFC); `encoding` says which table. */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === "vni") return vniToUnicode(text);
  const lines = text.split(/(\r\n|\r|\n)/);
  const sentenceCase = tcvn3SentenceCase(lines.filter((_, i) => i % 2 === 0));
  return lines.map((l, i) => (i % 2 === 0 ? tcvn3ToUnicode(l, sentenceCase) : l)).join("");
}

/** Unicode → legacy encoding (for fixtures and tests); letters the encoding cannot write stay as they are. */
export function toLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === "vni" ? UNICODE_TO_VNI : UNICODE_TO_TCVN3;
  let out = "";
  for (const c of text.normalize("NFC")) out += table.get(c) ?? c;
  return out;
}

function vniToUnicode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const pair = VNI_TO_UNICODE.get(s.slice(i, i + 2));
    if (pair !== undefined && i + 1 < s.length) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_TO_UNICODE.get(s[i]!) ?? s[i];
  }
  return out;
}

/* ---- TCVN3 capitals ---------------------------------------------------------------------
 * TCVN3 has no capital toned vowels: ".VnTimeH" headings use the lower-case codes, so
 * "KÕ HO¹CH" reads "Kế HOạCH". Case is restored per word and per line:
 *  - a word without lower-case ASCII letters is in capitals when it has two upper-case ASCII
 *    letters ("HO¹CH") or starts with a legacy letter followed by one ("ñY");
 *  - a line is in capitals when it has such a word and no word with a lower-case ASCII
 *    letter (words with digits, identifiers, are left out: "Sè 104-KH/§U" is "Số …");
 *  - in a file where lines start with capitals (one paragraph per line, not hard-wrapped),
 *    a toned vowel opening a line, a numbered or bulleted item, or a sentence is a capital
 *    ("4. ñy ban" is "4. Ủy ban").
 */
const isTcvn3Letter = (c: string) => TCVN3_TO_UNICODE.has(c);
/** Toned vowels: the codes with no capital of their own. */
const isCaselessCode = (c: string) => isTcvn3Letter(c) && !"¡¢£¤¥¦§¨©ª«¬\u00AD®".includes(c);

interface WordShape {
  upper: number;
  lower: number;
  legacy: number;
  firstLegacy: boolean;
}

function shape(word: string): WordShape {
  const s: WordShape = { upper: 0, lower: 0, legacy: 0, firstLegacy: false };
  let first = true;
  for (const c of word) {
    if (c >= "A" && c <= "Z") s.upper++;
    else if (c >= "a" && c <= "z") s.lower++;
    else if (isTcvn3Letter(c)) {
      s.legacy++;
      if (first) s.firstLegacy = true;
    } else continue;
    first = false;
  }
  return s;
}

const isCapsWord = (s: WordShape) => s.lower === 0 && s.legacy > 0 && (s.upper >= 2 || (s.upper >= 1 && s.firstLegacy));

/** Whether ambiguous line starts should be capitals: lines of the file mostly start upper-case. */
function tcvn3SentenceCase(lines: string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const l of lines) {
    if (!/[a-z]/.test(l)) continue; // capitals lines say nothing about sentence case
    const m = /[A-Za-z\u00A1-\u00FF]/.exec(l.replace(LINE_PREFIX, ""));
    const c = m?.[0];
    if (c === undefined || isCaselessCode(c)) continue;
    if ((c >= "A" && c <= "Z") || "¡¢£¤¥¦§".includes(c)) upper++;
    else lower++;
  }
  return upper + lower > 0 && lower <= 0.05 * (upper + lower);
}

/** List markers and outline numbers before the first word of a line ("- ", "4. ", "a) ", "II. "). */
const LINE_PREFIX = /^[\s\-+*•–]*(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVX]{1,5}|[a-zđ])[.):]\s*)?[\s\-+*•–]*/;

function tcvn3ToUnicode(line: string, sentenceCase: boolean): string {
  const tokens = line.split(/(\s+)/);
  const words = tokens.map((t, i) => (i % 2 === 0 && t !== "" && !/\d/.test(t) ? shape(t) : null));
  const capsLine = words.some((w) => w !== null && isCapsWord(w)) && !words.some((w) => w !== null && w.lower > 0);
  let out = tokens
    .map((t, i) => {
      const conv = mapTcvn3(t);
      const w = words[i];
      return capsLine || (w && isCapsWord(w)) ? conv.toUpperCase() : conv;
    })
    .join("");
  if (sentenceCase && !capsLine) out = capitaliseStarts(line, out);
  return out;
}

function mapTcvn3(s: string): string {
  let out = "";
  for (const c of s) out += TCVN3_TO_UNICODE.get(c) ?? c;
  return out;
}

/** Upper-cases a caseless toned vowel at the start of the line's first word and after ". ", "! ", "? ". */
function capitaliseStarts(original: string, converted: string): string {
  // Conversion is one UTF-16 unit for one, so offsets in `original` are offsets in `converted`.
  const starts = [LINE_PREFIX.exec(original)?.[0].length ?? 0];
  for (const m of original.matchAll(/[.!?]\s+/g)) starts.push(m.index + m[0].length);
  const parts: string[] = [];
  let from = 0;
  // "4. " is both the line prefix and a sentence end: each position once, in order.
  for (const at of [...new Set(starts)].sort((a, b) => a - b)) {
    if (at >= original.length || !isCaselessCode(original[at]!)) continue;
    parts.push(converted.slice(from, at), converted[at]!.toUpperCase());
    from = at + 1;
  }
  if (from === 0) return converted;
  parts.push(converted.slice(from));
  return parts.join("");
}
