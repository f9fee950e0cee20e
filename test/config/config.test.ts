import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, findConfigFile, loadConfig } from "../../src/config/load.js";
import { check } from "../../src/lint/check.js";
import { runCli } from "../helpers/cli.js";

/** A draft plan: blank number, a vague deadline, a collective lead. */
const PLAN = [
  "Số: /KH-SYT",
  "",
  "Lai Châu, ngày 10 tháng 3 năm 2026",
  "",
  "KẾ HOẠCH",
  "",
  "Triển khai công tác năm 2026",
  "",
  "PHỤ LỤC",
  "",
  "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
  "1\tRà soát thủ tục hành chính nội bộ\tVăn phòng Sở\tPhòng Tổ chức cán bộ\tThường xuyên",
  "2\tCập nhật cơ sở dữ liệu cán bộ\tPhòng TCCB\tVăn phòng Sở\tQuý II/2026",
].join("\n");

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "pl-config-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, ".."), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

const rulesOf = async (path: string, opts = {}) => (await check([path], opts)).results.flatMap((r) => r.findings.map((f) => `${f.ruleId}:${f.severity}`));

describe("configuration", () => {
  it("uses plan-lint:recommended without a config", async () => {
    const root = tree({ "plan.txt": PLAN });
    expect(findConfigFile(join(root, "plan.txt"))).toBe(null);
    expect(await rulesOf(join(root, "plan.txt"))).toEqual(["missing-document-number:info", "vague-deadline:warning"]);
  });

  it("applies the nearest config upward: severities, off, options", async () => {
    const root = tree({
      "plan-lint.config.yaml": "rules:\n  vague-deadline: off\n",
      "sub/plan-lint.config.yaml": "rules:\n  missing-document-number: error\n  vague-deadline: { severity: error, options: { kinds: [open-ended] } }\n",
      "a/plan.txt": PLAN,
      "sub/deeper/plan.txt": PLAN,
    });
    expect(await rulesOf(join(root, "a/plan.txt"))).toEqual(["missing-document-number:info"]);
    expect(await rulesOf(join(root, "sub/deeper/plan.txt"))).toEqual(["missing-document-number:error", "vague-deadline:error"]);
  });

  it("extends another file and plan-lint:all; later settings win", async () => {
    const root = tree({
      "base.yaml": "extends: plan-lint:all\nrules:\n  vague-deadline: info\n",
      "plan-lint.config.yaml": "extends: ./base.yaml\nrules:\n  missing-document-number: warning\n",
      "plan.txt": PLAN,
    });
    expect(await rulesOf(join(root, "plan.txt"))).toEqual(["missing-document-number:warning", "vague-deadline:info"]);
  });

  it("overrides by glob set the stage (drafts vs issued documents)", async () => {
    const root = tree({
      "plan-lint.config.yaml": 'overrides:\n  - files: ["da-ban-hanh/**"]\n    stage: issued\n',
      "du-thao/plan.txt": PLAN,
      "da-ban-hanh/plan.txt": PLAN,
    });
    expect(await rulesOf(join(root, "du-thao/plan.txt"))).toContain("missing-document-number:info");
    expect(await rulesOf(join(root, "da-ban-hanh/plan.txt"))).toContain("missing-document-number:error");
    // The command line wins over the config.
    expect(await rulesOf(join(root, "da-ban-hanh/plan.txt"), { stage: "draft" })).toContain("missing-document-number:info");
  });

  it("ignores files with .gitignore patterns", async () => {
    const root = tree({ "plan-lint.config.yaml": "ignores:\n  - luu-tru/\n", "luu-tru/old.txt": PLAN, "plan.txt": PLAN });
    const run = await check([root]);
    expect(run.results.map((r) => r.file.slice(root.length + 1))).toEqual(["plan.txt"]);
  });

  it("a unit list switches unknown-unit on and matches aliases", async () => {
    const root = tree({
      "plan-lint.config.yaml": "units:\n  - Văn phòng Sở\n  - { name: Phòng Tổ chức cán bộ, aliases: [Phòng TCCB] }\nrules:\n  vague-deadline: off\n  missing-document-number: off\n",
      "plan.txt": PLAN.replace("Phòng TCCB", "Phòng Tổ chức cán bo"),
    });
    const run = await check([join(root, "plan.txt")]);
    const f = run.results[0]!.findings;
    expect(f.map((x) => [x.ruleId, x.messageId, x.taskId])).toEqual([["unknown-unit", "unknownNear", "2"]]);
    expect(f[0]!.message).toContain("có phải «Phòng Tổ chức cán bộ»");
  });
});

describe("configuration errors name the file, line and column", () => {
  const err = (yaml: string, extra: Record<string, string> = {}): ConfigError => {
    const root = tree({ "plan-lint.config.yaml": yaml, ...extra });
    try {
      loadConfig(join(root, "plan-lint.config.yaml"));
    } catch (e) {
      return e as ConfigError;
    }
    throw new Error("expected a ConfigError");
  };

  it("suggests the nearest rule id for a typo", () => {
    const e = err("rules:\n  vague-deadlines: warning\n");
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.details.vi).toContain("không có quy tắc «vague-deadlines» — có phải «vague-deadline»?");
  });

  it("rejects a bad severity at its value", () => {
    const e = err("rules:\n  vague-deadline: warn\n");
    expect([e.line, e.column]).toEqual([2, 19]);
  });

  it("rejects a bad option value", () => {
    const e = err("rules:\n  duplicate-task:\n    severity: warning\n    options: { threshold: 2 }\n");
    expect(e.line).toBe(4);
    expect(e.details.vi).toMatch(/tùy chọn không hợp lệ/);
  });

  it("rejects unknown keys and bad stages", () => {
    expect(err("stages: issued\n").details.vi).toContain("khóa không hợp lệ «stages»");
    const e = err("stage: final\n");
    expect([e.line, e.column]).toEqual([1, 8]);
  });

  it("reports YAML syntax errors", () => {
    const e = err("rules:\n  vague-deadline: [\n");
    expect(e.details.vi).toMatch(/YAML không hợp lệ/);
  });

  it("reports a missing extends file and an extends cycle", () => {
    expect(err("extends: ./nope.yaml\n").details.vi).toContain("không tìm thấy tệp «./nope.yaml»");
    expect(err("extends: ./b.yaml\n", { "b.yaml": "extends: ./plan-lint.config.yaml\n" }).details.vi).toMatch(/vòng lặp/);
    expect(err("extends: plan-lint:strict\n").details.vi).toContain("không có bộ cấu hình «plan-lint:strict»");
  });

  it("refuses two config files in one folder", () => {
    const root = tree({ "plan-lint.config.yaml": "", "plan-lint.config.yml": "", "plan.txt": PLAN });
    expect(() => findConfigFile(join(root, "plan.txt"))).toThrow(/hai tệp cấu hình/);
  });

  it("exits 2 from the CLI with file:line:col", () => {
    const root = tree({ "plan-lint.config.yaml": "rules:\n  missing-lead: error\n", "plan.txt": PLAN });
    const r = runCli(["check", "plan.txt"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("plan-lint: plan-lint.config.yaml:2:3: không có quy tắc «missing-lead» — có phải «missing-lead-unit»? (xem `plan-lint rules`)");
  });
});
