import rule from "../../src/rules/multiple-lead-units.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** A label-list plan (seed 001 style) whose task names two lead units. */
const LIST = [
  "KẾ HOẠCH",
  "",
  "Thực hiện Chương trình hành động năm 2026",
  "",
  "I. NHIỆM VỤ",
  "",
  "1. Xây dựng kế hoạch tài chính, ngân sách giai đoạn 2026-2030.",
  "",
  "+ Đơn vị chủ trì tham mưu: Văn phòng Sở, Phòng Kế hoạch tài chính.",
  "",
  "+ Đơn vị phối hợp: Các phòng chuyên môn.",
  "",
  "+ Thời gian hoàn thành: Quý II/2026.",
].join("\n");

ruleTester(rule, {
  valid: [
    {
      name: "one lead per task",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Phòng Kế hoạch tài chính; Thanh tra Sở", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "Văn phòng Sở", "Quý III/2026"],
      ]),
    },
    {
      name: "one unit written twice with different tone placement (Đảng ủy / Đảng uỷ) is one lead",
      text: planWithTable([["1", "Quán triệt Nghị quyết đến đảng viên", "Đảng ủy Sở Y tế; Đảng uỷ Sở Y tế", "Văn phòng Sở", "Quý II/2026"]]),
    },
    {
      name: "unit names with «và», commas or a dash inside are one unit",
      text: planWithTable([
        ["1", "Lồng ghép nhiệm vụ vào kế hoạch đầu tư công", "Sở Kế hoạch và Đầu tư", "Văn phòng Sở", "Quý II/2026"],
        ["2", "Số hóa hồ sơ di tích", "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng Sở", "Quý III/2026"],
        ["3", "Bố trí kinh phí thực hiện", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Quý IV/2026"],
      ]),
    },
    {
      name: "origins without list: a list task with two leads is not checked",
      options: { origins: ["table"] },
      text: LIST,
    },
  ],
  invalid: [
    {
      name: "two leads in a table cell",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Rà soát thủ tục hành chính", "Văn phòng Sở; Phòng Tổ chức cán bộ", "Thanh tra Sở", "Quý III/2026"],
      ]),
      errors: [{ messageId: "multiple", taskId: "2", line: 13, message: "giao 2 đơn vị chủ trì («Văn phòng Sở» và «Phòng Tổ chức cán bộ»)" }],
    },
    {
      name: "three leads separated by commas",
      text: planWithTable([["1", "Kiểm tra công tác cải cách hành chính", "Văn phòng Sở, Phòng Tổ chức cán bộ, Thanh tra Sở", "", "Quý IV/2026"]]),
      errors: [{ messageId: "multiple", taskId: "1", message: "giao 3 đơn vị chủ trì" }],
    },
    {
      name: "a label list naming two leads (seed 001)",
      text: LIST,
      errors: [{ messageId: "multiple", taskId: "I.1", line: 9, message: "«Văn phòng Sở» và «Phòng Kế hoạch tài chính»" }],
    },
    {
      name: "origins limited to list: the list task is still reported, the table task is not",
      options: { origins: ["list"] },
      text: LIST,
      errors: [{ messageId: "multiple", taskId: "I.1" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Văn phòng Sở; Thanh tra Sở", "", "Quý II/2026"]]),
      errors: [{ messageId: "multiple", taskId: "1", message: "Task 1 has 2 lead units («Văn phòng Sở» and «Thanh tra Sở»)" }],
    },
  ],
});
