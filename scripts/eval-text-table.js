#!/usr/bin/env node
// Accuracy of the flattened-table recovery on seed 002, measured against the hand
// transcription fixtures/tables/seed-002-appendix.yaml. Run `npm run eval:text`
// (builds first). `evaluate` is also used by test/ingest/flattened-accuracy.test.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const TRANSCRIPTION = "fixtures/tables/seed-002-appendix.yaml";
export const SOURCE = "fixtures/plans/syt-phu-luc-cai-cach-hanh-chinh-2026.txt";

/** Fields compared, with how the task model holds each. */
export const FIELDS = ["text", "objective", "group", "product", "lead", "coordinators", "deadline", "budget", "stt", "section"];

const MERGEABLE = ["stt", "objective", "group", "budget"];
const space = (s) => (s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
/** The trimming task-fields.ts applies to product and budget cells. */
const trimValue = (s) => space(s).replace(/^[\s\-–:]+|[\s.;,]+$/gu, "").trim();

/** Transcribed rows with merged cells carried down (the logical grid). */
export function logicalRows(transcription) {
  const open = {};
  const out = [];
  let section = null;
  let subsection = null;
  for (const r of transcription.rows) {
    if (r.section !== section || r.subsection !== subsection) {
      for (const k of MERGEABLE) delete open[k];
      section = r.section;
      subsection = r.subsection;
    }
    const row = { ...r };
    for (const k of MERGEABLE) {
      if (r[k] !== undefined) open[k] = { value: r[k], left: r.span?.[k] ?? 1 };
      if (r[k] === undefined && open[k] && open[k].left > 0) row[k] = open[k].value;
      if (open[k]) open[k].left--;
    }
    out.push(row);
  }
  return out;
}

function sectionTitle(transcription, row) {
  const s = transcription.sections.find((x) => x.stt === row.section);
  return s ? `${s.stt} ${s.title}` : null;
}

/** What the transcription says a task extracted from this row should hold. */
function expected(transcription, row, splitUnits, unitKey) {
  const units = (s) => (s ? splitUnits(space(s)).map(unitKey) : []);
  return {
    text: space(row.text).replace(/[\s:]+$/u, ""),
    objective: row.objective ? space(row.objective) : null,
    group: row.group ? space(row.group) : null,
    product: row.product ? trimValue(row.product) : null,
    lead: units(row.lead),
    coordinators: units(row.coordinators),
    deadline: row.deadline ? trimValue(row.deadline) : null,
    budget: row.budget ? trimValue(row.budget) : null,
    stt: row.stt ?? null,
    section: sectionTitle(transcription, row),
  };
}

/** The same fields read off an extracted task. */
function actual(task, unitKey) {
  const ctx = (name) => {
    const s = task.section.find((x) => x.startsWith(`${name}: `));
    return s ? space(s.slice(name.length + 2)) : null;
  };
  return {
    text: space(task.text),
    objective: ctx("Mục tiêu"),
    group: ctx("Nhiệm vụ"),
    product: task.product ? trimValue(task.product) : null,
    lead: task.lead.map(unitKey),
    coordinators: task.coordinators.map(unitKey),
    deadline: task.deadline.raw ? trimValue(task.deadline.raw) : null,
    budget: task.budget ? trimValue(task.budget) : null,
    stt: null,
    section: task.section[0] ?? null,
  };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares the table tasks of one document with the transcription. Rows are matched by the
 * source line where their Hoạt động cell starts (task.location.line).
 */
export function evaluate(tasks, transcription, { splitUnits, unitKey }) {
  const rows = logicalRows(transcription);
  const byLine = new Map();
  for (const t of tasks) if (t.origin === "table") byLine.set(t.location.line, t);
  const used = new Set();
  const perField = Object.fromEntries(FIELDS.filter((f) => f !== "stt").map((f) => [f, 0]));
  let found = 0;
  let keyFieldsRight = 0;
  let allRight = 0;
  const mismatches = [];
  for (const row of rows) {
    const task = byLine.get(row.line);
    if (!task) {
      mismatches.push({ row: row.row, line: row.line, missing: true });
      continue;
    }
    used.add(task);
    found++;
    const want = expected(transcription, row, splitUnits, unitKey);
    const got = actual(task, unitKey);
    const wrong = [];
    for (const f of Object.keys(perField)) {
      if (same(want[f], got[f])) perField[f]++;
      else wrong.push({ field: f, want: want[f], got: got[f] });
    }
    const key = ["lead", "coordinators", "deadline"];
    if (key.every((f) => same(want[f], got[f]))) keyFieldsRight++;
    if (wrong.length === 0) allRight++;
    else mismatches.push({ row: row.row, line: row.line, id: task.id, confidence: task.confidence, wrong });
  }
  const invented = tasks.filter((t) => t.origin === "table" && !used.has(t));
  return {
    transcribed: rows.length,
    found,
    invented: invented.map((t) => ({ id: t.id, line: t.location.line, text: t.text.slice(0, 60) })),
    keyFieldsRight,
    allRight,
    perField,
    mismatches,
  };
}

const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

export function formatReport(r) {
  const lines = [
    `rows transcribed            ${r.transcribed}`,
    `rows found                  ${r.found} (${pct(r.found, r.transcribed)})`,
    `rows invented               ${r.invented.length}`,
    `lead+coordinators+deadline  ${r.keyFieldsRight}/${r.transcribed} (${pct(r.keyFieldsRight, r.transcribed)})`,
    `all fields right            ${r.allRight}/${r.transcribed} (${pct(r.allRight, r.transcribed)})`,
    "per field (rows right / transcribed):",
    ...Object.entries(r.perField).map(([f, n]) => `  ${f.padEnd(13)} ${String(n).padStart(3)}/${r.transcribed}  ${pct(n, r.transcribed)}${f === "budget" ? "  (merge extent inferred)" : ""}`),
  ];
  return lines.join("\n");
}

async function main() {
  const root = fileURLToPath(new URL("../", import.meta.url));
  process.chdir(root);
  const { extractFile } = await import("../dist/api.js");
  const { splitUnits, unitKey } = await import("../dist/vocab/units.js");
  const transcription = parse(readFileSync(TRANSCRIPTION, "utf8"));
  const t0 = performance.now();
  const res = await extractFile(SOURCE);
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(res.reason);
  const tasks = res.planFile.documents.flatMap((d) => d.tasks);
  const report = evaluate(tasks, transcription, { splitUnits, unitKey });
  console.log(`seed 002 (${SOURCE}), extraction ${ms.toFixed(0)} ms`);
  console.log(formatReport(report));
  const warnings = res.planFile.diagnostics.filter((d) => d.code === "uncertain-table-structure");
  console.log(`uncertain-table-structure warnings: ${warnings.length}` + (warnings.length ? ` (lines ${warnings.map((w) => w.location?.line).join(", ")})` : ""));
  if (process.argv.includes("--verbose")) {
    for (const m of report.mismatches) console.log(JSON.stringify(m));
    for (const t of report.invented) console.log("invented", JSON.stringify(t));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
