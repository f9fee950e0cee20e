/**
 * `npm run bench`: speed and memory of the PDF and DOCX readers, printed as figures (no
 * timed tests). Compares with poppler's `pdftotext -layout` and `pandoc` on the same files
 * when they are installed (Debian: poppler-utils, pandoc) and says so when they are not.
 *   - ms per PDF page: median of warm runs in one process, on the 46-page table plan
 *     fixtures/pdf/bench-40.pdf; also the cold first run and whole-process times
 *   - peak memory (max RSS of a fresh process) reading a 200-page PDF (that plan ×5, built here)
 *   - ms per DOCX: median of warm runs, and whole-process, against pandoc
 *   - `plan-lint --version` against `node -e ""` (hyperfine when installed)
 * Run `npm run build` first (the child processes use dist/).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import type { ingest as Ingest } from "../src/ingest/index.js";
// The built library (as users run it): tsx would also transform pdf.js on the fly.
const { ingest } = (await import(new URL("../dist/ingest/index.js", import.meta.url).href)) as { ingest: typeof Ingest };

const ROOT = new URL("../", import.meta.url).pathname;
const PDF = join(ROOT, "fixtures/pdf/bench-40.pdf");
const DOCX = join(ROOT, "fixtures/docx/bench-40.docx");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const tmp = mkdtempSync(join(tmpdir(), "plan-lint-bench-"));

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const fmt = (n: number, d = 1) => n.toFixed(d);
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

interface Timing {
  /** Median wall-clock time (ms). */
  wall: number;
  /** Mean CPU time, user + system (ms), when hyperfine measured it. */
  cpu?: number;
}

/** Whole-process time of a command: hyperfine when installed (wall and CPU), else spawn timing. */
function measure(cmd: string, args: string[], runs = RUNS): Timing {
  if (has("hyperfine")) {
    const json = join(tmp, "hf.json");
    const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    execFileSync("hyperfine", ["-N", "--warmup", "1", "--runs", String(runs), "--export-json", json, quoted], { stdio: "ignore" });
    const r = (JSON.parse(readFileSync(json, "utf8")) as { results: Array<{ median: number; user: number; system: number }> }).results[0]!;
    return { wall: r.median * 1000, cpu: (r.user + r.system) * 1000 };
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
    times.push(performance.now() - t0);
  }
  return { wall: median(times) };
}

const show = (t: Timing, per = 1, unit = "") =>
  `${fmt(t.wall / per)}${unit} wall` + (t.cpu !== undefined ? `, ${fmt(t.cpu / per)}${unit} CPU` : "");

/** In this process: the first (cold) run, then the median of warm runs, wall and CPU. */
async function inProcess(path: string): Promise<{ cold: number; warm: number; warmCpu: number; pages: number }> {
  const bytes = readFileSync(path);
  const times: number[] = [];
  const cpus: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const doc = await ingest(bytes, path);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
    pages = doc.pages ?? 0;
  }
  return { cold: times[0]!, warm: median(times.slice(1)), warmCpu: median(cpus.slice(1)), pages };
}

const lines: string[] = [];
const out = (s = "") => {
  lines.push(s);
  console.log(s);
};

out(`plan-lint bench — node ${process.version}, ${RUNS} runs, medians`);
out();

// PDF
const load = (() => {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ")[0];
  } catch {
    return "?";
  }
})();
out(`(load average ${load}: wall times grow with other work on the machine; CPU times much less)`);
out();
const pdf = await inProcess(PDF);
out(`PDF  ${PDF.slice(ROOT.length)} (${pdf.pages} pages)`);
out(`  plan-lint, in process, warm:  ${fmt(pdf.warm / pdf.pages)} ms/page wall, ${fmt(pdf.warmCpu / pdf.pages)} ms/page CPU (${fmt(pdf.warm, 0)} ms per file); first run ${fmt(pdf.cold, 0)} ms (loads pdf.js)`);
const ours = measure(process.execPath, [join(ROOT, "bin/plan-lint.js"), "extract", PDF, "-o", join(tmp, "out.yaml")], 5);
out(`  plan-lint extract, whole process:  ${show(ours)} ms = ${show(ours, pdf.pages, " ms/page")}`);
if (has("pdftotext")) {
  const base = measure("pdftotext", ["-layout", PDF, join(tmp, "out.txt")]);
  out(`  pdftotext -layout, whole process:  ${show(base)} ms = ${show(base, pdf.pages, " ms/page")}`);
  out(`  plan-lint / pdftotext:  ${fmt(ours.wall / base.wall, 1)}× wall` + (ours.cpu && base.cpu ? `, ${fmt(ours.cpu / base.cpu, 1)}× CPU` : ""));
} else out("  pdftotext: not installed (apt-get install poppler-utils) — baseline skipped");

// Memory on 200 pages.
const src = await PDFDocument.load(readFileSync(PDF));
const big = await PDFDocument.create();
while (big.getPageCount() < 200) {
  const pages = await big.copyPages(src, src.getPageIndices().slice(0, 200 - big.getPageCount()));
  for (const p of pages) big.addPage(p);
}
const bigPath = join(tmp, "plan-200.pdf");
writeFileSync(bigPath, await big.save());
const child = JSON.parse(execFileSync(process.execPath, [join(ROOT, "scripts/bench-child.mjs"), bigPath], { encoding: "utf8" })) as { ms: number; pages: number; maxRssMB: number };
const idle = JSON.parse(execFileSync(process.execPath, ["-e", 'process.stdout.write(JSON.stringify({maxRssMB: process.resourceUsage().maxRSS / 1024}))'], { encoding: "utf8" })) as { maxRssMB: number };
out(`  200-page PDF (the plan ×5): ${fmt(child.ms, 0)} ms = ${fmt(child.ms / child.pages)} ms/page (one cold run), peak RSS ${fmt(child.maxRssMB, 0)} MB (bare node: ${fmt(idle.maxRssMB, 0)} MB)`);
if (has("pdftotext")) {
  const t = measure("pdftotext", ["-layout", bigPath, join(tmp, "big.txt")], 3);
  out(`  pdftotext -layout on it: ${show(t, 200, " ms/page")}`);
}
out();

// DOCX
const docx = await inProcess(DOCX);
out(`DOCX ${DOCX.slice(ROOT.length)}`);
out(`  plan-lint, in process, warm:  ${fmt(docx.warm, 0)} ms wall, ${fmt(docx.warmCpu, 0)} ms CPU; first run ${fmt(docx.cold, 0)} ms`);
const oursDocx = measure(process.execPath, [join(ROOT, "bin/plan-lint.js"), "extract", DOCX, "-o", join(tmp, "out.yaml")], 5);
out(`  plan-lint extract, whole process:  ${show(oursDocx)} ms`);
if (has("pandoc")) {
  const base = measure("pandoc", [DOCX, "-t", "plain", "-o", join(tmp, "out.txt")]);
  out(`  pandoc -t plain, whole process:  ${show(base)} ms`);
  out(`  plan-lint / pandoc:  ${fmt(oursDocx.wall / base.wall, 2)}× wall` + (oursDocx.cpu && base.cpu ? `, ${fmt(oursDocx.cpu / base.cpu, 2)}× CPU` : ""));
} else out("  pandoc: not installed (apt-get install pandoc) — baseline skipped");
out();

// Start-up
const bare = measure(process.execPath, ["-e", ""], 30);
const version = measure(process.execPath, [join(ROOT, "bin/plan-lint.js"), "--version"], 30);
out(`Start-up: node -e "" ${show(bare)} ms; plan-lint --version ${show(version)} ms; ratio ${fmt(version.wall / bare.wall, 2)}× wall${version.cpu && bare.cpu ? `, ${fmt(version.cpu / bare.cpu, 2)}× CPU` : ""}${has("hyperfine") ? " (hyperfine)" : ""}`);
rmSync(tmp, { recursive: true, force: true });
