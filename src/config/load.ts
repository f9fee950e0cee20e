import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { LineCounter, parseDocument, type Document as YamlDocument } from "yaml";
import type { z } from "zod";
import { getRule, RULE_IDS } from "../rules/index.js";
import { both, UserError, type Localized } from "../io/errors.js";
import { closest } from "../util/edit-distance.js";
import { ConfigFile } from "./schema.js";

export const CONFIG_NAMES = ["plan-lint.config.yaml", "plan-lint.config.yml"];
export const PRESETS = ["plan-lint:recommended", "plan-lint:all"] as const;
export type Preset = (typeof PRESETS)[number];

/** A configuration problem the user must fix; `file:line:column: message`, exit 2. */
/** A config file the user must fix: "file:line:column: reason", one line, exit 2 (a UserError). */
export class ConfigError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly details: Localized,
  ) {
    super({ vi: `${file}:${line}:${column}: ${details.vi}`, en: `${file}:${line}:${column}: ${details.en}` }, "config-error");
    this.name = "ConfigError";
  }
}

/** One config file, validated, with the files it extends already loaded. */
export interface LoadedConfig {
  path: string;
  dir: string;
  data: ConfigFile;
  /** Presets and files this one extends, outermost first. */
  bases: Array<Preset | LoadedConfig>;
}

/** The config that applies to `file`: the nearest plan-lint.config.yaml upward, or null. */
export function findConfigFile(fileOrDir: string, isDir = false): string | null {
  let dir = resolve(isDir ? fileOrDir : dirname(fileOrDir));
  for (;;) {
    const found = CONFIG_NAMES.map((n) => join(dir, n)).filter((p) => existsSync(p));
    if (found.length > 1) {
      const names = found.map((f) => relative(dir, f)).join(", ");
      throw new ConfigError(relative(process.cwd(), found[1]!), 1, 1, {
        vi: `hai tệp cấu hình trong cùng thư mục (${names}); chỉ giữ một`,
        en: `two config files in one folder (${names}); keep one`,
      });
    }
    if (found.length === 1) return found[0]!;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export function loadConfig(path: string, seen: string[] = []): LoadedConfig {
  const abs = resolve(path);
  const shown = relative(process.cwd(), abs) || abs;
  if (seen.includes(abs)) {
    const cycle = [...seen, abs].map((p) => relative(process.cwd(), p)).join(" → ");
    throw new ConfigError(shown, 1, 1, { vi: `«extends» tạo vòng lặp: ${cycle}`, en: `"extends" makes a cycle: ${cycle}` });
  }
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch {
    throw new ConfigError(shown, 1, 1, { vi: "không đọc được tệp cấu hình", en: "cannot read the config file" });
  }
  const lines = new LineCounter();
  // YAML 1.2 core schema: no custom tags, no code; aliases are bounded by the library.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.linePos(offset);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = at(e.pos[0]);
    const why = e.message.split("\n")[0];
    throw new ConfigError(shown, p.line, p.col, { vi: `YAML không hợp lệ: ${why}`, en: `invalid YAML: ${why}` });
  }
  const raw = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  // "rules:" followed only by comments is null in YAML; treat an empty section as absent.
  if (raw && typeof raw === "object" && !Array.isArray(raw)) for (const k of Object.keys(raw)) if (raw[k] === null) delete raw[k];
  const parsed = ConfigFile.safeParse(raw);
  if (!parsed.success) throw issueError(shown, doc, lines, parsed.error.issues[0]!);
  const data = parsed.data;
  checkRules(shown, doc, lines, data.rules, ["rules"]);
  data.overrides?.forEach((o, i) => checkRules(shown, doc, lines, o.rules, ["overrides", i, "rules"]));

  const bases: LoadedConfig["bases"] = [];
  const ext = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  ext.forEach((e, i) => {
    if ((PRESETS as readonly string[]).includes(e)) bases.push(e as Preset);
    else if (e.startsWith("plan-lint:")) {
      throw positioned(shown, doc, lines, ["extends", ...(Array.isArray(data.extends) ? [i] : [])], {
        vi: `không có bộ cấu hình «${e}» (có: ${PRESETS.join(", ")})`,
        en: `no preset "${e}" (there are: ${PRESETS.join(", ")})`,
      });
    } else {
      const target = isAbsolute(e) ? e : join(dirname(abs), e);
      if (!existsSync(target)) {
        throw positioned(shown, doc, lines, ["extends", ...(Array.isArray(data.extends) ? [i] : [])], { vi: `không tìm thấy tệp «${e}»`, en: `file "${e}" not found` });
      }
      bases.push(loadConfig(target, [...seen, abs]));
    }
  });
  return { path: abs, dir: dirname(abs), data, bases };
}

function checkRules(file: string, doc: YamlDocument, lines: LineCounter, rules: ConfigFile["rules"], path: (string | number)[]): void {
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const rule = getRule(id);
    if (!rule) {
      const near = closest(id, [...RULE_IDS]);
      const vi = `không có quy tắc «${id}»${near ? ` — có phải «${near}»?` : ""} (xem \`plan-lint rules\`)`;
      const en = `no rule "${id}"${near ? ` — did you mean "${near}"?` : ""} (see \`plan-lint rules\`)`;
      throw positioned(file, doc, lines, [...path, id], { vi, en }, true);
    }
    if (typeof entry === "object" && entry.options !== undefined) {
      if (!rule.meta.options) throw positioned(file, doc, lines, [...path, id, "options"], { vi: `quy tắc «${id}» không có tùy chọn`, en: `rule "${id}" has no options` });
      const r = rule.meta.options.safeParse(entry.options);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        const at = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
        throw positioned(file, doc, lines, [...path, id, "options", ...at], { vi: `tùy chọn không hợp lệ: ${issue.message}`, en: `invalid option: ${issue.message}` });
      }
    }
  }
}

function issueError(file: string, doc: YamlDocument, lines: LineCounter, issue: z.core.$ZodIssue): ConfigError {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const where = path.length ? `${path.join(".")}: ` : "";
  const unknown = issue.code === "unrecognized_keys";
  const detail: Localized = unknown
    ? { vi: `khóa không hợp lệ ${issue.keys.map((k) => `«${k}»`).join(", ")}`, en: `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}` }
    : both(issue.message);
  return positioned(file, doc, lines, unknown ? [...path, issue.keys[0]!] : path, { vi: where + detail.vi, en: where + detail.en }, unknown);
}

/** A ConfigError at the YAML node for `path` (its key when `atKey`), or the nearest parent. */
function positioned(file: string, doc: YamlDocument, lines: LineCounter, path: (string | number)[], detail: Localized, atKey = false): ConfigError {
  for (let n = path.length; n >= 0; n--) {
    const offset = nodeOffset(doc, path.slice(0, n), atKey && n === path.length);
    if (offset !== null) {
      const p = lines.linePos(offset);
      return new ConfigError(file, p.line, p.col, detail);
    }
  }
  return new ConfigError(file, 1, 1, detail);
}

function nodeOffset(doc: YamlDocument, path: (string | number)[], atKey: boolean): number | null {
  if (atKey && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true) as { items?: Array<{ key?: { value?: unknown; range?: number[] } }> } | undefined;
    const pair = parent?.items?.find((it) => it.key?.value === path[path.length - 1]);
    if (pair?.key?.range) return pair.key.range[0]!;
  }
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as { range?: number[] } | null | undefined;
  return node?.range ? node.range[0]! : null;
}
