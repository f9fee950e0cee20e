import { describe, expect, it } from "vitest";
import { resolveFileSettings } from "../../src/config/resolve.js";
import rule from "../../src/rules/missing-issue-date.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const ROWS = [["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]];

/** A file holding only an appendix (seed 002): its date is the "Kèm theo" line's. */
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
    { name: "a complete date line", text: planWithTable(ROWS) },
    { name: "a Party document's date line", text: planWithTable(ROWS, { number: "Số 104-KH/ĐU", date: "Lai Châu, ngày 22 tháng 6 năm 2026" }) },
    {
      name: "an impossible date is invalid-date's finding, not a blank one",
      text: planWithTable(ROWS, { date: "Lai Châu, ngày 31 tháng 6 năm 2026" }),
    },
    {
      name: "an appendix-only file whose «Kèm theo» line gives the date",
      text: appendixOnly("(Kèm theo Kế hoạch số 12/KH-SYT ngày 15/01/2026 của Sở Y tế)"),
    },
  ],
  invalid: [
    {
      name: "a draft with the day left blank",
      text: planWithTable(ROWS, { date: "Lai Châu, ngày      tháng 3 năm 2026" }),
      errors: [{ messageId: "blank", line: 3, message: "Ngày ban hành để trống («ngày tháng 3 năm 2026»)" }],
    },
    {
      name: "an appendix-only file with a blank date (seed 002)",
      text: appendixOnly("(Kèm theo Kế hoạch số             /KH-SYT ngày         /01/2026 của Sở Y tế)"),
      errors: [{ messageId: "blank", line: 5, message: "«ngày /01/2026»" }],
    },
    {
      name: "no place-and-date line at all (seed 004)",
      text: ["KẾ HOẠCH", "", "Cải cách hành chính giai đoạn 2026-2030", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "1. Mục đích"].join("\n"),
      errors: [{ messageId: "absent", line: 1, message: "Văn bản không có dòng địa danh, ngày tháng năm ban hành" }],
    },
    {
      name: "English message",
      lang: "en",
      text: planWithTable(ROWS, { date: "Lai Châu, ngày    tháng    năm 2026" }),
      errors: [{ messageId: "blank", message: "The issue date is blank («ngày tháng năm 2026»)" }],
    },
  ],
});

describe("missing-issue-date severity by stage", () => {
  const severity = (stage: "draft" | "issued") => resolveFileSettings(null, "plan.txt", { stage }).rules.find((r) => r.rule === rule)?.severity;
  it("is information for drafts and an error for issued documents", () => {
    expect(severity("draft")).toBe("info");
    expect(severity("issued")).toBe("error");
  });
});
