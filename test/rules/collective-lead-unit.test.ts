import rule from "../../src/rules/collective-lead-unit.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** A plan whose "TỔ CHỨC THỰC HIỆN" assigns duties per unit (origin "duties"). */
const DUTIES = [
  "KẾ HOẠCH",
  "",
  "Triển khai công tác cải cách hành chính năm 2026",
  "",
  "I. NHIỆM VỤ",
  "",
  "1. Rà soát quy trình nội bộ giải quyết thủ tục hành chính.",
  "",
  "+ Đơn vị chủ trì: Văn phòng Sở.",
  "",
  "+ Thời gian hoàn thành: Quý II/2026.",
  "",
  "II. TỔ CHỨC THỰC HIỆN",
  "",
  "1. Văn phòng Sở Y tế",
  "",
  "- Tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.",
  "",
  "2. Các đơn vị trực thuộc Sở: Xây dựng kế hoạch của đơn vị, báo cáo kết quả về Văn phòng Sở.",
].join("\n");

ruleTester(rule, {
  valid: [
    {
      name: "specific units lead; a collective among the coordinators is fine",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Các phòng chuyên môn", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "Các đơn vị trực thuộc", "Quý III/2026"],
      ]),
    },
    {
      name: "a Party committee of one body is one unit, in either tone placement (Đảng ủy / Đảng uỷ)",
      text: planWithTable([
        ["1", "Quán triệt Nghị quyết đến cán bộ, đảng viên", "Đảng ủy Sở Y tế", "Văn phòng Sở", "Quý II/2026"],
        ["2", "Sơ kết việc thực hiện Nghị quyết", "Đảng uỷ Sở Y tế", "Văn phòng Sở", "Quý IV/2026"],
      ]),
    },
    {
      name: "«Lãnh đạo Sở», «Ban Giám đốc» and «Phòng Các dân tộc» name one body",
      text: planWithTable([
        ["1", "Chỉ đạo triển khai kế hoạch", "Lãnh đạo Sở", "Văn phòng Sở", "Quý II/2026"],
        ["2", "Phê duyệt danh mục dịch vụ công trực tuyến", "Ban Giám đốc Sở", "Văn phòng Sở", "Quý III/2026"],
        ["3", "Tuyên truyền chính sách đến đồng bào", "Phòng Các dân tộc", "Văn phòng Sở", "Quý IV/2026"],
      ]),
    },
    {
      name: "duties under TỔ CHỨC THỰC HIỆN are distributive and skipped by default",
      text: DUTIES,
    },
    {
      name: "origins without table: a collective table lead is not checked",
      options: { origins: ["list"] },
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Các phòng chuyên môn", "", "Quý II/2026"]]),
    },
  ],
  invalid: [
    {
      name: "«Các phòng chuyên môn» as lead",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Rà soát, đánh giá thủ tục hành chính", "Các phòng chuyên môn", "Văn phòng Sở", "Quý III/2026"],
      ]),
      errors: [{ messageId: "collective", taskId: "2", line: 13, message: "giao chủ trì cho «Các phòng chuyên môn»" }],
    },
    {
      name: "head of all units, units concerned, and a collective next to a specific lead",
      text: planWithTable([
        ["1", "Quán triệt kế hoạch đến công chức, viên chức", "Thủ trưởng các đơn vị trực thuộc", "", "Quý II/2026"],
        ["2", "Cung cấp số liệu phục vụ báo cáo", "Các đơn vị có liên quan", "Văn phòng Sở", "Quý III/2026"],
        ["3", "Kiểm tra việc thực hiện", "Văn phòng Sở; các đơn vị có giải quyết TTHC", "", "Quý IV/2026"],
      ]),
      errors: [
        { messageId: "collective", taskId: "1", message: "«Thủ trưởng các đơn vị trực thuộc»" },
        { messageId: "collective", taskId: "2", message: "«Các đơn vị có liên quan»" },
        { messageId: "collective", taskId: "3", message: "«các đơn vị có giải quyết TTHC»" },
      ],
    },
    {
      name: "a list task led by a collective",
      text: DUTIES.replace("+ Đơn vị chủ trì: Văn phòng Sở.", "+ Đơn vị chủ trì: Các phòng chuyên môn."),
      errors: [{ messageId: "collective", taskId: "I.1", line: 9 }],
    },
    {
      name: "origins including duties: «Các đơn vị trực thuộc Sở» is reported",
      options: { origins: ["table", "list", "duties"] },
      text: DUTIES,
      errors: [{ messageId: "collective", taskId: "II.2", line: 19, message: "«Các đơn vị trực thuộc Sở»" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Các phòng chuyên môn", "", "Quý II/2026"]]),
      errors: [{ messageId: "collective", taskId: "1", message: "Task 1 is led by «Các phòng chuyên môn», a group of units" }],
    },
  ],
});
