import rule from "../../src/rules/duplicate-document.js";
import { plan } from "../helpers/corpus-docs.js";
import { ruleTester } from "../helpers/rule-tester.js";

const p40 = plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026");
const appendix = [
  "PHỤ LỤC",
  "",
  "PHÂN CÔNG NHIỆM VỤ",
  "",
  "(Kèm theo Kế hoạch số 40/KH-SYT ngày 01/6/2026 của Sở Y tế)",
  "",
  "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành",
  "1\tRà soát thủ tục hành chính nội bộ\tVăn phòng Sở\tQuý III/2026",
].join("\n");

ruleTester(rule, {
  valid: [
    { name: "different numbers", files: [{ path: "a.txt", text: p40 }, { path: "b.txt", text: plan("41/KH-SYT", "ngày 01 tháng 6 năm 2026") }] },
    { name: "the same number in another year (numbers restart every year)", files: [{ path: "a.txt", text: p40 }, { path: "b.txt", text: plan("40/KH-SYT", "ngày 03 tháng 6 năm 2025") }] },
    { name: "an appendix in a file of its own is part of the plan, not a second claim", files: [{ path: "a.txt", text: p40 }, { path: "a-phu-luc.txt", text: appendix }] },
    {
      name: "two Đảng ủy both number 12-KH/ĐU",
      files: [
        { path: "a.txt", text: plan("12-KH/ĐU", "ngày 15 tháng 5 năm 2026", [], { number: "Số 12-KH/ĐU", issuer: ["ĐẢNG ỦY SỞ Y TẾ"] }) },
        { path: "b.txt", text: plan("12-KH/ĐU", "ngày 25 tháng 5 năm 2026", [], { number: "Số 12-KH/ĐU", issuer: ["ĐẢNG ỦY TRUNG TÂM Y TẾ KHU VỰC THUẬN AN"] }) },
      ],
    },
    { name: "drafts without a number", files: [{ path: "a.txt", text: plan("/KH-SYT", "ngày 01 tháng 6 năm 2026") }, { path: "b.txt", text: plan("/KH-SYT", "ngày 01 tháng 6 năm 2026") }] },
  ],
  invalid: [
    {
      name: "the same file twice",
      files: [{ path: "a.txt", text: p40 }, { path: "copy/a.txt", text: p40 }],
      errors: [{ messageId: "identical", file: "copy/a.txt", line: 3, message: "Tệp này giống hệt a.txt (KH 40/KH-SYT (1/6/2026))" }],
    },
    {
      name: "two versions of one plan (a revision kept beside the original)",
      files: [{ path: "a.txt", text: p40 }, { path: "b.txt", text: p40.replace("Triển khai công tác năm 2026", "Triển khai công tác năm 2026 (bản sửa)") }],
      errors: [{ messageId: "same", file: "b.txt", message: "Tệp này và a.txt cùng là KH 40/KH-SYT (1/6/2026)" }],
    },
    {
      name: "two plans dated differently with one number in one year",
      files: [{ path: "a.txt", text: p40 }, { path: "b.txt", text: plan("40/KH-SYT", "ngày 20 tháng 7 năm 2026") }],
      errors: [{ messageId: "conflict", file: "b.txt", message: "KH 40/KH-SYT (20/7/2026) trùng số, ký hiệu với văn bản ngày 1/6/2026 ở a.txt" }],
    },
    {
      name: "leading zero and D for Đ do not hide a duplicate",
      files: [
        { path: "a.txt", text: plan("5-KH/ĐU", "ngày 15 tháng 5 năm 2026", [], { number: "Số 5-KH/ĐU", issuer: ["ĐẢNG ỦY SỞ Y TẾ"] }) },
        { path: "b.txt", text: plan("05-KH/DU", "ngày 15 tháng 5 năm 2026", [], { number: "Số 05-KH/DU", issuer: ["ĐẢNG ỦY SỞ Y TẾ"] }) },
      ],
      errors: [{ messageId: "same", file: "b.txt" }],
    },
    {
      name: "English",
      lang: "en",
      files: [{ path: "a.txt", text: p40 }, { path: "copy/a.txt", text: p40 }],
      errors: [{ messageId: "identical", message: "This file is identical to a.txt" }],
    },
  ],
});
