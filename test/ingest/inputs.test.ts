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
