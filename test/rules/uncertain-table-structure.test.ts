import { uncertainTableStructure } from "../../src/rules/file-rules.js";
import { planFileWith } from "../helpers/diagnostics.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const guessed = (line: number, confidence: string) => ({
  code: "uncertain-table-structure",
  severity: "warning" as const,
  message: `Row recovered from flattened text (confidence ${confidence})`,
  data: { confidence },
  documentIndex: 0,
  location: { line, endLine: line + 3 },
});

ruleTester(uncertainTableStructure, {
  valid: [
    { name: "a tab-separated table is read as it is", text: planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]]) },
    { name: "no guessed rows", planFile: await planFileWith([]) },
    {
      name: "another diagnostic code is another rule's",
      planFile: await planFileWith([{ code: "legacy-encoding", severity: "info", message: "windows-1258", data: { encoding: "windows-1258" } }]),
    },
  ],
  invalid: [
    {
      name: "two rows recovered from a PDF that lost its table (seed 002)",
      planFile: await planFileWith([guessed(24, "0.62"), guessed(61, "0.4")]),
      errors: [
        { messageId: "default", line: 24, message: "Dòng bảng này được đoán lại từ văn bản mất định dạng (độ tin cậy 0.62)" },
        { messageId: "default", line: 61, message: "(độ tin cậy 0.4)" },
      ],
    },
    {
      name: "English message",
      lang: "en",
      planFile: await planFileWith([guessed(24, "0.62")]),
      errors: [{ messageId: "default", line: 24, message: "This table row was reconstructed from text that lost its layout (confidence 0.62)" }],
    },
  ],
});
