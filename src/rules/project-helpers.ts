/** What the project-scope rules share: naming documents and citations, and where to report. */
import type { IndexedDocument } from "../corpus/index.js";
import type { Resolution } from "../corpus/resolve.js";
import type { Citation } from "../model/citation.js";
import type { Location } from "../model/location.js";
import { showDate } from "../vocab/dates.js";

/** "KH 6757/KH-SYT (22/5/2026)": language-neutral, so fingerprints do not depend on --lang. */
export function citedName(c: Citation): string {
  return `${c.kind ?? "?"} ${c.identifier}${c.date ? ` (${showDate(c.date)})` : ""}`;
}

export function documentName(d: IndexedDocument): string {
  const doc = d.doc;
  return `${doc.kind ?? "?"} ${doc.identifier ?? "?"}${doc.date ? ` (${showDate(doc.date)})` : ""}`;
}

/** Report position of a citation: its first occurrence, as a reference of its document. */
export function atCitation(r: Pick<Resolution, "from" | "citation" | "referenceIndex">): {
  file: string;
  documentIndex: number;
  path: (string | number)[];
  location: Location;
} {
  return {
    file: r.from.file,
    documentIndex: r.from.documentIndex,
    path: ["documents", r.from.documentIndex, "references", r.referenceIndex],
    location: { ...(r.citation.locations[0] ?? r.from.doc.location) },
  };
}

/** The other files a finding is about, without the file it is reported on. */
export function others(file: string, files: string[]): string[] {
  return [...new Set(files.filter((f) => f !== file))];
}
