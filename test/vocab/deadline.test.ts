import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/vocab/deadline.js";
import { Deadline } from "../../src/model/deadline.js";
import { cpuMs } from "../helpers/cpu-time.js";

type Expected = Omit<Deadline, "raw" | "recurrence" | "condition"> & {
  recurrence?: string | null;
  condition?: string | null;
};

/** Parse, validate against the model, and compare every field (raw is the trimmed input). */
function check(raw: string, want: Expected): void {
  const got = Deadline.parse(parseDeadline(raw));
  expect(got).toEqual({ recurrence: null, condition: null, ...want, raw: raw.trim() });
}

const span = (kind: Deadline["kind"], start: string | null, end: string | null, more: Partial<Expected> = {}): Expected => ({
  kind,
  start,
  end,
  ...more,
});

// Every deadline phrase of the five seeds, written as the seeds write it (PDF line breaks and
// trailing full stops included). Expected values worked out by hand from the calendar.
const SEEDS: [string, Expected][] = [
  // 000 (DOCX table, "Thời gian hoàn thành")
  ["Hoàn thành trong tháng 4-5/2026", span("month", "2026-04-01", "2026-05-31")],
  ["Thường xuyên", span("open-ended", null, null)],
  ["Giai đoạn 2026-2030", span("period", "2026-01-01", "2030-12-31")],
  ["Năm 2026 và những năm tiếp theo", span("open-ended", "2026-01-01", null)],
  // 001 (inline "+ Thời gian hoàn thành: …")
  ["Năm 2021.", span("year", "2021-01-01", "2021-12-31")],
  ["Năm 2022.", span("year", "2022-01-01", "2022-12-31")],
  ["Quý I/2021.", span("quarter", "2021-01-01", "2021-03-31")],
  ["Quý II/2021.", span("quarter", "2021-04-01", "2021-06-30")],
  ["Quý III/2021.", span("quarter", "2021-07-01", "2021-09-30")],
  ["Quý IV/2021.", span("quarter", "2021-10-01", "2021-12-31")],
  [
    "Năm 2021, sau khi Thanh tra Chính phủ có hướng dẫn chi tiết.",
    span("conditional", "2021-01-01", "2021-12-31", { condition: "sau khi Thanh tra Chính phủ có hướng dẫn chi tiết" }),
  ],
  [
    "Sau khi Trung ương ban hành các quy định, hướng dẫn mới về tổ chức, hoạt động và quản lý hội.",
    span("conditional", null, null, {
      condition: "Sau khi Trung ương ban hành các quy định, hướng dẫn mới về tổ chức, hoạt động và quản lý hội",
    }),
  ],
  ["30/6/2021.", span("date", "2021-06-30", "2021-06-30")],
  ["30/3/2021.", span("date", "2021-03-30", "2021-03-30")],
  ["Tháng 01/2021.", span("month", "2021-01-01", "2021-01-31")],
  ["Tháng 4/2021.", span("month", "2021-04-01", "2021-04-30")],
  ["Tháng 6/2021.", span("month", "2021-06-01", "2021-06-30")],
  ["Tháng 9/2021.", span("month", "2021-09-01", "2021-09-30")],
  ["Năm 2021-2022.", span("year", "2021-01-01", "2022-12-31")],
  ["Năm 2020-2021.", span("year", "2020-01-01", "2021-12-31")],
  ["Năm 2021 và hàng năm.", span("recurring", "2021-01-01", "2021-12-31", { recurrence: "yearly" })],
  ["Năm 2021 và những năm tiếp theo.", span("open-ended", "2021-01-01", null)],
  ["Hàng năm.", span("recurring", null, null, { recurrence: "yearly" })],
  ["Quý I/2021 và Quý I/hàng năm.", span("recurring", "2021-01-01", "2021-03-31", { recurrence: "yearly" })],
  ["Thường xuyên.", span("open-ended", null, null)],
  ["Tháng 12/2021 và các năm tiếp theo.", span("open-ended", "2021-12-01", null)],
  // 002 (PDF table, every cell wrapped over several lines)
  ["Quý \n\nI/2026 ", span("quarter", "2026-01-01", "2026-03-31")],
  ["Quý \n\nIV/2026 ", span("quarter", "2026-10-01", "2026-12-31")],
  ["Quý III-\n\nIV/2026 ", span("quarter", "2026-07-01", "2026-12-31")],
  ["Thường \n\nxuyên ", span("open-ended", null, null)],
  ["Theo \n\nchương \n\ntrình, kế \n\nhoạch \n\ncông tác \n\ncủa tỉnh ", span("by-reference", null, null)],
  ["Theo Kế \n\nhoạch \n\nkiểm soát \n\nTTHC \n\ncủa tỉnh  ", span("by-reference", null, null)],
  ["Theo lộ \n\ntrình phê \n\nduyệt ", span("by-reference", null, null)],
  ["Theo quy \n\nđịnh của \n\nUBND \n\ntỉnh ", span("by-reference", null, null)],
  ["Trước \n\n30/8/2026 ", span("date", "2026-08-30", "2026-08-30")],
  ["Hằng \n\nnăm ", span("recurring", null, null, { recurrence: "yearly" })],
  ["Trong \n\nnăm 2026 ", span("year", "2026-01-01", "2026-12-31")],
  ["Khi có \n\nyêu cầu ", span("conditional", null, null, { condition: "Khi có yêu cầu" })],
  [
    "Khi có \n\nquy định, \n\nhướng \n\ndẫn của \n\nBộ ngành \n\nTrung \n\nương ",
    span("conditional", null, null, { condition: "Khi có quy định, hướng dẫn của Bộ ngành Trung ương" }),
  ],
  [
    "Khi có \n\nquy định, \n\nhướng \n\ndẫn của \n\nBộ ngành \n\nTrung \n\nương, của \n\ntỉnh ",
    span("conditional", null, null, { condition: "Khi có quy định, hướng dẫn của Bộ ngành Trung ương, của tỉnh" }),
  ],
  // 003 (report and plan text)
  ["trước ngày 05 tháng 12 năm 2026", span("date", "2026-12-05", "2026-12-05")],
  ["6 tháng đầu năm 2026", span("half-year", "2026-01-01", "2026-06-30")],
  ["06 tháng đầu năm 2026", span("half-year", "2026-01-01", "2026-06-30")],
  ["6 THÁNG CUỐI NĂM 2026", span("half-year", "2026-07-01", "2026-12-31")],
  [
    "định kỳ 06 tháng (trước ngày 10 tháng 6) và hằng năm (trước ngày 10 tháng 12).",
    span("recurring", null, null, { recurrence: "half-yearly, yearly" }),
  ],
  ["hằng năm (trước ngày 05 tháng 12 năm 2026)", span("recurring", "2026-12-05", "2026-12-05", { recurrence: "yearly" })],
  // 004 (plan text, hard-wrapped)
  ["giai đoạn 2026-2030", span("period", "2026-01-01", "2030-12-31")],
  ["giai đoạn 2026- 2030", span("period", "2026-01-01", "2030-12-31")],
  ["định kỳ (quý, 6 tháng, năm)", span("recurring", null, null, { recurrence: "quarterly, half-yearly, yearly" })],
  [
    "định kỳ, đột xuất (quý, 6 tháng, \n\nnăm) theo quy định.",
    span("recurring", null, null, { recurrence: "quarterly, half-yearly, yearly" }),
  ],
  ["khi có chỉ đạo", span("conditional", null, null, { condition: "khi có chỉ đạo" })],
  ["thực hiện khi tỉnh triển khai", span("conditional", null, null, { condition: "khi tỉnh triển khai" })],
  ["theo lộ trình.", span("by-reference", null, null)],
];

const OTHER_FORMS: [string, Expected][] = [
  // date
  ["ngày 15/12/2026", span("date", "2026-12-15", "2026-12-15")],
  ["Chậm nhất 10-01-2027", span("date", "2027-01-10", "2027-01-10")],
  ["Chậm nhất là ngày 28.02.2027;", span("date", "2027-02-28", "2027-02-28")],
  ["Hoàn thành trước ngày 29/2/2028", span("date", "2028-02-29", "2028-02-29")],
  ["Từ 01/3/2026 đến 30/6/2026", span("date", "2026-03-01", "2026-06-30")],
  // month
  ["Tháng 6 năm 2026", span("month", "2026-06-01", "2026-06-30")],
  ["Tháng 02/2028", span("month", "2028-02-01", "2028-02-29")],
  ["Tháng 10/2026 - tháng 3/2027", span("month", "2026-10-01", "2027-03-31")],
  ["Tháng 4 và tháng 5/2026", span("month", "2026-04-01", "2026-05-31")],
  ["Từ tháng 4/2026 đến tháng 6/2026", span("month", "2026-04-01", "2026-06-30")],
  ["Từ tháng 4/2026", span("open-ended", "2026-04-01", null)],
  ["tháng Tư/2026", span("month", "2026-04-01", "2026-04-30")],
  ["tháng Mười Hai năm 2026", span("month", "2026-12-01", "2026-12-31")],
  ["tháng Giêng năm 2027", span("month", "2027-01-01", "2027-01-31")],
  ["Trong tháng Năm năm 2026", span("month", "2026-05-01", "2026-05-31")],
  // quarter
  ["Quý I và II/2026", span("quarter", "2026-01-01", "2026-06-30")],
  ["Quý 2/2026", span("quarter", "2026-04-01", "2026-06-30")],
  ["quý 3 năm 2026", span("quarter", "2026-07-01", "2026-09-30")],
  ["Quý IV/2026 - Quý I/2027", span("quarter", "2026-10-01", "2027-03-31")],
  ["Quý IV/2026 – Quý I/2027", span("quarter", "2026-10-01", "2027-03-31")],
  ["Trong Quý II/2026", span("quarter", "2026-04-01", "2026-06-30")],
  // half-year
  ["Trong 6 tháng đầu năm 2026", span("half-year", "2026-01-01", "2026-06-30")],
  ["Sáu tháng cuối năm 2026", span("half-year", "2026-07-01", "2026-12-31")],
  ["Nửa đầu năm 2027", span("half-year", "2027-01-01", "2027-06-30")],
  // year
  ["Năm 2026 - 2027", span("year", "2026-01-01", "2027-12-31")],
  ["Năm 2026 — năm 2027", span("year", "2026-01-01", "2027-12-31")],
  ["Đầu năm 2026", span("year", "2026-01-01", "2026-03-31")],
  ["Giữa năm 2026", span("year", "2026-04-01", "2026-09-30")],
  ["Cuối năm 2026", span("year", "2026-10-01", "2026-12-31")],
  ["Đến hết năm 2026", span("year", "2026-01-01", "2026-12-31")],
  ["2026", span("year", "2026-01-01", "2026-12-31")],
  // period
  ["Từ năm 2026 đến năm 2030", span("period", "2026-01-01", "2030-12-31")],
  ["Giai đoạn 2026 – 2030", span("period", "2026-01-01", "2030-12-31")],
  ["Cả giai đoạn, từ năm 2026 đến 2030", span("period", "2026-01-01", "2030-12-31")],
  // recurring
  ["Hằng quý", span("recurring", null, null, { recurrence: "quarterly" })],
  ["Hàng tháng", span("recurring", null, null, { recurrence: "monthly" })],
  ["Hằng tuần", span("recurring", null, null, { recurrence: "weekly" })],
  ["Định kỳ hằng quý", span("recurring", null, null, { recurrence: "quarterly" })],
  ["Trước ngày 15/12 hằng năm", span("recurring", null, null, { recurrence: "yearly" })],
  ["Định kỳ", span("recurring", null, null, { recurrence: null })],
  ["Hằng năm và hằng quý", span("recurring", null, null, { recurrence: "quarterly, yearly" })],
  // open-ended
  ["Liên tục", span("open-ended", null, null)],
  ["Lâu dài", span("open-ended", null, null)],
  ["Từ năm 2026 trở đi", span("open-ended", "2026-01-01", null)],
  // conditional
  ["Khi có chỉ đạo", span("conditional", null, null, { condition: "Khi có chỉ đạo" })],
  [
    "Sau khi Trung ương ban hành các quy định, hướng dẫn mới về …",
    span("conditional", null, null, { condition: "Sau khi Trung ương ban hành các quy định, hướng dẫn mới về …" }),
  ],
  [
    "Khi có yêu cầu, chậm nhất Quý II/2026",
    span("conditional", "2026-04-01", "2026-06-30", { condition: "Khi có yêu cầu" }),
  ],
  // by-reference
  ["Theo tiến độ của dự án", span("by-reference", null, null)],
  ["Theo hướng dẫn của Bộ Y tế", span("by-reference", null, null)],
  ["Thực hiện theo lộ trình", span("by-reference", null, null)],
  ["Quý II/2026, theo kế hoạch của tỉnh", span("by-reference", "2026-04-01", "2026-06-30")],
  ["Theo kế hoạch của tỉnh (Quý III/2026)", span("by-reference", "2026-07-01", "2026-09-30")],
  // a trailing "theo quy định" is filler, not a reference
  ["Quý II/2026 theo quy định", span("quarter", "2026-04-01", "2026-06-30")],
];

const INVALID: [string, Expected][] = [
  ["31/6/2026", span("date", null, null, { invalid: "invalid-day" })],
  ["29/2/2025", span("date", null, null, { invalid: "invalid-day" })],
  ["15/13/2026", span("date", null, null, { invalid: "invalid-month" })],
  ["Tháng 13/2026", span("month", null, null, { invalid: "invalid-month" })],
  ["Tháng 0/2026", span("month", null, null, { invalid: "invalid-month" })],
  ["Tháng 5-4/2026", span("month", null, null, { invalid: "invalid-range" })],
  ["Quý V/2026", span("quarter", null, null, { invalid: "invalid-quarter" })],
  ["Quý 5/2026", span("quarter", null, null, { invalid: "invalid-quarter" })],
  ["Quý IV-II/2026", span("quarter", null, null, { invalid: "invalid-range" })],
  ["Quý IV/2026 - Quý I/2026", span("quarter", null, null, { invalid: "invalid-range" })],
  ["Năm 2025-2021", span("year", null, null, { invalid: "invalid-range" })],
  ["Giai đoạn 2030-2026", span("period", null, null, { invalid: "invalid-range" })],
  ["Quý V/2026 và hằng năm", span("recurring", null, null, { recurrence: "yearly", invalid: "invalid-quarter" })],
  ["Sớm", span("open-ended", null, null, { invalid: "unrecognized" })],
  ["Đang cập nhật", span("open-ended", null, null, { invalid: "unrecognized" })],
  ["6 tháng", span("open-ended", null, null, { invalid: "unrecognized" })],
];

describe("parseDeadline", () => {
  it.each(SEEDS)("seed phrase %j", check);
  it.each(OTHER_FORMS)("other form %j", check);
  it.each(INVALID)("impossible or unreadable %j", check);

  it.each([null, undefined, "", "   ", "-", " – ", "…", "...", "\n\n"])("missing: %j", (raw) => {
    expect(Deadline.parse(parseDeadline(raw))).toEqual({
      raw: null,
      kind: "missing",
      start: null,
      end: null,
      recurrence: null,
      condition: null,
    });
  });

  it("keeps raw as given, only trimmed", () => {
    expect(parseDeadline("  Quý III-\n\nIV/2026  ").raw).toBe("Quý III-\n\nIV/2026");
    expect(parseDeadline("Năm 2021.").raw).toBe("Năm 2021.");
  });

  it("gives concrete kinds both bounds, start ≤ end, and open-ended no end", () => {
    for (const [raw] of [...SEEDS, ...OTHER_FORMS]) {
      const d = parseDeadline(raw);
      if (["date", "month", "quarter", "half-year", "year", "period"].includes(d.kind)) {
        expect(d.start && d.end && d.start <= d.end, raw).toBeTruthy();
      }
      if (d.kind === "open-ended") expect(d.end, raw).toBeNull();
    }
  });
});

describe("parseDeadline: text variants", () => {
  const same = (variant: string, reference: string) => {
    const { raw: _a, ...got } = parseDeadline(variant);
    const { raw: _b, ...want } = parseDeadline(reference);
    expect(got).toEqual(want);
  };

  it.each([
    ["THƯỜNG XUYÊN", "Thường xuyên"],
    ["quý iii/2026", "Quý III/2026"],
    ["HẰNG NĂM", "Hằng năm"],
    ["GIAI ĐOẠN 2026-2030", "Giai đoạn 2026-2030"],
    ["hoàn thành TRONG THÁNG 4-5/2026", "Hoàn thành trong tháng 4-5/2026"],
    ["THEO LỘ TRÌNH PHÊ DUYỆT", "Theo lộ trình phê duyệt"],
  ])("case-insensitive: %j", same);

  it("keeps the writer's casing in the condition", () => {
    expect(parseDeadline("KHI CÓ YÊU CẦU").condition).toBe("KHI CÓ YÊU CẦU");
  });

  it.each([
    "Thường xuyên",
    "Năm 2026 và những năm tiếp theo",
    "Quý III-\nIV/2026",
    "Khi có quy định, hướng dẫn của Bộ ngành Trung ương, của tỉnh",
    "trước ngày 05 tháng 12 năm 2026",
    "định kỳ 06 tháng (trước ngày 10 tháng 6) và hằng năm (trước ngày 10 tháng 12)",
    "Theo chương trình, kế hoạch công tác của tỉnh",
    "Đầu năm 2026",
  ])("NFD input reads like NFC: %j", (phrase) => {
    const nfd = phrase.normalize("NFD");
    expect(nfd).not.toBe(phrase);
    same(nfd, phrase);
    expect(parseDeadline(nfd).raw).toBe(nfd.trim());
  });

  it("reads the NFD condition back in NFC", () => {
    expect(parseDeadline("Khi có yêu cầu".normalize("NFD")).condition).toBe("Khi có yêu cầu");
  });

  it.each([
    ["Qúy I/2026", "Quý I/2026"],
    ["Quí I/2026", "Quý I/2026"],
    ["Định kì hằng quý", "Định kỳ hằng quý"],
    ["Theo kế hoạch của Đảng uỷ", "Theo kế hoạch của Đảng ủy"],
  ])("tone placement / i-y spelling: %j", same);

  it("keeps either tone placement as written inside a condition", () => {
    expect(parseDeadline("Khi có chỉ đạo của Uỷ ban").condition).toBe("Khi có chỉ đạo của Uỷ ban");
    expect(parseDeadline("Khi có chỉ đạo của Ủy ban").condition).toBe("Khi có chỉ đạo của Ủy ban");
  });

  it.each([
    ["  Quý   III  -  IV / 2026  ", "Quý III-IV/2026"],
    ["Năm\t2021\n-\n2022", "Năm 2021-2022"],
    ["Tháng 4 - 5 / 2026", "Tháng 4-5/2026"],
    ["30 / 6 / 2021", "30/6/2021"],
    ["Giai\u00a0đoạn 2026\u20132030", "Giai đoạn 2026-2030"],
    ["Khi  có \n yêu   cầu", "Khi có yêu cầu"],
  ])("extra whitespace and dashes: %j", same);
});

describe("parseDeadline: hostile input", () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

  // A guard against catastrophic backtracking only (linear code takes ~50–200 ms here); not a benchmark.
  it.each([
    ["Quý ", fill("Quý ")],
    ["năm 2026 và ", fill("năm 2026 và ")],
    ["digit run", fill("2026")],
    ["Quý I-", fill("Quý I-")],
    ["dots before a letter", fill(". ") + "x"],
    ["comma run in a condition", "Khi " + fill(", ") + "x"],
    ["lead words and commas", fill("trong, ")],
    ["định kỳ (", fill("định kỳ (quý, ")],
    ["table text", fill("Hoàn thành trong tháng 4-5/2026, Quý III- IV/2026 và hằng năm; Khi có (")],
  ])("%s (1 MB) finishes quickly", (_name, text) => {
    let d: unknown;
    expect(cpuMs(() => (d = parseDeadline(text)))).toBeLessThan(1000);
    expect(() => Deadline.parse(d)).not.toThrow();
  });
});
