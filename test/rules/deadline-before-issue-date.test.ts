import rule from "../../src/rules/deadline-before-issue-date.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

// planWithTable's plan is dated «Lai Châu, ngày 15 tháng 3 năm 2026».
const row = (n: number, deadline: string) => [String(n), `Nhiệm vụ chuyển đổi số số ${n}`, "Văn phòng Sở", "", deadline];

ruleTester(rule, {
  valid: [
    {
      name: "deadlines after the issue date",
      text: planWithTable([row(1, "Quý II/2026"), row(2, "30/6/2026"), row(3, "Năm 2026")]),
    },
    {
      name: "a deadline on the issue date itself is not before it",
      text: planWithTable([row(1, "15/3/2026"), row(2, "ngày 15 tháng 3 năm 2026")]),
    },
    {
      name: "a window that is still open on the issue date (the month, quarter or year of issue)",
      text: planWithTable([row(1, "Tháng 3/2026"), row(2, "Quý I/2026"), row(3, "Năm 2025-2026")]),
    },
    {
      name: "deadlines without an end date are not compared",
      text: planWithTable([row(1, "Thường xuyên"), row(2, "Khi có hướng dẫn của Bộ Y tế"), row(3, "")]),
    },
    {
      name: "a draft with a blank date has nothing to compare with",
      text: planWithTable([row(1, "Tháng 01/2026")], { date: "Lai Châu, ngày      tháng 3 năm 2026" }),
    },
  ],
  invalid: [
    {
      name: "a date, a month and a year already over on the issue date",
      text: planWithTable([row(1, "Quý II/2026"), row(2, "14/3/2026"), row(3, "Tháng 02/2026"), row(4, "Năm 2020-2025")]),
      errors: [
        { messageId: "before", taskId: "2", line: 13, message: "thời hạn «14/3/2026» (hết ngày 14/3/2026) đã qua trước ngày ban hành 15/3/2026" },
        { messageId: "before", taskId: "3", message: "(hết ngày 28/2/2026)" },
        { messageId: "before", taskId: "4", message: "(hết ngày 31/12/2025)" },
      ],
    },
    {
      name: "a plan issued late in the year with a first-quarter deadline (seed 000's 2025/2026 slip)",
      text: planWithTable([row(1, "Quý I/2026")], { date: "Lai Châu, ngày 22 tháng 6 năm 2026" }),
      errors: [{ messageId: "before", taskId: "1", message: "trước ngày ban hành 22/6/2026" }],
    },
    {
      name: "a conditional or recurring deadline with a concrete window is checked by that window",
      text: planWithTable([row(1, "Năm 2025, sau khi Bộ Y tế có hướng dẫn"), row(2, "Năm 2025 và hằng năm")]),
      errors: [
        { messageId: "before", taskId: "1" },
        { messageId: "before", taskId: "2" },
      ],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([row(1, "Tháng 01/2026")]),
      errors: [{ messageId: "before", taskId: "1", message: "Task 1: the deadline «Tháng 01/2026» (ends 31/1/2026) is before the issue date 15/3/2026" }],
    },
  ],
});
