import { mkdtempSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { runCli } from "../helpers/cli.js";
import { SEED } from "../helpers/fixtures.js";

describe("plan-lint extract (built binary)", () => {
  it("prints YAML for one file and exits 0", () => {
    const r = runCli(["extract", SEED.dangUy]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const pf = parse(r.stdout);
    expect(pf.schemaVersion).toBe(1);
    expect(pf.documents[0].identifier).toBe("104-KH/ĐU");
  });

  it("prints one JSON array for several files and a YAML stream in YAML", () => {
    const json = runCli(["extract", SEED.dangUy, SEED.quangNgai, "-f", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((p: { source: { path: string } }) => p.source.path)).toEqual([SEED.dangUy, SEED.quangNgai]);
    const yaml = runCli(["extract", SEED.dangUy, SEED.quangNgai]);
    expect(parseAllDocuments(yaml.stdout)).toHaveLength(2);
  });

  it("walks a folder", () => {
    const r = runCli(["extract", "fixtures/plans", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThanOrEqual(5);
  });

  it("reports an unreadable file in one line and still extracts the others (exit 1)", () => {
    const r = runCli(["extract", "no/such/plan.txt", SEED.dangUy, "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("plan-lint: no/such/plan.txt: không tìm thấy tệp");
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const en = runCli(["--lang", "en", "extract", "no/such/plan.txt", SEED.dangUy, "-f", "json"]);
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe("plan-lint: no/such/plan.txt: file not found");
  });

  it("writes -o atomically and refuses to overwrite an input", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-"));
    const out = join(dir, "out.json");
    expect(runCli(["extract", SEED.dangUy, "-f", "json", "-o", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).documents).toHaveLength(1);
    const input = join(dir, "plan.txt");
    writeFileSync(input, "KẾ HOẠCH\n");
    const before = statSync(input).mtimeMs;
    const r = runCli(["extract", input, "-o", input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không ghi đè tệp đầu vào/);
    expect(runCli(["extract", input, "-o", input, "--lang", "en"]).stderr).toMatch(/refusing to overwrite input file/);
    expect(statSync(input).mtimeMs).toBe(before);
  });

  it("rejects an unknown format with exit 2", () => {
    const r = runCli(["extract", SEED.dangUy, "-f", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
});

describe("plan-lint schema, --version, --help", () => {
  it("prints the JSON Schema", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$defs.PlanFile).toBeDefined();
  });
  it("prints the version", () => {
    const r = runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
  });
  it("prints help, in Vietnamese unless --lang en", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: plan-lint \[options\] \[command\]/);
    expect(r.stdout).toMatch(/extract \[options\] <paths\.\.\.>\s+trích xuất văn bản, trích dẫn và nhiệm vụ/);
    const check = runCli(["check", "--help"]).stdout;
    expect(check).toMatch(/^Tùy chọn:$/m);
    expect(check).toMatch(/--quiet\s+chỉ báo lỗi/);
    expect(check).toMatch(/\(mặc định: "60s"\)/);
    const en = runCli(["check", "--help", "--lang", "en"]).stdout;
    expect(en).toMatch(/^Usage: plan-lint check/);
    expect(en).toMatch(/--quiet\s+report errors only/);
  });

  it("commander's parse errors are in the language of the run (exit 2)", () => {
    expect(runCli(["check", "fixtures", "--stage", "final"])).toMatchObject({ code: 2, stderr: "lỗi: «final» không dùng được cho --stage <stage>; chọn một trong: draft, issued\n" });
    expect(runCli(["check", "fixtures", "--qiet"]).stderr).toBe("lỗi: không có tùy chọn «--qiet» (có phải --quiet?)\n");
    expect(runCli(["chek"]).stderr).toBe("lỗi: không có lệnh «chek» (có phải check?); xem plan-lint --help\n");
    expect(runCli(["check"]).stderr).toBe("lỗi: thiếu tham số «paths»\n");
    expect(runCli(["check", "x", "--max-warnings", "abc"]).stderr).toBe("lỗi: «abc» không dùng được cho --max-warnings <n>: phải là số nguyên\n");
    expect(runCli(["check", "x", "--max-warnings", "abc", "--lang", "en"]).stderr).toBe("error: option '--max-warnings <n>' argument 'abc' is invalid. must be an integer\n");
    expect(runCli(["check", "--lang=en"])).toMatchObject({ code: 2, stderr: "error: missing required argument 'paths'\n" });
  });
});
