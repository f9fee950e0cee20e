import rule from "../../src/rules/date-after-issue-date.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A report (seed 003 style) dated 27/5/2026 whose body holds the given paragraphs. */
function report(body: string[], kind = "BÁO CÁO", number = "Số: 660/BC-TTYT"): string {
  return [
    number,
    "",
    "Thuận An, ngày 27 tháng 5 năm 2026",
    "",
    kind,
    "",
    "Kết quả triển khai công tác cải cách hành chính tháng 5 năm 2026",
    "",
    "I. KẾT QUẢ THỰC HIỆN",
    "",
    ...body.flatMap((p) => [p, ""]),
  ].join("\n");
}

const EVENT_AFTER = "Ngày 28/5/2026, Trung tâm tổ chức hội nghị sơ kết công tác tháng 5.";

ruleTester(rule, {
  valid: [
    {
      name: "events before or on the issue date",
      text: report([
        "Ngày 20/5/2026, Trung tâm đã tổ chức quán triệt Kết luận đến toàn thể viên chức.",
        "Ngày 27/5/2026, Trung tâm hoàn thành báo cáo này.",
      ]),
    },
    {
      name: "later dates that are time limits or plans, not events («trước ngày», «chậm nhất», «dự kiến», «từ … đến»)",
      text: report([
        "Hoàn thành rà soát quy chế làm việc trước ngày 30/6/2026; báo cáo kết quả chậm nhất ngày 05/7/2026.",
        "Dự kiến ngày 15/6/2026 tổ chức hội nghị; thực hiện từ ngày 01/6/2026 đến ngày 31/12/2026.",
      ]),
    },
    {
      name: "a plan announced anywhere in the date's clause («sẽ … vào ngày», «Ngày …, … sẽ», «có kế hoạch»)",
      text: report([
        "Trung tâm sẽ tổ chức hội nghị sơ kết 6 tháng đầu năm vào ngày 30/6/2026.",
        "Ngày 15/6/2026, Trung tâm sẽ tổ chức kiểm tra chéo giữa các khoa.",
        "Đơn vị có kế hoạch tập huấn cho viên chức mới vào ngày 10/6/2026.",
      ]),
    },
    {
      name: "the date of a cited document is reference-to-future-document's concern",
      text: report(["Thực hiện Kế hoạch số 12/KH-TTYT ngày 29/5/2026 của Trung tâm Y tế."]),
    },
    {
      name: "a plan (KH) is about the future and is not checked by default",
      text: report([EVENT_AFTER], "KẾ HOẠCH", "Số: 12/KH-TTYT"),
    },
    {
      name: "kinds without BC: a report is not checked",
      options: { kinds: ["BB"] },
      text: report([EVENT_AFTER]),
    },
  ],
  invalid: [
    {
      name: "a report describes a meeting the day after its own date (seed 003)",
      text: report(["Ngày 20/5/2026, Trung tâm đã tổ chức quán triệt Kết luận.", EVENT_AFTER]),
      errors: [{ messageId: "after", line: 13, message: "Văn bản ngày 27/5/2026 thuật lại sự việc ngày 28/5/2026 — sau ngày ban hành" }],
    },
    {
      name: "a date written out in words",
      text: report(["Trung tâm đã tổ chức kiểm tra tại các trạm y tế vào ngày 02 tháng 6 năm 2026."]),
      errors: [{ messageId: "after", message: "sự việc ngày 2/6/2026" }],
    },
    {
      name: "a plan word in an earlier sentence does not excuse a past event in the next",
      text: report(["Trung tâm sẽ tiếp tục tuyên truyền. Ngày 29/5/2026, Trung tâm đã tổ chức hội nghị quán triệt."]),
      errors: [{ messageId: "after", message: "sự việc ngày 29/5/2026" }],
    },
    {
      name: "a past event with a trailing comma clause is still an event (seed 003 wording)",
      text: report(["Cụ thể, đơn vị đã tổ chức hội nghị vào ngày 28/5/2026, với sự tham dự của 100% cán bộ."]),
      errors: [{ messageId: "after", message: "sự việc ngày 28/5/2026" }],
    },
    {
      name: "a minutes document (BB) is checked by default",
      text: report(["Cuộc họp kết thúc lúc 11 giờ ngày 28/5/2026."], "BIÊN BẢN", "Số: 05/BB-TTYT"),
      errors: [{ messageId: "after" }],
    },
    {
      name: "kinds including KH: a plan's past-tense event after its date is reported",
      options: { kinds: ["BC", "KH"] },
      text: report([EVENT_AFTER], "KẾ HOẠCH", "Số: 12/KH-TTYT"),
      errors: [{ messageId: "after", line: 11 }],
    },
    {
      name: "English message",
      lang: "en",
      text: report([EVENT_AFTER]),
      errors: [{ messageId: "after", message: "The document dated 27/5/2026 reports an event on 28/5/2026, after its issue date" }],
    },
  ],
});
