import { describe, expect, it } from "vitest";
import { csvField, guardFormula, toCsv } from "../../src/export/csv.js";
import { escapeText, foldLine, taskUid, toIcs } from "../../src/export/ics.js";
import { buildTaskRows, isConcreteDeadline } from "../../src/export/rows.js";
import { parseDeadline } from "../../src/vocab/deadline.js";
import type { TaskRow } from "../../src/model/task-export.js";
import { reportInputFor } from "../helpers/report-input.js";

const seeds = await reportInputFor(["fixtures/plans"]);
const rows = buildTaskRows(seeds.results);

describe("task rows", () => {
  it("one row per task of every document, in file order", () => {
    const tasks = seeds.results.flatMap((r) => r.planFile?.documents.flatMap((d) => d.tasks) ?? []);
    expect(rows.length).toBe(tasks.length);
    expect(rows.map((r) => r.text)).toEqual(tasks.map((t) => t.text));
  });

  it("counts the findings about each task by its document and task index", () => {
    const thuanAn = rows.filter((r) => r.file.includes("ttyt-thuan-an"));
    // The plan is the second document of the file; its II.2 has missing-deadline and missing-lead-unit.
    expect(thuanAn.every((r) => r.documentIndex === 1)).toBe(true);
    expect(thuanAn.find((r) => r.taskId === "II.2")!.findings).toBe(2);
    const perTask = seeds.results.flatMap((r) => r.findings).filter((f) => f.path[2] === "tasks").length;
    expect(rows.reduce((n, r) => n + r.findings, 0)).toBe(perTask);
  });

  it("a concrete deadline has an end and is not vague", () => {
    expect(isConcreteDeadline(parseDeadline("Quý II/2026"))).toBe(true);
    expect(isConcreteDeadline(parseDeadline("30/9/2026"))).toBe(true);
    expect(isConcreteDeadline(parseDeadline("Thường xuyên"))).toBe(false);
    expect(isConcreteDeadline(parseDeadline("Năm 2021, sau khi Thanh tra Chính phủ có hướng dẫn"))).toBe(false);
    expect(isConcreteDeadline(parseDeadline("Hàng năm"))).toBe(false);
    expect(isConcreteDeadline(parseDeadline("31/6/2026"))).toBe(false);
    expect(isConcreteDeadline(parseDeadline(""))).toBe(false);
  });
});

describe("CSV fields", () => {
  it("quotes fields with a comma, quote or line break (RFC 4180) and leaves others alone", () => {
    expect(csvField("Văn phòng Sở")).toBe("Văn phòng Sở");
    expect(csvField("Các chi, đảng bộ")).toBe('"Các chi, đảng bộ"');
    expect(csvField('Dự án "Y tế số"')).toBe('"Dự án ""Y tế số"""');
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(guardFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(guardFormula("- Văn phòng Sở")).toBe("'- Văn phòng Sở");
    expect(guardFormula("Quý I/2026")).toBe("Quý I/2026");
  });

  it("starts with a BOM and ends every record with CRLF", () => {
    const csv = toCsv(rows.slice(0, 3), "vi");
    expect(csv.startsWith("\uFEFFTệp,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5); // header, 3 rows, "" after the last CRLF
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/u);
  });
});

describe("ICS lines", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"Kiểm tra công vụ tại các đơn vị trực thuộc Sở Y tế; ".repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
    // Each physical line decodes on its own: no character was cut in half.
    for (const p of physical) expect(Buffer.from(p, "utf8").toString("utf8")).toBe(p);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("UIDs depend on file, document and task id, not on how the path was typed or the export time", () => {
    const r = rows.find((x) => x.taskId === "I.2" && x.file.includes("chuyen-doi-so"))!;
    const cwd = "/repo";
    expect(taskUid(r, cwd)).toBe(taskUid({ ...r, file: `./${r.file}` }, cwd));
    expect(taskUid(r, cwd)).toBe(taskUid({ ...r, file: `/repo/${r.file}` }, cwd));
    expect(taskUid(r, cwd)).not.toBe(taskUid({ ...r, taskId: "I.3" }, cwd));
    expect(taskUid(r, cwd)).not.toBe(taskUid({ ...r, documentIdentifier: "26/KH-SYT" }, cwd));
    const a = toIcs([r], { lang: "vi", toolVersion: "t", cwd, now: new Date("2026-01-01T00:00:00Z") });
    const b = toIcs([r], { lang: "vi", toolVersion: "t", cwd, now: new Date("2026-06-01T08:30:00Z") });
    const uid = (s: string) => /^UID:(.*)$/mu.exec(s)![1];
    expect(uid(a.text)).toBe(uid(b.text));
    expect(a.text).toContain("DTSTAMP:20260101T000000Z\r\n");
  });

  it("never invents a date: tasks without a concrete deadline are returned as skipped", () => {
    const vague: TaskRow = { ...rows[0]!, deadline: parseDeadline("Thường xuyên"), concreteDeadline: false };
    const r = toIcs([vague], { lang: "vi", toolVersion: "t", cwd: "/", now: new Date(0) });
    expect(r.text).not.toContain("BEGIN:VTODO");
    expect(r.skipped).toEqual([vague]);
  });
});
