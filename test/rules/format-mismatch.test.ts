import { readFileSync } from "node:fs";
import { extractBytes } from "../../src/api.js";
import { formatMismatch } from "../../src/rules/file-rules.js";
import { ROOT } from "../helpers/fixtures.js";
import { planFileWith } from "../helpers/diagnostics.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** A real DOCX read under a .pdf name: ingest notes the mismatch itself. */
const docxNamedPdf = await extractBytes(readFileSync(`${ROOT}/fixtures/docx/auto-stt.docx`), "ke-hoach.pdf");

ruleTester(formatMismatch, {
  valid: [
    { name: "a text plan named .txt", text: planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]]) },
    { name: "a DOCX named .docx", planFile: await extractBytes(readFileSync(`${ROOT}/fixtures/docx/auto-stt.docx`), "ke-hoach.docx") },
    { name: "another diagnostic is another rule's", planFile: await planFileWith([{ code: "no-text-layer", severity: "error", message: "scan", data: { pages: "1" } }]) },
  ],
  invalid: [
    {
      name: "a DOCX saved with a .pdf extension is read as DOCX, with a note",
      planFile: docxNamedPdf,
      errors: [{ messageId: "default", message: "Tên tệp có đuôi .pdf nhưng nội dung là docx; đã đọc theo docx" }],
    },
    {
      name: "English message",
      lang: "en",
      planFile: docxNamedPdf,
      errors: [{ messageId: "default", message: "The file name ends in .pdf but the content is docx" }],
    },
  ],
});
