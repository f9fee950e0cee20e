// Loaded with NODE_OPTIONS=--import=… into the CLI (main thread and workers): any attempt to
// reach the network throws and is recorded in $PLAN_LINT_NET_LOG; at exit the main thread
// writes its peak resident memory (KB) to $PLAN_LINT_RSS_FILE.
import { appendFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isMainThread } from "node:worker_threads";

const require = createRequire(import.meta.url);
const log = process.env.PLAN_LINT_NET_LOG;
const deny = (what) =>
  function denied() {
    if (log) appendFileSync(log, `${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
for (const [mod, fns] of [
  ["node:net", ["connect", "createConnection", "createServer"]],
  ["node:tls", ["connect"]],
  ["node:http", ["request", "get", "createServer"]],
  ["node:https", ["request", "get", "createServer"]],
  ["node:dns", ["lookup", "resolve", "resolve4", "resolve6"]],
  ["node:dgram", ["createSocket"]],
]) {
  const m = require(mod);
  for (const f of fns) m[f] = deny(`${mod}.${f}`);
}
require("node:dns").promises.lookup = deny("dns.promises.lookup");
globalThis.fetch = deny("fetch");
globalThis.WebSocket = deny("WebSocket");

if (isMainThread && process.env.PLAN_LINT_RSS_FILE) {
  const file = process.env.PLAN_LINT_RSS_FILE;
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
