import rule from "../../src/rules/inconsistent-unit-name.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** A Party plan with one labelled task led by `lead` and the given «Nơi nhận» items. */
function withRecipients(lead: string, recipients: string[]): string {
  return [
    "Số 104-KH/ĐU",
    "",
    "Lai Châu, ngày 22 tháng 6 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Thực hiện Nghị quyết số 79-NQ/TW của Bộ Chính trị",
    "",
    "I. NHIỆM VỤ",
    "",
    "1. Quán triệt Nghị quyết đến cán bộ, đảng viên.",
    "",
    `+ Cơ quan chủ trì: ${lead}.`,
    "",
    "+ Thời gian hoàn thành: Quý III/2026.",
    "",
    "Nơi nhận:",
    ...recipients.map((r) => `- ${r};`),
    "- Lưu: VT.",
    "",
    "T/M ĐẢNG ỦY",
    "",
    "PHÓ BÍ THƯ",
    "",
    "Nguyễn Thế Phong",
  ].join("\n");
}

ruleTester(rule, {
  valid: [
    {
      name: "every unit spelt one way",
      text: planWithTable([
        ["1", "Quán triệt Nghị quyết đến đảng viên", "Đảng ủy Sở Y tế", "Văn phòng Sở", "Quý II/2026"],
        ["2", "Sơ kết việc thực hiện Nghị quyết", "Đảng ủy Sở Y tế", "Văn phòng Sở", "Quý IV/2026"],
      ]),
    },
    {
      name: "capitals alone are ignored by default (Văn phòng / Văn Phòng)",
      text: planWithTable([
        ["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Kiểm tra công tác văn thư", "Văn Phòng Sở", "", "Quý III/2026"],
      ]),
    },
    {
      name: "different units that look alike are not variants",
      text: planWithTable([
        ["1", "Rà soát thủ tục hành chính", "Phòng Tổ chức cán bộ", "Phòng Tổ chức cán bộ Sở Nội vụ", "Quý II/2026"],
        ["2", "Kiểm tra công tác văn thư", "Văn phòng Sở", "Văn phòng Đảng ủy", "Quý III/2026"],
      ]),
    },
    {
      name: "a recipient's «(b/c)» note is not part of its name",
      text: withRecipients("Đảng ủy Sở Y tế", ["Ban Thường vụ Tỉnh ủy (b/c)", "Đảng ủy Sở Y tế (t/h)"]),
    },
  ],
  invalid: [
    {
      name: "old and new tone placement mixed (seed 000: Đảng ủy / Đảng uỷ)",
      text: planWithTable([
        ["1", "Quán triệt Nghị quyết đến đảng viên", "Đảng ủy Sở Y tế", "Văn phòng Sở", "Quý II/2026"],
        ["2", "Sơ kết việc thực hiện Nghị quyết", "Đảng ủy Sở Y tế", "Văn phòng Sở", "Quý III/2026"],
        ["3", "Tổng kết việc thực hiện Nghị quyết", "Đảng uỷ Sở Y tế", "Văn phòng Sở", "Quý IV/2026"],
      ]),
      errors: [{ messageId: "variants", line: 14, message: "Cùng một đơn vị được viết theo 2 cách: «Đảng ủy Sở Y tế» (2×), «Đảng uỷ Sở Y tế» (1×)" }],
    },
    {
      name: "a lost Đ stroke in an abbreviation (seed 000: BGD / BGĐ)",
      text: planWithTable([
        ["1", "Chỉ đạo các đơn vị triển khai", "Văn phòng Sở", "BGĐ Sở Y tế", "Quý II/2026"],
        ["2", "Đôn đốc, kiểm tra việc thực hiện", "Văn phòng Sở", "BGD Sở Y tế", "Quý III/2026"],
      ]),
      errors: [{ messageId: "variants", message: "«BGĐ Sở Y tế» (1×), «BGD Sở Y tế» (1×)" }],
    },
    {
      name: "a recipient spelt otherwise than the same unit in the tasks",
      text: withRecipients("Đảng ủy Sở Y tế", ["Ban Thường vụ Tỉnh uỷ (b/c)", "Đảng uỷ Sở Y tế"]),
      errors: [{ messageId: "variants", line: 17, message: "«Đảng ủy Sở Y tế» (1×), «Đảng uỷ Sở Y tế» (1×)" }],
    },
    {
      name: "ignoreCase off: capitals count as another spelling",
      options: { ignoreCase: false },
      text: planWithTable([
        ["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Kiểm tra công tác văn thư", "Văn phòng Sở", "", "Quý III/2026"],
        ["3", "Lưu trữ hồ sơ điện tử", "Văn Phòng Sở", "", "Quý IV/2026"],
      ]),
      errors: [{ messageId: "variants", line: 14, message: "«Văn phòng Sở» (2×), «Văn Phòng Sở» (1×)" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([
        ["1", "Quán triệt Nghị quyết đến đảng viên", "Đảng ủy Sở Y tế", "", "Quý II/2026"],
        ["2", "Sơ kết việc thực hiện Nghị quyết", "Đảng uỷ Sở Y tế", "", "Quý IV/2026"],
      ]),
      errors: [{ messageId: "variants", message: "One unit is spelt 2 ways" }],
    },
  ],
});
