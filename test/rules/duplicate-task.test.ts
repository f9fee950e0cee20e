import rule from "../../src/rules/duplicate-task.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const row = (n: number, text: string, lead = "Văn phòng Sở") => [String(n), text, lead, "", "Quý II/2026"];
/** Two duties under "TỔ CHỨC THỰC HIỆN" with the same text; the second one for `unit`. */
const DUTIES = (unit: string) =>
  [
    "KẾ HOẠCH",
    "",
    "Cải cách hành chính năm 2026",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Trung tâm Y tế huyện: Xây dựng kế hoạch triển khai tại đơn vị, báo cáo kết quả về Sở Y tế trước ngày 15/12/2026.",
    "",
    `2. ${unit}: Xây dựng kế hoạch triển khai tại đơn vị, báo cáo kết quả về Sở Y tế trước ngày 15/12/2026.`,
  ].join("\n");
const CIVIL = "Tổ chức tập huấn kỹ năng số cho công chức năm 2026";
const PUBLIC = "Tổ chức tập huấn kỹ năng số cho viên chức năm 2026";

ruleTester(rule, {
  valid: [
    {
      name: "different tasks",
      text: planWithTable([row(1, "Xây dựng kế hoạch chuyển đổi số của Sở Y tế năm 2026"), row(2, "Rà soát, chuẩn hóa dữ liệu hồ sơ sức khỏe điện tử")]),
    },
    {
      name: "near-identical wording for different audiences stays below the default threshold",
      text: planWithTable([row(1, CIVIL), row(2, PUBLIC)]),
    },
    {
      name: "short task texts are not compared",
      text: planWithTable([row(1, "Tập huấn kỹ năng số"), row(2, "Tập huấn kỹ năng số")]),
    },
    {
      name: "the same duty given to two units under TỔ CHỨC THỰC HIỆN is each unit's own work",
      text: DUTIES("Bệnh viện Đa khoa tỉnh"),
    },
  ],
  invalid: [
    {
      name: "the same task twice",
      text: planWithTable([
        row(1, "Rà soát, đánh giá quy trình nội bộ giải quyết thủ tục hành chính"),
        row(2, "Xây dựng kế hoạch chuyển đổi số của Sở Y tế năm 2026"),
        row(3, "Rà soát, đánh giá quy trình nội bộ giải quyết thủ tục hành chính", "Thanh tra Sở"),
      ]),
      errors: [{ messageId: "duplicate", taskId: "3", line: 14, message: "Nhiệm vụ 3 trùng với nhiệm vụ 1" }],
    },
    {
      name: "differences in tone placement, case and punctuation only (hóa / hoá)",
      text: planWithTable([row(1, "Số hóa hồ sơ, tài liệu lưu trữ của cơ quan."), row(2, "số hoá hồ sơ tài liệu lưu trữ của Cơ quan")]),
      errors: [{ messageId: "duplicate", taskId: "2" }],
    },
    {
      name: "a lower threshold treats near-identical wording as the same task",
      options: { threshold: 0.8 },
      text: planWithTable([row(1, CIVIL), row(2, PUBLIC)]),
      errors: [{ messageId: "duplicate", taskId: "2", message: "trùng với nhiệm vụ 1" }],
    },
    {
      name: "minWords lowered: short tasks are compared too",
      options: { minWords: 3 },
      text: planWithTable([row(1, "Tập huấn kỹ năng số"), row(2, "Tập huấn kỹ năng số")]),
      errors: [{ messageId: "duplicate", taskId: "2" }],
    },
    {
      name: "the same duty written twice for one unit",
      text: [
        "KẾ HOẠCH",
        "",
        "Cải cách hành chính năm 2026",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Trung tâm Y tế huyện",
        "",
        "- Xây dựng kế hoạch triển khai tại đơn vị, báo cáo kết quả về Sở Y tế trước ngày 15/12/2026.",
        "",
        "- Tổ chức tuyên truyền kế hoạch đến toàn thể viên chức của Trung tâm.",
        "",
        "- Xây dựng kế hoạch triển khai tại đơn vị; báo cáo kết quả về Sở Y tế trước ngày 15/12/2026.",
      ].join("\n"),
      errors: [{ messageId: "duplicate", taskId: "III.1#3", line: 13, message: "trùng với nhiệm vụ III.1#1" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([row(1, CIVIL), row(2, CIVIL)]),
      errors: [{ messageId: "duplicate", taskId: "2", message: "Task 2 repeats task 1" }],
    },
  ],
});
