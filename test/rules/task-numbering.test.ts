import rule from "../../src/rules/task-numbering.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const row = (stt: string, text = `Nhiệm vụ ${stt}`) => [stt, text, "Văn phòng Sở", "", "Quý II/2026"];
const section = (stt: string, title: string) => [stt, title, "", "", ""];

/** Numbered list items; those marked true carry a "+ Đơn vị chủ trì" label (a task), the others are headings. */
function list(items: Array<[string, boolean]>): string {
  return [
    "KẾ HOẠCH",
    "",
    "Cải cách hành chính năm 2026",
    "",
    "I. NHIỆM VỤ",
    "",
    ...items.flatMap(([n, task]) => [`${n}. Nội dung cải cách hành chính số ${n}.`, "", ...(task ? ["+ Đơn vị chủ trì: Văn phòng Sở.", ""] : [])]),
  ].join("\n");
}

ruleTester(rule, {
  valid: [
    {
      name: "rows numbered 1, 2, 3",
      text: planWithTable([row("1"), row("2"), row("3")]),
    },
    {
      name: "numbering restarts under each section row (I, II)",
      text: planWithTable([section("I", "CHUYỂN ĐỔI SỐ"), row("1"), row("2"), section("II", "CẢI CÁCH HÀNH CHÍNH"), row("1"), row("2")]),
    },
    {
      name: "a prose outline numbers headings that hold no task: gaps there are fine",
      text: list([["1", true], ["2", false], ["3", true]]),
    },
  ],
  invalid: [
    {
      name: "a skipped row number",
      text: planWithTable([row("1"), row("2"), row("4")]),
      errors: [{ messageId: "gap", taskId: "4", line: 14, message: "Số thứ tự nhảy từ 2 sang 4 (nhiệm vụ 4)" }],
    },
    {
      name: "a repeated row number",
      text: planWithTable([row("1"), row("2"), row("2"), row("3")]),
      errors: [{ messageId: "repeat", taskId: "2", line: 14, message: "Số thứ tự 2 bị lặp lại" }],
    },
    {
      name: "rows out of order",
      text: planWithTable([row("1"), row("3"), row("2")]),
      errors: [
        { messageId: "gap", taskId: "3", message: "nhảy từ 1 sang 3" },
        { messageId: "disorder", taskId: "2", line: 14, message: "Số thứ tự 2 đứng sau 3 (nhiệm vụ 2)" },
      ],
    },
    {
      name: "a skipped section number",
      text: planWithTable([section("I", "CHUYỂN ĐỔI SỐ"), row("1"), section("III", "KIỂM TRA"), row("1")]),
      errors: [{ messageId: "gap", taskId: "III.1", message: "nhảy từ I sang III" }],
    },
    {
      name: "a repeated and a misplaced number in a prose outline",
      text: list([["1", true], ["3", true], ["3", true], ["2", true]]),
      errors: [
        { messageId: "repeat", taskId: "I.3", message: "Số thứ tự 3 bị lặp lại" },
        { messageId: "disorder", taskId: "I.2", message: "Số thứ tự 2 đứng sau 3" },
      ],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable([row("1"), row("3")]),
      errors: [{ messageId: "gap", taskId: "3", message: "Numbering jumps from 1 to 3 (task 3)" }],
    },
  ],
});
