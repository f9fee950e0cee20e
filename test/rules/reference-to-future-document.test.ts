import rule from "../../src/rules/reference-to-future-document.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A Party plan (seed 000 style) with the given date line and opening sentence. */
function plan(opening: string, date = "Lai Châu, ngày 22 tháng 6 năm 2026"): string {
  return [
    "ĐẢNG ỦY SỞ Y TẾ",
    "",
    "Số 104-KH/ĐU",
    "",
    date,
    "",
    "KẾ HOẠCH",
    "",
    "Thực hiện Nghị quyết số 79-NQ/TW của Bộ Chính trị về phát triển kinh tế nhà nước",
    "",
    opening,
  ].join("\n");
}

const OPENING =
  "Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh và Kế hoạch số 58-KH/TU, ngày 18/3/2026 của Tỉnh ủy, Đảng ủy Sở Y tế xây dựng kế hoạch thực hiện như sau:";

ruleTester(rule, {
  valid: [
    { name: "cited documents are older than the plan", text: plan(OPENING) },
    {
      name: "a document issued the same day may be cited",
      text: plan("Thực hiện Kế hoạch số 62-KH/ĐU, ngày 22/6/2026 của Đảng ủy UBND tỉnh, Đảng ủy Sở Y tế xây dựng kế hoạch như sau:"),
    },
    {
      name: "citations without a date cannot be compared",
      text: plan("Thực hiện Nghị quyết số 79-NQ/TW của Bộ Chính trị, Đảng ủy Sở Y tế xây dựng kế hoạch như sau:", "Lai Châu, ngày 22 tháng 6 năm 2025"),
    },
    {
      name: "a draft with a blank date has nothing to compare with",
      text: plan(OPENING, "Lai Châu, ngày     tháng 6 năm 2026"),
    },
  ],
  invalid: [
    {
      name: "a plan dated 2025 implementing documents of 2026 (seed 000)",
      text: plan(OPENING, "Lai Châu, ngày 22 tháng 6 năm 2025"),
      errors: [
        { messageId: "future", line: 11, message: "Văn bản ngày 22/6/2025 trích dẫn 62-KH/ĐU ngày 10/4/2026 — sau ngày ban hành" },
        { messageId: "future", line: 11, message: "trích dẫn 58-KH/TU ngày 18/3/2026" },
      ],
    },
    {
      name: "a citation dated one day after the document",
      text: plan("Căn cứ Quyết định số 1332/QĐ-UBND ngày 23/6/2026 của UBND tỉnh về việc phê duyệt danh mục, Đảng ủy Sở Y tế xây dựng kế hoạch như sau:"),
      errors: [{ messageId: "future", message: "1332/QĐ-UBND ngày 23/6/2026" }],
    },
    {
      name: "English message",
      lang: "en",
      text: plan("Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh, Đảng ủy Sở Y tế xây dựng kế hoạch như sau:", "Lai Châu, ngày 22 tháng 6 năm 2025"),
      errors: [{ messageId: "future", message: "The document dated 22/6/2025 cites 62-KH/ĐU of 10/4/2026, a later date" }],
    },
  ],
});
