import { describe, expect, it } from "vitest";
import { cleanLine } from "../../src/normalize/markup.js";

describe("cleanLine", () => {
  it.each([
    ["- + Phòng chủ trì tham mưu: Tổ chức cán bộ.", "+", "Phòng chủ trì tham mưu: Tổ chức cán bộ."],
    [" - * Phòng Kế hoạch tài chính thực hiện nội dung (2);", "*", "Phòng Kế hoạch tài chính thực hiện nội dung (2);"],
    ["+ + Phòng phối hợp với Sở Nông nghiệp và PTNT: Văn phòng Sở.", "+", "Phòng phối hợp với Sở Nông nghiệp và PTNT: Văn phòng Sở."],
    ["- *Kế hoạch tinh giản biên chế:*", "-", "Kế hoạch tinh giản biên chế:"],
    ["+ Đơn vị chủ trì tham mưu: **Chi cục Dân số - KHHGD.**", "+", "Đơn vị chủ trì tham mưu: Chi cục Dân số - KHHGD."],
    ["**T/M ĐẢNG ỦY", null, "T/M ĐẢNG ỦY"],
    ["PHÓ BÍ THƯ**", null, "PHÓ BÍ THƯ"],
    ["Định kỳ báo cáo Sở Y tế (*thông qua Phòng Tổ chức cán bộ*), cụ thể", null, "Định kỳ báo cáo Sở Y tế (thông qua Phòng Tổ chức cán bộ), cụ thể"],
    ["Kinh tế - xã hội", null, "Kinh tế - xã hội"],
    ["*", null, ""],
  ])("%s", (line, marker, text) => {
    const r = cleanLine(line);
    expect(r.marker).toBe(marker);
    expect(r.text).toBe(text);
    expect(r.cols).toHaveLength(text.length);
  });

  it("maps every kept character to its original column", () => {
    const line = "- + Phòng chủ trì: **Văn phòng Sở**";
    const r = cleanLine(line);
    for (let i = 0; i < r.text.length; i++) expect(line[r.cols[i]!]).toBe(r.text[i]);
  });
});
