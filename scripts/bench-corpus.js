#!/usr/bin/env node
// npm run bench:corpus [-- --sizes 1000,10000] [-- --mixed 1000] [-- --threshold]
//
// Generates a plan repository of N documents (scripts/bench/generate-repo.js) and prints, for
// each N: the I/O floor (cat of the same files), `plan-lint check` cold (empty cache) and warm
// (second run with --cache), documents per second, peak memory and the ratio to cat.
// --sizes are text repositories (the targets are for text plans); --mixed sizes
// (default 1000, "0" for none) are repositories where a fifth of the documents are DOCX and PDF.
// --threshold compares one thread with worker threads on small runs, to place
// AUTO_MIN_FILES (src/lint/process.ts). Runs each measurement `--repeat` times (default 3)
// and keeps the fastest, since other processes on the machine add noise; the load average
// is printed so figures can be judged.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRepo } from "./bench/generate-repo.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const sizes = opt("sizes", "1000").split(",").map(Number);
const mixedSizes = opt("mixed", "1000").split(",").map(Number).filter((n) => n > 0);
const repeat = Number(opt("repeat", "3"));
const work = opt("dir", join(tmpdir(), "plan-lint-bench"));

async function repo(n, mixed = false) {
  const dir = join(work, `repo-${n}${mixed ? "-mixed" : ""}`);
  if (!existsSync(dir)) {
    const t = performance.now();
    const g = await generateRepo(dir, n, { mixed });
    const counts = Object.entries(g.formats).filter(([, k]) => k > 0).map(([f, k]) => `${k} ${f}`).join(", ");
    console.log(`generated ${g.files} documents (${counts}; ${(g.bytes / 1e6).toFixed(1)} MB, ${(g.bytes / g.files / 1024).toFixed(1)} KiB each) in ${((performance.now() - t) / 1000).toFixed(1)} s → ${dir}`);
  }
  return dir;
}

function files(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(txt|md|docx|pdf)$/.test(f)).map((f) => join(dir, f));
}

/** Wall time of `cat` over the files (page cache warm: the second of two passes). */
function catFloor(dir) {
  const list = files(dir);
  let best = Infinity;
  for (let i = 0; i < repeat + 1; i++) {
    const t = performance.now();
    for (let k = 0; k < list.length; k += 500) execFileSync("cat", list.slice(k, k + 500), { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 30 });
    if (i > 0) best = Math.min(best, performance.now() - t);
  }
  return best / 1000;
}

function runCheck(dir, extra) {
  const out = join(work, "report.txt");
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/bench/run-cli.js"), "check", dir, "-f", "compact", "-o", out, ...extra], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t) / 1000;
  const line = r.stderr.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`check failed: ${r.stderr.slice(0, 2000)}`);
  const { code, maxRssKb, cpuSeconds } = JSON.parse(line.slice(6));
  if (code > 1) throw new Error(`check exited ${code}: ${r.stderr.slice(0, 2000)}`);
  return { seconds, rssMb: maxRssKb / 1024, cpu: cpuSeconds };
}

/** Fastest of `repeat` runs; `fresh` empties the cache before each (cold). */
function best(dir, extra, fresh) {
  const cache = join(work, "cache");
  let b = null;
  for (let i = 0; i < repeat; i++) {
    if (fresh) rmSync(cache, { recursive: true, force: true });
    const r = runCheck(dir, ["--cache", "--cache-location", cache, ...extra]);
    if (!b || r.seconds < b.seconds) b = r;
  }
  return b;
}

const fmt = (x, d = 2) => x.toFixed(d);
console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}; best of ${repeat}`);

if (args.includes("--threshold")) {
  console.log("\nfiles  one thread (s)  2 workers (s)  auto (s)");
  for (const n of [25, 50, 100, 200, 400]) {
    const dir = await repo(n);
    const off = best(dir, ["--concurrency", "off"], true);
    const two = best(dir, ["--concurrency", "2"], true);
    const auto = best(dir, [], true);
    console.log(`${String(n).padStart(5)}  ${fmt(off.seconds).padStart(14)}  ${fmt(two.seconds).padStart(13)}  ${fmt(auto.seconds).padStart(8)}   (cpu ${fmt(off.cpu)} / ${fmt(two.cpu)} / ${fmt(auto.cpu)} s)`);
  }
}

function measure(n, dir, label) {
  const cat = catFloor(dir);
  const cold = best(dir, [], true);
  const warm = best(dir, [], false);
  console.log(
    `\n${n} documents${label}\n` +
      `  cat (I/O floor)   ${fmt(cat, 3)} s\n` +
      `  check cold        ${fmt(cold.seconds)} s  ${fmt(n / cold.seconds, 0)} documents/s  cpu ${fmt(cold.cpu)} s  peak ${fmt(cold.rssMb, 0)} MB  ${fmt(cold.seconds / cat, 0)}× cat\n` +
      `  check warm        ${fmt(warm.seconds)} s  ${fmt(n / warm.seconds, 0)} documents/s  cpu ${fmt(warm.cpu)} s  peak ${fmt(warm.rssMb, 0)} MB  ${fmt(warm.seconds / cat, 0)}× cat`,
  );
  return { n, cat, cold, warm };
}

const rows = [];
for (const n of sizes) rows.push(measure(n, await repo(n), " (text and Markdown)"));
for (const n of mixedSizes) measure(n, await repo(n, true), " (mixed: a tenth DOCX, a tenth PDF)");
if (rows.length > 1) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  console.log(`\n${b.n}/${a.n} documents: cold time ×${fmt(b.cold.seconds / a.cold.seconds, 1)}, warm time ×${fmt(b.warm.seconds / a.warm.seconds, 1)} (linear: ×${fmt(b.n / a.n, 1)})`);
}
if (args.includes("--clean")) rmSync(work, { recursive: true, force: true });
