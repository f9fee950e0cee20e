import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { issuerFromOrgLines } from "../../src/extract/header.js";
import type { Document } from "../../src/model/document.js";

async function doc(lines: string[]): Promise<Document> {
  const pf = await extractBytes(new TextEncoder().encode(lines.join("\n") + "\n"), "case.txt");
  return pf.documents[0]!;
}
const bases = (d: Document) => d.references.filter((c) => c.basis).map((c) => c.identifier);
const others = (d: Document) => d.references.filter((c) => !c.basis).map((c) => c.identifier);

describe("basis: what a document implements or answers", () => {
  it("the first citation after «Thực hiện» is the basis; one reached through «về thực hiện» is not", async () => {
    const d = await doc([
      "Số 104-KH/ĐU",
      "",
      "Lai Châu, ngày 22 tháng 6 năm 2026",
      "",
      "KẾ HOẠCH",
      "",
      "Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh về thực hiện Kế hoạch số 58-KH/TU, ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy",
      "",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "",
      "Quán triệt Kế hoạch số 77-KH/ĐU ngày 01/5/2026 của Đảng ủy Sở Y tế.",
    ]);
    expect(bases(d)).toEqual(["62-KH/ĐU"]);
    expect(others(d)).toEqual(["58-KH/TU", "77-KH/ĐU"]);
  });

  it("«Căn cứ A và B» gives two bases; «Thực hiện A; B, …» too; «kèm theo» does not", async () => {
    const d = await doc([
      "Số: 12/KH-SYT",
      "",
      "Lai Châu, ngày 15 tháng 3 năm 2026",
      "",
      "KẾ HOẠCH",
      "",
      "Cải cách hành chính năm 2026",
      "",
      "Căn cứ Nghị quyết số 08-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh và Quyết định số 688/QĐ-UBND ngày 11/6/2021 của UBND tỉnh;",
      "",
      "Thực hiện Kế hoạch số 14/KH-UBND ngày 20/01/2026 của UBND tỉnh; Chương trình số 01-CTr/TU ngày 27/11/2025 của Tỉnh ủy, Sở Y tế ban hành Kế hoạch kèm theo Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ.",
      "",
      "I. MỤC ĐÍCH",
    ]);
    expect(bases(d)).toEqual(["08-NQ/TU", "688/QĐ-UBND", "14/KH-UBND", "01-CTr/TU"]);
    expect(others(d)).toEqual(["534/QĐ-TTg"]);
  });

  it("a citation in the body after the first heading is never a basis", async () => {
    const d = await doc([
      "Số: 30/BC-TTYT",
      "",
      "Lai Châu, ngày 15 tháng 7 năm 2026",
      "",
      "BÁO CÁO",
      "",
      "Kết quả công tác 6 tháng đầu năm 2026",
      "",
      "I. KẾT QUẢ",
      "",
      "Thực hiện Kế hoạch số 25/KH-SYT ngày 05/3/2026 của Sở Y tế, đơn vị đã tập huấn.",
    ]);
    expect(bases(d)).toEqual([]);
  });

  it("seed 003: the report answers 6757/KH-SYT and its sections are read", async () => {
    const d = await doc([
      "Số: 660/BC-TTYT",
      "",
      "Lái Thiêu, ngày 27 tháng 5 năm 2026",
      "",
      "BÁO CÁO",
      "",
      "Kết quả triển khai thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư",
      "",
      "Thực hiện Kế hoạch số 6757/KH-SYT ngày 22 tháng 5 năm 2026 của Sở Y tế Thành phố Hồ Chí Minh về việc triển khai thực hiện Kết luận số 226-KL/TW; Trung tâm Y tế báo cáo như sau:",
      "",
      "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
      "",
      "1. Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 226-KL/TW",
      "",
      "Đơn vị đã tổ chức hội nghị quán triệt.",
      "",
      "- Tài liệu được gửi đến từng khoa.",
      "",
      "2. Đổi mới mạnh mẽ chế độ hội họp",
      "",
      "Giảm 12% số cuộc họp.",
    ]);
    expect(bases(d)).toEqual(["226-KL/TW", "6757/KH-SYT"]);
    expect(d.sections?.map((s) => [s.id, s.heading, s.text, s.location.line])).toEqual([
      ["I", "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "", 11],
      ["I.1", "1. Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 226-KL/TW", "Đơn vị đã tổ chức hội nghị quán triệt.\nTài liệu được gửi đến từng khoa.", 13],
      ["I.2", "2. Đổi mới mạnh mẽ chế độ hội họp", "Giảm 12% số cuộc họp.", 19],
    ]);
  });

  it("only reports carry sections", async () => {
    const d = await doc(["Số: 12/KH-SYT", "", "KẾ HOẠCH", "", "Công tác năm 2026", "", "I. NHIỆM VỤ", "", "Nội dung."]);
    expect(d.sections).toBeUndefined();
  });
});

describe("identity details project rules rely on", () => {
  it("the issuer keeps a place line printed under it", async () => {
    expect(issuerFromOrgLines(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"])).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
    expect(issuerFromOrgLines(["SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH", "TRUNG TÂM Y TẾ", "KHU VỰC BÌNH THẠNH"])).toBe("TRUNG TÂM Y TẾ KHU VỰC BÌNH THẠNH");
    expect(issuerFromOrgLines(["UBND TỈNH LAI CHÂU", "SỞ Y TẾ"])).toBe("SỞ Y TẾ");
    expect(issuerFromOrgLines([])).toBeNull();
  });

  it("a citation of another Đảng ủy's document with the same number is kept; a mention of the own number is not", async () => {
    const d = await doc([
      "ĐẢNG ỦY TRUNG TÂM Y TẾ KHU VỰC THUẬN AN",
      "",
      "Số 12-KH/ĐU",
      "",
      "Lái Thiêu, ngày 25 tháng 5 năm 2026",
      "",
      "KẾ HOẠCH",
      "",
      "Thực hiện Kế hoạch số 12-KH/ĐU, ngày 15/5/2026 của Đảng ủy Sở Y tế",
      "",
      "I. NHIỆM VỤ",
      "",
      "Triển khai Kế hoạch số 12-KH/ĐU ngày 25/5/2026 này đến các chi bộ.",
    ]);
    expect(d.references.map((c) => [c.identifier, c.date, c.issuer, c.basis ?? false])).toEqual([["12-KH/ĐU", "2026-05-15", "Đảng ủy Sở Y tế", true]]);
  });
});
