import rule from "../../src/rules/deadline-outside-plan-period.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

// planWithTable's default title is «Triển khai công tác chuyển đổi số năm 2026»: period 2026–2026.
const row = (n: number, deadline: string) => [String(n), `Nhiệm vụ cải cách hành chính số ${n}`, "Văn phòng Sở", "", deadline];
const PERIOD = { title: "Cải cách hành chính của Sở Y tế giai đoạn 2026-2030" };

ruleTester(rule, {
  valid: [
    {
      name: "deadlines inside the year of the plan, including its first and last day",
      text: planWithTable([row(1, "01/01/2026"), row(2, "Quý II/2026"), row(3, "31/12/2026"), row(4, "Năm 2026")]),
    },
    {
      name: "deadlines inside a multi-year period",
      text: planWithTable([row(1, "Năm 2026"), row(2, "Giai đoạn 2026-2030"), row(3, "Quý IV/2030")], PERIOD),
    },
    {
      name: "open-ended deadlines starting in the period, and deadlines without dates",
      text: planWithTable([row(1, "Năm 2026 và những năm tiếp theo"), row(2, "Thường xuyên"), row(3, "")]),
    },
    {
      name: "a title without years gives no period to compare with",
      text: planWithTable([row(1, "Quý I/2027")], { title: "Triển khai công tác chuyển đổi số" }),
    },
    {
      name: "years in a cited number or date of the title are not the period",
      text: planWithTable([row(1, "Quý IV/2026")], { title: "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ năm 2026" }),
    },
    {
      name: "a title naming two years separately covers both (report on 2025 with tasks for 2026)",
      text: planWithTable([row(1, "Quý II/2026"), row(2, "Năm 2025")], {
        number: "Số: 15/BC-SYT",
        date: "Lai Châu, ngày 15 tháng 12 năm 2025",
        kind: "BÁO CÁO",
        title: "Kết quả công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026",
      }),
    },
  ],
  invalid: [
    {
      name: "a deadline after the plan's year",
      text: planWithTable([row(1, "Quý II/2026"), row(2, "Quý I/2027")]),
      errors: [{ messageId: "outside", taskId: "2", line: 13, message: "thời hạn «Quý I/2027» nằm ngoài giai đoạn 2026–2026" }],
    },
    {
      name: "a deadline before the period, or starting before it",
      text: planWithTable([row(1, "Năm 2025"), row(2, "Năm 2025-2026"), row(3, "Từ tháng 10/2025")], PERIOD),
      errors: [
        { messageId: "outside", taskId: "1", message: "giai đoạn 2026–2030" },
        { messageId: "outside", taskId: "2" },
        { messageId: "outside", taskId: "3" },
      ],
    },
    {
      name: "a deadline after a multi-year period",
      text: planWithTable([row(1, "Năm 2031")], PERIOD),
      errors: [{ messageId: "outside", taskId: "1" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([row(1, "30/6/2027")]),
      errors: [{ messageId: "outside", taskId: "1", message: "Task 1: the deadline «30/6/2027» is outside the plan period 2026–2026" }],
    },
  ],
});
