import { parseNumbering, type Numbering } from "../normalize/numbering.js";
import type { ParagraphBlock } from "../ingest/source-document.js";

/** One open level of the document outline ("B.", "II.", "2.1.", "a)"). */
export interface OutlineEntry {
  numbering: Numbering;
  block: ParagraphBlock;
}

export interface OutlinedParagraph {
  block: ParagraphBlock;
  numbering: Numbering | null;
  /** Open outline levels, outermost first; includes the paragraph itself when it is numbered. */
  path: OutlineEntry[];
}

const levelKey = (n: Numbering) => (n.style === "arabic" ? `arabic${n.depth}` : n.style);

/**
 * Walks paragraphs keeping the stack of open numbered levels. A numbering style seen
 * before closes everything below it ("II." after "2.1." closes both "2.1." and "1.");
 * a new style opens a child level. This follows each document's own hierarchy instead
 * of assuming A > I > 1 > a.
 */
export function outline(paragraphs: ParagraphBlock[]): OutlinedParagraph[] {
  const stack: OutlineEntry[] = [];
  return paragraphs.map((block) => {
    // List items ("- 1. …") and footnotes are not outline levels.
    const numbering = block.marker === null ? parseNumbering(block.text) : null;
    if (numbering) {
      const k = levelKey(numbering);
      const at = stack.findIndex((e) => levelKey(e.numbering) === k);
      if (at >= 0) stack.length = at;
      stack.push({ numbering, block });
    }
    return { block, numbering, path: [...stack] };
  });
}

/** "B.I.1" from a path; "2.1" under "2" gives "2.1", not "2.2.1". */
export function pathId(path: OutlineEntry[]): string {
  const parts: string[] = [];
  for (const e of path) {
    const v = e.numbering.value;
    const prev = parts[parts.length - 1];
    if (prev !== undefined && e.numbering.style === "arabic" && v.startsWith(prev + ".")) parts[parts.length - 1] = v;
    else parts.push(v);
  }
  return parts.join(".");
}

/** Heading texts of a path as printed ("B. NỘI DUNG"). */
export function pathTitles(path: OutlineEntry[]): string[] {
  return path.map((e) => e.block.text);
}
