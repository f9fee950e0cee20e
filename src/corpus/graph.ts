/**
 * The reference graph of a repository, for `plan-lint refs`: nodes are the documents present
 * and the documents they cite, edges are citations marked resolved, mismatched, unresolved
 * or external. Basis citations are "implements" (or "answers", from a report): they show
 * what implements what.
 */
import type { CitationFamily } from "../model/citation.js";
import type { ResolvedCorpus, ResolutionStatus } from "./resolve.js";
import { citedIssuer } from "./resolve.js";
import { identifierKey } from "./keys.js";

/** "part": an appendix kept in a file of its own, to the document it belongs to. */
export type Relation = "implements" | "answers" | "cites" | "part";

export interface RefNode {
  /** Stable within one graph: "d1", "d2" … for documents present, "x1" … for documents only cited. */
  id: string;
  present: boolean;
  kind: string | null;
  identifier: string | null;
  date: string | null;
  issuer: string | null;
  family: CitationFamily | null;
  title: string | null;
  file?: string;
  documentIndex?: number;
}

export interface RefEdge {
  from: string;
  to: string;
  relation: Relation;
  status: ResolutionStatus;
  /** The citation as printed (first occurrence); for a part, its "Kèm theo …" line. */
  citation: string;
  /** What the citation says that the document present does not. */
  differs?: { date?: { cited: string; actual: string }; issuer?: { cited: string; actual: string } };
  location: { file: string; line?: number; page?: number; paragraph?: number };
}

export interface RefGraph {
  nodes: RefNode[];
  edges: RefEdge[];
}

export interface GraphOptions {
  /** Also draw plain citations of documents outside the repository (laws, decrees mentioned in passing). */
  all?: boolean;
}

export function referenceGraph(resolved: ResolvedCorpus, opts: GraphOptions = {}): RefGraph {
  const nodes: RefNode[] = [];
  const ids = new Map<object, string>();
  resolved.index.documents.forEach((d, i) => {
    const id = `d${i + 1}`;
    ids.set(d, id);
    const doc = d.doc;
    nodes.push({
      id, present: true, kind: doc.kind, identifier: doc.identifier, date: doc.date, issuer: doc.issuer, family: d.family,
      title: doc.title, file: d.file, documentIndex: d.documentIndex,
    });
  });

  const absent = new Map<string, RefNode>();
  const edges: RefEdge[] = [];
  for (const r of resolved.resolutions) {
    const c = r.citation;
    const shown = r.target !== null || r.status === "unresolved" || c.basis === true || opts.all === true;
    if (!shown) continue;
    let to: string;
    if (r.target) to = ids.get(r.target)!;
    else {
      // One node per cited document: same number, year and issuer.
      const issuer = citedIssuer(c);
      const key = [identifierKey(c.identifier), c.year ?? "", issuer ? resolved.index.issuers.key(issuer) : ""].join("|");
      let node = absent.get(key);
      if (!node) {
        node = { id: `x${absent.size + 1}`, present: false, kind: c.kind, identifier: c.identifier, date: c.date, issuer: c.issuer, family: c.family, title: null };
        absent.set(key, node);
      }
      node.date ??= c.date;
      node.issuer ??= c.issuer;
      to = node.id;
    }
    const first = c.locations[0] ?? {};
    edges.push({
      from: ids.get(r.from)!,
      to,
      relation: c.basis ? (r.from.doc.kind === "BC" ? "answers" : "implements") : "cites",
      status: r.status,
      citation: c.raw,
      ...(r.differs.date || r.differs.issuer ? { differs: r.differs } : {}),
      location: { file: r.from.file, ...pick(first, ["line", "page", "paragraph"]) },
    });
  }
  for (const d of resolved.index.documents) {
    if (d.part) continue;
    for (const p of resolved.index.partsOf(d)) {
      edges.push({ from: ids.get(p)!, to: ids.get(d)!, relation: "part", status: "resolved", citation: p.doc.appendices[0]?.parent?.raw ?? "", location: { file: p.file, ...pick(p.doc.fieldLocations.number ?? {}, ["line", "page", "paragraph"]) } });
    }
  }
  nodes.push(...absent.values());
  return { nodes, edges };
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
