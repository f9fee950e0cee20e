import type { Document } from "../model/document.js";
import type { Location } from "../model/location.js";

type Field = keyof Document["fieldLocations"];

/**
 * Where a header field is printed, falling back to the document's start. A file that holds
 * only an appendix takes its date from the "(Kèm theo … ngày …)" line, so a finding about
 * that date points at the line.
 */
export function fieldLocation(doc: Document, field: Field): Location {
  const fromParent = field === "date" && doc.dateRaw !== null ? doc.appendices.find((a) => a.parent?.dateRaw === doc.dateRaw)?.location : undefined;
  const l = doc.fieldLocations[field] ?? fromParent ?? doc.location;
  const out: Location = { ...l };
  if (out.endLine === undefined && out.line !== undefined) out.endLine = out.line;
  return out;
}
