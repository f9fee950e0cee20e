import rule from "../../src/rules/invalid-date.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const row = (n: number, deadline: string) => [String(n), `Nhiệm vụ chuyển đổi số số ${n}`, "Văn phòng Sở", "", deadline];

ruleTester(rule, {
  valid: [
    {
      name: "real dates, months, quarters and ranges",
      text: planWithTable([row(1, "30/6/2026"), row(2, "31/12/2026"), row(3, "Tháng 12/2026"), row(4, "Quý IV/2026"), row(5, "Quý III-IV/2026"), row(6, "Tháng 4-5/2026")]),
    },
    {
      name: "29 February in a leap year, as a deadline and as the issue date",
      text: planWithTable([row(1, "29/02/2028")], { date: "Lai Châu, ngày 29 tháng 02 năm 2028" }),
    },
    {
      name: "a blank issue date in a draft is missing-issue-date's finding",
      text: planWithTable([row(1, "Quý II/2026")], { date: "Lai Châu, ngày      tháng 3 năm 2026" }),
    },
    {
      name: "an unreadable deadline is vague-deadline's finding, not an impossible date",
      text: planWithTable([row(1, "Sớm"), row(2, "Thường xuyên")]),
    },
  ],
  invalid: [
    {
      name: "a day the month does not have",
      text: planWithTable([row(1, "30/6/2026"), row(2, "31/6/2026"), row(3, "29/02/2026")]),
      errors: [
        { messageId: "invalid-day", taskId: "2", line: 13, message: "thời hạn «31/6/2026» ghi một ngày không có trong tháng" },
        { messageId: "invalid-day", taskId: "3" },
      ],
    },
    {
      name: "a month outside 1–12",
      text: planWithTable([row(1, "Tháng 13/2026"), row(2, "15/13/2026")]),
      errors: [
        { messageId: "invalid-month", taskId: "1", message: "ghi tháng không tồn tại (1–12)" },
        { messageId: "invalid-month", taskId: "2" },
      ],
    },
    {
      name: "a quarter outside I–IV",
      text: planWithTable([row(1, "Quý V/2026")]),
      errors: [{ messageId: "invalid-quarter", taskId: "1", message: "«Quý V/2026» ghi quý không tồn tại (I–IV)" }],
    },
    {
      name: "a range that ends before it starts",
      text: planWithTable([row(1, "Tháng 6-4/2026"), row(2, "Quý IV-II/2026")]),
      errors: [
        { messageId: "invalid-range", taskId: "1", message: "khoảng thời gian «Tháng 6-4/2026» kết thúc trước khi bắt đầu" },
        { messageId: "invalid-range", taskId: "2" },
      ],
    },
    {
      name: "an issue date that does not exist",
      text: planWithTable([row(1, "Quý IV/2026")], { date: "Lai Châu, ngày 31 tháng 6 năm 2026" }),
      errors: [{ messageId: "issueDate", line: 3, message: "Ngày ban hành «ngày 31 tháng 6 năm 2026» không tồn tại" }],
    },
    {
      name: "English messages",
      lang: "en",
      text: planWithTable([row(1, "31/4/2026")], { date: "Lai Châu, ngày 30 tháng 02 năm 2026" }),
      errors: [
        { messageId: "invalid-day", taskId: "1", message: "Task 1: the deadline «31/4/2026» names a day the month does not have" },
        { messageId: "issueDate", message: "The issue date «ngày 30 tháng 02 năm 2026» does not exist" },
      ],
    },
  ],
});
