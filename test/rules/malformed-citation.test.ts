import { extractBytes } from "../../src/api.js";
import rule from "../../src/rules/malformed-citation.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A plan whose opening paragraph cites the given documents. */
function plan(citing: string): string {
  return ["Số: 12/KH-SYT", "", "Lai Châu, ngày 15 tháng 3 năm 2026", "", "KẾ HOẠCH", "", "Triển khai công tác năm 2026", "", citing].join("\n");
}

/**
 * Extraction classifies every number written in the Party shape as a Party document, so a
 * state document in that shape only reaches the rule from a model built elsewhere.
 */
const stateInPartyShape = await extractBytes(new TextEncoder().encode(plan("Thực hiện Kế hoạch số 12-KH/UBND ngày 10/01/2026 của UBND tỉnh.")), "state-in-party.txt");
stateInPartyShape.documents[0]!.references[0]!.family = "admin";

ruleTester(rule, {
  valid: [
    {
      name: "each family in its own form",
      text: plan(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; Nghị quyết số 79-NQ/TW ngày 06/01/2026 của Bộ Chính trị; " +
          "Kế hoạch số 14/KH-UBND ngày 20/01/2021 của UBND tỉnh; Công văn số 3196/UBND-KSTT của UBND tỉnh; Thông tư số 03/2022/TT-BTP của Bộ Tư pháp.",
      ),
    },
    {
      name: "Quyết định and Nghị quyết may be cá biệt (no year) or normative (with year); a Party Quy định is QĐ",
      text: plan(
        "Căn cứ Quyết định số 534/QĐ-TTg của Thủ tướng Chính phủ; Quyết định số 05/2026/QĐ-UBND của UBND tỉnh; " +
          "Nghị quyết số 76/NQ-CP của Chính phủ; Quy định số 178-QĐ/TW của Bộ Chính trị.",
      ),
    },
    {
      name: "number-like text that is not a citation",
      text: plan("Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001-2015 trong Quý III-IV/2026, giai đoạn 2021-2025."),
    },
  ],
  invalid: [
    {
      name: "a Nghị định without its year (seed 004)",
      text: plan("Thực hiện Nghị định số 120/NĐ-CP của Chính phủ."),
      errors: [{ messageId: "legal-without-year", line: 9, message: "«120/NĐ-CP» là văn bản quy phạm pháp luật nhưng thiếu năm ban hành" }],
    },
    {
      name: "Party documents written in the state form (seeds 001 and 004)",
      text: plan("Thực hiện Kết luận số 30/KL-TU của Tỉnh ủy và Nghị quyết số 57/NQ-TW của Bộ Chính trị."),
      errors: [
        { messageId: "party-in-state-form", message: "«30/KL-TU» là văn bản của Đảng nhưng viết theo thể thức hành chính; viết «30-KL/TU»" },
        { messageId: "party-in-state-form", message: "viết «57-NQ/TW»" },
      ],
    },
    {
      name: "a state document in the Party form (model built directly)",
      planFile: stateInPartyShape,
      errors: [{ messageId: "state-in-party-form", message: "«12-KH/UBND» là văn bản hành chính nhưng viết theo thể thức của Đảng" }],
    },
    {
      name: "a plan numbered with a year",
      text: plan("Thực hiện Kế hoạch số 12/2021/KH-UBND của UBND tỉnh."),
      errors: [{ messageId: "year-in-admin-document", message: "«12/2021/KH-UBND» là văn bản hành chính" }],
    },
    {
      name: "stray spaces inside the number, also in OCR'd lower case",
      text: plan("Căn cứ Nghị định số 30 / 2020 / NĐ-CP của Chính phủ; Kế hoạch số 6757 /KH-SYT của Sở Y tế; Nghị quyết số 15- Nq/tw của Ban Chấp hành Trung ương."),
      errors: [
        { messageId: "spaces", message: "«30 / 2020 / NĐ-CP» có khoảng trắng thừa; viết liền «30/2020/NĐ-CP»" },
        { messageId: "spaces", message: "«6757 /KH-SYT»" },
        { messageId: "spaces", message: "«15- Nq/tw»" },
      ],
    },
    {
      name: "wrong family and stray spaces together",
      text: plan("Thực hiện Nghị quyết số 57 /NQ-TW của Bộ Chính trị."),
      errors: [{ messageId: "party-in-state-form", message: "viết «57-NQ/TW»" }, { messageId: "spaces" }],
    },
    {
      name: "English message",
      lang: "en",
      text: plan("Thực hiện Nghị định số 120/NĐ-CP của Chính phủ."),
      errors: [{ messageId: "legal-without-year", message: "«120/NĐ-CP» is a legal normative document without its year" }],
    },
  ],
});
