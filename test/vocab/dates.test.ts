import { describe, expect, it } from "vitest";
import { findDates, parseDate } from "../../src/vocab/dates.js";

describe("dates", () => {
  it.each([
    ["22/6/2026", "2026-06-22"],
    ["06/01/2026", "2026-01-06"],
    ["01-10-1997", "1997-10-01"],
    ["10.02.2022", "2022-02-10"],
    ["ngày 22 tháng 05 năm 2026", "2026-05-22"],
    ["ngày 11 tháng 12 năm 2025", "2025-12-11"],
    ["22 tháng 6 năm 2025", "2025-06-22"],
    ["ngày 10 / 4 / 2026", "2026-04-10"],
  ])("%s → %s", (raw, iso) => {
    expect(parseDate(raw)?.iso).toBe(iso);
  });

  it("keeps impossible dates visible with iso null", () => {
    const d = parseDate("31/6/2026");
    expect(d).toMatchObject({ day: 31, month: 6, year: 2026, iso: null });
    expect(parseDate("29/2/2025")?.iso).toBeNull();
    expect(parseDate("29/2/2024")?.iso).toBe("2024-02-29");
  });

  it("does not take ranges, fractions or quarter text for dates", () => {
    expect(findDates("giai đoạn 2021-2025, 1/2 ngày, Quý III-IV/2026, TCVN ISO 9001-2015")).toEqual([]);
    expect(findDates("ngày /01/2026")).toEqual([]);
  });

  it("finds every date with its index", () => {
    const s = "Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 và ngày 18 tháng 3 năm 2026";
    expect(findDates(s).map((d) => [d.iso, s.slice(d.index, d.index + d.raw.length)])).toEqual([
      ["2026-04-10", "10/4/2026"],
      ["2026-03-18", "ngày 18 tháng 3 năm 2026"],
    ]);
  });
});
