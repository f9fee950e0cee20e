import { unreadablePage } from "../../src/rules/file-rules.js";
import { planFileWith } from "../helpers/diagnostics.js";
import { ruleTester } from "../helpers/rule-tester.js";

const broken = (pages: string) =>
  planFileWith([{ code: "unreadable-page", severity: "warning", message: `Page(s) ${pages} could not be read.`, data: { pages }, location: { page: Number(pages.split(/\D/)[0]) } }]);

ruleTester(unreadablePage, {
  valid: [
    { name: "every page read", planFile: await planFileWith([]) },
    { name: "a scanned page is no-text-layer's", planFile: await planFileWith([{ code: "no-text-layer", severity: "error", message: "scan", data: { pages: "2" } }]) },
  ],
  invalid: [
    { name: "one damaged page", planFile: await broken("4"), errors: [{ messageId: "default", message: "Không đọc được trang 4; nội dung các trang này không được kiểm tra" }] },
    { name: "English message", lang: "en", planFile: await broken("2,3"), errors: [{ messageId: "default", message: "Page(s) 2,3 could not be read and were not checked" }] },
  ],
});
