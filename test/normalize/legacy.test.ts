import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/ingest/text.js";
import { detectLegacyEncoding, fromLegacy, repairLegacyText, toLegacy } from "../../src/normalize/legacy.js";
import { planFiles, ROOT } from "../helpers/fixtures.js";

describe("legacy encodings: detection", () => {
  it("recognises the signature words of vn-documents.md §5", () => {
    expect(detectLegacyEncoding("Uû ban nh©n d©n tØnh, Th­êng xuyªn thùc hiÖn kÕ ho¹ch cña §¶ng ñy")).toBe("tcvn3");
    expect(detectLegacyEncoding("Thöôøng xuyeân thöïc hieän keá hoaïch cuûa Ñaûng uûy")).toBe("vni");
  });
  it.each(planFiles())("never calls a Unicode seed legacy: %s", (f) => {
    const text = readFileSync(`${ROOT}/${f}`, "utf8");
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(repairLegacyText(text)).toBeNull();
  });
  it("leaves plain Latin-1 text alone (a © or café is not TCVN3)", () => {
    expect(repairLegacyText("© 2026 café Đà Nẵng")).toBeNull();
  });
});

describe("legacy encodings: conversion", () => {
  it("TCVN3 'ư' is the soft hyphen: Th\\u00ADêng is Thường", () => {
    expect(fromLegacy("Th\u00ADêng xuyªn", "tcvn3")).toBe("Thường xuyên");
  });
  it("keeps the tone placement the writer typed (Uû ban = Uỷ ban)", () => {
    expect(fromLegacy("Uû ban nh©n d©n", "tcvn3")).toBe("Uỷ ban nhân dân");
  });
  it("restores capitals of .VnTimeH headings, but not of title-case words", () => {
    expect(fromLegacy("KÕ HO¹CH", "tcvn3")).toBe("KẾ HOẠCH");
    expect(fromLegacy("T/M §¶NG ñY", "tcvn3")).toBe("T/M ĐẢNG ỦY");
    expect(fromLegacy("Sè 104-KH/§U", "tcvn3")).toBe("Số 104-KH/ĐU");
    expect(fromLegacy("Lai Ch©u, ngµy 22 th¸ng 6 n¨m 2025", "tcvn3")).toBe("Lai Châu, ngày 22 tháng 6 năm 2025");
  });
  it("capitalises a toned vowel opening a numbered item in a one-paragraph-per-line file", () => {
    const text = toLegacy("Kế hoạch\n1. Văn phòng\n4. Ủy ban Kiểm tra Đảng ủy: Tham mưu.", "tcvn3");
    expect(text).toContain("4. ñy ban");
    expect(repairLegacyText(text)?.text).toBe("Kế hoạch\n1. Văn phòng\n4. Ủy ban Kiểm tra Đảng ủy: Tham mưu.");
  });
  it("VNI writes capitals with capital marks", () => {
    expect(toLegacy("KẾ HOẠCH Ủy ban", "vni")).toBe("KEÁ HOAÏCH UÛy ban");
    expect(fromLegacy("KEÁ HOAÏCH UÛy ban", "vni")).toBe("KẾ HOẠCH Ủy ban");
    expect(fromLegacy("Vieät Nam, ñoàng chí, kyû, YÙ", "vni")).toBe("Việt Nam, đồng chí, kỷ, Ý");
  });
  it("repairs only the legacy lines of a mixed file and keeps line breaks", () => {
    const text = "Kế hoạch số 104-KH/ĐU của Đảng ủy\r\nThùc hiÖn kÕ ho¹ch cña §¶ng ñy vµ UBND\r\nThời gian: Quý I/2026";
    const r = repairLegacyText(text);
    expect(r).toMatchObject({ encoding: "tcvn3", lines: 1 });
    expect(r?.text).toBe("Kế hoạch số 104-KH/ĐU của Đảng ủy\r\nThực hiện kế hoạch của Đảng ủy và UBND\r\nThời gian: Quý I/2026");
  });
  it("single-byte TCVN3 files are read on their Windows-1252 view, not as Windows-1258", () => {
    const bytes = Uint8Array.from([..."Thùc hiÖn kÕ ho¹ch cña §¶ng ñy vµ th¸ng n¨m"].map((c) => c.charCodeAt(0)));
    const d = decodeSource(bytes);
    expect(d.text).toBe("Thực hiện kế hoạch của Đảng ủy và tháng năm");
    expect(d.diagnostics).toEqual([
      expect.objectContaining({ code: "legacy-encoding", severity: "warning", data: { encoding: "tcvn3", lines: 1 } }),
    ]);
  });
});
