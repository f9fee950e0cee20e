/**
 * What identifies a document across a repository. The số/ký hiệu alone does not: state
 * numbers restart every calendar year (Nghị định 30/2020/NĐ-CP Phụ lục I), Party numbers
 * every term of the committee (Hướng dẫn 36-HD/VPTW), and two different Đảng ủy both
 * write `/ĐU`. A document is named by kind, identifier, numbering period and issuer
 * (vn-documents.md §0).
 */
import { citationFamily, parseIdentifier } from "../extract/identifier.js";
import { issuersCompatible, unitKey } from "../vocab/units.js";
import type { CitationFamily } from "../model/citation.js";
import { fixDLookalikes } from "../normalize/text.js";

/**
 * Comparison key of a số/ký hiệu: no spaces, upper case, Đ and D alike (a lost stroke is a
 * common slip: "104-KH/DU"), leading zeros dropped ("05/KH-SYT" is number 5).
 */
export function identifierKey(identifier: string): string {
  return fixDLookalikes(identifier.normalize("NFC"))
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/Đ/g, "D")
    .replace(/^0+(?=\d)/, "");
}

/** The numbering family of a document from its identifier and kind (null when it has no number). */
export function documentFamily(identifier: string | null, kind: string | null): CitationFamily | null {
  if (!identifier) return null;
  const parsed = parseIdentifier(identifier);
  return parsed ? citationFamily(parsed, kind) : null;
}

/** Year a document's number belongs to: the year inside a legal number, else the issue date's. */
export function numberYear(identifier: string | null, date: string | null): number | null {
  const parsed = identifier ? parseIdentifier(identifier) : null;
  return parsed?.year ?? (date ? Number(date.slice(0, 4)) : null);
}

/** A Party committee's term is five years; numbers of two dates further apart cannot be one sequence. */
const PARTY_TERM_YEARS = 5;

/**
 * Whether two numbers may belong to one numbering sequence: same calendar year for state
 * documents, within one term for Party documents. An unknown year never rules it out.
 */
export function samePeriod(family: CitationFamily | null, a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  if (family === "party") return Math.abs(a - b) < PARTY_TERM_YEARS;
  return a === b;
}

/** The issuer a number names by itself: "SYT" in `6757/KH-SYT`, "UBND" in `14/KH-UBND`, "TU" in `58-KH/TU`. */
export function issuerCode(identifier: string): string | null {
  return parseIdentifier(identifier)?.issuerCode ?? null;
}

/** A unit of the config: canonical name and the other ways it is written. */
export interface UnitAliases {
  name: string;
  aliases: string[];
}

/**
 * Compares issuer names through the config's `units` (an alias stands for its unit's name)
 * and then `issuersCompatible`: equal unit-name keys, or one a word prefix of the other
 * after expanding common abbreviations ("UBND tỉnh" / "Ủy ban nhân dân tỉnh Lai Châu").
 */
export class IssuerMatcher {
  private readonly canonicalByKey = new Map<string, string>();
  /** A repository has few distinct issuer names and compares them very often. */
  private readonly seen = new Map<string, boolean>();

  constructor(units: readonly UnitAliases[] = []) {
    for (const u of units) {
      for (const name of [u.name, ...u.aliases]) {
        const k = unitKey(name);
        if (k && !this.canonicalByKey.has(k)) this.canonicalByKey.set(k, u.name);
      }
    }
  }

  /** The config's name for this unit, or the name as written. */
  canonical(name: string): string {
    return this.canonicalByKey.get(unitKey(name)) ?? name;
  }

  compatible(a: string, b: string): boolean {
    const k = `${a}\u0000${b}`;
    let v = this.seen.get(k);
    if (v === undefined) {
      v = issuersCompatible(this.canonical(a), this.canonical(b));
      if (this.seen.size > 100_000) this.seen.clear();
      this.seen.set(k, v);
    }
    return v;
  }

  /** Key of the canonical name, to group citations of one issuer. */
  key(name: string): string {
    return unitKey(this.canonical(name));
  }
}
