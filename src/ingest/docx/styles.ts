import { child, elements, type XmlElement } from "../xml.js";

/** What the reader needs from a paragraph or character style (after basedOn inheritance). */
export interface StyleInfo {
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  caps?: boolean;
  hidden?: boolean;
}

/** OOXML on/off property: present means on unless val is false/0/off. */
export function isOn(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs["w:val"];
  return !(v === "0" || v === "false" || v === "off");
}

export function ownRunProps(rPr: XmlElement | undefined): Pick<StyleInfo, "caps" | "hidden"> {
  const caps = isOn(child(rPr, "w:caps")) ?? isOn(child(rPr, "w:smallCaps"));
  const hidden = isOn(child(rPr, "w:vanish"));
  return { ...(caps !== undefined ? { caps } : {}), ...(hidden !== undefined ? { hidden } : {}) };
}

export class Styles {
  private readonly raw = new Map<string, XmlElement>();
  private readonly resolved = new Map<string, StyleInfo>();
  private defaultParagraph: string | null = null;

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const s of elements(root, "w:style")) {
      const id = s.attrs["w:styleId"];
      if (!id) continue;
      this.raw.set(id, s);
      const isDefault = s.attrs["w:default"] === "1" || s.attrs["w:default"] === "true";
      if (s.attrs["w:type"] === "paragraph" && isDefault) this.defaultParagraph = id;
    }
  }

  /** A paragraph style's properties; the default paragraph style when id is absent. */
  paragraph(id: string | undefined): StyleInfo {
    const sid = id ?? this.defaultParagraph;
    return sid ? this.get(sid, 0) : {};
  }

  character(id: string | undefined): StyleInfo {
    return id ? this.get(id, 0) : {};
  }

  private get(id: string, depth: number): StyleInfo {
    const hit = this.resolved.get(id);
    if (hit) return hit;
    const s = this.raw.get(id);
    if (!s || depth > 20) return {};
    const base = child(s, "w:basedOn")?.attrs["w:val"];
    const inherited = base && base !== id ? this.get(base, depth + 1) : {};
    const pPr = child(s, "w:pPr");
    const numPr = child(pPr, "w:numPr");
    const info: StyleInfo = { ...inherited, ...ownRunProps(child(s, "w:rPr")) };
    const numId = child(numPr, "w:numId")?.attrs["w:val"];
    const ilvl = child(numPr, "w:ilvl")?.attrs["w:val"];
    if (numId !== undefined) info.numId = numId;
    if (ilvl !== undefined) info.ilvl = Number(ilvl) || 0;
    const outline = child(pPr, "w:outlineLvl")?.attrs["w:val"];
    if (outline !== undefined && Number(outline) < 9) info.outlineLevel = Number(outline);
    this.resolved.set(id, info);
    return info;
  }
}
