import { readFileSync } from "node:fs";
import { extractBytes } from "../../src/api.js";
import { inputTruncated } from "../../src/rules/file-rules.js";
import { ROOT } from "../helpers/fixtures.js";
import { planFileWith } from "../helpers/diagnostics.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A real two-page PDF read with a one-page limit: the reader flags the cut itself. */
const cut = await extractBytes(readFileSync(`${ROOT}/fixtures/pdf/borderless.pdf`), "ke-hoach.pdf", { limits: { maxPdfPages: 1 } });

ruleTester(inputTruncated, {
  valid: [
    { name: "the whole PDF read", planFile: await extractBytes(readFileSync(`${ROOT}/fixtures/pdf/borderless.pdf`), "ke-hoach.pdf") },
    { name: "another diagnostic is another rule's", planFile: await planFileWith([{ code: "unreadable-page", severity: "warning", message: "bad page", data: { pages: "1" } }]) },
  ],
  invalid: [
    { name: "a PDF longer than maxPdfPages", planFile: cut, errors: [{ messageId: "default", message: "Chỉ đọc 1 trên 2 trang (giới hạn an toàn)" }] },
    { name: "English message", lang: "en", planFile: cut, errors: [{ messageId: "default", message: "Only 1 of 2 pages were read (safety limit)" }] },
  ],
});
