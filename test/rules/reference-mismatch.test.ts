import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { resolveCorpus } from "../../src/corpus/resolve.js";
import rule from "../../src/rules/reference-mismatch.js";
import { plan } from "../helpers/corpus-docs.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";

const base = plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026");
const citing = (citation: string, extra = {}) => plan("50/KH-SYT", "ngày 10 tháng 6 năm 2026", [`Thực hiện ${citation} về công tác năm 2026;`], extra);
const ubnd = plan("20/KH-UBND", "ngày 02 tháng 5 năm 2026", [], { issuer: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"] });
const ttyt = (day: string) =>
  plan("660/BC-TTYT", day, [], { number: "Số: 660/BC-TTYT", kind: "BÁO CÁO", issuer: ["TRUNG TÂM Y TẾ", "KHU VỰC THUẬN AN"] });

ruleTester(rule, {
  valid: [
    { name: "date and issuer agree", files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 01/6/2026 của Sở Y tế Thành phố Hồ Chí Minh") }] },
    { name: "a citation without a date cannot disagree", files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT của Sở Y tế") }] },
    {
      name: "another year is another document (unresolved-reference's business, not a mismatch)",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 01/6/2025 của Sở Y tế") }],
    },
    {
      name: "without the config's alias, «TTYT Thuận An» is not known to be the Trung tâm: no claim is made",
      files: [{ path: "a.txt", text: ttyt("ngày 20 tháng 5 năm 2026") }, { path: "b.txt", text: citing("Báo cáo số 660/BC-TTYT ngày 27/5/2026 của TTYT Thuận An") }],
    },
  ],
  invalid: [
    {
      name: "the cited date differs from the document's own",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 02/6/2026 của Sở Y tế") }],
      errors: [{ messageId: "date", file: "b.txt", line: 11, message: "KH 40/KH-SYT được trích dẫn ngày 2/6/2026, nhưng văn bản đó trong kho (a.txt) ghi ngày 1/6/2026" }],
    },
    {
      name: "the cited issuer is another body of the repository; the number's code says Sở Y tế",
      files: [{ path: "a.txt", text: base }, { path: "u.txt", text: ubnd }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 01/6/2026 của Ủy ban nhân dân Thành phố") }],
      errors: [{ messageId: "issuer", file: "b.txt", message: "được ghi là của «Ủy ban nhân dân Thành phố», nhưng văn bản đó trong kho (a.txt) do «SỞ Y TẾ» ban hành" }],
    },
    {
      name: "the config's unit aliases match «TTYT Thuận An» with the Trung tâm, so its wrong date shows",
      settings: { units: [{ name: "Trung tâm Y tế khu vực Thuận An", aliases: ["TTYT Thuận An"] }] },
      files: [{ path: "a.txt", text: ttyt("ngày 20 tháng 5 năm 2026") }, { path: "b.txt", text: citing("Báo cáo số 660/BC-TTYT ngày 27/5/2026 của TTYT Thuận An") }],
      errors: [{ messageId: "date", file: "b.txt" }],
    },
    {
      name: "English",
      lang: "en",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 02/6/2026 của Sở Y tế") }],
      errors: [{ messageId: "date", message: "KH 40/KH-SYT is cited as dated 2/6/2026, but that document in the repository (a.txt) is dated 1/6/2026" }],
    },
  ],
});

describe("reference-mismatch findings", () => {
  it("name the other file in relatedFiles and point at the citation", async () => {
    const [f] = await runRule(rule, { files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 02/6/2026 của Sở Y tế") }] });
    expect(f!.relatedFiles).toEqual(["a.txt"]);
    expect(f!.path).toEqual(["documents", 0, "references", 0]);
    expect(f!.documentIndex).toBe(0);
  });

  it("leave a citation of a document in the same file to inconsistent-citation", async () => {
    const text = citing("Kế hoạch số 40/KH-SYT ngày 02/6/2026 của Sở Y tế") + "\n" + base;
    const pf = await extractBytes(new TextEncoder().encode(text), "ab.txt");
    expect(resolveCorpus({ files: [pf] }).resolutions.map((r) => r.status)).toEqual(["mismatched"]);
    expect(await runRule(rule, { files: [{ path: "ab.txt", text }] })).toEqual([]);
  });
});
