import { Chalk } from "chalk";
import Table from "cli-table3";
import { formatLocation, SEVERITY_WORDS } from "./location.js";
import { byRule, totals } from "./summary.js";
import type { Formatter } from "./types.js";

const TEXT = {
  vi: {
    problems: (n: number) => `${n} vấn đề`,
    detail: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    clean: (files: number) => `✔ Không phát hiện vấn đề nào trong ${files} tệp.`,
    suppressed: (n: number) => `(${n} phát hiện đã được bỏ qua theo chú thích hoặc baseline)`,
    rule: "Quy tắc",
    total: "Tổng",
  },
  en: {
    problems: (n: number) => `${n} problem${n === 1 ? "" : "s"}`,
    detail: (e: number, w: number, i: number) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info`,
    clean: (files: number) => `✔ No problems found in ${files} file${files === 1 ? "" : "s"}.`,
    suppressed: (n: number) => `(${n} finding${n === 1 ? "" : "s"} suppressed by comments or the baseline)`,
    rule: "Rule",
    total: "Total",
  },
};

const link = (url: string, text: string) => `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;

/** Human output, grouped by file, with a per-rule summary table. */
export const stylish: Formatter = (input) => {
  const c = new Chalk({ level: input.color ? 1 : 0 });
  const t = TEXT[input.lang];
  const sev = SEVERITY_WORDS[input.lang];
  const out: string[] = [];
  for (const r of input.results) {
    if (r.findings.length === 0) continue;
    out.push("", c.underline(r.file));
    const rows = r.findings.map((f) => ({ loc: formatLocation(f.location, input.lang), f }));
    const locWidth = Math.max(...rows.map((x) => x.loc.length));
    const sevWidth = Math.max(...Object.values(sev).map((s) => s.length));
    for (const { loc, f } of rows) {
      const color = f.severity === "error" ? c.red : f.severity === "warning" ? c.yellow : c.blue;
      const rule = input.hyperlinks ? link(f.docsUrl, f.ruleId) : f.ruleId;
      out.push(`  ${c.dim(loc.padEnd(locWidth))}  ${color(sev[f.severity].padEnd(sevWidth))}  ${f.message}  ${c.dim(rule)}`);
    }
  }
  const n = totals(input.results);
  const count = n.errors + n.warnings + n.infos;
  out.push("");
  if (count === 0) {
    out.push(c.green(t.clean(n.files)));
  } else {
    const mark = n.errors > 0 ? c.red.bold("✖") : c.yellow.bold("⚠");
    out.push(`${mark} ${c.bold(t.problems(count))} (${t.detail(n.errors, n.warnings, n.infos)})`);
    const table = new Table({
      head: [t.rule, sev.error, sev.warning, sev.info, t.total],
      style: { head: input.color ? ["cyan"] : [], border: input.color ? ["grey"] : [] },
      colAligns: ["left", "right", "right", "right", "right"],
      chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    });
    for (const r of byRule(input.results.flatMap((x) => x.findings))) table.push([r.ruleId, r.error || "", r.warning || "", r.info || "", r.total]);
    out.push(table.toString());
  }
  if (input.suppressed > 0) out.push(c.dim(t.suppressed(input.suppressed)));
  return out.join("\n") + "\n";
};
