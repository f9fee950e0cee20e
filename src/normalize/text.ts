/**
 * Character-level normalisation that never changes meaning: NFC, Đ look-alikes,
 * exotic spaces and zero-width characters. U+00AD (soft hyphen) is deliberately kept:
 * it is "ư" in TCVN3 text, which legacy-encoding detection must still see.
 */
const LOOKALIKES: Record<string, string> = {
  "\u00D0": "Đ", // Ð Latin capital eth
  "\u0189": "Đ", // Ɖ African D
  "\u00F0": "đ", // ð Latin small eth
  "\u0256": "đ", // ɖ
};
const LOOKALIKE_RE = /[\u00D0\u0189\u00F0\u0256]/g;
const SPACES_RE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Maps Đ look-alikes (Ð, Ɖ, ð, ɖ) to Đ/đ; NFKC does not. Keeps the string length. */
export function fixDLookalikes(s: string): string {
  return s.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

/** Normalise one string; output is NFC. */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c)
    .replace(SPACES_RE, " ")
    .replace(ZERO_WIDTH_RE, "");
}

/** Collapse runs of whitespace to one space and trim. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Trims characters matching `drop` from both ends with loops. A regex like /[\s.;]+$/ is
 * quadratic: tried at every position of a long run that does not reach the end.
 */
export function trimWhere(s: string, drop: (c: string) => boolean, ends: "both" | "end" = "both"): string {
  let a = 0;
  let b = s.length;
  if (ends === "both") while (a < b && drop(s[a]!)) a++;
  while (b > a && drop(s[b - 1]!)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** A one-character test for \s (JavaScript's definition) or any of `extra`. */
export function spaceOr(extra: string): (c: string) => boolean {
  return (c) => extra.includes(c) || /^\s$/.test(c);
}
