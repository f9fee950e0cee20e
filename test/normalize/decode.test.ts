import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/normalize/decode.js";
import { normalizeText } from "../../src/normalize/text.js";

const SAMPLE = "Kế hoạch số 104-KH/ĐU của Đảng ủy Sở Y tế";

function utf16(s: string, be: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM", () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeText(plain)).toEqual({ text: SAMPLE, encoding: "utf-8", bom: false });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(bom)).toEqual({ text: SAMPLE, encoding: "utf-8", bom: true });
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    expect(decodeText(utf16(SAMPLE, false)).text).toBe(SAMPLE);
    expect(decodeText(utf16(SAMPLE, true)).text).toBe(SAMPLE);
    expect(decodeText(utf16(SAMPLE, true)).encoding).toBe("utf-16be");
  });

  it("falls back to Windows-1258 for bytes that are not UTF-8", () => {
    // "Kế hoạch" in CP1258: K, e + 0xEA(ê)… CP1258 writes "ế" as ê (0xEA) + combining acute (0xEC).
    const bytes = new Uint8Array([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe("windows-1258");
    expect(normalizeText(d.text)).toBe("Kế hoạch");
  });
});

describe("normalizeText", () => {
  it("composes NFD and maps Đ look-alikes", () => {
    expect(normalizeText("Đảng ủy".normalize("NFD"))).toBe("Đảng ủy");
    expect(normalizeText("\u00D0ảng \u00F0ồng")).toBe("Đảng đồng");
  });
  it("turns exotic spaces into spaces, drops zero-width, keeps the soft hyphen", () => {
    expect(normalizeText("Sở\u00A0Y\u200Btế\u00AD")).toBe("Sở Ytế\u00AD");
  });
});
