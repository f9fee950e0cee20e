import { fieldLocation } from "./locations.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "date-line-format",
    type: "layout",
    scope: "document",
    recommended: "info",
    docs: {
      description: {
        vi: "Ngày tháng ban hành viết đủ «ngày … tháng … năm …», thêm số 0 cho ngày dưới 10 và tháng 1, 2",
        en: "The issue date is written out, with a leading zero for days below 10 and months 1–2",
      },
    },
    messages: {
      day: {
        vi: "Ngày dưới 10 phải thêm số 0: «ngày {{day}}» → «ngày 0{{day}}» (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        en: "Days below 10 take a leading zero: «ngày {{day}}» → «ngày 0{{day}}» (Decree 30/2020, annex I).",
      },
      monthZero: {
        vi: "Tháng {{month}} phải thêm số 0: «tháng {{month}}» → «tháng 0{{month}}» (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        en: "Month {{month}} takes a leading zero: «tháng {{month}}» → «tháng 0{{month}}» (Decree 30/2020, annex I).",
      },
      monthNoZero: {
        vi: "Tháng 3 đến 12 không thêm số 0: «tháng {{month}}» → «tháng {{plain}}» (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        en: "Months 3–12 take no leading zero: «tháng {{month}}» → «tháng {{plain}}» (Decree 30/2020, annex I).",
      },
      numeric: {
        vi: "Ngày ban hành viết bằng chữ «ngày … tháng … năm …», không viết «{{raw}}».",
        en: "Write the issue date as «ngày … tháng … năm …», not «{{raw}}».",
      },
    },
  },
  checkDocument(doc, ctx) {
    const raw = doc.dateRaw;
    if (!raw || !doc.fieldLocations.date) return;
    const location = fieldLocation(doc, "date");
    const path = ["documents", ctx.documentIndex, "dateRaw"];
    const written = /ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm/u.exec(raw);
    if (!written) {
      if (/\d/.test(raw)) ctx.report({ messageId: "numeric", data: { raw }, path, location });
      return;
    }
    const [, day = "", month = ""] = written;
    if (/^[1-9]$/.test(day)) ctx.report({ messageId: "day", data: { day }, path, location });
    if (/^[12]$/.test(month)) ctx.report({ messageId: "monthZero", data: { month }, path, location });
    if (/^0[3-9]$/.test(month)) ctx.report({ messageId: "monthNoZero", data: { month, plain: month.slice(1) }, path, location });
  },
});
