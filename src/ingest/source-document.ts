import type { Location } from "../model/location.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Directive, SourceFormat } from "../model/plan-file.js";

/**
 * The format-neutral result of ingesting one file: an ordered list of blocks, each
 * with its provenance. Everything after ingest works on this and never on bytes.
 */
export interface SourceDocument {
  path: string;
  format: SourceFormat;
  sha256: string;
  pages?: number;
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** Inline suppression comments (text and Markdown sources). */
  directives?: Directive[];
}

export type Block = ParagraphBlock | TableBlock;

export interface ParagraphBlock {
  type: "paragraph";
  /** Normalised text (NFC, markup removed, hard wraps joined). Numbering such as "1." or "II." stays in. */
  text: string;
  /** List marker the paragraph started with ("-", "+", "*"), if any. */
  marker: string | null;
  /** Where each piece of `text` came from, to point findings at the original. */
  spans: TextSpan[];
  location: Location;
  /** Outline level (0 = top) where the source marks one: DOCX headings and outline numbering. */
  level?: number;
}

/** Maps text[offset..] to the original: `column` is where that piece starts on `line`. */
export interface TextSpan {
  offset: number;
  line: number;
  column: number;
}

export interface TableBlock {
  type: "table";
  /** Logical grid: every row has one cell per grid column; spanned positions repeat the origin cell. */
  rows: TableRow[];
  location: Location;
}

export interface TableRow {
  cells: TableCell[];
  /** True for a header row the source marked as such (w:tblHeader) or a row we recognised as one. */
  header: boolean;
  location: Location;
  /** Below 1 when the row was recovered from text that lost its layout (how sure the reading is). */
  confidence?: number;
}

export interface TableCell {
  text: string;
  /** Set on the origin cell of a merge. */
  rowSpan: number;
  colSpan: number;
  /** True when this grid position is covered by a merge that starts elsewhere (text repeats the origin's). */
  covered: boolean;
  location: Location;
  /** Where each piece of `text` came from, when the cell was joined from several source lines. */
  spans?: TextSpan[];
}
