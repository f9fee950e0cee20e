import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/config/load.js";
import { RULE_IDS } from "../../src/rules/index.js";
import { runCli } from "../helpers/cli.js";
import { PLANS, SEED } from "../helpers/fixtures.js";

const CLEAN = `${PLANS}/syt-mau-ke-hoach-chuyen-doi-so-2026.md`;

/** A plan whose only problem is one vague deadline (a warning). */
const WARN_ONLY = [
  "Số: 30/KH-SYT",
  "",
  "Lai Châu, ngày 10 tháng 3 năm 2026",
  "",
  "KẾ HOẠCH",
  "",
  "Kiểm tra công vụ năm 2026",
  "",
  "PHỤ LỤC",
  "",
  "(Kèm theo Kế hoạch số 30/KH-SYT ngày 10/3/2026 của Sở Y tế)",
  "",
  "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
  "|---|---|---|---|---|",
  "| 1 | Kiểm tra công vụ tại các đơn vị trực thuộc | Văn phòng Sở | Phòng Tổ chức cán bộ | Thường xuyên |",
  "| 2 | Tổng hợp kết quả kiểm tra công vụ | Văn phòng Sở | Phòng Tổ chức cán bộ | Quý IV/2026 |",
].join("\n");

const temp = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), "pl-check-"));
  for (const [p, t] of Object.entries(files)) writeFileSync(join(dir, p), t);
  return dir;
};

describe("plan-lint check: exit codes", () => {
  it("exits 1 on the seed plans (they have errors), with the report on stdout", () => {
    const r = runCli(["check", PLANS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("missing-lead-unit");
    expect(r.stdout).toMatch(/✖ \d+ vấn đề \(\d+ lỗi, \d+ cảnh báo, \d+ thông tin\)/);
  });

  it("exits 0 on a plan written to be clean, with no findings", () => {
    const r = runCli(["check", CLEAN, "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].findings).toEqual([]);
  });

  it("warnings pass unless --max-warnings is exceeded", () => {
    const dir = temp({ "plan.md": WARN_ONLY });
    expect(runCli(["check", "plan.md"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "plan.md", "--max-warnings", "1"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "plan.md", "--max-warnings", "0"], { cwd: dir }).code).toBe(1);
  });

  it("--quiet shows errors only", () => {
    const r = runCli(["check", SEED.dangUy, "-f", "json", "--quiet"]);
    const sev = new Set(JSON.parse(r.stdout).results[0].findings.map((f: { severity: string }) => f.severity));
    expect([...sev]).toEqual(["error"]);
  });

  it("-o writes the report to a file and never changes the exit code", () => {
    const dir = temp({});
    const out = join(dir, "report.txt");
    const r = runCli(["check", SEED.dangUy, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain("appendix-header-mismatch");
  });

  it("several -f write several reports in one run", () => {
    const dir = temp({});
    const r = runCli(["check", SEED.thuanAn, "-f", "compact", "-f", `json:${join(dir, "r.json")}`, "-f", `sarif:${join(dir, "r.sarif")}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ttyt-thuan-an-bc-660-va-kh-6757\.txt:98:1: warning /);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).schemaVersion).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "r.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("exits 2 for usage errors", () => {
    expect(runCli(["check", SEED.dangUy, "-f", "xml"]).code).toBe(2);
    expect(runCli(["check"]).code).toBe(2);
    expect(runCli(["check", SEED.dangUy, "--stage", "final"]).code).toBe(2);
    expect(runCli(["check", SEED.dangUy, "--update-baseline"]).stderr).toMatch(/--update-baseline cần --baseline/);
  });

  it("usage and config errors are one line in the language of the run", () => {
    const vi = runCli(["check", SEED.dangUy, "-f", "xml"]);
    expect(vi.stderr).toBe("plan-lint: định dạng «xml» không có (có: stylish, compact, json, sarif, github, junit, html)\n");
    const en = runCli(["check", SEED.dangUy, "-f", "xml", "--lang", "en"]);
    expect(en).toMatchObject({ code: 2, stderr: 'plan-lint: no format "xml" (there are: stylish, compact, json, sarif, github, junit, html)\n' });
    expect(runCli(["--lang", "en", "check", SEED.dangUy, "--update-baseline"]).stderr).toBe("plan-lint: --update-baseline needs --baseline <file>\n");
    expect(runCli(["explain", "vague-deadlines", "--lang", "en"]).stderr).toMatch(/^plan-lint: no rule "vague-deadlines" — did you mean "vague-deadline"\?/);
    const dir = mkdtempSync(join(tmpdir(), "pl-cfg-"));
    writeFileSync(join(dir, "plan-lint.config.yaml"), "rules:\n  vague-deadlines: warning\n");
    writeFileSync(join(dir, "plan.txt"), "KẾ HOẠCH\n");
    const cfgEn = runCli(["check", join(dir, "plan.txt"), "--lang", "en"]);
    expect(cfgEn.code).toBe(2);
    expect(cfgEn.stderr).toMatch(/plan-lint\.config\.yaml:2:3: no rule "vague-deadlines" — did you mean "vague-deadline"\?/);
    expect(runCli(["check", join(dir, "plan.txt")]).stderr).toMatch(/plan-lint\.config\.yaml:2:3: không có quy tắc «vague-deadlines» — có phải «vague-deadline»\?/);
  });

  it("an unreadable path is an error finding, the other files still run", () => {
    const r = runCli(["check", "no/such/plan.txt", CLEAN, "-f", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string; findings: Array<{ ruleId: string; message: string }> }) => [x.file, x.findings.map((f) => f.ruleId)])).toEqual([
      ["no/such/plan.txt", ["unreadable-input"]],
      [CLEAN, []],
    ]);
    expect(out.results[0].findings[0].message).toBe("Không đọc được tệp: không tìm thấy tệp.");
  });

  it("speaks English with --lang en", () => {
    const r = runCli(["check", SEED.thuanAn, "--lang", "en"]);
    expect(r.stdout).toContain("Task II.2 names only executing units");
    expect(r.stdout).toMatch(/✖ \d+ problems/);
  });
});

describe("suppressions", () => {
  it("honours inline directives and reports unused ones", () => {
    const lines = WARN_ONLY.split("\n");
    const row1 = lines.findIndex((l) => l.startsWith("| 1 |"));
    lines.splice(row1, 0, "<!-- plan-lint-disable-next-line vague-deadline -- kiểm tra thường xuyên theo chức năng -->");
    lines.push("", "<!-- plan-lint-disable-next-line missing-deadline -->", "Trên đây là Kế hoạch kiểm tra công vụ.");
    const dir = temp({ "plan.md": lines.join("\n") });
    const out = JSON.parse(runCli(["check", "plan.md", "-f", "json"], { cwd: dir }).stdout);
    expect(out.results[0].findings.map((f: { ruleId: string; location: { line: number } }) => [f.ruleId, f.location.line])).toEqual([["unused-suppression", lines.length - 1]]);
    expect(out.summary.suppressed).toBe(1);
  });

  it("a baseline keeps old findings quiet, reports new ones and prunes fixed ones", () => {
    const dir = temp({ "plan.md": WARN_ONLY });
    const base = ["check", "plan.md", "--baseline", "baseline.json"];
    expect(runCli([...base, "--update-baseline"], { cwd: dir }).code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, "baseline.json"), "utf8"));
    expect(baseline).toEqual({ schemaVersion: 1, files: { "plan.md": { "vague-deadline": { "task:1": 1 } } } });
    expect(runCli([...base, "--max-warnings", "0"], { cwd: dir }).code).toBe(0);

    // A new problem is reported; the baselined one stays hidden.
    writeFileSync(join(dir, "plan.md"), WARN_ONLY.replace("| Quý IV/2026 |", "| Khi có yêu cầu |"));
    let out = JSON.parse(runCli([...base, "-f", "json"], { cwd: dir }).stdout);
    expect(out.results[0].findings.map((f: { ruleId: string; taskId: string }) => [f.ruleId, f.taskId])).toEqual([["vague-deadline", "2"]]);

    // The old problem fixed: its entry is reported as unused.
    writeFileSync(join(dir, "plan.md"), WARN_ONLY.replace("| Thường xuyên |", "| Quý III/2026 |"));
    out = JSON.parse(runCli([...base, "-f", "json"], { cwd: dir }).stdout);
    expect(out.results[0].findings.map((f: { ruleId: string; messageId: string }) => [f.ruleId, f.messageId])).toEqual([["unused-suppression", "baseline"]]);
  });
});

describe("plan-lint rules, explain, init, schema", () => {
  it("lists every rule", () => {
    const r = runCli(["rules"]);
    expect(r.code).toBe(0);
    for (const id of RULE_IDS) expect(r.stdout).toContain(id);
  });

  it("explains a rule, and suggests one for a typo", () => {
    expect(runCli(["explain", "missing-lead-unit"]).stdout).toContain("Kết luận 226-KL/TW");
    const bad = runCli(["explain", "missing-lead"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("có phải «missing-lead-unit»?");
  });

  it("writes a starter config that loads, and never overwrites it", () => {
    const dir = temp({});
    expect(runCli(["init"], { cwd: dir }).code).toBe(0);
    const path = join(dir, "plan-lint.config.yaml");
    expect(existsSync(path)).toBe(true);
    expect(() => loadConfig(path)).not.toThrow();
    expect(parse(readFileSync(path, "utf8")).extends).toBe("plan-lint:recommended");
    expect(runCli(["init"], { cwd: dir }).code).toBe(2);
  });

  it("prints the three schemas", () => {
    for (const name of ["plan-file", "check-result", "config"]) expect(runCli(["schema", name]).code).toBe(0);
    expect(runCli(["schema", "nope"]).code).toBe(2);
  });
});
