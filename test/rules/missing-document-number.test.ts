import { describe, expect, it } from "vitest";
import { resolveFileSettings } from "../../src/config/resolve.js";
import rule from "../../src/rules/missing-document-number.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const ROWS = [["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]];

/** A file holding only an appendix (seed 002): its identity is the "Kèm theo" line. */
const appendixOnly = (kemTheo: string) =>
  [
    "Phụ lục",
    "",
    "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    "",
    kemTheo,
    "",
    "STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian",
    "1\tBan hành kế hoạch xây dựng văn bản QPPL\tVăn phòng Sở\tCác phòng chuyên môn Sở\tQuý I/2026",
  ].join("\n");

ruleTester(rule, {
  valid: [
    { name: "a state number line", text: planWithTable(ROWS) },
    { name: "a Party number line (no colon)", text: planWithTable(ROWS, { number: "Số 104-KH/ĐU" }) },
    { name: "a number with a leading zero", text: planWithTable(ROWS, { number: "Số: 05/KH-SYT" }) },
    {
      name: "an appendix-only file whose «Kèm theo» line gives the number",
      text: appendixOnly("(Kèm theo Kế hoạch số 12/KH-SYT ngày 15/01/2026 của Sở Y tế)"),
    },
  ],
  invalid: [
    {
      name: "a draft number left blank (seed 001)",
      text: planWithTable(ROWS, { number: "Số:      /KH-SYT" }),
      errors: [{ messageId: "blank", line: 1, message: "Số văn bản để trống («Số: /KH-SYT»)" }],
    },
    {
      name: "an appendix-only file with a blank number (seed 002)",
      text: appendixOnly("(Kèm theo Kế hoạch số             /KH-SYT ngày         /01/2026 của Sở Y tế)"),
      errors: [{ messageId: "blank", line: 5, message: "«số /KH-SYT»" }],
    },
    {
      name: "no number line at all (seed 004)",
      text: ["KẾ HOẠCH", "", "Cải cách hành chính giai đoạn 2026-2030", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "1. Mục đích"].join("\n"),
      errors: [{ messageId: "absent", line: 1, message: "Văn bản không có dòng số, ký hiệu" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable(ROWS, { number: "Số: /KH-SYT" }),
      errors: [{ messageId: "blank", message: "The document number is blank («Số: /KH-SYT»)" }],
    },
  ],
});

describe("missing-document-number severity by stage", () => {
  const severity = (stage: "draft" | "issued") => resolveFileSettings(null, "plan.txt", { stage }).rules.find((r) => r.rule === rule)?.severity;
  it("is information for drafts and an error for issued documents", () => {
    expect(severity("draft")).toBe("info");
    expect(severity("issued")).toBe("error");
  });
});
