import { noTextLayer } from "../../src/rules/file-rules.js";
import { planFileWith } from "../helpers/diagnostics.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const scanned = (pages: string, location = { page: Number(pages.split(/\D/)[0]) }) =>
  planFileWith([{ code: "no-text-layer", severity: "error", message: `Page(s) ${pages} have no text layer`, data: { pages }, location }]);

ruleTester(noTextLayer, {
  valid: [
    { name: "a text export has a text layer by nature", text: planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]]) },
    { name: "a PDF whose pages all have text", planFile: await planFileWith([]) },
    {
      name: "another diagnostic code is another rule's",
      planFile: await planFileWith([{ code: "uncertain-table-structure", severity: "warning", message: "row guessed", data: { confidence: "0.6" } }]),
    },
  ],
  invalid: [
    {
      name: "one scanned page",
      planFile: await scanned("3"),
      errors: [{ messageId: "default", message: "Trang 3 không có lớp chữ (bản quét ảnh); không kiểm tra được" }],
    },
    {
      name: "a scanned appendix spanning several pages, and a scanned signature page",
      planFile: await planFileWith([
        { code: "no-text-layer", severity: "error", message: "Pages 5-8 have no text layer", data: { pages: "5–8" }, location: { page: 5 } },
        { code: "no-text-layer", severity: "error", message: "Page 10 has no text layer", data: { pages: "10" }, location: { page: 10 } },
      ]),
      errors: [
        { messageId: "default", message: "Trang 5–8 không có lớp chữ" },
        { messageId: "default", message: "Trang 10 không có lớp chữ" },
      ],
    },
    {
      name: "a diagnostic without page data still reads",
      planFile: await planFileWith([{ code: "no-text-layer", severity: "error", message: "No text layer" }]),
      errors: [{ messageId: "default", message: "Trang ? không có lớp chữ" }],
    },
    {
      name: "English message",
      lang: "en",
      planFile: await scanned("2"),
      errors: [{ messageId: "default", message: "Page(s) 2 have no text layer (scanned images) and cannot be checked" }],
    },
  ],
});
