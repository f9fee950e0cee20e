import { samePeriod } from "../corpus/keys.js";
import { citedIssuer, resolveCorpus } from "../corpus/resolve.js";
import { showDate } from "../vocab/dates.js";
import { atCitation, citedName } from "./project-helpers.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "unresolved-reference",
    type: "problem",
    scope: "project",
    recommended: "warning",
    docs: {
      description: {
        vi: "Kế hoạch, báo cáo, chương trình được trích dẫn của cơ quan trong phạm vi kho phải có trong kho",
        en: "Plans, reports and programmes cited from issuers inside the repository's scope are in the repository",
      },
    },
    messages: {
      missing: {
        vi: "Không tìm thấy {{cited}} của «{{issuer}}» trong kho văn bản, dù cơ quan này thuộc phạm vi kho; thêm văn bản đó vào kho hoặc sửa số, ký hiệu, ngày trích dẫn.",
        en: "{{cited}} by «{{issuer}}» is cited but not in the repository, although that issuer is in its scope; add the document or correct the citation's number, symbol or date.",
      },
      otherPeriod: {
        vi: "Không tìm thấy {{cited}} của «{{issuer}}» trong kho; kho có văn bản cùng số ngày {{otherDate}} ({{otherFile}}), nhưng số văn bản đánh lại mỗi năm (văn bản Đảng: mỗi nhiệm kỳ) nên đó là văn bản khác — nếu chính là văn bản đó, sửa ngày trích dẫn.",
        en: "{{cited}} by «{{issuer}}» is not in the repository; it holds a document with the same number dated {{otherDate}} ({{otherFile}}), but numbers restart every year (Party: every term), so that is another document — if it is the one meant, correct the cited date.",
      },
      otherIssuer: {
        vi: "Không tìm thấy {{cited}} của «{{issuer}}» trong kho; kho có văn bản cùng số của «{{otherIssuer}}» ({{otherFile}}) — cùng số nhưng khác cơ quan ban hành là văn bản khác; nếu chính là văn bản đó, sửa tên cơ quan trong trích dẫn.",
        en: "{{cited}} by «{{issuer}}» is not in the repository; it holds a document with the same number by «{{otherIssuer}}» ({{otherFile}}) — another issuer means another document; if it is the one meant, correct the issuer in the citation.",
      },
    },
  },
  checkProject(corpus, ctx) {
    for (const r of resolveCorpus(corpus, ctx.settings.units).resolutions) {
      if (r.status !== "unresolved") continue;
      const data = { cited: citedName(r.citation), issuer: citedIssuer(r.citation) ?? "?" };
      const other = r.sameNumber[0];
      if (!other) {
        ctx.report({ ...atCitation(r), messageId: "missing", data });
      } else if (!samePeriod(r.citation.family, other.year, r.citation.year)) {
        ctx.report({ ...atCitation(r), messageId: "otherPeriod", data: { ...data, otherDate: showDate(other.doc.date), otherFile: other.file }, relatedFiles: [other.file] });
      } else {
        ctx.report({ ...atCitation(r), messageId: "otherIssuer", data: { ...data, otherIssuer: other.doc.issuer ?? "?", otherFile: other.file }, relatedFiles: [other.file] });
      }
    }
  },
});
