import { describe, expect, it } from "vitest";
import { isAllCaps, parseNumbering } from "../../src/normalize/numbering.js";

describe("parseNumbering", () => {
  it.each([
    ["I. MỤC ĐÍCH, YÊU CẦU", "roman", "I", "MỤC ĐÍCH, YÊU CẦU"],
    ["IV-TỔ CHỨC THỰC HIỆN", "roman", "IV", "TỔ CHỨC THỰC HIỆN"],
    ["I CẢI CÁCH THỂ CHẾ", "roman", "I", "CẢI CÁCH THỂ CHẾ"],
    ["B. NỘI DUNG", "upper-letter", "B", "NỘI DUNG"],
    ["1. Mục đích", "arabic", "1", "Mục đích"],
    ["2.1. Đến năm 2030", "arabic", "2.1", "Đến năm 2030"],
    ["3.2 Nhiệm vụ, giải pháp", "arabic", "3.2", "Nhiệm vụ, giải pháp"],
    ["a) Về ngân sách nhà nước", "lower-letter", "a", "Về ngân sách nhà nước"],
    ["(1) Kết quả thực hiện", "paren", "1", "Kết quả thực hiện"],
  ])("%s", (text, style, value, rest) => {
    expect(parseNumbering(text)).toMatchObject({ style, value, rest });
  });

  it.each(["06 tháng đầu năm 2026", "100% văn bản", "Xây dựng kế hoạch", "X quang", "1.5 ngày", "30.000 người", "Ít nhất"])(
    "%s is not numbering",
    (text) => expect(parseNumbering(text)).toBeNull(),
  );

  it("isAllCaps", () => {
    expect(isAllCaps("KẾ HOẠCH")).toBe(true);
    expect(isAllCaps("T/M ĐẢNG ỦY")).toBe(true);
    expect(isAllCaps("Kế hoạch")).toBe(false);
    expect(isAllCaps("2026")).toBe(false);
    expect(isAllCaps("957/KH-UBND).")).toBe(false);
  });
});
