/**
 * Resolution of citations against the documents present: each citation of the run is
 * resolved (the document is here and agrees), mismatched (it is here, but the citation gives
 * another date or issuer), unresolved (it should be here — a kind and an issuer inside the
 * repository's scope — and is not) or external (someone else's document).
 */
import type { Citation } from "../model/citation.js";
import { CorpusIndex, type Corpus, type IndexedDocument } from "./index.js";
import { identifierKey, issuerCode, samePeriod, type UnitAliases } from "./keys.js";

/** The config's `resolve` section. */
export interface ResolveSettings {
  /** Kinds whose citations must resolve (default KH, BC, CTr). */
  kinds?: string[];
  /** Issuers inside the repository's scope (default: issuers of the documents present). */
  issuers?: string[];
}

export const DEFAULT_RESOLVE_KINDS = ["KH", "BC", "CTr"] as const;

export type ResolutionStatus = "resolved" | "mismatched" | "unresolved" | "external";

export interface Resolution {
  from: IndexedDocument;
  citation: Citation;
  /** Index of the citation in `from.doc.references`. */
  referenceIndex: number;
  status: ResolutionStatus;
  /** The document cited, when present (resolved or mismatched). */
  target: IndexedDocument | null;
  /** What the citation gets wrong about the target. */
  differs: { date?: { cited: string; actual: string }; issuer?: { cited: string; actual: string } };
  /** Other documents with the same số/ký hiệu (another year or issuer): hints for an unresolved citation. */
  sameNumber: IndexedDocument[];
  /** Kind listed in `resolve.kinds` and issuer inside the scope. */
  inScope: boolean;
}

export interface ResolvedCorpus {
  index: CorpusIndex;
  resolutions: Resolution[];
}

const memo = new WeakMap<Corpus, Map<string, ResolvedCorpus>>();

/**
 * Index and resolutions of a corpus, computed once per corpus and settings: every project
 * rule of a run reads the same result.
 */
export function resolveCorpus(corpus: Corpus, units: readonly UnitAliases[] = []): ResolvedCorpus {
  const key = JSON.stringify(units);
  let byUnits = memo.get(corpus);
  if (!byUnits) memo.set(corpus, (byUnits = new Map()));
  const hit = byUnits.get(key);
  if (hit) return hit;
  const index = new CorpusIndex(corpus.files, units);
  const present = index.presentIssuers();
  const resolutions: Resolution[] = [];
  for (const from of index.documents) {
    const settings = corpus.resolveSettings?.(from.file) ?? {};
    const scope = { kinds: settings.kinds ?? [...DEFAULT_RESOLVE_KINDS], issuers: settings.issuers ?? present };
    from.doc.references.forEach((citation, referenceIndex) => {
      resolutions.push(resolveCitation(index, from, citation, referenceIndex, scope));
    });
  }
  const result = { index, resolutions };
  byUnits.set(key, result);
  return result;
}

interface Scope {
  kinds: string[];
  issuers: string[];
}

/** The issuer a citation names: its "của …" clause, else the code in its number ("SYT"). */
export function citedIssuer(c: Citation): string | null {
  return c.issuer ?? issuerCode(c.identifier);
}

function inScope(index: CorpusIndex, c: Citation, scope: Scope): boolean {
  const kind = c.kind ?? null;
  if (!kind || !scope.kinds.includes(kind)) return false;
  const issuer = citedIssuer(c);
  return issuer !== null && scope.issuers.some((s) => index.issuers.compatible(s, issuer));
}

export function resolveCitation(index: CorpusIndex, from: IndexedDocument, citation: Citation, referenceIndex: number, scope: Scope): Resolution {
  const scoped = inScope(index, citation, scope);
  const base = { from, citation, referenceIndex, differs: {}, sameNumber: [] as IndexedDocument[], inScope: scoped };
  const candidates = index.withIdentifier(identifierKey(citation.identifier)).filter((d) => d !== from);
  const family = citation.family;
  const inPeriod = candidates.filter((d) => samePeriod(family, citation.year, d.year));
  const issuers = index.issuers;
  const issuerAgrees = (d: IndexedDocument) => !citation.issuer || !d.doc.issuer || issuers.compatible(citation.issuer, d.doc.issuer);

  const agreeing = inPeriod.filter(issuerAgrees);
  if (agreeing.length > 0) {
    const target = agreeing.find((d) => d.doc.date === citation.date) ?? agreeing[0]!;
    const differs: Resolution["differs"] = {};
    if (citation.date && target.doc.date && citation.date !== target.doc.date) differs.date = { cited: citation.date, actual: target.doc.date };
    return { ...base, status: differs.date ? "mismatched" : "resolved", target, differs };
  }

  // A state number carries its issuer ("KH-SYT"): the same number in the same year is the same
  // document, and a citation naming another issuer names it wrongly — when that issuer is one
  // of the repository's, or the number's own code points at the document's issuer.
  if (inPeriod.length > 0 && family !== "party" && citation.issuer) {
    const target = inPeriod[0]!;
    const code = issuerCode(citation.identifier);
    const codeAgrees = code !== null && target.doc.issuer !== null && issuers.compatible(code, target.doc.issuer) && !issuers.compatible(code, citation.issuer);
    if (scoped || codeAgrees) {
      const differs: Resolution["differs"] = { issuer: { cited: citation.issuer, actual: target.doc.issuer ?? "" } };
      if (citation.date && target.doc.date && citation.date !== target.doc.date) differs.date = { cited: citation.date, actual: target.doc.date };
      return { ...base, status: "mismatched", target, differs };
    }
  }
  return { ...base, status: scoped ? "unresolved" : "external", target: null, sameNumber: candidates };
}
