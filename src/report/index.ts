import { compact } from "./compact.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const FORMATTERS: Record<string, Formatter> = { stylish, compact, json, sarif, github, junit, html };
export type { Formatter, ReportInput } from "./types.js";
