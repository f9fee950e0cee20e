import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeRulesTable, updateRuleDoc } from "../../src/docs/rule-docs.js";
import { RULES } from "../../src/rules/index.js";
import { ROOT } from "../helpers/fixtures.js";

const SECTIONS = ["## Quy tắc kiểm tra gì / What it checks", "## Vì sao / Why", "## Ví dụ / Examples", "## Tùy chọn / Options", "## Khi nào tắt / When not to use it"];

/** The quality gate every rule passes (after ESLint's checkRuleFiles). */
describe.each(RULES.map((r) => [r.meta.id, r] as const))("rule %s", (id, rule) => {
  it("has a kebab-case id, a description and messages in Vietnamese and English", () => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.meta.docs.description.vi.trim()).not.toBe("");
    expect(rule.meta.docs.description.en.trim()).not.toBe("");
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const [messageId, m] of Object.entries(rule.meta.messages)) {
      expect(m.vi.trim(), `${messageId}.vi`).not.toBe("");
      expect(m.en.trim(), `${messageId}.en`).not.toBe("");
      // Both languages use the same placeholders.
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort();
      expect(names(m.en), `${messageId} placeholders`).toEqual(names(m.vi));
    }
  });

  it("parses its default options", () => {
    if (rule.meta.options) expect(() => rule.meta.options!.parse({})).not.toThrow();
  });

  it("has a test file using the RuleTester", () => {
    const path = `${ROOT}/test/rules/${id}.test.ts`;
    expect(existsSync(path), path).toBe(true);
    expect(readFileSync(path, "utf8")).toMatch(/ruleTester\(/);
  });

  it("has a documentation page with every section written and the generated parts current", () => {
    const path = `${ROOT}/docs/rules/${id}.md`;
    expect(existsSync(path), path).toBe(true);
    const page = readFileSync(path, "utf8");
    expect(updateRuleDoc(rule, page), "run `npm run docs`").toBe(page);
    for (const s of SECTIONS) expect(page).toContain(s);
    // Each section has prose of its own, not only a heading.
    const parts = page.split(/^## /m).slice(1);
    for (const part of parts) expect(part.split("\n").slice(1).join("\n").trim().length, part.split("\n")[0]).toBeGreaterThan(20);
  });
});

describe("README", () => {
  it("has the current rules table (run `npm run docs`)", () => {
    expect(readFileSync(`${ROOT}/README.md`, "utf8")).toContain(readmeRulesTable());
  });
});
