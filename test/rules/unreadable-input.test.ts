import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../../src/lint/check.js";
import { unreadableInput } from "../../src/rules/file-rules.js";
import { planFileWith } from "../helpers/diagnostics.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

/** The diagnostic's message is the English log text; the finding takes its words from the catalogue of reasons. */
const encrypted = () =>
  planFileWith([{ code: "unreadable-input", severity: "error", message: "encrypted PDF: a password is required (--password)", data: { reason: "pdf-password-required" } }], "mat-khau.pdf");

ruleTester(unreadableInput, {
  valid: [
    { name: "a readable plan", text: planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]]) },
    {
      name: "another diagnostic code is another rule's",
      planFile: await planFileWith([{ code: "legacy-encoding", severity: "info", message: "windows-1258", data: { encoding: "windows-1258" } }]),
    },
  ],
  invalid: [
    {
      name: "ingestion could not open the file",
      planFile: await encrypted(),
      errors: [{ messageId: "default", message: "Không đọc được tệp: tệp PDF có mật khẩu; dùng --password để mở." }],
    },
    {
      name: "English message",
      lang: "en",
      planFile: await encrypted(),
      errors: [{ messageId: "default", message: "Cannot read the file: encrypted PDF: a password is required (--password)." }],
    },
  ],
});

/** Files the check command cannot read at all never reach extraction: check() reports them itself. */
describe("unreadable-input from the check pipeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-lint-unreadable-"));
  const config = join(dir, "plan-lint.config.yaml");
  writeFileSync(config, "extends: plan-lint:recommended\n");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const findings = async (path: string, lang: "vi" | "en" = "vi") => {
    const run = await check([path], { config, lang });
    return run.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, ruleId: f.ruleId, severity: f.severity, message: f.message })));
  };

  it("reports a missing file, in the language asked for, and goes on with the others", async () => {
    const good = join(dir, "ke-hoach.txt");
    writeFileSync(good, planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "", "Quý II/2026"]]));
    const missing = join(dir, "khong-co.txt");
    const run = await check([missing, good], { config });
    expect(run.results.map((r) => r.file)).toEqual([missing, good]);
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([["unreadable-input", "error", "Không đọc được tệp: không tìm thấy tệp."]]);
    expect(run.results[1]!.planFile).not.toBeNull();
    expect(await findings(missing, "en")).toEqual([{ file: missing, ruleId: "unreadable-input", severity: "error", message: "Cannot read the file: file not found." }]);
  });

  it("gives the real reason for a path that exists but cannot be read (a symbolic link loop)", async () => {
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    symlinkSync(b, a);
    symlinkSync(a, b);
    expect((await findings(a)).map((f) => f.message)).toEqual(["Không đọc được tệp: liên kết tượng trưng lặp vòng."]);
  });

  it("is silent when the configuration turns it off", async () => {
    const off = join(dir, "off.yaml");
    writeFileSync(off, "rules:\n  unreadable-input: off\n");
    const run = await check([join(dir, "khong-co.txt")], { config: off });
    expect(run.results[0]!.findings).toEqual([]);
  });
});
