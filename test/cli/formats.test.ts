import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/cli.js";

describe("plan-lint extract on PDF and DOCX (built binary)", () => {
  it("reads DOCX and PDF plans", () => {
    const r = runCli(["extract", "fixtures/docx/auto-stt.docx", "fixtures/pdf/auto-stt.pdf", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as Array<{ source: { format: string }; documents: Array<{ tasks: unknown[] }> }>;
    expect(out.map((p) => [p.source.format, p.documents[0]!.tasks.length])).toEqual([["docx", 6], ["pdf", 6]]);
  });

  it("--password opens an encrypted PDF", () => {
    const r = runCli(["extract", "fixtures/pdf/auto-stt-encrypted.pdf", "--password", "mật-khẩu-2026"]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).documents[0].tasks).toHaveLength(6);
  });

  it("bad files are one line each (in Vietnamese), the others still come out, exit 1", () => {
    const r = runCli(["extract", "fixtures/pdf/auto-stt-encrypted.pdf", "fixtures/docx/auto-stt.docx", "fixtures/pdf/auto-stt-scanned.pdf", "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      "plan-lint: fixtures/pdf/auto-stt-encrypted.pdf: tệp PDF có mật khẩu; dùng --password để mở",
      // The words of the no-text-layer rule: extract and check say the same thing.
      "plan-lint: fixtures/pdf/auto-stt-scanned.pdf: Trang 1 không có lớp chữ (bản quét ảnh); không kiểm tra được — hãy dùng bản PDF xuất từ Word hoặc nhận dạng chữ (OCR) trước",
    ]);
    expect(r.stderr).not.toMatch(/at .*\.js/);
    expect(JSON.parse(r.stdout).map((p: { source: { path: string } }) => p.source.path)).toEqual(["fixtures/docx/auto-stt.docx", "fixtures/pdf/auto-stt-scanned.pdf"]);
  });

  it("English on request", () => {
    const r = runCli(["extract", "fixtures/pdf/auto-stt-encrypted.pdf", "--lang", "en"]);
    expect(r.stderr.trim()).toBe("plan-lint: fixtures/pdf/auto-stt-encrypted.pdf: encrypted PDF: a password is required (--password)");
  });
});
