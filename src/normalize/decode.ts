/**
 * Bytes → string for text sources. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or
 * without one when the zero bytes give it away) are decoded as such; bytes that are not
 * valid UTF-8 are read as Windows-1258, the Vietnamese Windows code page (it stores tone
 * marks as combining characters, so the result is NFC-normalised afterwards like everything
 * else) — unless they are TCVN3 or VNI text, which the caller detects on the Windows-1252
 * view (`latin1View`).
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: new TextDecoder("windows-1258").decode(bytes), encoding: "windows-1258", bom: false };
  }
}

/** Each byte as the character Windows-1252 shows for it: how TCVN3/VNI text looks in a Western code page. */
export function latin1View(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes);
}

/**
 * UTF-16 without a BOM: text in Latin script has a zero byte in every other position.
 * Looks at the first 4 KB only; needs most odd (LE) or even (BE) bytes zero and the others not.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= 0.4 * pairs && evenZero <= 0.05 * pairs) return "utf-16le";
  if (evenZero >= 0.4 * pairs && oddZero <= 0.05 * pairs) return "utf-16be";
  return null;
}
