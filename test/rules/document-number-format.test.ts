import rule from "../../src/rules/document-number-format.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const ROWS = [["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý IV/2026"]];
const numbered = (number: string) => planWithTable(ROWS, { number });

ruleTester(rule, {
  valid: [
    { name: "state form «Số: 12/KH-SYT»", text: numbered("Số: 12/KH-SYT") },
    { name: "number below 10 with its zero", text: numbered("Số: 05/KH-SYT") },
    { name: "Party form «Số 104-KH/ĐU» (Hướng dẫn 36-HD/VPTW)", text: numbered("Số 104-KH/ĐU") },
    { name: "Party numbering restarts per term and takes no zero rule", text: numbered("Số 5-KH/ĐU") },
    { name: "a legal normative number with its year", text: numbered("Số: 05/2026/QĐ-UBND") },
    { name: "a công văn number (issuer-unit)", text: numbered("Số: 3196/UBND-KSTT") },
    { name: "a draft with a blank number is missing-document-number's finding", text: numbered("Số:      /KH-SYT") },
    {
      name: "a number cited in the body is not the document's number line",
      text: planWithTable([["1", "Triển khai Kế hoạch số 5 /KH-UBND", "Văn phòng Sở", "", "Quý IV/2026"]]),
    },
  ],
  invalid: [
    {
      name: "a stray space (seed 003)",
      text: numbered("Số: 6757 /KH-SYT"),
      errors: [{ messageId: "spaces", line: 1, message: "«Số: 6757 /KH-SYT» có khoảng trắng thừa; viết liền «6757/KH-SYT»" }],
    },
    {
      name: "a Đảng ủy document numbered in the state form",
      text: numbered("Số: 104/KH-ĐU"),
      errors: [{ messageId: "partyInStateForm", line: 1, message: "viết «Số 104-KH/ĐU»" }],
    },
    {
      name: "a Sở document numbered in the Party form",
      text: numbered("Số 12-KH/SYT"),
      errors: [{ messageId: "stateInPartyForm", message: "viết «Số: 12/KH-SYT»" }],
    },
    {
      name: "a colon after «Số» in a Party document, also with the lost Đ stroke (DU)",
      text: numbered("Số:104-KH/DU"),
      errors: [{ messageId: "colon", message: "(«Số:104-KH/DU»)" }],
    },
    {
      name: "no colon after «Số» in a state document",
      text: numbered("Số 12/KH-SYT"),
      errors: [{ messageId: "noColon", message: "(«Số 12/KH-SYT»)" }],
    },
    {
      name: "a state number below 10 without its zero",
      text: numbered("Số: 5/KH-SYT"),
      errors: [{ messageId: "leadingZero", message: "«5» → «05»" }],
    },
    {
      name: "several slips on one line",
      text: numbered("Số 9 /KH-SYT"),
      errors: [{ messageId: "spaces" }, { messageId: "noColon" }, { messageId: "leadingZero" }],
    },
    {
      name: "English message",
      lang: "en",
      text: numbered("Số: 104/KH-ĐU"),
      errors: [{ messageId: "partyInStateForm", message: "A Party body's document (ĐU) numbered in the state form «Số: 104/KH-ĐU»; write «Số 104-KH/ĐU»" }],
    },
  ],
});
