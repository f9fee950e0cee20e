// Runs the CLI in this process and prints its peak memory (resident set, KiB) and CPU time on
// stderr at exit, for the benchmark: worker threads live in the same process, so both cover
// the whole run. CPU time does not depend on what else the machine is doing; wall time does.
import { main } from "../../dist/cli/main.js";

const code = await main(process.argv);
const cpu = process.cpuUsage();
process.stderr.write(`\nBENCH ${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
process.exitCode = code;
