import { z } from "zod";
import { showDate } from "../vocab/dates.js";
import { defineRule } from "./types.js";

/** Words just before a date that make it a time limit, not an event: "trước ngày", "chậm nhất". */
const LIMIT = /(?:^|\s|\()(?:trước|đến|tới|hạn|hết|chậm nhất|kể từ|từ)(?:\s+ngày)?$/iu;
/** Words anywhere in the date's clause that make it a plan, not a report of what happened. */
const PLANNED = /(?:^|[\s(,])(?:sẽ|dự kiến|dự định|có kế hoạch)(?=$|[\s),])/iu;

/** Whether a later date is a limit or a plan; only a past event dated after the report is a slip. */
function isForward(context: string, following: string): boolean {
  return LIMIT.test(context) || PLANNED.test(context) || PLANNED.test(following);
}

export default defineRule({
  meta: {
    id: "date-after-issue-date",
    type: "problem",
    scope: "document",
    recommended: "warning",
    docs: {
      description: {
        vi: "Báo cáo không thuật lại sự việc xảy ra sau ngày ban hành của chính nó",
        en: "A report does not describe events dated after its own issue date",
      },
    },
    options: z
      .object({ kinds: z.array(z.string()).default(["BC", "BB", "TB"]).describe("Document kinds that report what has happened") })
      .strict(),
    messages: {
      after: {
        vi: "Văn bản ngày {{issued}} thuật lại sự việc ngày {{date}} — sau ngày ban hành; kiểm tra lại ngày sự việc hoặc ngày văn bản.",
        en: "The document dated {{issued}} reports an event on {{date}}, after its issue date; check either date.",
      },
    },
  },
  checkDocument(doc, ctx) {
    if (!doc.date || !doc.kind || !ctx.options.kinds.includes(doc.kind)) return;
    doc.dateMentions.forEach((m, i) => {
      if (m.date <= doc.date! || isForward(m.context, m.following)) return;
      ctx.report({
        messageId: "after",
        data: { issued: showDate(doc.date), date: showDate(m.date) },
        path: ["documents", ctx.documentIndex, "dateMentions", i],
        location: m.location,
      });
    });
  },
});
