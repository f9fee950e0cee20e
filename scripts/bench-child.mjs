// Child process of scripts/bench.ts: reads one file with the built library and prints
// {ms, pages, maxRssMB} as JSON (peak RSS from the OS, for the whole process).
import { readFileSync } from "node:fs";
import { ingest } from "../dist/ingest/index.js";

const path = process.argv[2];
const t0 = performance.now();
const doc = await ingest(readFileSync(path), path);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, pages: doc.pages ?? 0, blocks: doc.blocks.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
