import rule from "../../src/rules/inconsistent-citation.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A Party plan (seed 000 style) with body paragraphs and, when given, an appendix with that title. */
function plan(body: string[], appendixTitle = ""): string {
  return [
    "Số 104-KH/ĐU",
    "",
    "Lai Châu, ngày 22 tháng 6 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Thực hiện Nghị quyết số 79-NQ/TW của Bộ Chính trị",
    "",
    ...body.flatMap((p) => [p, ""]),
    ...(appendixTitle
      ? ["PHỤ LỤC", "", appendixTitle, "(Kèm theo Kế hoạch số 104-KH/ĐU ngày 22/6/2026 của Đảng ủy Sở Y tế)", "", "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành", "1\tQuán triệt Nghị quyết\tĐảng ủy Sở Y tế\tVăn phòng Sở\tQuý III/2026"]
      : []),
  ].join("\n");
}

/** A report followed, in the same file, by the plan it answers (seed 003). */
function reportAndPlan(citedDate: string): string {
  return [
    "TRUNG TÂM Y TẾ",
    "",
    "Số: 660/BC-TTYT",
    "",
    "Thuận An, ngày 27 tháng 5 năm 2026",
    "",
    "BÁO CÁO",
    "",
    "Kết quả triển khai công tác cải cách hành chính",
    "",
    `Thực hiện Kế hoạch số 6757/KH-SYT ngày ${citedDate} của Sở Y tế, Trung tâm Y tế báo cáo như sau:`,
    "",
    "Nơi nhận:",
    "- Sở Y tế;",
    "- Lưu: VT.",
    "",
    "GIÁM ĐỐC",
    "",
    "Nguyễn Văn An",
    "",
    "SỞ Y TẾ",
    "",
    "Số: 6757/KH-SYT",
    "",
    "Thuận An, ngày 22 tháng 5 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Triển khai Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư",
  ].join("\n");
}

const CITES_62 = "Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh, Đảng ủy Sở Y tế xây dựng kế hoạch như sau:";

ruleTester(rule, {
  valid: [
    {
      name: "the same document cited twice the same way, the second time briefly",
      text: plan([CITES_62, "Các chi bộ bám sát Kế hoạch số 62-KH/ĐU để triển khai."]),
    },
    {
      name: "issuer written in full, abbreviated, or with another tone placement",
      text: plan([
        "Thực hiện Kế hoạch số 14/KH-UBND ngày 20/01/2021 của UBND tỉnh và Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh;",
        "Kế hoạch số 14/KH-UBND ngày 20/01/2021 của Ủy ban nhân dân tỉnh Quảng Ngãi; Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng uỷ UBND tỉnh.",
      ]),
    },
    {
      name: "same number and symbol family but another date: two different documents",
      text: plan([CITES_62, "Kế hoạch số 62-KH/TU, ngày 05/02/2026 của Ban Thường vụ Tỉnh ủy."]),
    },
    {
      name: "state numbers restart every year: 14/KH-UBND of 2021 and of 2022 are two plans",
      text: plan([
        "Thực hiện Kế hoạch số 14/KH-UBND ngày 20/01/2021 của UBND tỉnh về cải cách hành chính giai đoạn 2021-2025 và Kế hoạch số 14/KH-UBND ngày 18/01/2022 của UBND tỉnh về cải cách hành chính năm 2022.",
      ]),
    },
    {
      name: "the appendix title cites the same document the same way",
      text: plan([CITES_62], "Nhiệm vụ cụ thể triển khai thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh"),
    },
    {
      name: "a report citing the plan held in the same file with its right date",
      text: reportAndPlan("22/5/2026"),
    },
  ],
  invalid: [
    {
      name: "one document, two symbols (seed 000: 62-KH/ĐU in the body, 62-KH/TU in the appendix)",
      text: plan([CITES_62], "Nhiệm vụ cụ thể triển khai thực hiện Kế hoạch số 62-KH/TU, ngày 10/4/2026 của Đảng ủy UBND tỉnh"),
      errors: [{ messageId: "symbol", message: "«62-KH/ĐU» và «62-KH/TU» cùng là KH số 62 ngày 10/4/2026 nhưng ký hiệu khác nhau" }],
    },
    {
      name: "one document cited with two dates",
      text: plan([CITES_62, "Kết quả thực hiện Kế hoạch số 62-KH/ĐU, ngày 12/4/2026 của Đảng ủy UBND tỉnh được báo cáo hằng quý."]),
      errors: [{ messageId: "date", line: 11, message: "62-KH/ĐU được trích dẫn với hai ngày khác nhau (10/4/2026 và 12/4/2026)" }],
    },
    {
      name: "Party numbers run for the whole term: the same Party number with dates in two years is one document misdated",
      text: plan([CITES_62, "Kết quả thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2025 của Đảng ủy UBND tỉnh được báo cáo hằng quý."]),
      errors: [{ messageId: "date", message: "(10/4/2026 và 10/4/2025)" }],
    },
    {
      name: "one document attributed to two issuers",
      text: plan([
        "Thực hiện Kế hoạch số 14/KH-UBND ngày 20/01/2021 của UBND tỉnh;",
        "Theo Kế hoạch số 14/KH-UBND ngày 20/01/2021 của Sở Nội vụ, các đơn vị báo cáo trước ngày 15 hằng tháng.",
      ]),
      errors: [{ messageId: "issuer", message: "14/KH-UBND được ghi của hai cơ quan khác nhau («UBND tỉnh» và «Sở Nội vụ»)" }],
    },
    {
      name: "a report citing the plan held in the same file with another date",
      text: reportAndPlan("21/5/2026"),
      errors: [{ messageId: "ownDate", message: "6757/KH-SYT được trích dẫn ngày 21/5/2026, nhưng văn bản này (trong cùng tệp) ghi ngày 22/5/2026" }],
    },
    {
      name: "English message",
      lang: "en",
      text: plan([CITES_62, "Kế hoạch số 62-KH/ĐU, ngày 12/4/2026 của Đảng ủy UBND tỉnh."]),
      errors: [{ messageId: "date", message: "62-KH/ĐU is cited with two dates (10/4/2026 and 12/4/2026)" }],
    },
  ],
});
