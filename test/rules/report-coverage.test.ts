import { readFileSync } from "node:fs";
import rule from "../../src/rules/report-coverage.js";
import { docText, plan } from "../helpers/corpus-docs.js";
import { ROOT, SEED } from "../helpers/fixtures.js";
import { ruleTester } from "../helpers/rule-tester.js";

const table = [
  "II. NHIỆM VỤ",
  "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành",
  "1\tTriển khai phần mềm quản lý văn bản và điều hành tại các đơn vị\tVăn phòng Sở\tQuý III/2026",
  "2\tTập huấn kỹ năng số, an toàn thông tin cho viên chức văn thư\tPhòng Tổ chức cán bộ\tQuý III/2026",
  "3\tTriển khai hồ sơ bệnh án điện tử tại các bệnh viện\tPhòng Nghiệp vụ Y\tQuý IV/2026",
];
const p40 = plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026", [], { body: table });

const report = (sections: string[], opening = "Thực hiện Kế hoạch số 40/KH-SYT ngày 01/6/2026 của Sở Y tế về chuyển đổi số; Bệnh viện báo cáo như sau:") =>
  docText({
    issuer: ["BỆNH VIỆN QUẬN 8"],
    number: "Số: 15/BC-BV",
    date: "Quận 8, ngày 20 tháng 11 năm 2026",
    kind: "BÁO CÁO",
    title: "Kết quả chuyển đổi số năm 2026",
    opening: [opening],
    body: ["I. KẾT QUẢ", ...sections],
  });

const full = [
  "1. Phần mềm quản lý văn bản và điều hành",
  "Đã triển khai từ tháng 7/2026.",
  "2. Tập huấn kỹ năng số",
  "Đã tổ chức 02 lớp tập huấn kỹ năng số, an toàn thông tin.",
  "3. Hồ sơ bệnh án điện tử",
  "Đã vận hành tại khoa Khám bệnh.",
];

/** Seed 003 split: the report and the plan it answers in two files (as in fixtures/repo). */
const seed = readFileSync(`${ROOT}/${SEED.thuanAn}`, "utf8").split("\n");

ruleTester(rule, {
  valid: [
    { name: "every task has a section", files: [{ path: "kh.txt", text: p40 }, { path: "bc.txt", text: report(full) }] },
    {
      name: "a task's work named in the text of another section counts",
      files: [
        { path: "kh.txt", text: p40 },
        { path: "bc.txt", text: report(["1. Ứng dụng công nghệ thông tin", "Triển khai phần mềm quản lý văn bản và điều hành tại các đơn vị; tập huấn kỹ năng số, an toàn thông tin cho viên chức; hồ sơ bệnh án điện tử đã vận hành."]) },
      ],
    },
    {
      name: "a report that only mentions the plan in its body does not answer it",
      files: [{ path: "kh.txt", text: p40 }, { path: "bc.txt", text: report(["1. Kết quả khác", "Theo Kế hoạch số 40/KH-SYT ngày 01/6/2026 của Sở Y tế."], "Bệnh viện báo cáo như sau:") }],
    },
    { name: "seed 003 split in two files: all eight tasks addressed", files: [{ path: "bc-660.txt", text: seed.slice(0, 96).join("\n") }, { path: "kh-6757.txt", text: seed.slice(96).join("\n") }] },
  ],
  invalid: [
    {
      name: "one task not addressed",
      files: [{ path: "kh.txt", text: p40 }, { path: "bc.txt", text: report(full.slice(0, 2).concat(full.slice(4))) }],
      errors: [{ messageId: "missing", file: "bc.txt", line: 11, message: "Báo cáo trả lời KH 40/KH-SYT (1/6/2026) (kh.txt) nhưng chưa đề cập 1/3 nhiệm vụ của kế hoạch: «2 Tập huấn kỹ năng số, an toàn thông tin cho viên chức văn thư»" }],
    },
    {
      name: "seed 003 with the report's sections 3 and 4 removed: the plan's tasks II.3 and II.4",
      files: [
        { path: "bc-660.txt", text: seed.slice(0, 96).filter((_, i) => i < 28 || i >= 39).join("\n") },
        { path: "kh-6757.txt", text: seed.slice(96).join("\n") },
      ],
      errors: [{ messageId: "missing", message: "chưa đề cập 2/8 nhiệm vụ của kế hoạch: «II.3 Đổi mới, nâng cao chất lượng công tác ban hành văn bản» và «II.4 Đổi mới mạnh mẽ chế độ hội họp»" }],
    },
    {
      name: "maxListed caps the list and counts the rest",
      options: { maxListed: 1 },
      files: [{ path: "kh.txt", text: p40 }, { path: "bc.txt", text: report(["1. Kết quả chung", "Đơn vị đã cố gắng."]) }],
      errors: [{ messageId: "missingMore", message: "3/3 nhiệm vụ của kế hoạch: «1 Triển khai phần mềm quản lý văn bản và điều hành tại các…» và 2 nhiệm vụ khác;" }],
    },
    {
      name: "English",
      lang: "en",
      files: [{ path: "kh.txt", text: p40 }, { path: "bc.txt", text: report(full.slice(2)) }],
      errors: [{ messageId: "missing", message: "does not address 1 of its 3 tasks" }],
    },
  ],
});
