import { describe, expect, it } from "vitest";
import { tableTasks } from "../../src/extract/table-tasks.js";
import type { TableBlock, TableCell, TableRow } from "../../src/ingest/source-document.js";

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, rowSpan: 1, colSpan: 1, covered: false, location: {}, ...extra });
const row = (cells: TableCell[], extra: Partial<TableRow> = {}): TableRow => ({ cells, header: false, location: { line: 1 }, ...extra });
/** STT and a title merged across every other column (a section or group row in a DOCX or recovered table). */
const titleRow = (stt: string, title: string, width: number) =>
  row([cell(stt), cell(title, { colSpan: width - 1 }), ...Array.from({ length: width - 2 }, () => cell(title, { covered: true }))]);
const table = (rows: TableRow[]): TableBlock => ({ type: "table", rows, location: {} });

const HEADER = row(["STT", "Hoạt động", "Chủ trì", "Phối hợp", "Thời gian"].map((t) => cell(t)), { header: true });

describe("table tasks", () => {
  it("reads an STT cell plus one title cell merged across the other columns as a section or group row", () => {
    const t = table([
      HEADER,
      titleRow("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5),
      titleRow("3", "Thực hiện cơ chế một cửa, một cửa liên thông", 5),
      row([cell("3.1"), cell("Rà soát bố trí nhân sự"), cell("Văn phòng Sở"), cell("Các phòng"), cell("Thường xuyên")]),
      row([cell("3.2"), cell("Đào tạo, bồi dưỡng"), cell("Văn phòng Sở"), cell("Các phòng"), cell("Hằng năm")]),
    ]);
    const { tasks } = tableTasks([{ table: t, continues: false }]);
    // "3.1" under the group row "3" already holds the group's number: II.3.1, not II.3.3.1.
    expect(tasks.map((x) => x.id)).toEqual(["II.3.1", "II.3.2"]);
    expect(tasks[0]!.section).toEqual(["II CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "3 Thực hiện cơ chế một cửa, một cửa liên thông"]);
  });

  it("numbers rows under a merged STT cell #1, #2 and keeps a recovered row's confidence", () => {
    const stt = cell("1", { rowSpan: 2 });
    const t = table([
      HEADER,
      titleRow("I", "CẢI CÁCH THỂ CHẾ", 5),
      row([stt, cell("Ban hành kế hoạch"), cell("Văn phòng Sở"), cell("Các phòng"), cell("Quý I/2026")], { confidence: 0.53 }),
      row([cell("1", { covered: true }), cell("Xây dựng văn bản"), cell("Các phòng"), cell("Văn phòng Sở"), cell("Thường xuyên")], { confidence: 1 }),
    ]);
    const { tasks } = tableTasks([{ table: t, continues: false }]);
    expect(tasks.map((x) => [x.id, x.confidence])).toEqual([["I.1#1", 0.53], ["I.1#2", 1]]);
  });

  it("gives tasks of ordinary tables no confidence", () => {
    const t = table([HEADER, row([cell("1"), cell("Ban hành kế hoạch"), cell("Văn phòng Sở"), cell("Các phòng"), cell("Quý I/2026")])]);
    expect(tableTasks([{ table: t, continues: false }]).tasks[0]).not.toHaveProperty("confidence");
  });
});
