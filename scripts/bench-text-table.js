#!/usr/bin/env node
// Time of extracting seed 002 (a table recovered from text that lost its layout). Prints the
// cold first run and the minimum / median of warm runs in one process. `npm run bench:text`.
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
process.chdir(root);
const { extractFile } = await import("../dist/api.js");
const file = process.argv[2] ?? "fixtures/plans/syt-phu-luc-cai-cach-hanh-chinh-2026.txt";
const runs = Number(process.argv[3] ?? 7);

const once = async () => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await extractFile(file);
  if (!r.ok) throw new Error(r.reason);
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, tasks: r.planFile.documents.reduce((n, d) => n + d.tasks.length, 0) };
};
const cold = await once();
const warm = [];
const cpu = [];
for (let i = 0; i < runs; i++) {
  const r = await once();
  warm.push(r.ms);
  cpu.push(r.cpu);
}
warm.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const mem = process.memoryUsage().rss / 2 ** 20;
console.log(`${file}: ${cold.tasks} tasks`);
console.log(`cold ${cold.ms.toFixed(0)} ms (cpu ${cold.cpu.toFixed(0)} ms); warm min ${warm[0].toFixed(0)} ms, median ${warm[Math.floor(warm.length / 2)].toFixed(0)} ms, cpu min ${cpu[0].toFixed(0)} ms over ${runs} runs; rss ${mem.toFixed(0)} MB`);
