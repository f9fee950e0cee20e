// Loaded with NODE_OPTIONS=--require=… into the CLI; --require (unlike --import) also runs in
// worker threads and is inherited by child processes. Any attempt to reach the network
// throws and is appended to $PLAN_LINT_NET_LOG; at exit every process appends a line
// "<main|child> <pid> <peak resident KB>" to $PLAN_LINT_RSS_FILE.
"use strict";
const { appendFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");

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
if (!isMainThread) globalThis.__planLintGuard = true;

if (isMainThread && process.env.PLAN_LINT_RSS_FILE) {
  const file = process.env.PLAN_LINT_RSS_FILE;
  const role = typeof process.send === "function" ? "child" : "main";
  process.on("exit", () => appendFileSync(file, `${role} ${process.pid} ${process.resourceUsage().maxRSS}\n`));
}
