import rule from "../../src/rules/missing-appendix.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** A plan body in prose (seed 004 style); `extra` lines follow the tasks. */
function plan(sentence: string, extra: string[] = []): string {
  return [
    "Số: 12/KH-SYT",
    "",
    "Lai Châu, ngày 15 tháng 3 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Cải cách hành chính năm 2026",
    "",
    "I. NHIỆM VỤ",
    "",
    sentence,
    "",
    ...extra,
  ].join("\n");
}

const NOTICE = "Các nhiệm vụ cụ thể được phân công tại phụ lục kèm theo Kế hoạch này.";

ruleTester(rule, {
  valid: [
    {
      name: "the announced appendix is there",
      text: plan(NOTICE, [
        "PHỤ LỤC",
        "",
        "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
        "1\tRà soát thủ tục hành chính\tVăn phòng Sở\t\tQuý II/2026",
      ]),
    },
    {
      name: "a task table in the body is the announced detail even without a PHỤ LỤC heading",
      text: plan(NOTICE, [
        "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
        "1\tRà soát thủ tục hành chính\tVăn phòng Sở\t\tQuý II/2026",
      ]),
    },
    {
      name: "no appendix announced",
      text: plan("1. Rà soát thủ tục hành chính nội bộ của Sở."),
    },
    {
      name: "«phụ lục» mentioned without «kèm theo»",
      text: plan("1. Rà soát danh mục thủ tục hành chính tại Phụ lục I của Quyết định số 1332/QĐ-UBND."),
    },
    {
      name: "planWithTable: appendix with its heading",
      text: planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]]),
    },
  ],
  invalid: [
    {
      name: "«(Có phụ lục chi tiết kèm theo)» with no appendix (seed 004)",
      text: plan("1. Tổ chức thực hiện các nhiệm vụ cải cách hành chính (Có phụ lục chi tiết kèm theo)."),
      errors: [{ messageId: "missing", line: 11, message: "Văn bản ghi có phụ lục kèm theo nhưng không thấy phụ lục trong tệp" }],
    },
    {
      name: "«kèm theo phụ lục» word order",
      text: plan("Nhiệm vụ cụ thể của từng đơn vị kèm theo phụ lục của Kế hoạch này."),
      errors: [{ messageId: "missing", line: 11 }],
    },
    {
      name: "English message",
      lang: "en",
      text: plan(NOTICE),
      errors: [{ messageId: "missing", message: "The text announces an attached appendix but none is in the file" }],
    },
  ],
});
