import type { Document } from "../model/document.js";
import type { Location } from "../model/location.js";

type Field = keyof Document["fieldLocations"];

/** Where a header field is printed, falling back to the document's start. */
export function fieldLocation(doc: Document, field: Field): Location {
  const l = doc.fieldLocations[field] ?? doc.location;
  const out: Location = { ...l };
  if (out.endLine === undefined && out.line !== undefined) out.endLine = out.line;
  return out;
}
