import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { resolveFileSettings } from "../../src/config/resolve.js";
import { applyBaseline, buildBaseline } from "../../src/lint/baseline.js";
import { check } from "../../src/lint/check.js";
import { applyDirectives } from "../../src/lint/directives.js";
import { lintPlanFile } from "../../src/lint/run-rules.js";
import rule from "../../src/rules/unused-suppression.js";
import { ruleTester } from "../helpers/rule-tester.js";

/**
 * A plan whose task table has an inline comment line before row 2 (line 13 is the comment,
 * line 14 row 2). Row 2's deadline is «Thường xuyên» (vague-deadline), row 3 has none
 * (missing-deadline, line 15).
 */
function plan(comment: string, after = ""): string {
  return [
    "Số: 12/KH-SYT",
    "",
    "Lai Châu, ngày 15 tháng 3 năm 2026",
    "",
    "KẾ HOẠCH",
    "",
    "Triển khai công tác chuyển đổi số năm 2026",
    "",
    "PHỤ LỤC",
    "",
    "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
    "1\tXây dựng kế hoạch chuyển đổi số\tVăn phòng Sở\t\tQuý II/2026",
    comment,
    "2\tTuyên truyền về chuyển đổi số\tVăn phòng Sở\t\tThường xuyên",
    "3\tTập huấn kỹ năng số cho công chức\tPhòng Tổ chức cán bộ\t\t",
    after,
  ].join("\n");
}

const NEXT_LINE = "<!-- plan-lint-disable-next-line vague-deadline -- việc thường xuyên theo chức năng -->";

// The rule has no check function: the suppression step reports it. The rule engine alone
// must never produce it, whatever directives the file holds.
ruleTester(rule, {
  valid: [
    { name: "a used directive", text: plan(NEXT_LINE) },
    { name: "an unused directive is not the rule engine's finding", text: plan("<!-- plan-lint-disable-next-line missing-lead-unit -->") },
    { name: "a directive naming an unknown rule", text: plan("<!-- plan-lint-disable-next-line vague-deadlines -->") },
  ],
  invalid: [],
});

/** Findings of the recommended rules for a plan text, and its directives. */
async function lintText(text: string) {
  const planFile = await extractBytes(new TextEncoder().encode(text), "ke-hoach.md");
  const { rules, settings } = resolveFileSettings(null, "ke-hoach.md");
  return { findings: lintPlanFile(planFile, rules, settings, "vi"), directives: planFile.directives ?? [] };
}

const ids = (fs: { ruleId: string; location: { line?: number } }[]) => fs.map((f) => `${f.ruleId}@${f.location.line}`).sort();

describe("unused-suppression: inline directives (applyDirectives)", () => {
  it("a disable-next-line that hides a finding is used", async () => {
    const { findings, directives } = await lintText(plan(NEXT_LINE));
    expect(ids(findings)).toEqual(["missing-deadline@15", "vague-deadline@14"]);
    const r = applyDirectives(findings, directives);
    expect(ids(r.kept)).toEqual(["missing-deadline@15"]);
    expect(r.suppressed).toBe(1);
    expect(r.problems).toEqual([]);
  });

  it("a disable-next-line for a rule that does not fire on that line is reported where it is written", async () => {
    const { findings, directives } = await lintText(plan("<!-- plan-lint-disable-next-line missing-deadline -->"));
    const r = applyDirectives(findings, directives);
    expect(ids(r.kept)).toEqual(["missing-deadline@15", "vague-deadline@14"]);
    expect(r.problems).toEqual([{ messageId: "directive", data: { kind: "disable-next-line", rules: " missing-deadline" }, location: { line: 13, column: 1 } }]);
  });

  it("disable … enable hides the rule in between only; the enable is never reported", async () => {
    const { findings, directives } = await lintText(plan("<!-- plan-lint-disable vague-deadline, missing-deadline -->", "<!-- plan-lint-enable vague-deadline, missing-deadline -->"));
    const r = applyDirectives(findings, directives);
    expect(r.kept).toEqual([]);
    expect(r.suppressed).toBe(2);
    expect(r.problems).toEqual([]);
  });

  it("a disable of every rule that hides nothing is reported", async () => {
    const clean = plan("<!-- plan-lint-disable -->").replace("Thường xuyên", "Quý III/2026").replace(/\t$/m, "\tQuý IV/2026");
    const { findings, directives } = await lintText(clean);
    expect(findings).toEqual([]);
    expect(applyDirectives(findings, directives).problems).toEqual([{ messageId: "directive", data: { kind: "disable", rules: "" }, location: { line: 13, column: 1 } }]);
  });

  it("an unknown rule id is reported, with the closest id when it looks like a typo", async () => {
    const { findings, directives } = await lintText(plan("<!-- plan-lint-disable-next-line vague-deadlines, khong-co-quy-tac -->"));
    const r = applyDirectives(findings, directives);
    expect(r.problems.map((p) => [p.messageId, p.data])).toEqual([
      ["unknownRuleNear", { kind: "disable-next-line", rule: "vague-deadlines", near: "vague-deadline" }],
      ["unknownRule", { kind: "disable-next-line", rule: "khong-co-quy-tac" }],
    ]);
    // A directive already reported as unknown is not reported a second time as unused.
    expect(r.problems).toHaveLength(2);
  });
});

describe("unused-suppression: baseline entries (applyBaseline)", () => {
  it("reports entries of checked files that no longer occur, and only those", async () => {
    const { findings } = await lintText(plan(""));
    const file = findings[0]!.file;
    const baseline = buildBaseline("plan-lint-baseline.json", findings);
    expect(baseline.files).toEqual({ [file]: { "missing-deadline": { "task:3": 1 }, "vague-deadline": { "task:2": 1 } } });
    baseline.files[file]!["vague-deadline"]!["task:7"] = 2;
    baseline.files["khac.md"] = { "missing-deadline": { "task:1": 1 } };
    const r = applyBaseline("plan-lint-baseline.json", baseline, findings, [file]);
    expect(r.kept).toEqual([]);
    expect(r.suppressed).toBe(2);
    // khac.md was not checked in this run, so its entry is not judged.
    expect(r.unused).toEqual([{ file, rule: "vague-deadline", key: "task:7", count: 2 }]);
  });
});

describe("unused-suppression through the check pipeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-lint-unused-"));
  const config = join(dir, "plan-lint.config.yaml");
  writeFileSync(config, "extends: plan-lint:recommended\n");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (name: string, text: string, opts: Parameters<typeof check>[1] = {}) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = await check([file], { config, ...opts });
    return r.results[0]!.findings.filter((f) => f.ruleId === "unused-suppression").map((f) => ({ severity: f.severity, line: f.location.line, message: f.message }));
  };

  it("is a warning at the directive's line, in Vietnamese by default and in English on request", async () => {
    const text = plan("<!-- plan-lint-disable-next-line missing-deadline -->");
    expect(await run("a.md", text)).toEqual([{ severity: "warning", line: 13, message: "Chú thích «plan-lint-disable-next-line missing-deadline» không che phát hiện nào; hãy xóa nó." }]);
    expect(await run("a.md", text, { lang: "en" })).toEqual([{ severity: "warning", line: 13, message: "The «plan-lint-disable-next-line missing-deadline» comment hides nothing; remove it." }]);
  });

  it("is silent for a used directive, and when the configuration turns the rule off", async () => {
    expect(await run("b.md", plan(NEXT_LINE))).toEqual([]);
    const off = join(dir, "off.yaml");
    writeFileSync(off, "rules:\n  unused-suppression: off\n");
    expect(await run("c.md", plan("<!-- plan-lint-disable-next-line missing-deadline -->"), { config: off })).toEqual([]);
  });

  it("reports a stale baseline entry on the file it names", async () => {
    const text = plan("");
    const baselinePath = join(dir, "plan-lint-baseline.json");
    writeFileSync(join(dir, "d.md"), text);
    const written = await check([join(dir, "d.md")], { config, baseline: baselinePath, updateBaseline: true });
    const baseline = written.writtenBaseline!;
    baseline.files["d.md"]!["vague-deadline"]!["task:9"] = 1;
    writeFileSync(baselinePath, JSON.stringify(baseline));
    expect(await run("d.md", text, { baseline: baselinePath })).toEqual([
      { severity: "warning", line: undefined, message: "Baseline còn 1 mục «vague-deadline» 9 không còn xảy ra; chạy lại với --update-baseline để dọn." },
    ]);
  });
});
