/**
 * NFC plus the Đ look-alike fix, remembering where each output character came from, so a
 * matcher can run on canonical text and still report offsets into the text it was given
 * (which may be NFD or mixed when a caller skipped normalisation).
 */

import { fixDLookalikes } from "../normalize/text.js";

export { fixDLookalikes };
/** A base character with the combining marks NFC may fold into it (or marks with no base). */
const MARKED_RE = /\P{M}?\p{M}+/gsu;


export interface MappedText {
  text: string;
  /** Offset in the input of output position i (text.length + 1 entries); null: identity. */
  offsets: Int32Array | null;
}

export function normalizeWithOffsets(input: string): MappedText {
  const fixed = fixDLookalikes(input); // same length as input
  if (fixed.normalize("NFC") === fixed) return { text: fixed, offsets: null };
  const parts: string[] = [];
  // NFC composes, so the output is almost never longer than the input; grow if it is.
  let offsets = new Int32Array(fixed.length + 1);
  let n = 0;
  const put = (v: number): void => {
    if (n === offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[n++] = v;
  };
  let last = 0;
  const copy = (from: number, to: number): void => {
    parts.push(fixed.slice(from, to));
    for (let i = from; i < to; i++) put(i);
  };
  for (const m of fixed.matchAll(MARKED_RE)) {
    copy(last, m.index);
    const nfc = m[0].normalize("NFC");
    for (let i = 0; i < nfc.length; i++) put(m.index + Math.min(i, m[0].length - 1));
    parts.push(nfc);
    last = m.index + m[0].length;
  }
  copy(last, fixed.length);
  put(input.length);
  return { text: parts.join(""), offsets: offsets.subarray(0, n) };
}

/** Maps an output offset back to the input. */
export function inputOffset(mapped: MappedText, i: number): number {
  return mapped.offsets ? mapped.offsets[i]! : i;
}
