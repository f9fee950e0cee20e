import rule from "../../src/rules/missing-lead-unit.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "every row has a lead",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Các phòng chuyên môn", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "Văn phòng Sở", "Quý III/2026"],
      ]),
    },
    {
      name: "a plan without any chủ trì label: 'Đơn vị thực hiện' leads",
      text: [
        "KẾ HOẠCH",
        "",
        "Triển khai công tác năm 2026",
        "",
        "I. NHIỆM VỤ",
        "",
        "1. Rà soát thủ tục hành chính nội bộ.",
        "",
        "+ Đơn vị thực hiện: Văn phòng Sở.",
        "",
        "+ Thời gian hoàn thành: Quý II/2026.",
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "empty lead cell",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "", "Văn phòng Sở", "Quý III/2026"],
      ]),
      errors: [{ messageId: "missing", taskId: "2", line: 13, message: "Nhiệm vụ 2 chưa có cơ quan, đơn vị chủ trì" }],
    },
    {
      name: "executors only where the document has a chủ trì label (seed 003)",
      text: [
        "KẾ HOẠCH",
        "",
        "Triển khai công tác năm 2026",
        "",
        "II. NHIỆM VỤ, GIẢI PHÁP:",
        "",
        "1. Tổ chức tuyên truyền, phổ biến kế hoạch.",
        "",
        "+ Đơn vị chủ trì thực hiện: Phòng Tổ chức cán bộ Sở Y tế.",
        "",
        "2. Lãnh đạo, chỉ đạo quán triệt các nhiệm vụ.",
        "",
        "+ Đơn vị thực hiện: Các phòng chuyên môn Sở Y tế.",
      ].join("\n"),
      errors: [{ messageId: "executorsOnly", taskId: "II.2", line: 13 }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([["1", "Tập huấn kỹ năng số cho công chức", "", "", "Quý III/2026"]]),
      errors: [{ messageId: "missing", taskId: "1", message: "Task 1 has no lead unit" }],
    },
  ],
});
