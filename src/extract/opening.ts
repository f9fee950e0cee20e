/**
 * What a document is based on, and how a report is laid out: the two facts project rules
 * need about a document beyond its citations and tasks.
 *
 * A plan "implements" and a report "answers" the document it names in its opening:
 * "Thực hiện Kế hoạch số 6757/KH-SYT ngày 22/5/2026 của Sở Y tế …; Trung tâm Y tế … báo
 * cáo …". Only the first citation of such a clause counts: in "Thực hiện Kế hoạch số
 * 62-KH/ĐU … về thực hiện Kế hoạch số 58-KH/TU …" the document implements 62-KH/ĐU, which
 * in turn implements 58-KH/TU.
 */
import type { ParagraphBlock } from "../ingest/source-document.js";
import type { Citation } from "../model/citation.js";
import type { Section } from "../model/document.js";
import type { Location } from "../model/location.js";
import { parseNumbering } from "../normalize/numbering.js";
import { findCitations } from "./citations.js";
import { locateInParagraph } from "./locate.js";
import { outline, pathId } from "./outline.js";

/** Words that say the document rests on what follows (Căn cứ, Thực hiện, Triển khai, Theo …). */
const BASIS_WORDS = /(?:^|[^\p{L}])(?:căn cứ|thực hiện|triển khai|theo|tiếp theo|trên cơ sở|thi hành|trả lời)(?![\p{L}])/iu;

const numbered = (p: ParagraphBlock) => p.marker === null && parseNumbering(p.text) !== null;

/** Body paragraphs before the first numbered heading: the Căn cứ / Thực hiện preamble. */
export function openingParagraphs(body: ParagraphBlock[]): ParagraphBlock[] {
  const end = body.findIndex(numbered);
  return end < 0 ? body.slice(0, 6) : body.slice(0, end);
}

/**
 * Sets `basis` on the references the document is based on. In the trích yếu and the opening
 * paragraphs, a clause (up to ";") contributes its first citation when a basis word comes
 * before it ("Thực hiện Kế hoạch số …"), or when the clause opens with the citation and the
 * clause before was a basis ("Thực hiện A; Chương trình số B, …"). Citations joined to a
 * basis by "và" or a comma are bases too ("Căn cứ Nghị quyết số … và Quyết định số …"); one
 * reached through "về thực hiện", "kèm theo" … is what the basis itself implements. Mentions of
 * the document's own number are not references, so they are never marked.
 */
export function markBasis(references: Citation[], opening: ParagraphBlock[]): void {
  for (const p of opening) {
    let clauseStart = 0;
    let first = true;
    let prevBasis = false;
    let prevEnd = 0;
    for (const c of findCitations(p.text)) {
      const cut = p.text.lastIndexOf(";", c.index);
      if (cut >= clauseStart) {
        clauseStart = cut + 1;
        first = true;
      }
      const before = p.text.slice(first ? clauseStart : prevEnd, c.index);
      const basis: boolean = first
        ? BASIS_WORDS.test(before) || (prevBasis && before.trim() === "")
        : prevBasis && COORDINATED.test(before);
      first = false;
      prevBasis = basis;
      prevEnd = c.index + c.length;
      if (!basis) continue;
      const at = locateInParagraph(p, c.index, c.index + c.length);
      const ref = references.find((r) => r.identifier === c.identifier && r.locations.some((l) => sameLocation(l, at)));
      if (ref) ref.basis = true;
    }
  }
}

/** Text between two citations that makes the second one a further basis: "và", a comma. */
const COORDINATED = /^[\s,]*(?:và|cùng)?[\s,]*$/iu;

function sameLocation(a: Location, b: Location): boolean {
  return a.line === b.line && a.column === b.column && a.paragraph === b.paragraph && a.page === b.page && a.table === b.table;
}

/** The numbered sections of a report's body, each with the unnumbered text under it. */
export function reportSections(body: ParagraphBlock[]): Section[] {
  const sections: Section[] = [];
  const texts: string[][] = [];
  for (const o of outline(body)) {
    if (o.numbering && o.block.marker === null) {
      sections.push({ id: pathId(o.path), heading: o.block.text, text: "", location: { ...o.block.location } });
      texts.push([]);
    } else if (texts.length > 0) {
      texts[texts.length - 1]!.push(o.block.text);
    }
  }
  sections.forEach((s, i) => (s.text = texts[i]!.join("\n")));
  return sections;
}
