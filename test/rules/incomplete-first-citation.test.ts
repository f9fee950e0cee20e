import rule from "../../src/rules/incomplete-first-citation.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A plan whose title and body paragraphs are given. */
function plan(title: string, body: string[]): string {
  return ["Số: 12/KH-SYT", "", "Lai Châu, ngày 15 tháng 3 năm 2026", "", "KẾ HOẠCH", "", title, "", ...body.flatMap((p) => [p, ""])].join("\n");
}
const TITLE = "Triển khai công tác văn thư, lưu trữ năm 2026";

ruleTester(rule, {
  valid: [
    {
      name: "complete first citation; later ones give type and number only",
      text: plan(TITLE, [
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "Các đơn vị thực hiện đúng thể thức văn bản theo Nghị định số 30/2020/NĐ-CP.",
      ]),
    },
    {
      name: "a Party citation with a comma before the date",
      text: plan(TITLE, ["Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh về phát triển kinh tế nhà nước."]),
    },
    {
      name: "laws are cited by type and name alone",
      text: plan(TITLE, ["Căn cứ Luật số 80/2015/QH13 và Luật Lưu trữ;"]),
    },
    {
      name: "the trích yếu names the document briefly; the first mention in the content is complete",
      text: plan("Thực hiện Nghị quyết số 79-NQ/TW của Bộ Chính trị về phát triển kinh tế nhà nước", [
        "Thực hiện Nghị quyết số 79-NQ/TW, ngày 06/01/2026 của Bộ Chính trị về phát triển kinh tế nhà nước, Sở Y tế xây dựng kế hoạch như sau:",
      ]),
    },
    {
      name: "a document named only in the trích yếu",
      text: plan("Thực hiện Nghị quyết số 79-NQ/TW về phát triển kinh tế nhà nước", ["Sở Y tế xây dựng kế hoạch như sau:"]),
    },
  ],
  invalid: [
    {
      name: "neither date nor issuer (seed 004)",
      text: plan(TITLE, ["Triển khai các nhiệm vụ theo Nghị định số 137/2024/NĐ-CP về giao dịch điện tử của cơ quan nhà nước."]),
      errors: [{ messageId: "both", line: 9, message: "Lần trích dẫn đầu tiên «Nghị định số 137/2024/NĐ-CP» thiếu ngày và cơ quan ban hành" }],
    },
    {
      name: "no date",
      text: plan(TITLE, ["Thực hiện Kế hoạch số 62-KH/ĐU của Đảng ủy UBND tỉnh, Sở Y tế xây dựng kế hoạch như sau:"]),
      errors: [{ messageId: "date", message: "«Kế hoạch số 62-KH/ĐU của Đảng ủy UBND tỉnh» thiếu ngày ban hành" }],
    },
    {
      name: "no issuer",
      text: plan(TITLE, ["Căn cứ Quyết định số 1332/QĐ-UBND ngày 09/9/2020 về việc công bố danh mục thủ tục hành chính;"]),
      errors: [{ messageId: "issuer", message: "«Quyết định số 1332/QĐ-UBND ngày 09/9/2020» thiếu cơ quan ban hành" }],
    },
    {
      name: "only the first mention counts: a complete later mention does not repair it",
      text: plan(TITLE, [
        "Thực hiện Nghị quyết 66/NQ-CP, Sở Y tế xây dựng kế hoạch như sau:",
        "Các đơn vị bám sát Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ.",
      ]),
      errors: [{ messageId: "both", line: 9, message: "«Nghị quyết 66/NQ-CP»" }],
    },
    {
      name: "cited briefly in the trích yếu and again incompletely in the content",
      text: plan("Thực hiện Nghị quyết số 79-NQ/TW về phát triển kinh tế nhà nước", [
        "Thực hiện Nghị quyết số 79-NQ/TW, Sở Y tế xây dựng kế hoạch như sau:",
      ]),
      errors: [{ messageId: "both", line: 9 }],
    },
    {
      name: "English message",
      lang: "en",
      text: plan(TITLE, ["Thực hiện Kế hoạch số 957/KH-UBND, Sở Y tế xây dựng kế hoạch như sau:"]),
      errors: [{ messageId: "both", message: "The first citation «Kế hoạch số 957/KH-UBND» lacks both date and issuer" }],
    },
  ],
});
