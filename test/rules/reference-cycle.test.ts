import { describe, expect, it } from "vitest";
import rule from "../../src/rules/reference-cycle.js";
import { plan } from "../helpers/corpus-docs.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";

const implementing = (number: string, day: string, cited: string) =>
  plan(number, day, [`Thực hiện Kế hoạch số ${cited} của Sở Y tế về công tác năm 2026;`]);

ruleTester(rule, {
  valid: [
    {
      name: "a chain: each plan implements an older one",
      files: [
        { path: "a.txt", text: plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026") },
        { path: "b.txt", text: implementing("50/KH-SYT", "ngày 10 tháng 6 năm 2026", "40/KH-SYT ngày 01/6/2026") },
        { path: "c.txt", text: implementing("60/KH-SYT", "ngày 20 tháng 6 năm 2026", "50/KH-SYT ngày 10/6/2026") },
      ],
    },
    {
      name: "a citation in the body is not «implements»: two plans mentioning each other are fine",
      files: [
        { path: "a.txt", text: plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026", [], { body: ["I. NHIỆM VỤ", "1. Phối hợp với Kế hoạch số 50/KH-SYT ngày 10/6/2026 của Sở Y tế.", "+ Đơn vị chủ trì: Văn phòng Sở."] }) },
        { path: "b.txt", text: implementing("50/KH-SYT", "ngày 10 tháng 6 năm 2026", "40/KH-SYT ngày 01/6/2026") },
      ],
    },
  ],
  invalid: [
    {
      name: "two plans implementing each other",
      files: [
        { path: "a.txt", text: implementing("40/KH-SYT", "ngày 01 tháng 6 năm 2026", "50/KH-SYT ngày 10/6/2026") },
        { path: "b.txt", text: implementing("50/KH-SYT", "ngày 10 tháng 6 năm 2026", "40/KH-SYT ngày 01/6/2026") },
      ],
      errors: [{ messageId: "cycle", file: "a.txt", line: 11, message: "Các văn bản thực hiện lẫn nhau: KH 40/KH-SYT (1/6/2026) [a.txt] → KH 50/KH-SYT (10/6/2026) [b.txt] → KH 40/KH-SYT (1/6/2026);" }],
    },
    {
      name: "a loop of three, reported once",
      files: [
        { path: "a.txt", text: implementing("40/KH-SYT", "ngày 01 tháng 6 năm 2026", "60/KH-SYT ngày 20/6/2026") },
        { path: "b.txt", text: implementing("50/KH-SYT", "ngày 10 tháng 6 năm 2026", "40/KH-SYT ngày 01/6/2026") },
        { path: "c.txt", text: implementing("60/KH-SYT", "ngày 20 tháng 6 năm 2026", "50/KH-SYT ngày 10/6/2026") },
      ],
      errors: [{ messageId: "cycle", file: "a.txt", message: "[a.txt] → KH 60/KH-SYT (20/6/2026) [c.txt] → KH 50/KH-SYT (10/6/2026) [b.txt] → KH 40/KH-SYT" }],
    },
    {
      name: "English",
      lang: "en",
      files: [
        { path: "a.txt", text: implementing("40/KH-SYT", "ngày 01 tháng 6 năm 2026", "50/KH-SYT ngày 10/6/2026") },
        { path: "b.txt", text: implementing("50/KH-SYT", "ngày 10 tháng 6 năm 2026", "40/KH-SYT ngày 01/6/2026") },
      ],
      errors: [{ messageId: "cycle", message: "These documents implement each other" }],
    },
  ],
});

describe("reference-cycle findings", () => {
  it("name every other file of the loop", async () => {
    const [f] = await runRule(rule, {
      files: [
        { path: "a.txt", text: implementing("40/KH-SYT", "ngày 01 tháng 6 năm 2026", "60/KH-SYT ngày 20/6/2026") },
        { path: "b.txt", text: implementing("50/KH-SYT", "ngày 10 tháng 6 năm 2026", "40/KH-SYT ngày 01/6/2026") },
        { path: "c.txt", text: implementing("60/KH-SYT", "ngày 20 tháng 6 năm 2026", "50/KH-SYT ngày 10/6/2026") },
      ],
    });
    expect(f!.relatedFiles).toEqual(["c.txt", "b.txt"]);
  });
});
