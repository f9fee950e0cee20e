import { implementationCycles } from "../corpus/cycles.js";
import { resolveCorpus } from "../corpus/resolve.js";
import { atCitation, documentName, others } from "./project-helpers.js";
import { defineRule } from "./types.js";

export default defineRule({
  meta: {
    id: "reference-cycle",
    type: "problem",
    scope: "project",
    recommended: "warning",
    docs: {
      description: {
        vi: "Các văn bản không thực hiện lẫn nhau (vòng «Thực hiện …/Căn cứ …»)",
        en: "Documents do not implement each other (a loop of «Thực hiện …/Căn cứ …» citations)",
      },
    },
    messages: {
      cycle: {
        vi: "Các văn bản thực hiện lẫn nhau: {{chain}}; một văn bản chỉ thực hiện văn bản ban hành trước nó — kiểm tra số, ký hiệu ở phần «Thực hiện …/Căn cứ …» của các văn bản này.",
        en: "These documents implement each other: {{chain}}; a document can only implement one issued before it — check the numbers in their «Thực hiện …/Căn cứ …» openings.",
      },
    },
  },
  checkProject(corpus, ctx) {
    for (const cycle of implementationCycles(resolveCorpus(corpus, ctx.settings.units).resolutions)) {
      const names = cycle.documents.map((d) => `${documentName(d)} [${d.file}]`);
      const first = cycle.links[0]!;
      ctx.report({
        ...atCitation(first),
        messageId: "cycle",
        data: { chain: [...names, documentName(cycle.documents[0]!)].join(" → ") },
        relatedFiles: others(first.from.file, cycle.documents.map((d) => d.file)),
      });
    }
  },
});
