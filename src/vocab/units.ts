/**
 * Unit (organisation) names as printed in lead/coordinator cells and issuer clauses, and the
 * key used to compare them. The same unit is written many ways in one document: "Đảng ủy" and
 * "Đảng uỷ", "BGD" and "BGĐ", "Văn Phòng" and "Văn phòng" (vn-documents.md §5).
 */
import { fixDLookalikes } from "../normalize/text.js";
import { spaceOr, trimWhere } from "../normalize/text.js";

const TONES = "\u0300\u0301\u0303\u0309\u0323";
/**
 * Old-style tone on the first vowel of a syllable-final oa/oe/uy ("hòa", "khỏe", "thủy"),
 * in NFD. Not after q ("quý", "quả" are not variants) and not before a final consonant or
 * another vowel ("hoàng", "huỳnh", "khuya"), where both styles already agree.
 */
const TONE_ON_FIRST_OA = new RegExp(`(?<![qQ])([oO])([${TONES}])([aAeE])(?![\\p{L}\\p{M}])`, "gu");
const TONE_ON_FIRST_UY = new RegExp(`(?<![qQ])([uU])([${TONES}])([yY])(?![\\p{L}\\p{M}])`, "gu");

/**
 * Memo for the comparison keys: a repository repeats the same unit names and phrases
 * thousands of times, and NFD/NFC round trips are the costly part. Bounded; cleared when full.
 */
function memo(fn: (s: string) => string, max = 5_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    // Long texts (task wording) rarely repeat; keeping them would only hold memory.
    if (s.length > 200) return fn(s);
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Text with tone marks placed the new way (hoà, khoẻ, thuỷ), NFC. Only for comparing. */
export const toneKey = memo((text: string): string => toneKeyOf(text));

function toneKeyOf(text: string): string {
  return text.normalize("NFD").replace(TONE_ON_FIRST_OA, "$1$3$2").replace(TONE_ON_FIRST_UY, "$1$3$2").normalize("NFC");
}

/** An ASCII all-caps token shaped like a Vietnamese syllable ("DU", "DA") is a word, not an abbreviation. */
const SYLLABLE = /^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?$/u;

/** An all-caps token standing alone (not part of an accented word like "ĐẢNG") that contains a D. */
const CAPS_WITH_D = /(?<!\p{L})(?=[A-ZĐ]*D)[A-ZĐ]{2,}(?!\p{L})/gu;

/** "BGD" → "BGĐ", "KHHGD" → "KHHGĐ": a lost stroke inside abbreviations, never in words. */
function fixAbbreviationD(text: string): string {
  return text.replace(CAPS_WITH_D, (tok) => (SYLLABLE.test(tok) ? tok : tok.replace(/D/g, "Đ")));
}

/** Comparison key for unit names: equal keys, same unit as far as the text can tell. */
export const unitKey = memo((name: string): string => unitKeyOf(name));

function unitKeyOf(name: string): string {
  const text = fixDLookalikes(name.normalize("NFC"));
  return toneKey(fixAbbreviationD(text))
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}

/** Abbreviations issuers are written with; only used to decide whether two issuers may be the same. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["UBND", "Ủy ban nhân dân"], ["HĐND", "Hội đồng nhân dân"], ["TW", "Trung ương"], ["SYT", "Sở Y tế"],
  ["BCH", "Ban Chấp hành"], ["BTV", "Ban Thường vụ"], ["TU", "Tỉnh ủy"], ["ĐU", "Đảng ủy"],
  ["BCT", "Bộ Chính trị"], ["BYT", "Bộ Y tế"], ["TP", "Thành phố"], ["TTg", "Thủ tướng Chính phủ"],
];
const EXPANSION = new Map(ABBREVIATIONS.map(([a, full]) => [unitKey(a), unitKey(full)]));

function expandedWords(name: string): string[] {
  return unitKey(name)
    .split(" ")
    .flatMap((w) => (EXPANSION.get(w) ?? w).split(" "));
}

/**
 * Two issuer clauses that may name the same body: equal keys, or one a word prefix of the
 * other ("Sở Y tế" / "Sở Y tế Thành phố Hồ Chí Minh"), after expanding common abbreviations.
 */
export function issuersCompatible(a: string, b: string): boolean {
  const [x, y] = [expandedWords(a), expandedWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w, i) => w === long[i]);
}

/** Capitalised words that begin a unit name; after a comma they start a new unit. */
const UNIT_HEADS = [
  "Văn phòng", "Văn Phòng", "Sở", "Phòng", "Ban", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Đảng ủy", "Đảng uỷ",
  "BTV", "UBKT", "Trung tâm", "Bệnh viện", "Chi cục", "Tổng cục", "Cục", "Thanh tra", "Công an", "Bộ",
  "Viện", "Trường", "Hội đồng", "Hội", "Đoàn", "Thủ trưởng", "Lãnh đạo", "Phó Giám đốc", "Giám đốc",
  "Ban Giám đốc", "BGĐ", "BGD", "Trưởng", "Chủ tịch", "Bí thư", "Khoa", "Trạm", "Tỉnh ủy", "Tỉnh uỷ",
  "Thành ủy", "Thành uỷ", "Mặt trận", "MTTQ", "Công đoàn", "Liên đoàn", "Kho bạc", "BHXH", "Bảo hiểm",
  "Ngân hàng", "Người đứng đầu", "Đ/c", "Đồng chí", "TTYT", "VP",
];
const NEW_UNIT = new RegExp(`^(?:[Cc]ác|CÁC|(?:${UNIT_HEADS.join("|")}))(?![\\p{L}\\p{N}])`, "u");
/** "Các chi", "Các sở": a bare plural head, continued by coordinated heads ("Các Sở, Ban, ngành"). */
const BARE_PLURAL = /^(?:các|những)\s+\S+$/iu;
/** "Các phòng: Nghiệp vụ Y, TCCB" — a plural head and a colon introduce a list of units. */
const LIST_PREFIX = /^(?:các|những)\s[^:,;]{1,40}:\s*/iu;
const EDGE_JUNK = spaceOr(".,;:*");

/** Splits a lead/coordinator cell or label value into unit names, kept as printed (NFC). */
export function splitUnits(cell: string): string[] {
  const out: string[] = [];
  for (const line of cell.normalize("NFC").split(/[;\r\n]+/)) {
    const piece = line.trim();
    const list = LIST_PREFIX.exec(piece);
    const units = list ? piece.slice(list[0].length).split(",") : splitOnNewUnits(piece);
    for (const u of units) {
      const clean = trimWhere(u, EDGE_JUNK);
      if (clean) out.push(clean);
    }
  }
  return out;
}

/** True when the text begins the way a unit name does ("Văn phòng …", "Các đơn vị …", "UBND …"). */
export function startsWithUnitHead(text: string): boolean {
  return NEW_UNIT.test(text.trimStart());
}

/** Commas separate units only where a new complete unit begins. */
function splitOnNewUnits(piece: string): string[] {
  const units: string[] = [];
  for (const part of piece.split(",")) {
    const last = units.length - 1;
    const startsUnit = NEW_UNIT.test(part.trimStart()) && !BARE_PLURAL.test(units[last]?.trim() ?? "");
    if (last < 0 || startsUnit) units.push(part);
    else units[last] += `,${part}`;
  }
  return units;
}

const COLLECTIVE_HEAD = ["Thủ trưởng", "Lãnh đạo", "Người đứng đầu", "Trưởng", "Giám đốc", "Bí thư", "Đại diện", "Cán bộ", "Cấp ủy"];
const QUANTIFIERS = ["các", "những", "toàn thể", "tất cả", "mọi", "toàn bộ"];
const COLLECTIVE = new RegExp(
  `^(?:(?:${COLLECTIVE_HEAD.map(unitKey).join("|")}) )?(?:${QUANTIFIERS.join("|")})(?: |$)|(?:^| )(?:có )?liên quan$`,
  "u",
);

/** "Nobody in particular": a plural of units ("Các phòng chuyên môn", "Thủ trưởng các đơn vị …"). */
export function isCollectiveUnit(name: string): boolean {
  return COLLECTIVE.test(unitKey(name));
}
