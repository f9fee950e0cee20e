import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/lint/check.js";
import type { Finding } from "../../src/model/finding.js";
import { CheckResult } from "../../src/model/finding.js";
import { FORMATTERS } from "../../src/report/index.js";
import { formatLocation } from "../../src/report/location.js";
import type { ReportInput } from "../../src/report/types.js";
import { RULES } from "../../src/rules/index.js";
import { ROOT } from "../helpers/fixtures.js";
import { reportInputFor } from "../helpers/report-input.js";

const seeds = await reportInputFor(["fixtures/plans"]);

describe("formatter output over the seed plans (snapshots reviewed by hand)", () => {
  it("stylish", async () => {
    await expect(FORMATTERS.stylish!(seeds)).toMatchFileSnapshot("__snapshots__/stylish.txt");
  });
  it("stylish in English", async () => {
    await expect(FORMATTERS.stylish!(await reportInputFor(["fixtures/plans"], "en"))).toMatchFileSnapshot("__snapshots__/stylish.en.txt");
  });
  it("compact", async () => {
    await expect(FORMATTERS.compact!(seeds)).toMatchFileSnapshot("__snapshots__/compact.txt");
  });
  it("github", async () => {
    await expect(FORMATTERS.github!(seeds)).toMatchFileSnapshot("__snapshots__/github.txt");
  });
  it("junit", async () => {
    await expect(FORMATTERS.junit!(seeds)).toMatchFileSnapshot("__snapshots__/junit.xml");
  });
});

describe("json", () => {
  it("validates against schemas/check-result.schema.json and the zod model", () => {
    const out = JSON.parse(FORMATTERS.json!(seeds));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}/schemas/check-result.schema.json`, "utf8")));
    expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(() => CheckResult.parse(out)).not.toThrow();
    expect(out.schemaVersion).toBe(1);
    expect(out.tool).toEqual({ name: "plan-lint", version: "0.0.0-test" });
    const all = seeds.results.flatMap((r) => r.findings);
    expect(out.summary).toEqual({
      files: seeds.results.length,
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      infos: all.filter((f) => f.severity === "info").length,
      suppressed: 0,
    });
  });
});

describe("sarif", () => {
  const log = JSON.parse(FORMATTERS.sarif!(seeds));

  it("validates against the SARIF 2.1.0 JSON schema", () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json`, "utf8"));
    // The official schema has a pattern that is invalid under the u flag; ajv must compile it without.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("declares every rule with its help URI, and points every result at its rule", () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of rules) expect(r.helpUri).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
    for (const res of log.runs[0].results) expect(rules[res.ruleIndex].id).toBe(res.ruleId);
    expect(log.runs[0].results.length).toBe(seeds.results.flatMap((r) => r.findings).length);
    expect(log.runs[0].columnKind).toBe("utf16CodeUnits");
  });

  it("uses text regions for text sources and logical locations for DOCX/PDF", () => {
    const out = JSON.parse(FORMATTERS.sarif!(synthetic([finding({ location: { page: 3, table: 0, row: 6 } }), finding({ location: { line: 12, column: 4 } })])));
    const [pdf, text] = out.runs[0].results;
    expect(pdf.locations[0].logicalLocations[0].name).toBe("page 3, table 1, row 7");
    expect(pdf.locations[0].physicalLocation.region).toBeUndefined();
    expect(text.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 4 });
  });
});

describe("github annotations", () => {
  it("escapes data and properties", () => {
    const out = FORMATTERS.github!(synthetic([finding({ message: "100% sai\ndòng hai", file: "a,b:c.txt", location: { line: 3, column: 2 } })]));
    expect(out).toBe("::error file=a%2Cb%3Ac.txt,line=3,col=2,title=missing-lead-unit::100%25 sai%0Adòng hai\n");
  });

  it("puts errors first and keeps within GitHub's 10-per-kind cap, counting the rest", () => {
    const many = [
      ...Array.from({ length: 3 }, (_, i) => finding({ severity: "warning", location: { line: i + 1 } })),
      ...Array.from({ length: 14 }, (_, i) => finding({ severity: "error", location: { line: 100 + i } })),
    ];
    const lines = FORMATTERS.github!(synthetic(many)).trim().split("\n");
    expect(lines.slice(0, 10).every((l) => l.startsWith("::error "))).toBe(true);
    expect(lines.slice(10, 13).every((l) => l.startsWith("::warning "))).toBe(true);
    expect(lines).toHaveLength(14);
    expect(lines[13]).toMatch(/^::notice::plan-lint: còn 4 lỗi, 0 cảnh báo, 0 thông tin/);
  });

  it("drops the column on a multi-line span and shows DOCX/PDF places in the message", () => {
    const out = FORMATTERS.github!(synthetic([finding({ location: { line: 3, column: 2, endLine: 5 } }), finding({ location: { table: 1, row: 4, cell: 2 } })]));
    expect(out).toContain("line=3,endLine=5,title=");
    expect(out).toContain("::[bảng 2, dòng 5, ô 3] ");
  });
});

describe("stylish details", () => {
  it("links rule ids to their docs when the terminal supports it", () => {
    const out = FORMATTERS.stylish!({ ...synthetic([finding({})]), hyperlinks: true });
    expect(out).toContain("\u001B]8;;https://github.com/plan-lint/plan-lint/blob/main/docs/rules/missing-lead-unit.md\u0007missing-lead-unit\u001B]8;;\u0007");
  });
  it("says so when nothing is found", () => {
    expect(FORMATTERS.stylish!(synthetic([]))).toContain("Không phát hiện vấn đề nào trong 1 tệp.");
  });
});

describe("formatLocation", () => {
  it.each([
    [{ line: 12, column: 3 }, "vi", "12:3"],
    [{ paragraph: 13 }, "vi", "đoạn 14"],
    [{ table: 0, row: 6, cell: 2 }, "vi", "bảng 1, dòng 7, ô 3"],
    [{ page: 3, table: 0, row: 6 }, "vi", "trang 3, bảng 1, dòng 7"],
    [{ page: 3, table: 0, row: 6 }, "en", "page 3, table 1, row 7"],
  ] as const)("%j (%s) → %s", (loc, lang, text) => {
    expect(formatLocation(loc, lang)).toBe(text);
  });
});

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: "missing-lead-unit",
    severity: "error",
    message: "Nhiệm vụ 1 chưa có cơ quan, đơn vị chủ trì.",
    messageId: "missing",
    file: "plan.txt",
    path: [],
    location: { line: 1 },
    docsUrl: "https://github.com/plan-lint/plan-lint/blob/main/docs/rules/missing-lead-unit.md",
    fingerprint: "0123456789abcdef",
    ...over,
  };
}

function synthetic(findings: Finding[]): ReportInput {
  const results: FileResult[] = [{ file: "plan.txt", format: "text", planFile: null, findings }];
  return { results, lang: "vi", toolVersion: "0.0.0-test", rules: RULES, suppressed: 0, color: false, hyperlinks: false, cwd: ROOT };
}
