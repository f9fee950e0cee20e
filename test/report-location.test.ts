import { describe, expect, it } from "vitest";
import { locationText, sarifLogicalLocations } from "../src/report/location-text.js";

describe("locations for people and SARIF", () => {
  it("PDF: page, table and row, counted from 1", () => {
    expect(locationText({ page: 3, table: 0, row: 6 })).toBe("trang 3, bảng 1, dòng 7");
    expect(locationText({ page: 3, table: 0, row: 6 }, "en")).toBe("page 3, table 1, row 7");
  });
  it("DOCX: table, row and cell, or a paragraph", () => {
    expect(locationText({ table: 2, row: 4, cell: 1 })).toBe("bảng 3, dòng 5, ô 2");
    expect(locationText({ paragraph: 12 }, "en")).toBe("paragraph 13");
  });
  it("text: line and column", () => {
    expect(locationText({ line: 126, column: 3 })).toBe("dòng 126:3");
  });
  it("SARIF logical locations", () => {
    expect(sarifLogicalLocations({ page: 3, table: 0, row: 6 }).map((x) => x.fullyQualifiedName)).toEqual(["page[3]", "page[3]/table[1]", "page[3]/table[1]/row[7]"]);
  });
});
