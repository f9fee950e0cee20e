import rule from "../../src/rules/date-line-format.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const ROWS = [["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý IV/2026"]];
const dated = (date: string, number?: string) => planWithTable(ROWS, { date, ...(number ? { number } : {}) });

ruleTester(rule, {
  valid: [
    { name: "day below 10 and month 1–2 with a leading zero", text: dated("Lai Châu, ngày 05 tháng 02 năm 2026") },
    { name: "month 3–12 without a zero", text: dated("Lai Châu, ngày 22 tháng 5 năm 2026") },
    { name: "January with its zero (seed 001)", text: dated("Quảng Ngãi, ngày 25 tháng 01 năm 2021") },
    { name: "two-digit day and month", text: dated("Lai Châu, ngày 15 tháng 12 năm 2026") },
    { name: "a Party document follows the same rule", text: dated("Lai Châu, ngày 20 tháng 02 năm 2026", "Số 104-KH/ĐU") },
    { name: "a draft with the day left blank", text: dated("Lai Châu, ngày      tháng 3 năm 2026") },
    {
      name: "dates in the body are not the date line",
      text: planWithTable([["1", "Tổ chức hội nghị ngày 5 tháng 4 năm 2026", "Văn phòng Sở", "", "Quý II/2026"]]),
    },
  ],
  invalid: [
    {
      name: "day below 10 without a zero",
      text: dated("Lai Châu, ngày 5 tháng 3 năm 2026"),
      errors: [{ messageId: "day", line: 3, message: "«ngày 5» → «ngày 05»" }],
    },
    {
      name: "January or February without a zero",
      text: dated("Lai Châu, ngày 15 tháng 1 năm 2026"),
      errors: [{ messageId: "monthZero", line: 3, message: "«tháng 1» → «tháng 01»" }],
    },
    {
      name: "a zero before months 3–9 (seed 003)",
      text: dated("Thuận An, ngày 22 tháng 05 năm 2026"),
      errors: [{ messageId: "monthNoZero", line: 3, message: "«tháng 05» → «tháng 5»" }],
    },
    {
      name: "both day and month wrong",
      text: dated("Lai Châu, ngày 9 tháng 2 năm 2026"),
      errors: [
        { messageId: "day", message: "«ngày 9» → «ngày 09»" },
        { messageId: "monthZero", message: "«tháng 2» → «tháng 02»" },
      ],
    },
    {
      name: "an issue date in figures",
      text: dated("Lai Châu, ngày 15/3/2026"),
      errors: [{ messageId: "numeric", line: 3, message: "không viết «ngày 15/3/2026»" }],
    },
    {
      name: "English messages",
      lang: "en",
      text: dated("Lai Châu, ngày 3 tháng 1 năm 2026"),
      errors: [
        { messageId: "day", message: "Days below 10 take a leading zero: «ngày 3» → «ngày 03»" },
        { messageId: "monthZero", message: "Month 1 takes a leading zero: «tháng 1» → «tháng 01»" },
      ],
    },
  ],
});
