import rule from "../../src/rules/unresolved-reference.js";
import { plan } from "../helpers/corpus-docs.js";
import { ruleTester } from "../helpers/rule-tester.js";

const base = plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026");
const citing = (citation: string) => plan("50/KH-SYT", "ngày 10 tháng 6 năm 2026", [`Thực hiện ${citation} về công tác năm 2026;`]);

ruleTester(rule, {
  valid: [
    { name: "the plan cited is in the repository", files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 01/6/2026 của Sở Y tế") }] },
    {
      name: "an issuer outside the repository's scope (no document of the Thành ủy here)",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 310-KH/TU ngày 02/4/2026 của Ban Thường vụ Thành ủy") }],
    },
    {
      name: "a kind not listed in resolve.kinds (a Quyết định of the same Sở)",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Quyết định số 77/QĐ-SYT ngày 02/4/2026 của Sở Y tế") }],
    },
    {
      name: "two Đảng ủy both number 12-KH/ĐU: the citation of the other one resolves",
      files: [
        { path: "a.txt", text: plan("12-KH/ĐU", "ngày 15 tháng 5 năm 2026", [], { number: "Số 12-KH/ĐU", issuer: ["ĐẢNG ỦY SỞ Y TẾ"] }) },
        {
          path: "b.txt",
          text: plan("12-KH/ĐU", "ngày 25 tháng 5 năm 2026", ["Thực hiện Kế hoạch số 12-KH/ĐU, ngày 15/5/2026 của Đảng ủy Sở Y tế về công tác năm 2026;"], {
            number: "Số 12-KH/ĐU",
            issuer: ["ĐẢNG ỦY TRUNG TÂM Y TẾ KHU VỰC THUẬN AN"],
          }),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a plan of the Sở Y tế (in scope) that is not in the repository",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 45/KH-SYT ngày 05/6/2026 của Sở Y tế") }],
      errors: [{ messageId: "missing", file: "b.txt", line: 11, message: "Không tìm thấy KH 45/KH-SYT (5/6/2026) của «Sở Y tế» trong kho văn bản" }],
    },
    {
      name: "the same number of another year is another document (numbers restart every year)",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Kế hoạch số 40/KH-SYT ngày 01/6/2025 của Sở Y tế") }],
      errors: [{ messageId: "otherPeriod", file: "b.txt", message: "kho có văn bản cùng số ngày 1/6/2026 (a.txt)" }],
    },
    {
      name: "Party: the same number by another Đảng ủy of the repository is another document",
      files: [
        { path: "a.txt", text: plan("12-KH/ĐU", "ngày 15 tháng 5 năm 2026", [], { number: "Số 12-KH/ĐU", issuer: ["ĐẢNG ỦY SỞ Y TẾ"] }) },
        { path: "b.txt", text: plan("3-KH/ĐU", "ngày 15 tháng 5 năm 2026", [], { number: "Số 3-KH/ĐU", issuer: ["ĐẢNG ỦY BỆNH VIỆN NHÂN DÂN GIA ĐỊNH"] }) },
        { path: "c.txt", text: citing("Kế hoạch số 12-KH/ĐU, ngày 10/5/2026 của Đảng ủy Bệnh viện Nhân dân Gia Định") },
      ],
      errors: [{ messageId: "otherIssuer", file: "c.txt", message: "kho có văn bản cùng số của «ĐẢNG ỦY SỞ Y TẾ» (a.txt)" }],
    },
    {
      name: "English message",
      lang: "en",
      files: [{ path: "a.txt", text: base }, { path: "b.txt", text: citing("Báo cáo số 9/BC-SYT ngày 05/6/2026 của Sở Y tế") }],
      errors: [{ messageId: "missing", message: "BC 9/BC-SYT (5/6/2026) by «Sở Y tế» is cited but not in the repository" }],
    },
  ],
});
