import { child, elements, type XmlElement } from "../xml.js";
import type { Styles } from "./styles.js";

/**
 * Word list numbering, materialised: the number Word would print before a numbered
 * paragraph ("1.", "II.", "2.1.") is not in the text, so it is computed here from
 * numbering.xml and the order of paragraphs. Counters belong to the abstract list and
 * are shared by every w:num pointing at it; a w:num with a startOverride restarts its
 * level the first time it is used (what Word and LibreOffice do).
 */
interface Level {
  start: number;
  format: string;
  text: string;
  restart: number | null;
  legal: boolean;
  suffix: string;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface ListLabel {
  /** The printed number ("1.", "a)") or "" for a bullet. */
  label: string;
  /** Set for bullets: "-", "+" or "•". */
  bullet: string | null;
  /** What separates the label from the text. */
  suffix: string;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly styleLinks = new Map<string, string>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly usedNums = new Set<string>();

  constructor(
    root: XmlElement | null,
    private readonly styles: Styles,
  ) {
    if (!root) return;
    for (const a of elements(root, "w:abstractNum")) {
      const id = a.attrs["w:abstractNumId"];
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const l of elements(a, "w:lvl")) levels.set(Number(l.attrs["w:ilvl"] ?? 0), readLevel(l));
      this.abstracts.set(id, levels);
      const link = child(a, "w:numStyleLink")?.attrs["w:val"];
      if (link) this.styleLinks.set(id, link);
    }
    for (const n of elements(root, "w:num")) {
      const id = n.attrs["w:numId"];
      const abstractId = child(n, "w:abstractNumId")?.attrs["w:val"];
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of elements(n, "w:lvlOverride")) {
        const start = child(o, "w:startOverride")?.attrs["w:val"];
        const lvl = child(o, "w:lvl");
        overrides.set(Number(o.attrs["w:ilvl"] ?? 0), {
          ...(start !== undefined ? { start: Number(start) } : {}),
          ...(lvl ? { level: readLevel(lvl) } : {}),
        });
      }
      this.nums.set(id, { abstractId, overrides });
    }
  }

  /** Advances the list counters for a paragraph and returns its label, or null if not numbered. */
  next(numId: string, ilvl: number): ListLabel | null {
    if (numId === "0") return null;
    const num = this.nums.get(numId);
    if (!num) return null;
    const abstractId = this.resolveAbstract(num.abstractId, 0);
    const levels = this.abstracts.get(abstractId);
    if (!levels) return null;
    const level = (k: number): Level | undefined => num.overrides.get(k)?.level ?? levels.get(k);
    const lvl = level(ilvl);
    if (!lvl) return null;

    const counters: Array<number | undefined> = this.counters.get(abstractId) ?? [];
    this.counters.set(abstractId, counters);
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [k, o] of num.overrides) if (o.start !== undefined) counters[k] = o.start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? lvl.start - 1) + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const r = level(k)?.restart ?? k;
      if (r !== 0 && ilvl < r) counters[k] = undefined;
    }

    if (lvl.format === "bullet") return { label: "", bullet: bulletMarker(lvl.text), suffix: lvl.suffix };
    if (lvl.format === "none") return { label: lvl.text.replace(/%\d/g, ""), bullet: null, suffix: lvl.suffix };
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = level(k);
      const value = counters[k] ?? l?.start ?? 1;
      // isLgl: every level printed in arabic numerals ("1.2.3" under "I.").
      return formatNumber(value, lvl.legal ? "decimal" : (l?.format ?? "decimal"));
    });
    return { label, bullet: null, suffix: lvl.suffix };
  }

  /** numStyleLink: the abstract list of the w:num the linked style points at. */
  private resolveAbstract(id: string, depth: number): string {
    const link = this.styleLinks.get(id);
    if (!link || depth > 5) return id;
    const numId = this.styles.paragraph(link).numId;
    const target = numId !== undefined ? this.nums.get(numId)?.abstractId : undefined;
    return target && target !== id ? this.resolveAbstract(target, depth + 1) : id;
  }
}

function readLevel(l: XmlElement): Level {
  const restart = child(l, "w:lvlRestart")?.attrs["w:val"];
  const suff = child(l, "w:suff")?.attrs["w:val"] ?? "tab";
  return {
    start: Number(child(l, "w:start")?.attrs["w:val"] ?? 1),
    format: child(l, "w:numFmt")?.attrs["w:val"] ?? "decimal",
    text: child(l, "w:lvlText")?.attrs["w:val"] ?? "",
    restart: restart === undefined ? null : Number(restart),
    legal: child(l, "w:isLgl") !== undefined,
    suffix: suff === "nothing" ? "" : " ",
  };
}

function bulletMarker(text: string): string {
  const c = text.trim();
  if (/^[-–—‒−]$/u.test(c)) return "-";
  if (c === "+") return "+";
  return "•";
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** Word's letter numbering: A…Z, then AA…ZZ, AAA… (the letter repeated). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
