#!/usr/bin/env node
// Prints time and peak memory of `plan-lint extract` on the big hostile inputs: a 50 MB
// file of 2,200 plans, a 50 MB single-document file, a 5 MB single line and 10,000 tiny
// files. Memory is the peak resident size of the CLI process and of its extraction child,
// recorded at exit by test/hostile/preload-guard.cjs. Run after `npm run build`:
//   npm run bench            (or: node scripts/bench-hostile.mjs [--keep])
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pl-bench-"));
const seed = readFileSync(join(root, "fixtures/plans/dang-uy-syt-lai-chau-kh-104-kinh-te-nha-nuoc.txt"), "utf8");
const MB = 1024 * 1024;

function repeatTo(text, bytes) {
  const b = Buffer.from(text);
  return Buffer.concat(Array.from({ length: Math.ceil(bytes / b.length) }, () => b));
}
const cases = [];
const plans = join(dir, "plans-50mb.txt");
writeFileSync(plans, repeatTo(seed, 50 * MB));
cases.push(["50 MB, 2,200 plans", [plans]]);
const lines = seed.split("\n");
const body = lines.filter((l) => !l.includes("\t") && !/^(Số|Nơi nhận|KẾ HOẠCH|PHỤ LỤC)/.test(l)).slice(12, 150).join("\n") + "\n";
const prose = join(dir, "one-document-50mb.txt");
writeFileSync(prose, Buffer.concat([Buffer.from(lines.slice(0, 12).join("\n") + "\n"), repeatTo(body, 50 * MB)]));
cases.push(["50 MB, one document", [prose]]);
const line = join(dir, "line-5mb.txt");
writeFileSync(line, repeatTo("Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh; Thời gian hoàn thành: Quý III-IV/2026; Chủ trì: Văn phòng Sở. ", 5 * MB));
cases.push(["5 MB single line", [line]]);
const many = join(dir, "many");
mkdirSync(many);
for (let i = 0; i < 10_000; i++) writeFileSync(join(many, `kh-${String(i).padStart(5, "0")}.txt`), `KẾ HOẠCH\nSố ${i + 1}-KH/ĐU\n- Nhiệm vụ ${i}: Thời gian hoàn thành: Quý I/2026.\n`);
cases.push(["10,000 tiny files", [many]]);

console.log("case                    time     exit  main MB  child MB  sum MB  stderr");
for (const [name, paths] of cases) {
  for (const format of ["json", "yaml"]) {
    const rss = join(dir, "rss");
    rmSync(rss, { force: true });
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, "bin/plan-lint.js"), "--lang", "en", "extract", ...paths, "-f", format, "-o", join(dir, `out.${format}`)], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: `--require=${join(root, "test/hostile/preload-guard.cjs")}`, PLAN_LINT_RSS_FILE: rss },
    });
    const s = ((performance.now() - t) / 1000).toFixed(1);
    const peaks = existsSync(rss) ? readFileSync(rss, "utf8").trim().split("\n").map((l) => l.split(" ")) : [];
    const kb = (role) => peaks.filter((p) => p[0] === role).reduce((m, p) => Math.max(m, Number(p[2])), 0);
    const mb = (k) => (k / 1024).toFixed(0).padStart(6);
    console.log(
      `${`${name} (${format})`.padEnd(24)}${`${s} s`.padStart(7)}  ${String(r.status).padStart(4)}  ${mb(kb("main"))}  ${mb(kb("child"))}   ${mb(kb("main") + kb("child"))}  ${(r.stderr.trim().split("\n")[0] ?? "").slice(0, 90)}`,
    );
  }
}
if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
else console.log(`inputs kept in ${dir}`);
