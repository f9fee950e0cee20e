import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractBytes, extractFile } from "../../src/api.js";
import { detectFormat } from "../../src/ingest/detect.js";
import { ingest } from "../../src/ingest/index.js";
import { ROOT } from "../helpers/fixtures.js";

const fixture = (p: string) => readFileSync(`${ROOT}/${p}`);

describe("format by content, not by name", () => {
  it("detects PDF, DOCX, OLE and text", () => {
    expect(detectFormat(fixture("fixtures/pdf/auto-stt.pdf"))).toBe("pdf");
    expect(detectFormat(fixture("fixtures/docx/auto-stt.docx"))).toBe("docx");
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("ole");
    expect(detectFormat(Buffer.from("KẾ HOẠCH\n"))).toBe("text");
    // A PDF header after some junk (allowed within the first KiB).
    expect(detectFormat(Buffer.concat([Buffer.from("\r\n\r\n"), fixture("fixtures/pdf/auto-stt.pdf")]))).toBe("pdf");
  });

  it("recognises RTF, HTML pages and images, but not Markdown that holds HTML", () => {
    expect(detectFormat(Buffer.from("{\\rtf1\\ansi\\deff0 {\\fonttbl} K\\u7871? ho\\u7841?ch}"))).toBe("rtf");
    expect(detectFormat(Buffer.from("\ufeff\n  <!DOCTYPE html><html lang=\"vi\"><body>Kế hoạch</body></html>"))).toBe("html");
    expect(detectFormat(Buffer.from("<HTML>\n<body>Kế hoạch</body></HTML>"))).toBe("html");
    expect(detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image");
    expect(detectFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBe("image");
    expect(detectFormat(Buffer.from("<!-- plan-lint-disable-next-line vague-deadline -->\nKẾ HOẠCH\n"))).toBe("text");
    expect(detectFormat(Buffer.from("<b>KẾ HOẠCH</b>\n<html> là một từ trong văn bản\n"))).toBe("text");
    expect(detectFormat(Buffer.from("{Kế hoạch}\n"))).toBe("text");
  });

  it("a DOCX named .pdf is read as DOCX, with an info note", async () => {
    const pf = await extractBytes(fixture("fixtures/docx/auto-stt.docx"), "ke-hoach.pdf");
    expect(pf.source.format).toBe("docx");
    expect(pf.diagnostics).toEqual([expect.objectContaining({ code: "format-mismatch", severity: "info", data: { extension: ".pdf", format: "docx" } })]);
    expect(pf.documents[0]!.tasks).toHaveLength(6);
  });

  it("a PDF named .txt is read as PDF", async () => {
    const pf = await extractBytes(fixture("fixtures/pdf/auto-stt.pdf"), "ke-hoach.txt");
    expect(pf.source).toMatchObject({ format: "pdf", pages: 1 });
    expect(pf.documents[0]!.tasks).toHaveLength(6);
  });
});

describe("files that cannot be read are results, not exceptions", () => {
  const dir = mkdtempSync(join(tmpdir(), "pl-inputs-"));
  const write = (name: string, bytes: Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it("a truncated PDF", async () => {
    const pdf = fixture("fixtures/pdf/seed-000.pdf");
    const r = await extractFile(write("cut.pdf", pdf.subarray(0, pdf.length >> 1)));
    expect(r).toMatchObject({ ok: false, code: "pdf-corrupt", diagnostic: { code: "unreadable-input", severity: "error", data: { reason: "pdf-corrupt" } } });
    if (!r.ok) expect(r.reasonVi).toMatch(/PDF bị hỏng/);
  });

  it("garbage after a PDF header", async () => {
    const r = await extractFile(write("junk.pdf", Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nxyz")));
    expect(r).toMatchObject({ ok: false, diagnostic: { data: { reason: "pdf-corrupt" } } });
  });

  it("an encrypted PDF: no password, a wrong one, the right one", async () => {
    const path = `${ROOT}/fixtures/pdf/auto-stt-encrypted.pdf`;
    expect(await extractFile(path)).toMatchObject({ ok: false, diagnostic: { data: { reason: "pdf-password-required" } } });
    expect(await extractFile(path, { password: "sai" })).toMatchObject({ ok: false, diagnostic: { data: { reason: "pdf-password-incorrect" } } });
    const r = await extractFile(path, { password: "mật-khẩu-2026" });
    expect(r.ok && r.planFile.documents[0]!.tasks.map((t) => t.id)).toEqual(["I.1", "I.2", "I.3", "II.4", "II.5", "II.6"]);
  });

  it("a format plan-lint does not read is named, with what to save it as", async () => {
    const cases: Array<[string, Uint8Array, string, RegExp, RegExp]> = [
      ["thong-bao.rtf", Buffer.from("{\\rtf1\\ansi K\\u7871? ho\\u7841?ch}"), "unsupported-format", /tệp RTF, định dạng chưa hỗ trợ; hãy lưu lại dưới dạng DOCX hoặc PDF/, /^RTF files are not supported; save this one as DOCX or PDF$/],
      ["trang.txt", Buffer.from("<!doctype html>\n<html><body><table><tr><td>1</td></tr></table></body></html>"), "unsupported-format", /tệp HTML/, /^HTML files/],
      ["ban-quet.pdf", Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0, 0x45, 0x78, 0x69, 0x66]), "image-only", /tệp ảnh JPEG, không có chữ để đọc; hãy nhận dạng chữ \(OCR\)/, /^a JPEG image has no text to read; run OCR/],
    ];
    for (const [name, bytes, code, vi, en] of cases) {
      const r = await extractFile(write(name, bytes));
      expect(r, name).toMatchObject({ ok: false, code, diagnostic: { code: "unreadable-input", severity: "error", data: { reason: code } } });
      if (!r.ok) {
        expect(r.reasonVi).toMatch(vi);
        expect(r.reason).toMatch(en);
      }
    }
  });

  it("a ZIP that is a spreadsheet, not a Word document, says so", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Nhiệm vụ").addRow(["STT", "Nhiệm vụ", "Chủ trì"]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await extractFile(write("ke-hoach.docx", xlsx));
    expect(r).toMatchObject({ ok: false, code: "unsupported-format", diagnostic: { data: { reason: "unsupported-format", detail: "Excel (.xlsx)" } } });
    if (!r.ok) expect(r.reasonVi).toBe("tệp Excel (.xlsx), định dạng chưa hỗ trợ; hãy lưu lại dưới dạng DOCX hoặc PDF");
  });

  it("a broken DOCX", async () => {
    const docx = fixture("fixtures/docx/auto-stt.docx");
    expect(await extractFile(write("cut.docx", docx.subarray(0, docx.length - 100)))).toMatchObject({ ok: false, diagnostic: { data: { reason: "zip-corrupt" } } });
  });
});

describe("limits", () => {
  it("reads a long PDF up to the page limit and says so", async () => {
    const doc = await ingest(fixture("fixtures/pdf/seed-000.pdf"), "x.pdf", { limits: { maxPdfPages: 2 } });
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: "input-truncated", data: { pages: 2, total: 7 } })]);
    expect(doc.blocks.every((b) => b.location.page! <= 2)).toBe(true);
  });

  it("a page with more drawing operations than allowed is refused", async () => {
    await expect(ingest(fixture("fixtures/pdf/seed-000.pdf"), "x.pdf", { limits: { maxPdfOpsPerPage: 10 } })).rejects.toMatchObject({ reason: "limit-exceeded" });
  });
});
