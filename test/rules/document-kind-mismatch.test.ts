import rule from "../../src/rules/document-kind-mismatch.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const ROWS = [["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý IV/2026"]];
const doc = (number: string, kind: string) => planWithTable(ROWS, { number, kind });

ruleTester(rule, {
  valid: [
    { name: "KẾ HOẠCH ↔ KH (state)", text: doc("Số: 12/KH-SYT", "KẾ HOẠCH") },
    { name: "KẾ HOẠCH ↔ KH (Party)", text: doc("Số 104-KH/ĐU", "KẾ HOẠCH") },
    { name: "BÁO CÁO ↔ BC", text: doc("Số: 660/BC-TTYT", "BÁO CÁO") },
    { name: "CHƯƠNG TRÌNH HÀNH ĐỘNG ↔ CTr", text: doc("Số 01-CTr/TU", "CHƯƠNG TRÌNH HÀNH ĐỘNG") },
    { name: "a Party Quy định is numbered QĐ (66-QĐ/TW)", text: doc("Số 12-QĐ/ĐU", "QUY ĐỊNH") },
    { name: "an older Party Quy định numbered QĐi (08-QĐi/TW)", text: doc("Số 08-QĐi/ĐU", "QUY ĐỊNH") },
    { name: "title word in mixed case", text: doc("Số: 12/KH-SYT", "Kế hoạch") },
    {
      name: "an appendix-only file has no title word to compare",
      text: [
        "Phụ lục",
        "",
        "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
        "",
        "(Kèm theo Báo cáo số 12/KH-SYT ngày 15/01/2026 của Sở Y tế)",
        "",
        "STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian",
        "1\tBan hành kế hoạch xây dựng văn bản QPPL\tVăn phòng Sở\tCác phòng chuyên môn Sở\tQuý I/2026",
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "a plan numbered as a report",
      text: doc("Số: 12/BC-SYT", "KẾ HOẠCH"),
      errors: [{ messageId: "mismatch", line: 5, message: "Tên loại «KH» không khớp ký hiệu «BC-SYT» (viết tắt BC)" }],
    },
    {
      name: "a report numbered as a Party plan",
      text: doc("Số 104-KH/ĐU", "BÁO CÁO"),
      errors: [{ messageId: "mismatch", message: "Tên loại «BC» không khớp ký hiệu «KH/ĐU»" }],
    },
    {
      name: "a state Quy định must use QyĐ, not QĐ",
      text: doc("Số: 12/QĐ-SYT", "QUY ĐỊNH"),
      errors: [{ messageId: "mismatch", message: "«QyĐ»" }],
    },
    {
      name: "English message",
      lang: "en",
      text: doc("Số: 15/TTr-SYT", "KẾ HOẠCH"),
      errors: [{ messageId: "mismatch", message: "The title says «KH» but the symbol «TTr-SYT» says TTr" }],
    },
  ],
});
