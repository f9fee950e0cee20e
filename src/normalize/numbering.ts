/**
 * Outline numbering at the start of a paragraph: "A.", "II.", "IV-", "I " (PDF exports
 * lose the dot), "1.", "2.1.", "a)", "(1)". Used by reflow (a numbered line starts a
 * paragraph) and by extraction (the section path and task ids).
 */
export type NumberingStyle = "upper-letter" | "roman" | "arabic" | "lower-letter" | "paren";

export interface Numbering {
  style: NumberingStyle;
  /** The number as printed without its punctuation: "II", "2.1", "a", "1". */
  value: string;
  /** Components of an arabic number ("2.1" → 2); 1 otherwise. */
  depth: number;
  /** Text after the numbering. */
  rest: string;
}

const ROMAN = /^(?<v>X{0,2}(?:IX|IV|V?I{0,3}))(?<sep>\s*[.\-–:)]\s*|\s+)(?<rest>\S.*)$/su;
const UPPER = /^(?<v>[A-ZĐ])\.\s+(?<rest>\S.*)$/su;
const ARABIC = /^(?<v>\d{1,2}(?:\.\d{1,2}){0,3})(?<sep>[.)])?\s+(?<rest>\S.*)$/su;
const LOWER = /^(?<v>[a-zđ])\)\s*(?<rest>\S.*)$/su;
const PAREN = /^\((?<v>\d{1,2}|[a-zđ])\)\s*(?<rest>\S.*)$/su;

const startsUpper = (s: string) => /^[\p{Lu}]/u.test(s);

export function parseNumbering(text: string): Numbering | null {
  let m = ROMAN.exec(text);
  if (m?.groups && m.groups.v !== "" && (m.groups.sep!.trim() !== "" || startsUpper(m.groups.rest!))) {
    return { style: "roman", value: m.groups.v!, depth: 1, rest: m.groups.rest! };
  }
  m = UPPER.exec(text);
  if (m?.groups) return { style: "upper-letter", value: m.groups.v!, depth: 1, rest: m.groups.rest! };
  m = ARABIC.exec(text);
  if (m?.groups) {
    const v = m.groups.v!;
    const depth = v.split(".").length;
    // "1 Nội dung" is too ambiguous ("06 tháng …"); "2.1 Mục tiêu" is fine when a capital follows.
    if (m.groups.sep !== undefined || (depth > 1 && startsUpper(m.groups.rest!))) {
      return { style: "arabic", value: v, depth, rest: m.groups.rest! };
    }
  }
  m = LOWER.exec(text);
  if (m?.groups) return { style: "lower-letter", value: m.groups.v!, depth: 1, rest: m.groups.rest! };
  m = PAREN.exec(text);
  if (m?.groups) return { style: "paren", value: m.groups.v!, depth: 1, rest: m.groups.rest! };
  return null;
}

/** True for a line in capitals ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "GIÁM ĐỐC"). */
export function isAllCaps(text: string): boolean {
  // Tokens with digits are identifiers ("957/KH-UBND)"), not capitalised words.
  const words = text.split(/\s+/).filter((w) => !/\d/.test(w));
  const letters = words.join("").replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
