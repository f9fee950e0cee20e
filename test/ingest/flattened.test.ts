import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { splitUnits, unitKey } from "../../src/vocab/units.js";
import { findHeaderAt, matchHeaderAt, parseColumnNames } from "../../src/ingest/flattened/header.js";
import { buildStream, type Segment, type TitleRow } from "../../src/ingest/flattened/stream.js";
import { ingest } from "../../src/ingest/index.js";
import { splitLines } from "../../src/ingest/lines.js";
import type { TableBlock } from "../../src/ingest/source-document.js";
import { evaluate, TRANSCRIPTION } from "../../scripts/eval-text-table.js";
import { extractFixture, planFiles, ROOT, SEED } from "../helpers/fixtures.js";

const lines = (text: string) => splitLines(text);
const bytes = (text: string) => new TextEncoder().encode(text);
const recoveredTables = (blocks: { type: string }[]) =>
  blocks.filter((b): b is TableBlock => b.type === "table" && (b as TableBlock).rows.some((r) => r.confidence !== undefined));

describe("flattened table header", () => {
  it("cuts the seed's header words into its nine columns, names broken over lines joined", () => {
    const words = "STT Mục tiêu Nhiệm vụ Hoạt động Kết quả/ Sản phẩm Chủ trì Phối hợp Thời gian Kinh phí".split(" ");
    expect(parseColumnNames(words)?.map((c) => [c.name, c.role])).toEqual([
      ["STT", "stt"], ["Mục tiêu", "objective"], ["Nhiệm vụ", "group"], ["Hoạt động", "text"], ["Kết quả/Sản phẩm", "product"],
      ["Chủ trì", "lead"], ["Phối hợp", "coordinators"], ["Thời gian", "deadline"], ["Kinh phí", "budget"],
    ]);
  });

  it("keeps a lower-case word with the name before it and rejects words that name no column", () => {
    expect(parseColumnNames("TT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện".split(" "))?.map((c) => c.role)).toEqual([
      "stt", "group", "lead", "coordinators", "deadline",
    ]);
    expect(parseColumnNames("Sở Y tế giao Văn phòng chủ trì".split(" "))).toBeNull();
  });

  it("finds the header over its broken lines and its repetition after a page break", () => {
    const src = lines(["STT Mục tiêu Nhiệm vụ Hoạt động", "Kết quả/", "", "Sản phẩm Chủ trì Phối hợp", "Thời", "", "gian", "Kinh phí", "", "I CẢI CÁCH THỂ CHẾ", "3", " STT Mục tiêu Nhiệm vụ Hoạt động", "Kết quả/", "Sản phẩm Chủ trì Phối hợp", "Thời", "gian", "Kinh phí", "x"].join("\n"));
    const found = findHeaderAt(src, 0)!;
    expect(found.end).toBe(8);
    expect(found.header.columns).toHaveLength(9);
    expect(matchHeaderAt(src, 11, found.header)).toBe(17);
    expect(matchHeaderAt(src, 9, found.header)).toBe(-1);
  });

  it("is not found in prose that mentions column names", () => {
    const src = lines("Giao Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn\ntriển khai kế hoạch; thời gian thực hiện: Quý I/2026.");
    expect(findHeaderAt(src, 0)).toBeNull();
  });
});

describe("flattened table stream", () => {
  const header = findHeaderAt(lines("STT Nhiệm vụ Chủ trì Phối hợp Thời gian"), 0)!.header;

  it("drops repeated headers and the page number above them, and marks the page break", () => {
    const body = lines(["1", "Nhiệm vụ A", "Văn phòng Sở", "12", "STT Nhiệm vụ Chủ trì Phối hợp Thời gian", "tiếp theo", "2", "Nhiệm vụ B"].join("\n"));
    const { parts, pageBreaks } = buildStream(body, header);
    expect(pageBreaks).toBe(1);
    const segs = parts as Segment[];
    expect(segs.map((s) => [s.afterBreak, s.beforeBreak])).toEqual([[false, true], [true, false]]);
    // The last line before the break may hold several cells: it is offered word by word.
    expect(segs[0]!.atoms.map((a) => a.text)).toEqual(["1", "Nhiệm vụ A", "Văn", "phòng", "Sở"]);
    expect(segs[1]!.atoms.find((a) => a.text === "2")!.stt).toBe(true);
  });

  it("reads Roman rows as sections and 'N Title' followed by 'N.1' as a group row", () => {
    const body = lines(["I CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "1", "Nhiệm vụ", "2", "Việc khác", "3 Thực hiện cơ chế một cửa", "3.1", "Rà soát"].join("\n"));
    const titles = buildStream(body, header).parts.filter((p): p is TitleRow => p.type === "title");
    expect(titles.map((t) => [t.kind, t.stt, t.title])).toEqual([
      ["section", "I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
      ["subsection", "3", "Thực hiện cơ chế một cửa"],
    ]);
  });

  it("takes a bare number as STT only in sequence (a stray '7' is text)", () => {
    const body = lines(["1", "Nhiệm vụ", "7", "2", "Việc khác"].join("\n"));
    const seg = buildStream(body, header).parts[0] as Segment;
    expect(seg.atoms.filter((a) => a.stt).map((a) => a.text)).toEqual(["1", "2"]);
  });
});

describe("seed 002 — the appendix table recovered from text that lost its layout", () => {
  const transcription = parse(readFileSync(`${ROOT}/${TRANSCRIPTION}`, "utf8"));

  it("meets the issue's targets against the hand transcription", async () => {
    const plan = await extractFixture(SEED.phuLuc);
    const report = evaluate(plan.documents.flatMap((d) => d.tasks), transcription, { splitUnits, unitKey });
    expect(report.transcribed).toBe(64);
    expect(report.found).toBe(report.transcribed); // every transcribed row found
    expect(report.invented).toEqual([]); // no row invented
    expect(report.keyFieldsRight / report.transcribed).toBeGreaterThanOrEqual(0.9); // lead, coordinators, deadline exactly right
    expect(report.perField.text).toBe(report.transcribed);
  });

  it("gives every recovered row a confidence and warns about the doubtful ones at their lines", async () => {
    const plan = await extractFixture(SEED.phuLuc);
    const tasks = plan.documents.flatMap((d) => d.tasks);
    expect(tasks.every((t) => typeof t.confidence === "number")).toBe(true);
    const warnings = plan.diagnostics.filter((d) => d.code === "uncertain-table-structure");
    // The row printed at a page foot with six of its cells glued into one line (line 250).
    expect(warnings.map((w) => [w.severity, w.location?.line])).toEqual([["warning", 250]]);
    expect(warnings[0]!.location!.endLine).toBeGreaterThan(250);
    const low = tasks.filter((t) => (t.confidence ?? 1) < 0.6).map((t) => t.location.line);
    expect(low).toEqual([250]);
  });

  it("carries what the checks need: vague and conditional deadlines, collective and multiple leads", async () => {
    const [doc] = (await extractFixture(SEED.phuLuc)).documents;
    const tasks = doc!.tasks;
    expect(tasks.filter((t) => t.deadline.kind === "open-ended").length).toBeGreaterThan(30);
    expect(tasks.filter((t) => t.deadline.kind === "conditional").map((t) => t.deadline.raw)).toContain("Khi có quy định, hướng dẫn của Bộ ngành Trung ương");
    expect(tasks.find((t) => t.location.line === 756)!.lead).toEqual(["Văn phòng Sở", "các đơn vị có giải quyết TTHC"]);
    expect(tasks.find((t) => t.location.line === 102)!.lead).toEqual(["Các phòng chuyên môn Sở"]);
    expect(doc!.taskFields).toEqual(expect.arrayContaining(["lead", "coordinators", "deadline", "product", "budget"]));
  });
});

describe("the recovery does not fire on ordinary text", () => {
  it("leaves the other seeds alone (seed 000's tab table stays the only table)", async () => {
    for (const file of planFiles()) {
      if (file === SEED.phuLuc) continue;
      const doc = await ingest(readFileSync(`${ROOT}/${file}`), file);
      expect(recoveredTables(doc.blocks), file).toEqual([]);
      expect(doc.diagnostics.filter((d) => d.code === "uncertain-table-structure"), file).toEqual([]);
    }
    // Seed 000's tables are its tab-separated rows (one block per page), nothing else.
    const source = readFileSync(`${ROOT}/${SEED.dangUy}`);
    const sourceLines = new TextDecoder().decode(source).split(/\r?\n/);
    const tables = (await ingest(source, SEED.dangUy)).blocks.filter((b): b is TableBlock => b.type === "table");
    expect(tables).toHaveLength(6);
    for (const t of tables) for (const r of t.rows) expect(sourceLines[r.location.line! - 1]).toContain("\t");
  });

  it("leaves prose with column words in it as paragraphs", async () => {
    const text = [
      "Giao Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn triển khai",
      "Nhiệm vụ trọng tâm: Hoạt động kiểm tra; Chủ trì: Văn phòng Sở;",
      "Thời gian thực hiện: Quý I/2026. Kinh phí: nguồn thường xuyên.",
    ].join("\n");
    const doc = await ingest(bytes(text), "prose.txt");
    expect(doc.blocks.every((b) => b.type === "paragraph")).toBe(true);
  });
});

describe("flattened tables of hostile size", () => {
  it("stops a table body at 10 000 lines, says so, and reads the rest as text", async () => {
    const header = "STT Mục tiêu Nhiệm vụ Hoạt động\nKết quả/\nSản phẩm Chủ trì Phối hợp\nThời\ngian\nKinh phí\n";
    const row = (i: number) => `${i}\nNâng cao chất\nlượng công tác\nTổ chức thực hiện các nhiệm vụ\nBáo cáo\nVăn\nphòng Sở\nCác\nphòng\nThường\nxuyên\n`;
    const body = Array.from({ length: 1000 }, (_, i) => row(i + 1)).join("");
    const doc = await ingest(bytes(header + body), "big.txt");
    const [table] = recoveredTables(doc.blocks);
    expect(table!.rows.length).toBeGreaterThan(900);
    expect(doc.diagnostics.filter((d) => d.data?.reason === "too-long").map((d) => d.location?.line)).toEqual([6 + 10_000 + 1]);
  }, 60_000);
});
