import rule from "../../src/rules/missing-deadline.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** Seed 003 style: labelled tasks with lead and coordinators but no time, then duties per unit. */
const LIST = [
  "KẾ HOẠCH",
  "",
  "Triển khai thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư",
  "",
  "II. NHIỆM VỤ, GIẢI PHÁP",
  "",
  "1. Tổ chức tuyên truyền, phổ biến kế hoạch.",
  "",
  "+ Đơn vị chủ trì thực hiện: Phòng Tổ chức cán bộ.",
  "",
  "+ Đơn vị phối hợp thực hiện: Văn phòng Sở.",
  "",
  "+ Thời gian hoàn thành: Quý III/2026.",
  "",
  "2. Rà soát quy chế làm việc của cơ quan.",
  "",
  "+ Đơn vị chủ trì thực hiện: Văn phòng Sở.",
  "",
  "+ Đơn vị phối hợp thực hiện: Phòng Tổ chức cán bộ.",
  "",
  "III. TỔ CHỨC THỰC HIỆN",
  "",
  "1. Văn phòng Sở: Theo dõi, đôn đốc việc thực hiện Kế hoạch.",
].join("\n");

ruleTester(rule, {
  valid: [
    {
      name: "every row has a deadline",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "", "30/9/2026"],
      ]),
    },
    {
      name: "a vague deadline is a deadline (vague-deadline reports it, not this rule)",
      text: planWithTable([
        ["1", "Tuyên truyền về cải cách hành chính", "Văn phòng Sở", "", "Thường xuyên"],
        ["2", "Triển khai văn bản mới", "Văn phòng Sở", "", "Khi có hướng dẫn của Bộ Y tế"],
      ]),
    },
    {
      name: "origins without list: label-list tasks are not checked (duties never by default)",
      options: { origins: ["table"] },
      text: LIST,
    },
  ],
  invalid: [
    {
      name: "empty deadline cell",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "Văn phòng Sở", ""],
      ]),
      errors: [{ messageId: "missing", taskId: "2", line: 13, message: "Nhiệm vụ 2 chưa có thời gian hoàn thành" }],
    },
    {
      name: "placeholders «-» and «…» are not deadlines",
      text: planWithTable([
        ["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "-"],
        ["2", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "", "…"],
      ]),
      errors: [
        { messageId: "missing", taskId: "1" },
        { messageId: "missing", taskId: "2" },
      ],
    },
    {
      name: "a labelled task with no time label (seed 003); the duty is skipped by default",
      text: LIST,
      errors: [{ messageId: "missing", taskId: "II.2", line: 15 }],
    },
    {
      name: "origins including duties: the duty without a deadline is reported too",
      options: { origins: ["list", "duties"] },
      text: LIST,
      errors: [
        { messageId: "missing", taskId: "II.2" },
        { messageId: "missing", taskId: "III.1", line: 23 },
      ],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([["1", "Tập huấn kỹ năng số cho công chức", "Phòng Tổ chức cán bộ", "", ""]]),
      errors: [{ messageId: "missing", taskId: "1", message: "Task 1 has no deadline" }],
    },
  ],
});
