import { describe, expect, it } from "vitest";
import { unitKey } from "../../src/vocab/units.js";
import { extractFixture, SEED } from "../helpers/fixtures.js";

/** The acceptance facts of the extraction issue, written from the seed texts by hand. */
describe("seed 000 — Party plan 104-KH/ĐU with an appendix table", () => {
  it("reads the Party-form header as printed (dated 2025 although it cites 2026 documents)", async () => {
    const [doc] = (await extractFixture(SEED.dangUy)).documents;
    expect(doc).toMatchObject({
      kind: "KH",
      identifier: "104-KH/ĐU",
      number: "104",
      symbol: "KH/ĐU",
      place: "Lai Châu",
      date: "2025-06-22",
      issuer: "Đảng ủy Sở Y tế",
      signer: "Nguyễn Thế Phong",
    });
    expect(doc!.appendices[0]!.parent).toMatchObject({ identifier: "104-KH/ĐU", date: "2026-06-22", issuer: "Đảng ủy Sở Y tế" });
  });

  it("extracts the 16 appendix tasks with lead, executors, coordinators, responsible person and deadline", async () => {
    const [doc] = (await extractFixture(SEED.dangUy)).documents;
    const table = doc!.tasks.filter((t) => t.origin === "table");
    expect(table.map((t) => t.id)).toEqual([
      "I.1", "I.2", "I.3", "I.4", "I.5",
      "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "II.8", "II.9", "II.10", "II.11",
    ]);
    for (const t of table) {
      expect(t.lead.map(unitKey)).toEqual([unitKey("Đảng ủy Sở Y tế")]);
      expect(t.coordinators.length).toBeGreaterThan(0);
      expect(t.responsiblePerson).toMatch(/BGD|BGĐ|Phó Bí thư/u);
      expect(t.deadline.raw).not.toBeNull();
    }
    // Both tone placements occur in the lead column and both are kept as printed.
    expect(new Set(table.map((t) => t.lead[0]))).toEqual(new Set(["Đảng ủy Sở Y tế", "Đảng uỷ Sở Y tế"]));
    const i5 = table.find((t) => t.id === "I.5")!;
    expect(i5.executors).toEqual(["UBKT Đảng uỷ", "Sở Y tế"]);
    expect(table.find((t) => t.id === "I.1")!.deadline).toMatchObject({ kind: "month", start: "2026-04-01", end: "2026-05-31" });
    expect(table.find((t) => t.id === "II.4")!.deadline).toMatchObject({ kind: "period", start: "2026-01-01", end: "2030-12-31" });
    expect(table.filter((t) => t.deadline.raw === "Thường xuyên")).toHaveLength(11);
  });

  it("extracts the section IV duties with the unit heading as lead", async () => {
    const [doc] = (await extractFixture(SEED.dangUy)).documents;
    const duties = doc!.tasks.filter((t) => t.origin === "duties");
    expect(duties.map((t) => [t.id, t.lead[0]])).toEqual([
      ["IV.1", "Các chi, đảng bộ trực thuộc"],
      ["IV.2", "Sở Y tế"],
      ["IV.3", "Đảng ủy Sở Y tế"],
      ["IV.4", "Ủy ban Kiểm tra Đảng ủy"],
    ]);
  });

  it("finds the 62-KH/ĐU and 62-KH/TU citations of the same 10/4/2026 plan separately", async () => {
    const [doc] = (await extractFixture(SEED.dangUy)).documents;
    const ids = doc!.references.map((c) => [c.identifier, c.date]);
    expect(ids).toEqual([
      ["62-KH/ĐU", "2026-04-10"],
      ["58-KH/TU", "2026-03-18"],
      ["79-NQ/TW", "2026-01-06"],
      ["62-KH/TU", "2026-04-10"],
    ]);
  });
});

describe("seed 001 — plan with inline label lists and a blank number", () => {
  it("has a blank number and the date 25/01/2021", async () => {
    const [doc] = (await extractFixture(SEED.quangNgai)).documents;
    expect(doc).toMatchObject({ identifier: null, number: null, symbol: "KH-SYT", numberRaw: "Số: /KH-SYT", date: "2021-01-25" });
  });

  it("extracts one task per labelled group (47 deadline labels in the text)", async () => {
    const [doc] = (await extractFixture(SEED.quangNgai)).documents;
    expect(doc!.tasks).toHaveLength(47);
    expect(doc!.tasks.every((t) => t.origin === "list" && t.lead.length > 0 && t.deadline.raw !== null)).toBe(true);
    const first = doc!.tasks[0]!;
    expect(first).toMatchObject({ id: "B.I.1#1", lead: ["Tổ chức cán bộ"], coordinators: ["Các phòng, đơn vị trực thuộc sở"] });
    expect(first.deadline).toMatchObject({ raw: "Năm 2021", kind: "year" });
  });

  it('reads "Phòng phối hợp với Sở KH-ĐT: Kế hoạch tài chính" as an outside lead', async () => {
    const [doc] = (await extractFixture(SEED.quangNgai)).documents;
    const t = doc!.tasks.find((x) => x.text.startsWith("Đồ án Điều chỉnh quy hoạch chung"))!;
    expect(t.lead).toEqual(["Sở KH-ĐT"]);
    expect(t.coordinators).toEqual(["Kế hoạch tài chính"]);
  });

  it("keeps the conditional deadlines with their bounds", async () => {
    const [doc] = (await extractFixture(SEED.quangNgai)).documents;
    const cond = doc!.tasks.filter((t) => t.deadline.kind === "conditional").map((t) => t.deadline);
    expect(cond).toHaveLength(2);
    expect(cond[0]).toMatchObject({ start: "2021-01-01", end: "2021-12-31", condition: "sau khi Thanh tra Chính phủ có hướng dẫn chi tiết" });
  });

  it("gives the (1)(2)(3) item its several leads", async () => {
    const [doc] = (await extractFixture(SEED.quangNgai)).documents;
    const t = doc!.tasks.find((x) => x.text.startsWith("Báo cáo đánh giá: (1)"))!;
    expect(t.lead).toEqual(["Văn phòng Sở", "Phòng Kế hoạch tài chính"]);
  });
});

describe("seed 002 — appendix whose table text lost its layout", () => {
  it("does not crash and yields the header from the 'Kèm theo' line", async () => {
    const [doc] = (await extractFixture(SEED.phuLuc)).documents;
    expect(doc).toMatchObject({ kind: "KH", identifier: null, symbol: "KH-SYT", date: null, dateRaw: "ngày /01/2026", issuer: "Sở Y tế" });
    expect(doc!.title).toBe("NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA SỞ Y TẾ NĂM 2026");
    expect(doc!.period).toEqual({ from: 2026, to: 2026 });
  });
});

describe("seed 003 — a report followed by the plan it answers", () => {
  it("splits the file into two documents and ignores the stamp noise", async () => {
    const docs = (await extractFixture(SEED.thuanAn)).documents;
    expect(docs.map((d) => [d.kind, d.identifier, d.date])).toEqual([
      ["BC", "660/BC-TTYT", "2026-05-27"],
      ["KH", "6757/KH-SYT", "2026-05-22"],
    ]);
    expect(docs[1]!.numberRaw).toBe("Số: 6757 /KH-SYT");
    expect(JSON.stringify(docs)).not.toMatch(/T\. H\. C\.|28\.15\.176/);
  });

  it("extracts the plan's tasks with lead and coordinators and no deadline", async () => {
    const plan = (await extractFixture(SEED.thuanAn)).documents[1]!;
    expect(plan.tasks.map((t) => t.id)).toEqual(["II.1", "II.2", "II.3", "II.4", "II.5#1", "II.5#2", "II.6#1", "II.6#2"]);
    expect(plan.tasks.every((t) => t.deadline.kind === "missing")).toBe(true);
    expect(plan.taskFields).not.toContain("deadline");
    const ii2 = plan.tasks.find((t) => t.id === "II.2")!;
    expect(ii2.lead).toEqual([]);
    expect(ii2.executors).toEqual(["Các phòng chuyên môn Sở Y tế, cơ quan, đơn vị thuộc, trực thuộc Sở Y tế"]);
    expect(plan.tasks.find((t) => t.id === "II.4")!.lead).toHaveLength(2);
  });

  it("records the report's cited plan and the event dated after the report", async () => {
    const report = (await extractFixture(SEED.thuanAn)).documents[0]!;
    expect(report.references.find((c) => c.identifier === "6757/KH-SYT")).toMatchObject({ date: "2026-05-22" });
    expect(report.dateMentions.map((d) => d.date)).toContain("2026-05-28");
  });
});

describe("seed 004 — plan without number, date or appendix table", () => {
  it("has no number or date, and announces an appendix that is absent", async () => {
    const [doc] = (await extractFixture(SEED.laiChau)).documents;
    expect(doc).toMatchObject({ kind: "KH", identifier: null, numberRaw: null, date: null, issuer: "Sở Y tế", period: { from: 2026, to: 2030 } });
    expect(doc!.appendices).toEqual([]);
    expect(doc!.appendixNotice).not.toBeNull();
  });

  it("extracts the section III duties per unit", async () => {
    const [doc] = (await extractFixture(SEED.laiChau)).documents;
    expect(doc!.tasks.every((t) => t.origin === "duties")).toBe(true);
    const leads = [...new Set(doc!.tasks.map((t) => t.lead.join(" + ")))];
    expect(leads).toEqual([
      "Văn phòng Sở Y tế",
      "Phòng Tổ chức cán bộ",
      "Phòng Nghiệp vụ Y",
      "Phòng Kế hoạch - Tài chính",
      "Các phòng chuyên môn + các đơn vị có thực hiện thủ tục hành chính",
      "Các đơn vị trực thuộc",
    ]);
    expect(doc!.tasks).toHaveLength(27);
  });

  it("finds 120/NĐ-CP and 57/NQ-TW and nothing that is not a citation", async () => {
    const [doc] = (await extractFixture(SEED.laiChau)).documents;
    const ids = doc!.references.map((c) => c.identifier);
    expect(ids).toContain("120/NĐ-CP");
    expect(ids).toContain("57/NQ-TW");
    expect(ids.some((i) => /9001|2015|III-IV/.test(i))).toBe(false);
    expect(ids).toHaveLength(12);
  });
});
