import rule from "../../src/rules/vague-deadline.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const row = (n: number, deadline: string) => [String(n), `Nhiệm vụ cải cách hành chính số ${n}`, "Văn phòng Sở", "", deadline];

/** A labelled (list) task with a standing deadline. */
const LIST = [
  "KẾ HOẠCH",
  "",
  "Cải cách hành chính năm 2026",
  "",
  "I. NHIỆM VỤ",
  "",
  "1. Tuyên truyền về cải cách hành chính trên Cổng thông tin điện tử của Sở.",
  "",
  "+ Đơn vị chủ trì: Văn phòng Sở.",
  "",
  "+ Thời gian thực hiện: Thường xuyên.",
].join("\n");

ruleTester(rule, {
  valid: [
    {
      name: "concrete deadlines of every kind",
      text: planWithTable([
        row(1, "30/6/2026"),
        row(2, "Trước 30/8/2026"),
        row(3, "Tháng 4-5/2026"),
        row(4, "Quý III-IV/2026"),
        row(5, "6 tháng đầu năm 2026"),
        row(6, "Năm 2026"),
        row(7, "Giai đoạn 2026-2030"),
      ]),
    },
    {
      name: "recurring deadlines, both spellings «Hằng năm» / «Hàng năm», are concrete enough",
      text: planWithTable([row(1, "Hằng năm"), row(2, "Hàng năm"), row(3, "Năm 2026 và hằng năm"), row(4, "Định kỳ (quý, 6 tháng, năm)")]),
    },
    {
      name: "a trailing «theo quy định» does not make a concrete deadline by-reference",
      text: planWithTable([row(1, "Quý II/2026 theo quy định")]),
    },
    {
      name: "an empty deadline is missing-deadline's finding, not this rule's",
      text: planWithTable([row(1, "")]),
    },
    {
      name: "kinds limited to conditional: open-ended and by-reference deadlines pass",
      options: { kinds: ["conditional"] },
      text: planWithTable([row(1, "Thường xuyên"), row(2, "Theo lộ trình phê duyệt")]),
    },
    {
      name: "allowWithBounds: a condition or reference with a concrete window passes",
      options: { allowWithBounds: true },
      text: planWithTable([
        row(1, "Năm 2021, sau khi Thanh tra Chính phủ có hướng dẫn chi tiết"),
        row(2, "Theo tiến độ của Bộ Y tế, hoàn thành trong Quý IV/2026"),
      ]),
    },
    {
      name: "origins limited to table: a list task's vague deadline is not checked",
      options: { origins: ["table"] },
      text: LIST,
    },
  ],
  invalid: [
    {
      name: "open-ended: «Thường xuyên», «… và những năm tiếp theo», «Từ tháng …» without an end",
      text: planWithTable([row(1, "Quý II/2026"), row(2, "Thường xuyên"), row(3, "Năm 2026 và những năm tiếp theo"), row(4, "Từ tháng 4/2026")]),
      errors: [
        { messageId: "open-ended", taskId: "2", line: 13, message: "thời hạn «Thường xuyên» không có điểm kết thúc" },
        { messageId: "open-ended", taskId: "3", message: "«Năm 2026 và những năm tiếp theo»" },
        { messageId: "open-ended", taskId: "4", message: "«Từ tháng 4/2026»" },
      ],
    },
    {
      name: "conditional (seed 002 and 001 phrases)",
      text: planWithTable([
        row(1, "Khi có quy định, hướng dẫn của Bộ ngành Trung ương"),
        row(2, "Sau khi Trung ương ban hành các quy định, hướng dẫn mới về tổ chức, hoạt động và quản lý hội"),
      ]),
      errors: [
        { messageId: "conditional", taskId: "1", message: "phụ thuộc một sự kiện chưa biết ngày" },
        { messageId: "conditional", taskId: "2" },
      ],
    },
    {
      name: "by-reference",
      text: planWithTable([row(1, "Theo lộ trình phê duyệt"), row(2, "Theo Kế hoạch kiểm soát TTHC của tỉnh")]),
      errors: [
        { messageId: "by-reference", taskId: "1", message: "dẫn sang văn bản khác" },
        { messageId: "by-reference", taskId: "2" },
      ],
    },
    {
      name: "unrecognized phrases",
      text: planWithTable([row(1, "Sớm"), row(2, "Khẩn trương")]),
      errors: [
        { messageId: "unrecognized", taskId: "1", message: "không đọc được thời hạn «Sớm»" },
        { messageId: "unrecognized", taskId: "2" },
      ],
    },
    {
      name: "by default a condition with a concrete year is still conditional",
      text: planWithTable([row(1, "Năm 2021, sau khi Thanh tra Chính phủ có hướng dẫn chi tiết")]),
      errors: [{ messageId: "conditional", taskId: "1" }],
    },
    {
      name: "allowWithBounds never excuses an open-ended deadline, nor a condition without a window",
      options: { allowWithBounds: true },
      text: planWithTable([row(1, "Năm 2026 và những năm tiếp theo"), row(2, "Khi có yêu cầu")]),
      errors: [
        { messageId: "open-ended", taskId: "1" },
        { messageId: "conditional", taskId: "2" },
      ],
    },
    {
      name: "a list task (+ Thời gian thực hiện: …) is checked by default",
      text: LIST,
      errors: [{ messageId: "open-ended", taskId: "I.1", line: 11 }],
    },
    {
      name: "English messages",
      lang: "en",
      text: planWithTable([row(1, "Thường xuyên"), row(2, "Khi có yêu cầu")]),
      errors: [
        { messageId: "open-ended", taskId: "1", message: "Task 1: «Thường xuyên» has no end" },
        { messageId: "conditional", taskId: "2", message: "waits for an event with no date" },
      ],
    },
  ],
});
