import { child, elements, textOf, type XmlElement, type XmlNode } from "../xml.js";
import type { ListLabel, Numbering } from "./numbering.js";
import { ownRunProps, type Styles } from "./styles.js";

/** One w:p in the accepted view of tracked changes, before it becomes a block. */
export interface DocxParagraph {
  /** Text split at manual line breaks (w:br, w:cr); the list number is not included. */
  lines: string[];
  list: ListLabel | null;
  outlineLevel?: number;
  /** The paragraph mark itself was deleted (tracked): the text runs on into the next paragraph. */
  markDeleted: boolean;
  /** Text boxes anchored in the paragraph (their own paragraphs). */
  textBoxes: XmlElement[];
}

/** Elements whose content is not in the accepted view or is not text. */
const SKIP = new Set([
  "w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:customXmlPr", "w:smartTagPr",
  "w:delText", "w:instrText", "w:delInstrText", "w:footnoteReference", "w:endnoteReference", "w:commentReference",
  "w:annotationRef", "w:object", "w:lastRenderedPageBreak", "w:bookmarkStart", "w:bookmarkEnd",
]);

interface RunState {
  lines: string[];
  fields: Array<"code" | "result">;
  textBoxes: XmlElement[];
}

export class ParagraphReader {
  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  read(p: XmlElement): DocxParagraph {
    const pPr = child(p, "w:pPr");
    const pStyle = this.styles.paragraph(child(pPr, "w:pStyle")?.attrs["w:val"]);
    const markDeleted = child(child(pPr, "w:rPr"), "w:del") !== undefined;
    const state: RunState = { lines: [""], fields: [], textBoxes: [] };
    this.walk(p.children, state, pStyle.caps ?? false, pStyle.hidden ?? false);

    let list: ListLabel | null = null;
    if (!markDeleted) {
      const numPr = child(pPr, "w:numPr");
      const numId = child(numPr, "w:numId")?.attrs["w:val"] ?? pStyle.numId;
      const ilvl = Number(child(numPr, "w:ilvl")?.attrs["w:val"] ?? pStyle.ilvl ?? 0) || 0;
      if (numId !== undefined) list = this.numbering.next(numId, ilvl);
    }
    const outline = child(pPr, "w:outlineLvl")?.attrs["w:val"];
    const outlineLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) : pStyle.outlineLevel;
    return {
      lines: state.lines,
      list,
      ...(outlineLevel !== undefined ? { outlineLevel } : {}),
      markDeleted,
      textBoxes: state.textBoxes,
    };
  }

  private walk(nodes: XmlNode[], s: RunState, caps: boolean, hidden: boolean): void {
    for (const n of nodes) {
      if (typeof n === "string" || SKIP.has(n.name)) continue;
      switch (n.name) {
        case "w:r":
          this.run(n, s, caps, hidden);
          break;
        case "mc:AlternateContent": {
          // Choice and Fallback hold the same content: read one.
          const pick = child(n, "mc:Choice") ?? child(n, "mc:Fallback");
          if (pick) this.walk(pick.children, s, caps, hidden);
          break;
        }
        default:
          // Wrappers: w:hyperlink, w:ins, w:moveTo, w:smartTag, w:customXml, w:sdt(Content), w:fldSimple, w:dir, w:bdo.
          this.walk(n.children, s, caps, hidden);
      }
    }
  }

  private run(r: XmlElement, s: RunState, paraCaps: boolean, paraHidden: boolean): void {
    const rPr = child(r, "w:rPr");
    const style = this.styles.character(child(rPr, "w:rStyle")?.attrs["w:val"]);
    const own = ownRunProps(rPr);
    const caps = own.caps ?? style.caps ?? paraCaps;
    const hidden = own.hidden ?? style.hidden ?? paraHidden;
    const push = (t: string) => {
      if (hidden || s.fields[s.fields.length - 1] === "code") return;
      s.lines[s.lines.length - 1] += caps ? t.toLocaleUpperCase("vi") : t;
    };
    for (const c of elements(r)) {
      switch (c.name) {
        case "w:t":
          push(textOf(c));
          break;
        case "w:tab":
        case "w:ptab":
          push("\t");
          break;
        case "w:br":
        case "w:cr":
          if (!hidden) s.lines.push("");
          break;
        case "w:noBreakHyphen":
          push("-");
          break;
        case "w:sym": {
          const code = parseInt(c.attrs["w:char"] ?? "", 16);
          // Symbol-font code points (F000–F0FF) are pictures, not text.
          if (Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff)) push(String.fromCodePoint(code));
          break;
        }
        case "w:fldChar": {
          const t = c.attrs["w:fldCharType"];
          if (t === "begin") s.fields.push("code");
          else if (t === "separate" && s.fields.length > 0) s.fields[s.fields.length - 1] = "result";
          else if (t === "end") s.fields.pop();
          break;
        }
        case "w:drawing":
        case "w:pict":
        case "mc:AlternateContent":
          if (!hidden) findTextBoxes(c, s.textBoxes, 0);
          break;
        default:
          break;
      }
    }
  }
}

/** w:txbxContent under a drawing; of an mc:AlternateContent only the first branch. */
function findTextBoxes(el: XmlElement, out: XmlElement[], depth: number): void {
  if (depth > 32) return;
  if (el.name === "w:txbxContent") {
    out.push(el);
    return;
  }
  if (el.name === "mc:AlternateContent") {
    const pick = child(el, "mc:Choice") ?? child(el, "mc:Fallback");
    if (pick) findTextBoxes(pick, out, depth + 1);
    return;
  }
  for (const c of elements(el)) findTextBoxes(c, out, depth + 1);
}
