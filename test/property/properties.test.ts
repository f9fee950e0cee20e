import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { findCitations, parseIdentifier } from "../../src/extract/citations.js";
import { parseDeadline } from "../../src/vocab/deadline.js";
import { splitUnits, toneKey, unitKey } from "../../src/vocab/units.js";
import { Deadline } from "../../src/model/deadline.js";
import { PlanFile } from "../../src/model/plan-file.js";
import type { Task } from "../../src/model/task.js";
import { fromLegacy, repairLegacyText, toLegacy } from "../../src/normalize/legacy.js";
import { extractFixture, SEED } from "../helpers/fixtures.js";
import { seedText } from "../hostile/corpus.js";

/** Characters of the seeds plus separators, digits and the look-alikes: strings that look like plans. */
const VN = fc.string({ unit: fc.constantFrom(...new Set([...seedText(), ..."0123456789/-.,;:()\t\n|*+ĐđÐðƉ\u00AD\u0301\u0323"])), maxLength: 300 });
const ANY = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 }), VN);
const RUNS = { numRuns: 300 };

describe("never throw on arbitrary Unicode", () => {
  it("parseDeadline returns a valid Deadline", () => {
    fc.assert(
      fc.property(ANY, (s) => {
        expect(() => Deadline.parse(parseDeadline(s))).not.toThrow();
      }),
      RUNS,
    );
  });
  it("findCitations and parseIdentifier", () => {
    fc.assert(
      fc.property(ANY, (s) => {
        for (const c of findCitations(s)) expect(c.index + c.length).toBeLessThanOrEqual(s.length);
        parseIdentifier(s);
      }),
      RUNS,
    );
  });
  it("unitKey and splitUnits; the key ignores NFC/NFD and old/new tone placement", () => {
    fc.assert(
      fc.property(ANY, (s) => {
        splitUnits(s);
        const k = unitKey(s);
        expect(unitKey(s.normalize("NFD"))).toBe(k);
        expect(unitKey(toneKey(s))).toBe(k);
      }),
      RUNS,
    );
  });
  it("text ingestion and extraction give a valid PlanFile for any text and any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(ANY.map((s) => new TextEncoder().encode(s)), fc.uint8Array({ maxLength: 2000 })), async (bytes) => {
        const pf = await extractBytes(bytes, "x.txt");
        expect(() => PlanFile.parse(pf)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
  it("legacy conversion: Unicode → TCVN3/VNI → Unicode gives the text back (lower case, no capitals lost)", () => {
    const lower = fc.string({ unit: fc.constantFrom(...new Set([...seedText().toLowerCase()].filter((c) => c !== "\u00AD"))), maxLength: 200 });
    fc.assert(
      fc.property(lower, (s) => {
        const t = s.normalize("NFC");
        expect(fromLegacy(toLegacy(t, "vni"), "vni")).toBe(t);
        expect(fromLegacy(toLegacy(t, "tcvn3"), "tcvn3").toLowerCase()).toBe(t);
        repairLegacyText(t);
      }),
      RUNS,
    );
  });
});

/** Old-style tone placement (hòa, thủy) ↔ new style (hoà, thuỷ) in syllable-final oa/oe/uy. */
function toOldStyle(s: string): string {
  return s.normalize("NFD").replace(/(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, "$1$3$2").normalize("NFC");
}

/** Every string in a value mapped through `f` (to compare extractions modulo a spelling variant). */
function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === "string") return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

describe("equivalent spellings give the same extraction", () => {
  const seeds = Object.values(SEED);
  it.each(seeds)("%s: NFD and old/new tone placement", async (path) => {
    const original = await extractFixture(path);
    const text = (await import("node:fs")).readFileSync(path.startsWith("/") ? path : `${process.cwd()}/${path}`, "utf8");
    const nfd = await extractBytes(new TextEncoder().encode(text.normalize("NFD")), path);
    expect(nfd.documents).toEqual(original.documents);
    // Tone placement changes the text, so compare on the tone key of every string.
    for (const variant of [toOldStyle(text), toneKey(text)]) {
      const pf = await extractBytes(new TextEncoder().encode(variant), path);
      expect(mapStrings(pf.documents, toneKey)).toEqual(mapStrings(original.documents, toneKey));
    }
  });
});

/**
 * Stability of the text fields. Each task's text fields, written back as a plan in the
 * label-list form the extractor reads ("1. <text>" then "+ Đơn vị chủ trì: …", units joined
 * with ";"), are extracted again; the second extraction must give the same text, the same
 * lead / executor / coordinator units (as unit keys), the same responsible person, product
 * and budget, and a deadline of the same kind and window. Ids and sections are not part of
 * it (the rewritten plan has its own numbering).
 */
describe("re-extracting the output's text fields is stable", () => {
  const render = (tasks: Task[]) =>
    [
      "KẾ HOẠCH",
      "Thực hiện nhiệm vụ",
      "I. NHIỆM VỤ",
      ...tasks.flatMap((t, i) => [
        `${i + 1}. ${t.text}`,
        ...(t.lead.length ? [`+ Đơn vị chủ trì: ${t.lead.join("; ")}`] : []),
        ...(t.executors.length ? [`+ Đơn vị thực hiện: ${t.executors.join("; ")}`] : []),
        ...(t.coordinators.length ? [`+ Đơn vị phối hợp: ${t.coordinators.join("; ")}`] : []),
        ...(t.responsiblePerson ? [`+ Người chịu trách nhiệm: ${t.responsiblePerson}`] : []),
        ...(t.product ? [`+ Sản phẩm: ${t.product}`] : []),
        ...(t.budget ? [`+ Kinh phí: ${t.budget}`] : []),
        ...(t.deadline.raw ? [`+ Thời gian hoàn thành: ${t.deadline.raw}`] : []),
      ]),
    ].join("\n");
  const fields = (t: Task) => ({
    text: t.text,
    lead: t.lead.map(unitKey),
    executors: t.executors.map(unitKey),
    coordinators: t.coordinators.map(unitKey),
    responsiblePerson: t.responsiblePerson,
    product: t.product,
    budget: t.budget,
    deadline: { kind: t.deadline.kind, start: t.deadline.start, end: t.deadline.end },
  });

  it.each(Object.values(SEED))("%s", async (path) => {
    const original = await extractFixture(path);
    // Tasks whose text can stand as a numbered item (not empty, not itself numbered).
    const tasks = original.documents.flatMap((d) => d.tasks).filter((t) => t.text !== "" && !/^(?:\d|[IVX]+\.|[a-zđ]\)|\()/u.test(t.text));
    // Seed 002's flattened table gives no tasks yet (its recovery is another branch's work).
    if (original.documents.every((d) => d.tasks.length === 0)) return;
    expect(tasks.length).toBeGreaterThan(3);
    const again = await extractBytes(new TextEncoder().encode(render(tasks)), "again.txt");
    const back = again.documents.flatMap((d) => d.tasks);
    expect(back.map(fields)).toEqual(tasks.map(fields));
  });
});
