import { resolveCorpus } from "../corpus/resolve.js";
import { showDate } from "../vocab/dates.js";
import { atCitation, citedName } from "./project-helpers.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "reference-mismatch",
    type: "problem",
    scope: "project",
    recommended: "error",
    docs: {
      description: {
        vi: "Trích dẫn một văn bản có trong kho phải ghi đúng ngày và cơ quan ban hành của văn bản đó",
        en: "A citation of a document in the repository gives that document's own date and issuer",
      },
    },
    messages: {
      date: {
        vi: "{{identifier}} được trích dẫn ngày {{citedDate}}, nhưng văn bản đó trong kho ({{targetFile}}) ghi ngày {{actualDate}}; sửa ngày trích dẫn cho khớp, hoặc sửa ngày của văn bản kia nếu chính nó ghi sai.",
        en: "{{identifier}} is cited as dated {{citedDate}}, but that document in the repository ({{targetFile}}) is dated {{actualDate}}; correct the cited date, or the other document's date if that one is wrong.",
      },
      issuer: {
        vi: "{{identifier}} được ghi là của «{{citedIssuer}}», nhưng văn bản đó trong kho ({{targetFile}}) do «{{actualIssuer}}» ban hành; sửa tên cơ quan ban hành trong trích dẫn.",
        en: "{{identifier}} is attributed to «{{citedIssuer}}», but that document in the repository ({{targetFile}}) is issued by «{{actualIssuer}}»; correct the issuer in the citation.",
      },
    },
  },
  checkProject(corpus, ctx) {
    for (const r of resolveCorpus(corpus, ctx.settings.units).resolutions) {
      // Within one file, inconsistent-citation already compares a citation with the document cited.
      if (r.status !== "mismatched" || !r.target || r.target.file === r.from.file) continue;
      const base = { ...atCitation(r), relatedFiles: [r.target.file] };
      const common = { identifier: citedName({ ...r.citation, date: null }), targetFile: r.target.file };
      if (r.differs.date) {
        ctx.report({ ...base, messageId: "date", data: { ...common, citedDate: showDate(r.differs.date.cited), actualDate: showDate(r.differs.date.actual) } });
      }
      if (r.differs.issuer) {
        ctx.report({ ...base, messageId: "issuer", data: { ...common, citedIssuer: r.differs.issuer.cited, actualIssuer: r.differs.issuer.actual } });
      }
    }
  },
});
