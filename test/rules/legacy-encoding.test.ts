import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { legacyEncoding } from "../../src/rules/file-rules.js";
import { planFileWith, windows1258 } from "../helpers/diagnostics.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const PLAN = planWithTable([["1", "Thực hiện chuyển đổi số tại Đảng ủy Sở Y tế", "Văn phòng Sở", "Các phòng chuyên môn", "Thường xuyên"]]);
/** The same plan saved in the Windows Vietnamese code page: real bytes through real ingestion. */
const cp1258 = await extractBytes(windows1258(PLAN), "ke-hoach-cp1258.txt");

ruleTester(legacyEncoding, {
  valid: [
    { name: "a UTF-8 plan", text: PLAN },
    { name: "UTF-8 with a byte-order mark", planFile: await extractBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAN)]), "bom.txt") },
    {
      name: "another diagnostic code is another rule's",
      planFile: await planFileWith([{ code: "no-text-layer", severity: "error", message: "Pages 2 have no text layer", data: { pages: "2" } }]),
    },
  ],
  invalid: [
    {
      name: "a plan saved as Windows-1258",
      planFile: cp1258,
      errors: [{ messageId: "default", message: "Văn bản dùng bảng mã windows-1258, đã được chuyển sang Unicode để kiểm tra" }],
    },
    {
      name: "a TCVN3 run reported by a converter",
      planFile: await planFileWith([
        { code: "legacy-encoding", severity: "warning", message: "TCVN3 text converted", data: { encoding: "TCVN3 (ABC)" }, location: { page: 1 } },
      ]),
      errors: [{ messageId: "default", message: "bảng mã TCVN3 (ABC)" }],
    },
    {
      name: "English message",
      lang: "en",
      planFile: cp1258,
      errors: [{ messageId: "default", message: "The text is in windows-1258; it was converted to Unicode for checking. Official documents must use Unicode (TCVN 6909:2001)." }],
    },
  ],
});

describe("legacy-encoding: the converted text is checked like any other", () => {
  it("reads the Windows-1258 plan into the same tasks as the UTF-8 one", async () => {
    const utf8 = await extractBytes(new TextEncoder().encode(PLAN), "ke-hoach.txt");
    expect(cp1258.documents[0]!.tasks).toEqual(utf8.documents[0]!.tasks);
    expect(cp1258.documents[0]!.tasks[0]!.lead).toEqual(["Văn phòng Sở"]);
  });
});
