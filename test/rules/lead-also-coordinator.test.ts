import rule from "../../src/rules/lead-also-coordinator.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "lead and coordinators are different units",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Phòng Kế hoạch tài chính; Thanh tra Sở", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "", "Quý III/2026"],
      ]),
    },
    {
      name: "a coordinator whose name extends the lead's is another unit",
      text: planWithTable([["1", "Thẩm định đề án vị trí việc làm", "Phòng Tổ chức cán bộ", "Phòng Tổ chức cán bộ Sở Nội vụ", "Quý II/2026"]]),
    },
    {
      name: "a collective coordinator («Các phòng chuyên môn») is not the lead repeated",
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Các phòng chuyên môn", "Quý II/2026"]]),
    },
  ],
  invalid: [
    {
      name: "the lead listed again among the coordinators",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Thanh tra Sở", "Quý II/2026"],
        ["2", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Thanh tra Sở; Văn phòng Sở", "Quý III/2026"],
      ]),
      errors: [{ messageId: "both", taskId: "2", line: 13, message: "«Văn phòng Sở» vừa chủ trì vừa phối hợp" }],
    },
    {
      name: "the same unit with another tone placement, capitalisation or a lost Đ stroke",
      text: planWithTable([
        ["1", "Quán triệt Nghị quyết đến đảng viên", "Đảng ủy Sở Y tế", "Đảng uỷ Sở Y tế", "Quý II/2026"],
        ["2", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Văn Phòng Sở", "Quý III/2026"],
        ["3", "Chỉ đạo các đơn vị triển khai", "BGĐ Sở Y tế", "BGD Sở Y tế", "Quý IV/2026"],
      ]),
      errors: [
        { messageId: "both", taskId: "1", message: "«Đảng uỷ Sở Y tế»" },
        { messageId: "both", taskId: "2", message: "«Văn Phòng Sở»" },
        { messageId: "both", taskId: "3", message: "«BGD Sở Y tế»" },
      ],
    },
    {
      name: "a label list (+ Đơn vị chủ trì / + Đơn vị phối hợp)",
      text: [
        "KẾ HOẠCH",
        "",
        "Cải cách hành chính năm 2026",
        "",
        "I. NHIỆM VỤ",
        "",
        "1. Kiểm tra công tác cải cách hành chính tại các đơn vị.",
        "",
        "+ Đơn vị chủ trì: Thanh tra Sở.",
        "",
        "+ Đơn vị phối hợp: Văn phòng Sở, Thanh tra Sở.",
        "",
        "+ Thời gian hoàn thành: Quý III/2026.",
      ].join("\n"),
      errors: [{ messageId: "both", taskId: "I.1", line: 11, message: "«Thanh tra Sở»" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Thanh tra Sở", "Thanh tra Sở", "Quý II/2026"]]),
      errors: [{ messageId: "both", taskId: "1", message: "Task 1: «Thanh tra Sở» both leads and coordinates" }],
    },
  ],
});
