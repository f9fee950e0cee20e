import { describe, expect, it } from "vitest";
import { identifierKey, IssuerMatcher, numberYear, samePeriod } from "../../src/corpus/keys.js";
import { wordPairs, contained } from "../../src/corpus/wording.js";

describe("document keys", () => {
  it("identifier keys ignore spaces, case, Đ/D and leading zeros", () => {
    expect(identifierKey("6757 /KH-SYT")).toBe(identifierKey("6757/KH-SYT"));
    expect(identifierKey("05-KH/ĐU")).toBe(identifierKey("5-KH/DU"));
    expect(identifierKey("104-KH/\u00D0U")).toBe(identifierKey("104-KH/ĐU"));
    expect(identifierKey("14/KH-UBND")).not.toBe(identifierKey("14/KH-SYT"));
  });

  it("numbering periods: a calendar year for state documents, a term for Party ones", () => {
    expect(samePeriod("admin", 2026, 2026)).toBe(true);
    expect(samePeriod("admin", 2025, 2026)).toBe(false);
    expect(samePeriod("party", 2021, 2025)).toBe(true);
    expect(samePeriod("party", 2020, 2026)).toBe(false);
    expect(samePeriod("admin", null, 2026)).toBe(true);
    expect(numberYear("30/2020/NĐ-CP", null)).toBe(2020);
    expect(numberYear("6757/KH-SYT", "2026-05-22")).toBe(2026);
  });

  it("issuers match through the config's unit aliases, then by name prefix", () => {
    const m = new IssuerMatcher([{ name: "Trung tâm Y tế khu vực Thuận An", aliases: ["TTYT Thuận An"] }]);
    expect(m.compatible("TTYT Thuận An", "TRUNG TÂM Y TẾ KHU VỰC THUẬN AN")).toBe(true);
    expect(new IssuerMatcher().compatible("TTYT Thuận An", "TRUNG TÂM Y TẾ KHU VỰC THUẬN AN")).toBe(false);
    expect(m.compatible("Sở Y tế", "Sở Y tế Thành phố Hồ Chí Minh")).toBe(true);
    expect(m.compatible("Đảng ủy Sở Y tế", "Đảng ủy UBND tỉnh")).toBe(false);
    expect(m.compatible("UBND Thành phố", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")).toBe(true);
  });
});

describe("wording", () => {
  it("pairs adjacent content syllables; function words and generic pairs break them", () => {
    expect([...wordPairs("Tổ chức tuyên truyền, phổ biến và quán triệt Kết luận số 226-KL/TW")]).toEqual(["tuyên truyền", "phổ biến", "quán triệt"]);
    expect([...wordPairs("Tăng cường kỷ luật, kỷ cương hành chính")]).toEqual(["tăng cường", "cường kỷ", "kỷ luật", "kỷ cương", "cương hành", "hành chính"]);
    // Old and new tone placement compare equal.
    expect(wordPairs("chuyển đổi số, hòa nhập")).toEqual(wordPairs("chuyển đổi số, hoà nhập"));
  });

  it("a text of one pair never matches; otherwise a share of pairs and at least three (or all)", () => {
    const whole = wordPairs("Tập huấn kỹ năng số, an toàn thông tin cho viên chức văn thư");
    expect(contained(wordPairs("Hạn chế"), whole, 0.5)).toBe(false);
    expect(contained(wordPairs("Tập huấn kỹ năng số"), whole, 0.6)).toBe(true);
    expect(contained(wordPairs("Hồ sơ bệnh án điện tử"), whole, 0.6)).toBe(false);
  });
});
