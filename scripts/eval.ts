/**
 * `npm run eval`: accuracy of table reconstruction against the render specs
 * (fixtures/render/*.yaml), whose tables are the ground truth of the DOCX and PDF files
 * rendered from them. Per fixture and format it prints cell-level precision / recall / F1
 * on the logical grid (merged text repeated in every covered position; text compared
 * after NFC and whitespace collapsing), the share of task rows with every cell right, and
 * the row count. Rows are aligned first (longest common subsequence, rows matching when
 * most of their cells do), so one missing row costs that row, not every row after it. Exits 1 when a target is missed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { ingest } from "../src/ingest/index.js";
import type { TableBlock } from "../src/ingest/source-document.js";
import { isTable, loadSpec, logicalGrid, type TableSpec } from "./fixtures/spec.js";

const ROOT = new URL("../", import.meta.url).pathname;
const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

interface Kind {
  label: string;
  file: (name: string) => string;
  target: { f1: number; rows?: number; rowCount?: boolean };
}

const KINDS: Kind[] = [
  { label: "docx", file: (n) => `fixtures/docx/${n}.docx`, target: { f1: 0.995, rowCount: true } },
  { label: "pdf", file: (n) => `fixtures/pdf/${n}.pdf`, target: { f1: 0.98, rows: 0.95, rowCount: true } },
  { label: "pdf-filled", file: (n) => `fixtures/pdf/${n}-filled.pdf`, target: { f1: 0.98, rows: 0.95, rowCount: true } },
  { label: "pdf-rotated", file: (n) => `fixtures/pdf/${n}-rotated.pdf`, target: { f1: 0.98, rows: 0.95, rowCount: true } },
];

interface Score {
  tp: number;
  fp: number;
  fn: number;
  rowsRight: number;
  taskRows: number;
  rows: number;
  truthRows: number;
}

function truthGrid(t: TableSpec): string[][] {
  return logicalGrid(t).map((r) => r.map((c) => norm(c.text)));
}

function extractedGrid(t: TableBlock): string[][] {
  return t.rows.map((r) => r.cells.map((c) => norm(c.text)));
}

/** Task rows: not header rows, not section rows (one text across all but the first cell). */
function isTaskRow(row: string[], index: number, headerRows: number): boolean {
  if (index < headerRows) return false;
  const rest = new Set(row.slice(1));
  return !(rest.size === 1 || new Set(row).size === 1);
}

/** Longest common subsequence of rows, two rows matching when most of their cells agree. */
function lcs(a: string[][], b: string[][]): Array<[number, number]> {
  const same = (x: string[], y: string[]) => {
    const filled = x.map((c, i) => [c, y[i] ?? ""] as const).filter(([c, d]) => c !== "" || d !== "");
    return filled.length > 0 && filled.filter(([c, d]) => c === d).length * 2 > filled.length;
  };
  const n = a.length, m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = same(a[i]!, b[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(a[i]!, b[j]!) && dp[i]![j] === dp[i + 1]![j + 1]! + 1) out.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function score(truth: string[][], got: string[][], headerRows: number): Score {
  const pairs = lcs(truth, got);
  const s: Score = { tp: 0, fp: 0, fn: 0, rowsRight: 0, taskRows: 0, rows: got.length, truthRows: truth.length };
  const matchedT = new Set(pairs.map(([i]) => i));
  const matchedG = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const t = truth[i]!, g = got[j]!;
    let right = true;
    for (let c = 0; c < Math.max(t.length, g.length); c++) {
      const a = t[c] ?? "", b = g[c] ?? "";
      if (a === b) {
        if (a !== "") s.tp++;
      } else {
        right = false;
        if (process.env.EVAL_DEBUG) console.error(`  row ${i} col ${c}\n    want ${JSON.stringify(a)}\n    got  ${JSON.stringify(b)}`);
        if (a !== "") s.fn++;
        if (b !== "") s.fp++;
      }
    }
    if (isTaskRow(t, i, headerRows)) {
      s.taskRows++;
      if (right) s.rowsRight++;
    }
  }
  truth.forEach((t, i) => {
    if (matchedT.has(i)) return;
    if (process.env.EVAL_DEBUG) console.error(`  missing row ${i}: ${t.slice(0, 4).join(" | ").slice(0, 150)}`);
    s.fn += t.filter((x) => x !== "").length;
    if (isTaskRow(t, i, headerRows)) s.taskRows++;
  });
  got.forEach((g, j) => {
    if (!matchedG.has(j) && process.env.EVAL_DEBUG) console.error(`  extra row ${j}: ${g.slice(0, 4).join(" | ").slice(0, 150)}`);
    if (!matchedG.has(j)) s.fp += g.filter((x) => x !== "").length;
  });
  return s;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "—");
const rows: string[][] = [["fixture", "format", "cells P", "R", "F1", "task rows right", "rows (got/truth)", "target"]];
let failed = 0;
const names = readdirSync(join(ROOT, "fixtures/render")).filter((f) => f.endsWith(".yaml")).map((f) => basename(f, ".yaml"));
for (const name of names) {
  const spec = loadSpec(join(ROOT, "fixtures/render", `${name}.yaml`));
  const truths = spec.blocks.filter(isTable).map((b) => b.table).filter((t) => !t.layout);
  if (truths.length === 0) continue;
  const borderless = truths.every((t) => t.borders === "none");
  for (const kind of KINDS) {
    const path = kind.file(name);
    if (!existsSync(join(ROOT, path))) continue;
    const doc = await ingest(readFileSync(join(ROOT, path)), path);
    const got = doc.blocks.filter((b): b is TableBlock => b.type === "table");
    const total: Score = { tp: 0, fp: 0, fn: 0, rowsRight: 0, taskRows: 0, rows: 0, truthRows: 0 };
    truths.forEach((t, k) => {
      const g = got[k];
      const s = score(truthGrid(t), g ? extractedGrid(g) : [], t.headerRows ?? 0);
      for (const key of Object.keys(total) as Array<keyof Score>) total[key] += s[key];
    });
    for (const extra of got.slice(truths.length)) total.fp += extractedGrid(extra).flat().filter((x) => x !== "").length;
    const p = total.tp / (total.tp + total.fp);
    const r = total.tp / (total.tp + total.fn);
    const f1 = (2 * p * r) / (p + r);
    const rowShare = total.rowsRight / total.taskRows;
    const target = kind.label.startsWith("pdf") && borderless ? { f1: 0.9 } : kind.target;
    const ok = f1 >= target.f1 && (target.rows === undefined || rowShare >= target.rows) && (!target.rowCount || total.rows === total.truthRows);
    if (!ok) failed++;
    const t = `F1≥${pct(target.f1)}${target.rows ? `, rows≥${pct(target.rows)}` : ""}${target.rowCount ? ", rows =" : ""}`;
    rows.push([name, kind.label + (borderless ? " (borderless)" : ""), pct(p), pct(r), pct(f1), `${pct(rowShare)} (${total.rowsRight}/${total.taskRows})`, `${total.rows}/${total.truthRows}`, `${ok ? "ok" : "MISSED"}: ${t}`]);
  }
}
// Baselines (--baselines): the same measure for mammoth on the DOCX files.
if (process.argv.includes("--baselines")) {
  const { mammothTables } = await import("./baselines/mammoth.js");
  for (const name of names) {
    const spec = loadSpec(join(ROOT, "fixtures/render", `${name}.yaml`));
    const truths = spec.blocks.filter(isTable).map((b) => b.table).filter((t) => !t.layout);
    const path = `fixtures/docx/${name}.docx`;
    if (truths.length === 0 || !existsSync(join(ROOT, path))) continue;
    // mammoth also returns layout tables; keep those with the truth's column count, in order.
    const got = (await mammothTables(readFileSync(join(ROOT, path)))).filter((g) => truths.some((t) => g[0]?.length === t.widths.length));
    const total: Score = { tp: 0, fp: 0, fn: 0, rowsRight: 0, taskRows: 0, rows: 0, truthRows: 0 };
    truths.forEach((t, k) => {
      const s = score(truthGrid(t), (got[k] ?? []).map((r) => r.map(norm)), t.headerRows ?? 0);
      for (const key of Object.keys(total) as Array<keyof Score>) total[key] += s[key];
    });
    const p = total.tp / (total.tp + total.fp), r = total.tp / (total.tp + total.fn);
    rows.push([name, "docx via mammoth (baseline)", pct(p), pct(r), pct((2 * p * r) / (p + r)), `${pct(total.rowsRight / total.taskRows)} (${total.rowsRight}/${total.taskRows})`, `${total.rows}/${total.truthRows}`, "—"]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
console.log(failed === 0 ? "\nall targets met" : `\n${failed} target(s) missed`);
process.exitCode = failed === 0 ? 0 : 1;
