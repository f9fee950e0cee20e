import rule from "../../src/rules/appendix-header-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A plan with its header, a sentence, the signature and an appendix whose "Kèm theo" line is given. */
function plan(kemTheo: string, header: { number?: string; date?: string } = {}): string {
  return [
    "SỞ Y TẾ",
    "",
    header.number ?? "Số: 12/KH-SYT",
    "",
    header.date ?? "Lai Châu, ngày 15 tháng 3 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Triển khai công tác chuyển đổi số năm 2026",
    "",
    "Sở Y tế ban hành kế hoạch triển khai công tác chuyển đổi số năm 2026 (có phụ lục kèm theo).",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, VP.",
    "",
    "GIÁM ĐỐC",
    "",
    "Nguyễn Văn An",
    "",
    "PHỤ LỤC",
    "",
    "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026",
    "",
    kemTheo,
    "",
    "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
    "1\tXây dựng kế hoạch chuyển đổi số\tVăn phòng Sở\tCác phòng chuyên môn\tQuý II/2026",
  ].join("\n");
}

const PARTY = { number: "Số 104-KH/ĐU", date: "Lai Châu, ngày 22 tháng 6 năm 2025" };

ruleTester(rule, {
  valid: [
    { name: "number and date match", text: plan("(Kèm theo Kế hoạch số 12/KH-SYT ngày 15/3/2026 của Sở Y tế)") },
    { name: "the date written out in words", text: plan("(Kèm theo Kế hoạch số 12/KH-SYT ngày 15 tháng 3 năm 2026 của Sở Y tế)") },
    { name: "a Party plan, comma before the date", text: plan("(Kèm theo Kế hoạch số 104-KH/ĐU, ngày 22/6/2025 của Đảng ủy Sở Y tế)", PARTY) },
    {
      name: "a draft: both the document and the appendix leave number and date blank",
      text: plan("(Kèm theo Kế hoạch số       /KH-SYT ngày     /3/2026 của Sở Y tế)", { number: "Số:      /KH-SYT", date: "Lai Châu, ngày     tháng 3 năm 2026" }),
    },
    {
      name: "an appendix-only file takes its number and date from its own «Kèm theo» line",
      text: [
        "Phụ lục",
        "",
        "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
        "",
        "(Kèm theo Kế hoạch số             /KH-SYT ngày         /01/2026 của Sở Y tế)",
        "",
        "STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian",
        "1\tBan hành kế hoạch xây dựng văn bản QPPL\tVăn phòng Sở\tCác phòng chuyên môn Sở\tQuý I/2026",
      ].join("\n"),
    },
    { name: "an appendix without a «Kèm theo» line", text: plan("") },
  ],
  invalid: [
    {
      name: "another number",
      text: plan("(Kèm theo Kế hoạch số 13/KH-SYT ngày 15/3/2026 của Sở Y tế)"),
      errors: [{ messageId: "number", line: 25, message: "Phụ lục ghi «kèm theo» số 13/KH-SYT nhưng văn bản mang số 12/KH-SYT" }],
    },
    {
      name: "another date (seed 000: header 2025, appendix 2026)",
      text: plan("(Kèm theo Kế hoạch số 104-KH/ĐU, ngày 22/6/2026 của Đảng ủy Sở Y tế)", PARTY),
      errors: [{ messageId: "date", line: 25, message: "Phụ lục ghi ngày 22/6/2026 nhưng văn bản ban hành ngày 22/6/2025" }],
    },
    {
      name: "the appendix still has the blank number of the draft",
      text: plan("(Kèm theo Kế hoạch số       /KH-SYT ngày 15/3/2026 của Sở Y tế)"),
      errors: [{ messageId: "blankNumber", message: "trong khi văn bản đã có số 12/KH-SYT" }],
    },
    {
      name: "the appendix still has the blank date of the draft",
      text: plan("(Kèm theo Kế hoạch số 12/KH-SYT ngày     /3/2026 của Sở Y tế)"),
      errors: [{ messageId: "blankDate", message: "Phụ lục để trống ngày («ngày /3/2026») trong khi văn bản đã có ngày 15/3/2026" }],
    },
    {
      name: "another kind of document",
      text: plan("(Kèm theo Quyết định số 12/KH-SYT ngày 15/3/2026 của Sở Y tế)"),
      errors: [{ messageId: "kind", message: "kèm theo văn bản loại QĐ nhưng văn bản là KH" }],
    },
    {
      name: "English messages",
      lang: "en",
      text: plan("(Kèm theo Kế hoạch số 13/KH-SYT ngày 16/3/2026 của Sở Y tế)"),
      errors: [
        { messageId: "number", message: "The appendix says it belongs to 13/KH-SYT but the document is 12/KH-SYT" },
        { messageId: "date", message: "The appendix gives the date 16/3/2026 but the document is dated 15/3/2026" },
      ],
    },
  ],
});
