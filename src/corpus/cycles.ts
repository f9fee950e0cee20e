/**
 * Documents that implement each other. "Implements" is a basis citation (Citation.basis)
 * resolved to a document present; in a sound repository these edges point from newer to
 * older documents and never close a loop, so a loop means a wrong number in an opening.
 */
import type { IndexedDocument } from "./index.js";
import type { Resolution } from "./resolve.js";

export interface Cycle {
  /** The documents in loop order, starting with the first in file order; the last implements the first. */
  documents: IndexedDocument[];
  /** The basis citation of each document that points at the next. */
  links: Resolution[];
}

/** Every loop of "implements" edges: one shortest loop per strongly connected group. */
export function implementationCycles(resolutions: readonly Resolution[]): Cycle[] {
  const edges = new Map<IndexedDocument, Resolution[]>();
  for (const r of resolutions) {
    if (!r.citation.basis || !r.target || r.target === r.from) continue;
    const list = edges.get(r.from);
    if (list) list.push(r);
    else edges.set(r.from, [r]);
  }
  const order = new Map<IndexedDocument, number>();
  for (const r of resolutions) if (!order.has(r.from)) order.set(r.from, order.size);
  const rank = (d: IndexedDocument) => order.get(d) ?? Number.MAX_SAFE_INTEGER;

  const cycles: Cycle[] = [];
  for (const group of stronglyConnected([...edges.keys()], (d) => (edges.get(d) ?? []).map((r) => r.target!))) {
    if (group.length < 2) continue;
    const members = new Set(group);
    const start = group.reduce((a, b) => (rank(a) <= rank(b) ? a : b));
    const links = shortestLoop(start, (d) => (edges.get(d) ?? []).filter((r) => members.has(r.target!)));
    if (links) cycles.push({ documents: links.map((l) => l.from), links });
  }
  return cycles.sort((a, b) => rank(a.documents[0]!) - rank(b.documents[0]!));
}

/** Tarjan's algorithm, iterative (a long chain of plans must not overflow the stack). */
function stronglyConnected<T>(nodes: T[], next: (n: T) => T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const groups: T[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: T; children: T[]; i: number }> = [];
    const visit = (n: T) => {
      index.set(n, counter);
      low.set(n, counter++);
      stack.push(n);
      onStack.add(n);
      work.push({ node: n, children: next(n), i: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.children.length) {
        const c = top.children[top.i++]!;
        if (!index.has(c)) visit(c);
        else if (onStack.has(c)) low.set(top.node, Math.min(low.get(top.node)!, index.get(c)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const group: T[] = [];
        let m: T;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          group.push(m);
        } while (m !== top.node);
        groups.push(group);
      }
    }
  }
  return groups;
}

/** Breadth-first search for the shortest path of links from `start` back to itself. */
function shortestLoop(start: IndexedDocument, links: (d: IndexedDocument) => Resolution[]): Resolution[] | null {
  const via = new Map<IndexedDocument, Resolution>();
  const queue: IndexedDocument[] = [start];
  for (let q = 0; q < queue.length; q++) {
    for (const l of links(queue[q]!)) {
      const t = l.target!;
      if (t === start) {
        const path = [l];
        for (let d = l.from; d !== start; d = via.get(d)!.from) path.unshift(via.get(d)!);
        return path;
      }
      if (!via.has(t)) {
        via.set(t, l);
        queue.push(t);
      }
    }
  }
  return null;
}
