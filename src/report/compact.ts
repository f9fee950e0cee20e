import { formatLocation } from "./location.js";
import type { Formatter } from "./types.js";

/** `file:line:col: severity message [rule]` — one line per finding, for editors and problem matchers. */
export const compact: Formatter = (input) => {
  const lines: string[] = [];
  for (const r of input.results) {
    for (const f of r.findings) {
      const l = f.location;
      const where = l.line !== undefined && l.page === undefined && l.table === undefined ? `${l.line}:${l.column ?? 1}` : `${formatLocation(l, input.lang) || "0"}`;
      lines.push(`${r.file}:${where}: ${f.severity} ${f.message} [${f.ruleId}]`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
