import type { Directive } from "../model/plan-file.js";
import type { SourceLine } from "./lines.js";

const DIRECTIVE = /^\s*<!--\s*plan-lint-(disable-next-line|disable|enable)\b(.*?)-->\s*$/u;
const COMMENT = /^\s*<!--.*-->\s*$/u;

/**
 * Takes inline suppression comments out of the lines (they are not document text) and
 * returns them. Other whole-line HTML comments of Markdown sources are dropped as well.
 */
export function takeDirectives(lines: SourceLine[]): Directive[] {
  const out: Directive[] = [];
  lines.forEach((l, i) => {
    const m = DIRECTIVE.exec(l.norm);
    if (!m && COMMENT.test(l.norm)) blank(l);
    if (!m) return;
    const [spec = "", reason] = m[2]!.split(/\s--\s|\s--$/u).map((s) => s.trim());
    const d: Directive = {
      kind: m[1] as Directive["kind"],
      rules: spec.split(/[\s,]+/u).filter((r) => r !== ""),
      reason: reason ? reason : null,
      location: { line: l.n, column: 1 },
    };
    if (d.kind === "disable-next-line") {
      const target = lines.slice(i + 1).find((x) => x.norm.trim() !== "" && !COMMENT.test(x.norm));
      if (target) d.targetLine = target.n;
    }
    blank(l);
    out.push(d);
  });
  return out;
}

function blank(l: SourceLine): void {
  l.norm = "";
  l.text = "";
  l.marker = null;
  l.runs = [];
}
