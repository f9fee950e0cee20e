import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { lintCorpus, lintPlanFile } from "../../src/lint/run-rules.js";
import type { Finding } from "../../src/model/finding.js";
import type { PlanFile } from "../../src/model/plan-file.js";
import type { AnyRule, Lang, Settings } from "../../src/rules/types.js";

/** A case is plan text (run through ingest + extract, like a real file) or a ready PlanFile. */
export interface RuleCase {
  name?: string;
  text?: string;
  /** Several files for project-scope rules. */
  files?: Array<{ path: string; text: string }>;
  planFile?: PlanFile;
  options?: Record<string, unknown>;
  settings?: Partial<Settings>;
  lang?: Lang;
}

export interface ExpectedError {
  messageId: string;
  taskId?: string;
  line?: number;
  /** Substring the rendered message must contain. */
  message?: string;
  file?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

/** Runs one rule on a case with severity error; returns its findings in document order. */
export async function runRule(rule: AnyRule, c: RuleCase): Promise<Finding[]> {
  const options = rule.meta.options ? rule.meta.options.parse(c.options ?? {}) : {};
  const settings: Settings = { stage: "draft", units: [], ...c.settings };
  const active = [{ rule, severity: "error" as const, options }];
  const lang = c.lang ?? "vi";
  const files: PlanFile[] = [];
  if (c.planFile) files.push(c.planFile);
  if (c.text !== undefined) files.push(await extractBytes(new TextEncoder().encode(c.text), "case.txt"));
  for (const f of c.files ?? []) files.push(await extractBytes(new TextEncoder().encode(f.text), f.path));
  const findings = files.flatMap((pf) => lintPlanFile(pf, active, settings, lang));
  if (rule.meta.scope === "project") findings.push(...lintCorpus({ files }, active, settings, lang));
  return findings;
}

/**
 * ESLint-style rule tester: valid cases must give no finding from the rule; invalid cases
 * must give exactly the listed findings (messageId, and task id, line or message text when
 * given), in order. Unknown messageIds and options the schema rejects fail the case.
 */
export function ruleTester(rule: AnyRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      it(`valid: ${c.name ?? i + 1}`, async () => {
        const found = await runRule(rule, c);
        expect(found.map((f) => `${f.messageId} ${f.taskId ?? ""} ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? i + 1}`, async () => {
        expect(c.errors.length, "an invalid case lists at least one error").toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
        const found = await runRule(rule, c);
        expect(found.map((f) => f.ruleId)).toEqual(c.errors.map(() => rule.meta.id));
        const actual = found.map((f, k) => {
          const e = c.errors[k]!;
          return {
            messageId: f.messageId,
            ...(e.taskId !== undefined ? { taskId: f.taskId } : {}),
            ...(e.line !== undefined ? { line: f.location.line } : {}),
            ...(e.file !== undefined ? { file: f.file } : {}),
            ...(e.message !== undefined ? { message: f.message.includes(e.message) ? e.message : f.message } : {}),
          };
        });
        expect(actual).toEqual(c.errors);
      });
    });
  });
}

/** A small plan text with a task table, for rule cases. Rows: [stt, text, lead, coordinators, deadline]. */
export function planWithTable(rows: string[][], header: { number?: string; date?: string; title?: string; kind?: string } = {}): string {
  const lines = [
    header.number ?? "Số: 12/KH-SYT",
    "",
    header.date ?? "Lai Châu, ngày 15 tháng 3 năm 2026",
    "",
    header.kind ?? "KẾ HOẠCH",
    "",
    header.title ?? "Triển khai công tác chuyển đổi số năm 2026",
    "",
    "PHỤ LỤC",
    "",
    "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
    ...rows.map((r) => r.join("\t")),
  ];
  return lines.join("\n") + "\n";
}
