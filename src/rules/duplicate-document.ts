import type { IndexedDocument } from "../corpus/index.js";
import { samePeriod } from "../corpus/keys.js";
import { resolveCorpus } from "../corpus/resolve.js";
import { fieldLocation } from "./locations.js";
import { showDate } from "../vocab/dates.js";
import { documentName } from "./project-helpers.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "duplicate-document",
    type: "problem",
    scope: "project",
    recommended: "error",
    docs: {
      description: {
        vi: "Mỗi văn bản chỉ có một tệp trong kho; hai văn bản không cùng số, ký hiệu trong một năm",
        en: "Each document has one file in the repository; two documents do not share a number in one year",
      },
    },
    messages: {
      same: {
        vi: "Tệp này và {{otherFile}} cùng là {{document}}; mỗi văn bản chỉ giữ một tệp trong kho — xóa bản thừa, hoặc thêm vào «ignores» của cấu hình nếu đó là bản ở định dạng khác.",
        en: "This file and {{otherFile}} are both {{document}}; keep one file per document — remove the extra copy, or add it to the config's «ignores» if it is the same document in another format.",
      },
      identical: {
        vi: "Tệp này giống hệt {{otherFile}} ({{document}}); xóa bản thừa.",
        en: "This file is identical to {{otherFile}} ({{document}}); remove the extra copy.",
      },
      conflict: {
        vi: "{{document}} trùng số, ký hiệu với văn bản ngày {{otherDate}} ở {{otherFile}} trong cùng kỳ đánh số; hai văn bản không được cùng số — kiểm tra số của một trong hai.",
        en: "{{document}} has the same number as the document dated {{otherDate}} in {{otherFile}}, in the same numbering period; two documents cannot share a number — check one of them.",
      },
    },
  },
  checkProject(corpus, ctx) {
    const { index } = resolveCorpus(corpus, ctx.settings.units);
    const sha = new Map(corpus.files.map((f) => [f.source.path, f.source.sha256]));
    const seen = new Map<string, IndexedDocument[]>();
    for (const d of index.documents) {
      if (!d.idKey || d.part) continue;
      const earlier = seen.get(d.idKey) ?? [];
      const same = earlier.find(
        (e) =>
          e.file !== d.file &&
          samePeriod(d.family, e.year, d.year) &&
          (!e.doc.issuer || !d.doc.issuer || index.issuers.compatible(e.doc.issuer, d.doc.issuer)),
      );
      earlier.push(d);
      seen.set(d.idKey, earlier);
      if (!same) continue;
      const at = { file: d.file, documentIndex: d.documentIndex, path: ["documents", d.documentIndex, "identifier"], location: fieldLocation(d.doc, "number"), relatedFiles: [same.file] };
      const data = { document: documentName(d), otherFile: same.file };
      if (d.doc.date && same.doc.date && d.doc.date !== same.doc.date) {
        ctx.report({ ...at, messageId: "conflict", data: { ...data, otherDate: showDate(same.doc.date) } });
      } else {
        ctx.report({ ...at, messageId: sha.get(d.file) === sha.get(same.file) ? "identical" : "same", data });
      }
    }
  },
});
