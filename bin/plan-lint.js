#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm ci` through the prepare script).
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const debug = process.argv.includes("--debug");
    process.stderr.write(`plan-lint: internal error: ${debug ? err?.stack ?? err : err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
