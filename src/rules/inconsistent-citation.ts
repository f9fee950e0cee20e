import { parseIdentifier } from "../extract/identifier.js";
import { issuersCompatible } from "../vocab/units.js";
import type { Citation } from "../model/citation.js";
import { showDate } from "../vocab/dates.js";
import { defineRule } from "./types.js";

interface Cited {
  c: Citation;
  documentIndex: number;
  index: number;
}

export default defineRule({
  meta: {
    id: "inconsistent-citation",
    type: "problem",
    scope: "file",
    recommended: "error",
    docs: {
      description: {
        vi: "Một văn bản được trích dẫn thống nhất: cùng số, ký hiệu, ngày và cơ quan ban hành",
        en: "A document is cited consistently: same number, date and issuer",
      },
    },
    messages: {
      symbol: {
        vi: "«{{a}}» và «{{b}}» cùng là {{kind}} số {{number}} ngày {{date}} nhưng ký hiệu khác nhau; kiểm tra và thống nhất ký hiệu.",
        en: "«{{a}}» and «{{b}}» are both {{kind}} no. {{number}} of {{date}} with different symbols; check and unify.",
      },
      date: {
        vi: "{{identifier}} được trích dẫn với hai ngày khác nhau ({{a}} và {{b}}); kiểm tra và thống nhất ngày.",
        en: "{{identifier}} is cited with two dates ({{a}} and {{b}}); check and unify.",
      },
      issuer: {
        vi: "{{identifier}} được ghi của hai cơ quan khác nhau («{{a}}» và «{{b}}»); kiểm tra và thống nhất.",
        en: "{{identifier}} is attributed to two issuers («{{a}}» and «{{b}}»); check and unify.",
      },
      ownDate: {
        vi: "{{identifier}} được trích dẫn ngày {{a}}, nhưng văn bản này (trong cùng tệp) ghi ngày {{b}}; sửa cho khớp.",
        en: "{{identifier}} is cited as of {{a}}, but that document (in this file) is dated {{b}}; make them match.",
      },
    },
  },
  checkFile(planFile, ctx) {
    const all: Cited[] = planFile.documents.flatMap((d, documentIndex) => d.references.map((c, index) => ({ c, documentIndex, index })));
    const at = (x: Cited) => ({ documentIndex: x.documentIndex, path: ["documents", x.documentIndex, "references", x.index], location: x.c.locations[0] ?? {} });
    all.forEach((x, i) => {
      for (const y of all.slice(0, i)) {
        const [a, b] = [y.c, x.c];
        if (a.identifier === b.identifier) {
          // State numbers restart every calendar year (Nghị định 30/2020/NĐ-CP, Phụ lục I): the same
          // number in two years names two documents. Party numbers run for a whole term.
          if (a.family === "admin" && a.date && b.date && a.date.slice(0, 4) !== b.date.slice(0, 4)) continue;
          if (a.date && b.date && a.date !== b.date) {
            ctx.report({ ...at(x), messageId: "date", data: { identifier: b.identifier, a: showDate(a.date), b: showDate(b.date) } });
          } else if (a.issuer && b.issuer && !issuersCompatible(a.issuer, b.issuer)) {
            ctx.report({ ...at(x), messageId: "issuer", data: { identifier: b.identifier, a: a.issuer, b: b.issuer } });
          }
          continue;
        }
        // Same kind, number and date with another symbol: one document, two spellings (62-KH/ĐU vs 62-KH/TU).
        if (a.kind && a.kind === b.kind && a.number === b.number && a.date && a.date === b.date && a.symbol !== b.symbol) {
          const pa = parseIdentifier(a.identifier);
          const pb = parseIdentifier(b.identifier);
          if (pa && pb && pa.typeCode === pb.typeCode) {
            ctx.report({ ...at(x), messageId: "symbol", data: { a: a.identifier, b: b.identifier, kind: a.kind, number: a.number, date: showDate(a.date) } });
          }
        }
      }
      // A citation of another document held in the same file must carry that document's date.
      const own = planFile.documents.find((d, k) => k !== x.documentIndex && d.identifier === x.c.identifier);
      if (own?.date && x.c.date && own.date !== x.c.date) {
        ctx.report({ ...at(x), messageId: "ownDate", data: { identifier: x.c.identifier, a: showDate(x.c.date), b: showDate(own.date) } });
      }
    });
  },
});
