import { formatLocation, SEVERITY_WORDS } from "./location.js";
import type { Formatter } from "./types.js";

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** JUnit XML: one suite per file, one failing test case per finding (errors and warnings). */
export const junit: Formatter = (input) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of input.results) {
    const cases = r.findings.map((f) => {
      const where = formatLocation(f.location, input.lang);
      const name = `${f.ruleId}${where ? ` (${where})` : ""}`;
      const body = `${SEVERITY_WORDS[input.lang][f.severity]}: ${f.message}${f.taskId ? ` [${f.taskId}]` : ""}`;
      const failing = f.severity !== "info";
      return `    <testcase classname="${xml(r.file)}" name="${xml(name)}">${failing ? `\n      <failure type="${f.severity}" message="${xml(f.message)}">${xml(body)}</failure>\n    ` : ""}</testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(r.file)}" name="plan-lint"></testcase>`);
    const fails = r.findings.filter((f) => f.severity !== "info").length;
    tests += cases.length;
    failures += fails;
    suites.push(`  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${fails}" errors="0">\n${cases.join("\n")}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plan-lint" tests="${tests}" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
};
