import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { findDates } from "../../src/vocab/dates.js";
import {
  isPersonName,
  isPositionLine,
  issuerFromSentence,
  parseDateLine,
  parseNumberLine,
  parseNumberText,
  parseParentLine,
  periodFromTitle,
} from "../../src/extract/header.js";
import { kindFromSymbol, kindFromTitleWord, kindFromTypeWord } from "../../src/extract/kinds.js";
import { classifyColumn, parseLabel } from "../../src/vocab/labels.js";
import { isAppendixHeading } from "../../src/extract/segments.js";
import { isCollectiveUnit, issuersCompatible, splitUnits, unitKey } from "../../src/vocab/units.js";
import { looksLikeTableHeader } from "../../src/ingest/lines.js";
import { detectLegacyEncoding, fromLegacy, repairLegacyText } from "../../src/normalize/legacy.js";
import { cleanLine } from "../../src/normalize/markup.js";
import { isAllCaps, parseNumbering } from "../../src/normalize/numbering.js";
import { normalizeText } from "../../src/normalize/text.js";

/**
 * Catastrophic-backtracking audit: every family of regular expressions that touches document
 * text gets 1 MB lines built to make a backtracking regex go quadratic or worse (long runs of
 * what an optional/repeated part accepts, then a character that makes the match fail).
 * Linear code takes tens to hundreds of milliseconds here; a quadratic regex takes minutes.
 * The bounds are guards against that, not benchmarks. (Deadline and citation parsers have
 * their own such tests.)
 */
const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const SP = " ".repeat(MB);

/** Lines aimed at the regexes of headers, numbering, labels, units, markup, tables and legacy text. */
const LINES: Array<[string, string]> = [
  ["appendix heading, spaces then junk", `PHỤ LỤC 1${SP}x`],
  ["appendix heading, spaces around a colon", `PHỤ LỤC${SP}:${SP}x`],
  ["number line, spaces", `Số${SP}:${SP}x`],
  ["number line, digits", `Số ${fill("1")}/`],
  ["number text, symbol run", `104-${fill("KH/")}`],
  ["date line, spaces", `Hà Nội,${SP}ngày${SP}x`],
  ["date line, numbers", `Hà Nội, ngày ${fill("1 ")}`],
  ["Kèm theo, type words", `(Kèm theo ${fill("Kế hoạch số ")})`],
  ["Kèm theo, spaces", `(Kèm theo Kế hoạch số${SP}/x`],
  ["roman numbering", `${fill("I")} x`],
  ["roman numbering, spaces around the dot", `IV${SP}.${SP}`],
  ["arabic numbering", `${fill("1.")} x`],
  ["lettered item, spaces", `a)${SP}`],
  ["list markers", `${fill("- ")}x`],
  ["marker characters only", `${fill("-")}x`],
  ["stars", `${fill("*")}x`],
  ["bold pairs", `${fill("** ")}x`],
  ["emphasis words", fill("*a ")],
  ["stamp serial", `${fill("1.")}1`],
  ["initials", fill("T. ")],
  ["capitals", fill("ĐẢNG ")],
  ["person name", fill("Nguyễn ")],
  ["position line", `GIÁM ĐỐC ${fill("A ")}`],
  ["label with many units", `Đơn vị chủ trì:${fill("Văn phòng, ")}`],
  ["phối hợp với", `Phòng phối hợp với ${fill("Sở ")}: x`],
  ["unit list prefix", `Các phòng: ${fill("A, ")}`],
  ["issuer sentence", `${fill("Sở Y tế ")}ban hành kế hoạch`],
  ["issuer sentence, commas", `${fill(", Sở ")}x`],
  ["period", fill("giai đoạn 2026 ")],
  ["table header words", fill("STT Nhiệm vụ Chủ trì ")],
  ["dates, separators", fill("1/1/")],
  ["dates, written", `ngày ${fill("1 tháng ")}`],
  ["NFD", fill("Đảng ủy ").normalize("NFD")],
  ["combining marks", `a${"\u0301".repeat(MB)}`],
  ["TCVN3", fill("cña vµ th¸ng ")],
  ["VNI", fill("cuûa vaø thaùng ")],
  ["TCVN3 capitals", fill("HO¹CH ")],
  ["tone keys", fill("hòa thủy khỏe ")],
  ["abbreviations with D", fill("BGD KHHGD ")],
];

const FUNCTIONS: Array<[string, (s: string) => unknown]> = [
  ["normalizeText", normalizeText],
  ["cleanLine", cleanLine],
  ["parseNumbering", parseNumbering],
  ["isAllCaps", isAllCaps],
  ["looksLikeTableHeader", looksLikeTableHeader],
  ["isAppendixHeading", isAppendixHeading],
  ["parseNumberLine", parseNumberLine],
  ["parseNumberText", parseNumberText],
  ["parseDateLine", parseDateLine],
  ["parseParentLine", parseParentLine],
  ["issuerFromSentence", issuerFromSentence],
  ["periodFromTitle", periodFromTitle],
  ["isPositionLine", isPositionLine],
  ["isPersonName", isPersonName],
  ["kindFromTitleWord", kindFromTitleWord],
  ["kindFromTypeWord", kindFromTypeWord],
  ["kindFromSymbol", kindFromSymbol],
  ["classifyColumn", classifyColumn],
  ["parseLabel", parseLabel],
  ["splitUnits", splitUnits],
  ["unitKey", unitKey],
  ["isCollectiveUnit", isCollectiveUnit],
  ["issuersCompatible", (s) => issuersCompatible(s, s.slice(1))],
  ["findDates", findDates],
  ["detectLegacyEncoding", detectLegacyEncoding],
  ["repairLegacyText", (s) => repairLegacyText(s)],
  ["fromLegacy tcvn3", (s) => fromLegacy(s, "tcvn3")],
  ["fromLegacy vni", (s) => fromLegacy(s, "vni")],
];

describe("regex audit: 1 MB adversarial lines", () => {
  it.each(LINES)("%s: every text function", { timeout: 60_000 }, (_name, line) => {
    for (const [fn, f] of FUNCTIONS) {
      const t = performance.now();
      f(line);
      const ms = performance.now() - t;
      expect(ms, fn).toBeLessThan(2000); // measured ≤ 0.5 s; a quadratic regex takes minutes
    }
  });

  /** The whole pipeline, where lines also become tables, paragraphs and documents. */
  const FILES: Array<[string, string]> = [
    ...LINES,
    ["1 MB of tabs (a row of 10⁶ cells)", `${fill("\t")}x`],
    ["pipe row", `|${fill(" |")}x`],
    ["pipe separator, spaces", `| --- ${SP}x |`],
    ["pipe separator, spaces after the dashes", `|---${SP}x|`],
    ["10⁵ one-letter lines (CR)", fill("a\r")],
    ["10⁵ pages", fill("\f1\n")],
    ["10⁵ recipients", `Nơi nhận:${fill(" - UBND")}`],
    ["duties under TỔ CHỨC THỰC HIỆN", `III. TỔ CHỨC THỰC HIỆN\n1. ${fill("Văn phòng ")}`],
    ["a deadline cell", `Thời gian hoàn thành: ${fill("Quý I-")}`],
    ["citations", fill("Kế hoạch số 1/KH-UB của Sở ")],
  ];
  it.each(FILES)("%s: ingest and extract", { timeout: 60_000 }, async (_name, text) => {
    const t = performance.now();
    const pf = await extractBytes(new TextEncoder().encode(text), "adversarial.txt");
    expect(performance.now() - t).toBeLessThan(8000);
    expect(pf.schemaVersion).toBe(1);
  });
});
