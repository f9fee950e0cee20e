/**
 * Số/ký hiệu tokens and the three numbering families (reference: vn-documents.md §1–§3).
 *   legal  `30/2020/NĐ-CP`, `110/2023/QH15`  number/year/SYMBOL   (VBQPPL)
 *   admin  `14/KH-UBND`, `3196/UBND-KSTT`   number/TYPE-ISSUER or number/ISSUER-UNIT (công văn)
 *   party  `79-NQ/TW`, `104-KH/ĐU`          number-TYPE/ISSUER
 * The shape says how a number was written; the family says what the document is.
 */
import type { CitationFamily } from "../model/citation.js";

export type IdentifierShape = "legal" | "admin" | "party";

export interface ParsedIdentifier {
  /** Canonical: the token without whitespace ("6757 /KH-SYT" → "6757/KH-SYT"). */
  identifier: string;
  /** As printed, leading zeros kept ("05"); "" when the number was left blank (draft). */
  number: string;
  /** "KH-UBND", "NĐ-CP", "NQ/TW", "QH15". */
  symbol: string;
  /** Year inside a legal-shape identifier, else null. */
  year: number | null;
  shape: IdentifierShape;
  /** Canonical type abbreviation when the symbol carries one ("QD" → "QĐ"), else null. */
  typeCode: string | null;
  /** Issuer part as printed: "UBND" (KH-UBND), "CP", "TW", "UBND" for the công văn 3196/UBND-KSTT. */
  issuerCode: string | null;
  /** Whitespace appeared inside the token. */
  spaced: boolean;
}

const LETTER = "A-Za-zĐđƯư";
const SEG = `[${LETTER}][${LETTER}0-9]*`;
const SYM = `${SEG}(?:-${SEG})*`;
const SP = "[ \\t]*";

/**
 * Regex sources for the three shapes; every quantified run is followed by a literal separator
 * that run cannot contain, so a failing match gives up in linear time. The number is optional
 * (a blank draft number, "Số:      /KH-SYT"); when absent, whatever precedes the separator
 * must be consumed by the caller.
 */
const LEGAL_SOURCE = `(\\d{1,4})${SP}/${SP}((?:19|20)\\d{2})${SP}/${SP}(${SYM})`;
const PARTY_SOURCE = `(?:(\\d{1,4})${SP})?-${SP}(${SEG})${SP}/${SP}(${SYM})`;
const ADMIN_SOURCE = `(?:(\\d{1,5})${SP})?/${SP}(${SEG})-(${SYM})`;
/** Legal before admin: both begin "digits /". Groups: 1–3 legal, 4–6 party, 7–9 admin. */
export const IDENTIFIER_SOURCE = `(?:${LEGAL_SOURCE}|${PARTY_SOURCE}|${ADMIN_SOURCE})(?![\\p{L}\\p{N}])`;

const WHOLE = new RegExp(`^${IDENTIFIER_SOURCE}$`, "u");

/**
 * Type abbreviations, NĐ 30/2020 Phụ lục III, Party rules and legal-normative codes, with
 * legacy aliases (TT 01/2011). Keyed by the upper-cased form so OCR case slips still resolve.
 */
const TYPE_CODES = [
  "NQ", "QĐ", "CT", "QC", "QyĐ", "QĐi", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
  "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
  "KL", "CV", "BS", "NĐ", "TT", "TTLT", "NQLT", "VBHN", "L", "GN", "TTh", "UQ", "NP", "TS",
];
const TYPE_BY_UPPER = new Map(TYPE_CODES.map((c) => [c.toUpperCase(), c]));

/** "QD" → "QĐ", "Nq" → "NQ"; null when the segment is not a type abbreviation (an issuer). */
export function canonicalTypeCode(code: string): string | null {
  const upper = code.toUpperCase();
  return TYPE_BY_UPPER.get(upper) ?? TYPE_BY_UPPER.get(upper.replace(/D/g, "Đ")) ?? null;
}

/** Party bodies: TW, Tỉnh/Thành ủy, Đảng ủy, Huyện/Quận ủy and their organs (VPTW, UBKTTU, BTGTU …). */
const PARTY_ISSUER = /^(?:(?:VP|UBKT|BTG|BTC|BDV|BNC|BTGDV|BCĐ)?(?:TW|TƯ|TU|ĐU|HU|QU|ĐUK|TWĐTN)|BCSĐ|ĐĐ)$/u;

export function isPartyIssuer(code: string | null): boolean {
  if (!code) return false;
  const head = code.toUpperCase().split("-")[0]!;
  // D for Đ is a common slip ("DU"), but BDV (Ban Dân vận) has a real D: try both.
  return PARTY_ISSUER.test(head) || PARTY_ISSUER.test(head.replace(/D/g, "Đ"));
}

/** Kinds (from the type word) and symbol codes that only exist as legal-normative documents. */
const LEGAL_KINDS = new Set(["NĐ", "TT", "TTLT", "NQLT", "Luật", "PL", "VBHN"]);
/** Kinds that never take a year in their number (NĐ 30/2020 Phụ lục I); Party ones neither. */
const ADMIN_KINDS = new Set(["KH", "BC", "TTr", "TB", "CV", "CTr", "HD", "CĐ", "PA", "ĐA", "KL", "TTri"]);

export function parseIdentifier(text: string): ParsedIdentifier | null {
  const token = text.trim();
  const m = WHOLE.exec(token);
  return m ? fromMatch(m) : null;
}

/** Builds the parsed form from a match of a regex made of IDENTIFIER_SOURCE alone. */
export function fromMatch(m: RegExpExecArray): ParsedIdentifier {
  const g = (i: number): string | undefined => m[i];
  const raw = m[0];
  const identifier = raw.replace(/\s+/g, "");
  const spaced = identifier.length !== raw.length;
  if (g(2) !== undefined) {
    const symbol = g(3)!;
    const [first, ...rest] = symbol.split("-");
    const typeCode = rest.length ? canonicalTypeCode(first!) : null;
    return {
      identifier, number: g(1)!, symbol, year: Number(g(2)), shape: "legal", typeCode,
      issuerCode: typeCode ? rest.join("-") : symbol, spaced,
    };
  }
  if (g(5) !== undefined) {
    return {
      identifier, number: g(4) ?? "", symbol: `${g(5)}/${g(6)}`, year: null, shape: "party",
      typeCode: canonicalTypeCode(g(5)!), issuerCode: g(6)!, spaced,
    };
  }
  const typeCode = canonicalTypeCode(g(8)!);
  return {
    identifier, number: g(7) ?? "", symbol: `${g(8)}-${g(9)}`, year: null, shape: "admin", typeCode,
    // Công văn: the first part is the issuer and the rest the drafting unit.
    issuerCode: typeCode ? g(9)! : g(8)!, spaced,
  };
}

/** What the cited document is, from how it was written plus its type word's kind. */
export function citationFamily(id: ParsedIdentifier, kind: string | null): CitationFamily {
  if (id.shape === "party" || isPartyIssuer(id.issuerCode) || kind === "KL" || id.typeCode === "KL") return "party";
  if (id.shape === "legal") return kind && ADMIN_KINDS.has(kind) ? "admin" : "legal";
  if ((kind && LEGAL_KINDS.has(kind)) || (id.typeCode && LEGAL_KINDS.has(id.typeCode))) return "legal";
  return "admin";
}

export type CitationFormIssue =
  /** A Nghị định, Thông tư, Luật … without its year: `120/NĐ-CP`. */
  | "legal-without-year"
  /** A Party document in state shape: `57/NQ-TW`, `30/KL-TU`. */
  | "party-in-state-form"
  /** A state document in Party shape. */
  | "state-in-party-form"
  /** A plan, report, công văn … numbered with a year: `12/2021/KH-UBND`. */
  | "year-in-admin-document";

/**
 * Whether a citation's number is written in the wrong shape for what it cites. `shape` comes
 * from `parseIdentifier(citation.identifier)`; QĐ and NQ are fine with or without a year.
 */
export function citationFormIssue(c: {
  family: CitationFamily;
  shape: IdentifierShape;
  kind: string | null;
}): CitationFormIssue | null {
  if (c.family === "party") return c.shape === "party" ? null : "party-in-state-form";
  if (c.shape === "party") return "state-in-party-form";
  if (c.family === "legal" && c.shape === "admin") return "legal-without-year";
  if (c.family === "admin" && c.shape === "legal" && c.kind && ADMIN_KINDS.has(c.kind)) return "year-in-admin-document";
  return null;
}
