/**
 * The corpus index: every document of the run (all files and folders given), found by its
 * số/ký hiệu and told apart by numbering period and issuer (see keys.ts). Project rules and
 * `plan-lint refs` read the repository through it.
 */
import type { CitationFamily } from "../model/citation.js";
import type { Document } from "../model/document.js";
import type { PlanFile } from "../model/plan-file.js";
import { documentFamily, identifierKey, IssuerMatcher, numberYear, samePeriod, type UnitAliases } from "./keys.js";

/** The documents of a run, as the project rules see them. */
export interface Corpus {
  files: PlanFile[];
  /**
   * The `resolve` section of the config that applies to a file (kinds whose citations must
   * resolve, issuers inside the repository's scope); the citing file's config decides.
   * Absent: defaults for every file.
   */
  resolveSettings?(file: string): { kinds?: string[]; issuers?: string[] };
}

export interface IndexedDocument {
  /** Path of the file, as in `PlanFile.source.path`. */
  file: string;
  documentIndex: number;
  doc: Document;
  /** `identifierKey` of the số/ký hiệu; null when the number is blank (a draft). */
  idKey: string | null;
  family: CitationFamily | null;
  year: number | null;
  /**
   * An appendix kept in a file of its own ("PHỤ LỤC … (Kèm theo Kế hoạch số … )"): its
   * identity is its parent's, so it is part of that document, not a second claim to it.
   */
  part: boolean;
}

export class CorpusIndex {
  readonly documents: IndexedDocument[] = [];
  readonly issuers: IssuerMatcher;
  private readonly byKey = new Map<string, IndexedDocument[]>();

  constructor(files: readonly PlanFile[], units: readonly UnitAliases[] = []) {
    this.issuers = new IssuerMatcher(units);
    for (const pf of files) {
      pf.documents.forEach((doc, documentIndex) => {
        const entry: IndexedDocument = {
          file: pf.source.path,
          documentIndex,
          doc,
          idKey: doc.identifier ? identifierKey(doc.identifier) : null,
          family: documentFamily(doc.identifier, doc.kind),
          year: numberYear(doc.identifier, doc.date),
          part: isAppendixPart(doc),
        };
        this.documents.push(entry);
        if (entry.idKey) {
          const list = this.byKey.get(entry.idKey);
          if (list) list.push(entry);
          else this.byKey.set(entry.idKey, [entry]);
        }
      });
    }
  }

  /** Documents (parts excluded) whose số/ký hiệu has this key, in file order. */
  withIdentifier(idKey: string): IndexedDocument[] {
    return (this.byKey.get(idKey) ?? []).filter((d) => !d.part);
  }

  /** Appendices kept in files of their own that belong to this document (same number, period and issuer). */
  partsOf(d: IndexedDocument): IndexedDocument[] {
    if (!d.idKey) return [];
    return (this.byKey.get(d.idKey) ?? []).filter(
      (p) =>
        p.part &&
        samePeriod(d.family, p.year, d.year) &&
        (!p.doc.issuer || !d.doc.issuer || this.issuers.compatible(p.doc.issuer, d.doc.issuer)),
    );
  }

  /** Issuers of the documents present: the repository's scope when the config names none. */
  presentIssuers(): string[] {
    const seen = new Map<string, string>();
    for (const d of this.documents) if (d.doc.issuer && !d.part) seen.set(this.issuers.key(d.doc.issuer), d.doc.issuer);
    return [...seen.values()];
  }
}

/** True when the document's number comes from its "Kèm theo …" line, i.e. the file holds only an appendix. */
function isAppendixPart(doc: Document): boolean {
  const at = doc.fieldLocations.number;
  if (!at || doc.fieldLocations.kind) return false;
  return doc.appendices.some((a) => a.parent !== null && a.location.line === at.line && a.location.paragraph === at.paragraph && a.location.page === at.page);
}
