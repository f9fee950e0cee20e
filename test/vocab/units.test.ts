import { describe, expect, it } from "vitest";
import { isCollectiveUnit, issuersCompatible, splitUnits, toneKey, unitKey } from "../../src/vocab/units.js";
import { cpuMs } from "../helpers/cpu-time.js";

const nfd = (s: string): string => s.normalize("NFD");

describe("toneKey", () => {
  it.each([
    ["hòa", "hoà"],
    ["Hóa", "Hoá"],
    ["khỏe", "khoẻ"],
    ["thủy", "thuỷ"],
    ["Đảng ủy", "Đảng uỷ"],
    ["CỘNG HÒA", "CỘNG HOÀ"],
    ["Ủy ban nhân dân", "Uỷ ban nhân dân"],
    ["xã hội hóa", "xã hội hoá"],
  ])("%s and %s give the same key", (oldStyle, newStyle) => {
    expect(toneKey(oldStyle)).toBe(toneKey(newStyle));
    expect(toneKey(nfd(oldStyle))).toBe(toneKey(newStyle));
    expect(toneKey(oldStyle)).toBe(newStyle.normalize("NFC"));
  });

  it.each(["quý", "quả", "quỳ", "hoàng", "huỳnh", "khuya", "thuở", "hoài", "của", "Quảng Ngãi"])("leaves %s alone", (word) => {
    expect(toneKey(word)).toBe(word);
    expect(toneKey(nfd(word))).toBe(word);
  });
});

describe("unitKey", () => {
  it.each([
    ["Đảng ủy Sở Y tế", "Đảng uỷ Sở Y tế"],
    ["Đảng ủy Sở Y tế", nfd("Đảng uỷ Sở Y tế")],
    ["UBKT Đảng ủy", "UBKT Đảng uỷ"],
    ["Văn Phòng Sở Y tế", "Văn phòng Sở Y tế"],
    ["Văn phòng Sở", "Văn phòng sở."],
    ["BGD Sở Y tế", "BGĐ Sở Y tế"],
    ["Chi cục Dân số - KHHGD", "Chi cục Dân số-KHHGĐ"],
    ["Chi cục Dân số - KHHGD", "Chi cục  Dân số – KHHGĐ."],
    ["\u00D0ảng ủy Sở Y tế", "Đảng uỷ Sở Y tế"],
    ["\u0189ảng ủy", "Đảng ủy"],
    ["Ban Giám \u00F0ốc", "Ban Giám đốc"],
    ["Ủy ban Kiểm tra Đảng ủy", "Uỷ ban Kiểm tra Đảng uỷ"],
    ["ĐẢNG ỦY SỞ Y TẾ", "Đảng uỷ Sở Y tế"],
    ["UBND TỈNH", "UBND tỉnh"],
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hoá, Thể thao và Du lịch"],
    ["Trung tâm Y tế khu vực Thuận An", nfd("Trung tâm Y tế khu vực Thuận An")],
  ])("%s = %s", (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it.each([
    ["Dân số", "Đân số"],
    ["Du lịch", "Đu lịch"],
    ["Sở Y tế", "Sở Nội vụ"],
    ["Đảng ủy Sở Y tế", "Đảng ủy UBND tỉnh"],
    ["Phòng Tổ chức cán bộ", "Phòng Tổ chức Hành chính"],
  ])("%s ≠ %s", (a, b) => {
    expect(unitKey(a)).not.toBe(unitKey(b));
  });

  it("is lower case with single spaces", () => {
    expect(unitKey("  Văn Phòng   Sở Y tế;  ")).toBe("văn phòng sở y tế");
  });
});

describe("issuersCompatible", () => {
  it.each([
    ["Sở Y tế", "Sở Y tế Thành phố Hồ Chí Minh", true],
    ["Đảng ủy UBND tỉnh", "Đảng uỷ UBND", true],
    ["UBND tỉnh", "Ủy ban nhân dân tỉnh", true],
    ["Bộ chính trị", "Bộ Chính trị", true],
    ["Ban Bí thư", "Bộ Chính trị", false],
    ["UBND tỉnh", "Sở Y tế", false],
  ])("%s / %s → %s", (a, b, same) => {
    expect(issuersCompatible(a, b)).toBe(same);
  });
});

describe("splitUnits", () => {
  it.each([
    ["Các chi, đảng bộ trực thuộc", ["Các chi, đảng bộ trực thuộc"]],
    [
      "Các chi, đảng bộ trực thuộc; các phòng chức năng, các cơ quan, đơn vị trực thuộc",
      ["Các chi, đảng bộ trực thuộc", "các phòng chức năng", "các cơ quan, đơn vị trực thuộc"],
    ],
    ["Các phòng chuyên môn, cơ quan, đơn vị thuộc, trực thuộc Sở Y tế", ["Các phòng chuyên môn, cơ quan, đơn vị thuộc, trực thuộc Sở Y tế"]],
    [
      "Văn Phòng Sở Y tế, Thủ trưởng các cơ quan, đơn vị thuộc và trực thuộc Sở Y tế",
      ["Văn Phòng Sở Y tế", "Thủ trưởng các cơ quan, đơn vị thuộc và trực thuộc Sở Y tế"],
    ],
    ["Văn Phòng Sở Y tế, Phòng Công nghệ thông tin.", ["Văn Phòng Sở Y tế", "Phòng Công nghệ thông tin"]],
    ["UBKT Đảng uỷ; Sở Y tế", ["UBKT Đảng uỷ", "Sở Y tế"]],
    ["Văn phòng Sở; các đơn vị có giải quyết TTHC", ["Văn phòng Sở", "các đơn vị có giải quyết TTHC"]],
    ["Các phòng: Nghiệp vụ Y, TCCB.", ["Nghiệp vụ Y", "TCCB"]],
    ["Các phòng, đơn vị trực thuộc sở.", ["Các phòng, đơn vị trực thuộc sở"]],
    ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Sở Lao động, Thương binh và Xã hội; Sở Y tế", ["Sở Lao động, Thương binh và Xã hội", "Sở Y tế"]],
    ["Các Sở, Ban, ngành", ["Các Sở, Ban, ngành"]],
    ["Đ/c Phó Bí thư Đảng ủy; Bí thư các chi, đảng bộ trực thuộc", ["Đ/c Phó Bí thư Đảng ủy", "Bí thư các chi, đảng bộ trực thuộc"]],
    ["BGĐ Sở Y tế; lãnh đạo các cơ quan, đơn vị", ["BGĐ Sở Y tế", "lãnh đạo các cơ quan, đơn vị"]],
    ["Phòng Tổ chức cán bộ\nVăn phòng Sở", ["Phòng Tổ chức cán bộ", "Văn phòng Sở"]],
    ["Sở Y tế;; ; .", ["Sở Y tế"]],
    ["", []],
  ])("%j", (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });

  it("splits NFD text the same way", () => {
    expect(splitUnits(nfd("Văn Phòng Sở Y tế, Thủ trưởng các cơ quan, đơn vị"))).toEqual(["Văn Phòng Sở Y tế", "Thủ trưởng các cơ quan, đơn vị"]);
  });
});

describe("isCollectiveUnit", () => {
  it.each([
    "Các phòng chuyên môn Sở",
    "Các sở, ngành",
    "các cơ quan, đơn vị trực thuộc",
    "Các chi, đảng bộ trực thuộc",
    "Các phòng, đơn vị trực thuộc sở",
    "các đơn vị có giải quyết TTHC",
    "Thủ trưởng các cơ quan, đơn vị thuộc và trực thuộc Sở Y tế",
    "Bí thư các chi, đảng bộ trực thuộc",
    "lãnh đạo các cơ quan, đơn vị",
    "Toàn thể cán bộ, viên chức",
    "Những đơn vị chưa hoàn thành",
    "Đơn vị có liên quan",
    nfd("Các phòng chuyên môn Sở Y tế"),
  ])("%s is collective", (name) => {
    expect(isCollectiveUnit(name)).toBe(true);
  });

  it.each([
    "Văn phòng Sở",
    "Phòng Tổ chức cán bộ",
    "Đảng ủy Sở Y tế",
    "Đảng uỷ Sở Y tế",
    "Chi cục Dân số - KHHGĐ",
    "Thanh tra Sở",
    "BGĐ Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Đ/c Phó Bí thư Đảng ủy",
    "Khoa Các bệnh nhiệt đới",
  ])("%s is one unit", (name) => {
    expect(isCollectiveUnit(name)).toBe(false);
  });
});

describe("hostile input", () => {
  const MB = 1 << 20;
  const fill = (s: string): string => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);
  it.each([
    ["commas", fill("Các phòng, ")],
    ["list prefix", `Các phòng:${fill("a,")}`],
    ["tone clusters", fill("hòa thủy khỏe ")],
    ["abbreviations", fill("UBND BGD, ")],
    ["NFD", fill("Đảng ủy Sở Y tế; ").normalize("NFD")],
  ])("%s: 1 MB in well under a second", (_name, text) => {
    const ms = cpuMs(() => {
      splitUnits(text);
      unitKey(text);
      isCollectiveUnit(text);
    });
    expect(ms).toBeLessThan(1000);
  });
});
