import { isValidDate, toIso, findDates } from "../vocab/dates.js";
import { kindFromSymbol, kindFromTypeWord } from "./kinds.js";
import type { ParentReference } from "../model/document.js";

/** Số / ký hiệu as printed on a number line or in a "Kèm theo" line, number possibly blank. */
export interface NumberFields {
  identifier: string | null;
  number: string | null;
  symbol: string | null;
}

/** Parses "6757 /KH-SYT", "104-KH/ĐU", " /KH-SYT", "05/2026/QĐ-UBND" (spaces tolerated). */
export function parseNumberText(text: string): NumberFields | null {
  const compact = text.replace(/\s+/g, "");
  const m = /^(\d*)([/-])([A-ZĐ0-9][A-Za-zĐđ0-9/-]*[A-Za-zĐđ0-9])/u.exec(compact);
  if (!m || !/[A-ZĐ]/u.test(m[3]!)) return null;
  const number = m[1] === "" ? null : m[1]!;
  let symbol = m[3]!;
  const legal = m[2] === "/" ? /^((?:19|20)\d{2})\/(.+)$/.exec(symbol) : null;
  if (legal) symbol = legal[2]!;
  return { identifier: number ? `${number}${m[2]}${m[3]}` : null, number, symbol };
}

/** "Số: 660/BC-TTYT" (state), "Số 104-KH/ĐU" (Party), "Số: /KH-SYT" (draft). */
export function parseNumberLine(text: string): (NumberFields & { raw: string }) | null {
  const m = /^Số\s*:?\s*(.*)$/u.exec(text.trim());
  if (!m) return null;
  const fields = parseNumberText(m[1]!);
  return fields ? { ...fields, raw: text.trim() } : null;
}

export interface DateLine {
  place: string | null;
  date: string | null;
  dateRaw: string;
}

// Run on text with whitespace collapsed, so " ?" stands for "\s*" and two optional runs
// around a blank number cannot backtrack quadratically on a long run of spaces.
const WRITTEN_DATE = /ngày ?(\d{0,2}) ?tháng ?(\d{0,2}) ?năm ?(\d{4})/u;
const NUMERIC_DATE = /ngày ?(\d{0,2}) ?[/.-] ?(\d{0,2}) ?[/.-] ?(\d{4})/u;

/** A date that may have blank parts ("ngày /01/2026", "ngày    tháng 01 năm 2026"). */
export function parseBlankableDate(input: string): { date: string | null; raw: string } | null {
  const text = input.replace(/\s+/gu, " ");
  const m = WRITTEN_DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1] || 0), Number(m[2] || 0), Number(m[3])];
  return { date: d && mo && isValidDate(y, mo, d) ? toIso(y, mo, d) : null, raw: m[0].replace(/\s+/g, " ").trim() };
}

/** "<Địa danh>, ngày 22 tháng 6 năm 2025". */
export function parseDateLine(text: string): DateLine | null {
  const m = /^([^,\d]{2,60}),\s*(ngày\b.*)$/u.exec(text.trim());
  if (!m) return null;
  const d = parseBlankableDate(m[2]!);
  return d ? { place: m[1]!.trim(), date: d.date, dateRaw: d.raw } : null;
}

/** "(Kèm theo Kế hoạch số 104-KH/ĐU ngày 22/6/2026 của Đảng ủy Sở Y tế)". */
export function parseParentLine(text: string): ParentReference | null {
  // Prefix by regex, the rest by hand: "(.*?)\)?\s*$" is quadratic on a run of spaces.
  const t = text.trim();
  const m = /^\(?\s*(?:Ban hành\s+)?kèm theo\s+/iu.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const body = rest.endsWith(")") ? rest.slice(0, -1).trimEnd() : rest;
  // "(?:\s*:)?[\d\s]*" accepts what "\s*:?\s*[\d\s]*" did without three space runs meeting.
  const num = /số(?:\s*:)?([\d\s]*[/-]\s*[A-ZĐ][\wĐđ/-]*)/u.exec(body);
  const fields = num ? parseNumberText(num[1]!) : null;
  const date = parseBlankableDate(body);
  const cua = /\bcủa\s+/u.exec(body);
  const issuerText = cua ? body.slice(cua.index + cua[0].length).replace(/\)\s*$/, "").trim() : "";
  return {
    kind: kindFromTypeWord(body) ?? kindFromSymbol(fields?.symbol ?? null),
    identifier: fields?.identifier ?? null,
    number: fields?.number ?? null,
    symbol: fields?.symbol ?? null,
    date: date?.date ?? null,
    dateRaw: date?.raw ?? null,
    issuer: issuerText || null,
    raw: text.trim(),
  };
}

/** The issuer named in the opening sentence: "…, Đảng ủy Sở Y tế ban hành kế hoạch …". */
export function issuerFromSentence(text: string): string | null {
  const m =
    /(?:^|[,;]\s+)([\p{Lu}][^,;:()]{2,80}?)\s+(?:ban hành|xây dựng|lập|triển khai|báo cáo)\s+(?:kế hoạch|báo cáo|kết quả|chương trình|quyết định)/iu.exec(
      text,
    );
  if (!m) return null;
  const name = m[1]!.trim();
  // "Thực hiện Kế hoạch 2943/KH-UBND … của UBND tỉnh ban hành Kế hoạch …" names a cited body, not the issuer.
  if (/\d|\bcủa\b|^(?:Thực hiện|Căn cứ|Theo|Trên đây)/iu.test(name)) return null;
  return name.split(/\s+/).length <= 10 ? name : null;
}

/** Years the document covers, from its title: "giai đoạn 2026-2030", "năm 2026". */
export function periodFromTitle(title: string | null): { from: number; to: number } | null {
  if (!title) return null;
  // Dates and numbered citations carry years that are not the period.
  let t = title;
  for (const d of findDates(t)) t = t.replace(d.raw, " ");
  t = t.replace(/(?<!\d)\d+\s*[/-]\s*[A-ZĐ][\wĐđ/-]*/gu, " "); // (?<!\d): one try per digit run, not per digit
  // No optional prefix and "\s*" before the year: unanchored, that pair is quadratic on a run of spaces.
  const range = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/iu.exec(t);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from <= to) return { from, to };
  }
  // "Kết quả năm 2025 và phương hướng, nhiệm vụ năm 2026" covers both years.
  const years = Array.from(t.matchAll(/\bnăm\s+((?:19|20)\d{2})\b/giu), (m) => Number(m[1]));
  return years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null;
}

const POSITION =
  /^(?:(?:KT|TM|TL|TUQ|Q|K\/T|T\/M|T\/L)\.?\s+.+|(?:PHÓ\s+)?(?:GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG KHOA|THỦ TRƯỞNG)(?:\s+.*)?)$/u;

/** True for a signing-position line ("GIÁM ĐỐC", "T/M ĐẢNG ỦY", "KT. GIÁM ĐỐC"). */
export function isPositionLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && t === t.toUpperCase() && POSITION.test(t);
}

/** A person's name: 2–6 capitalised words, letters only ("Nguyễn Thế Phong"). */
export function isPersonName(text: string): boolean {
  return /^[\p{Lu}][\p{Ll}]*(?:\s+[\p{Lu}][\p{Ll}]*){1,5}$/u.test(text.trim());
}

/** A header line that only continues the unit name above it with a place ("THÀNH PHỐ HỒ CHÍ MINH"). */
const PLACE_CONTINUATION = /^(?:THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ|PHƯỜNG|XÃ|ĐẶC KHU|KHU VỰC)\s/u;

/**
 * The issuer from the capitalised lines above the number: the last line names it ("UBND
 * TỈNH LAI CHÂU / SỞ Y TẾ" → "SỞ Y TẾ"), unless it only carries the place of the line
 * above ("ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH" is one name).
 */
export function issuerFromOrgLines(lines: string[]): string | null {
  const last = lines[lines.length - 1];
  if (last === undefined) return null;
  const above = lines[lines.length - 2];
  return above !== undefined && PLACE_CONTINUATION.test(last) ? `${above} ${last}` : last;
}
