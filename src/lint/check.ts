import { resolve } from "node:path";
import { extractFile } from "../api.js";
import { findConfigFile, loadConfig, type LoadedConfig } from "../config/load.js";
import { isIgnored, resolveFileSettings, type CliOverrides, type FileSettings } from "../config/resolve.js";
import { expandPaths } from "../io/walk.js";
import type { Finding } from "../model/finding.js";
import type { PlanFile, SourceFormat } from "../model/plan-file.js";
import { getRule } from "../rules/index.js";
import type { Lang, Report } from "../rules/types.js";
import { applyBaseline, buildBaseline, readBaseline, type Baseline } from "./baseline.js";
import { applyDirectives } from "./directives.js";
import { projectFindings } from "./project.js";
import { lintPlanFile, sortFindings, toFinding, type ActiveRule } from "./run-rules.js";

export interface CheckOptions extends CliOverrides {
  /** --config: one config for every file instead of the nearest one upward. */
  config?: string;
  baseline?: string;
  /** Rewrite the baseline with the current findings instead of applying it. */
  updateBaseline?: boolean;
  password?: string;
}

export interface FileResult {
  file: string;
  format: SourceFormat | null;
  planFile: PlanFile | null;
  findings: Finding[];
}

export interface CheckRun {
  results: FileResult[];
  lang: Lang;
  /** Findings hidden by directives and the baseline. */
  suppressed: number;
  /** The baseline written by --update-baseline. */
  writtenBaseline?: Baseline;
}

const READ_REASONS: Record<string, { vi: string; en: string }> = {
  "not-found": { vi: "không tìm thấy tệp", en: "file not found" },
  "permission-denied": { vi: "không có quyền đọc", en: "permission denied" },
  "is-directory": { vi: "đây là thư mục", en: "is a directory" },
  "symlink-loop": { vi: "liên kết tượng trưng vòng lặp", en: "symbolic link loop" },
};

/** Checks files and folders: extract, run the rules, apply directives and the baseline. */
export async function check(paths: string[], opts: CheckOptions = {}): Promise<CheckRun> {
  const explicit = opts.config ? loadConfig(opts.config) : null;
  const configs = new Map<string, LoadedConfig | null>();
  const configFor = (file: string): LoadedConfig | null => {
    if (explicit) return explicit;
    const path = findConfigFile(file);
    if (!path) return null;
    if (!configs.has(path)) configs.set(path, loadConfig(path));
    return configs.get(path)!;
  };
  const cwdConfig = explicit ?? (findConfigFile(process.cwd(), true) ? loadConfig(findConfigFile(process.cwd(), true)!) : null);
  const lang: Lang = opts.lang ?? cwdConfig?.data.language ?? "vi";

  const { files, errors } = await expandPaths(paths, (p) => isIgnored(configFor(p), resolve(p)));
  const results: FileResult[] = [];
  let suppressed = 0;

  for (const e of errors) {
    const settings = resolveFileSettings(cwdConfig, resolve(e.path), { ...opts, lang });
    results.push({ file: e.path, format: null, planFile: null, findings: unreadable(settings, lang, e.path, "not-found", e.reason) });
  }
  const settingsByFile = new Map<string, FileSettings>();
  const settingsFor = (file: string): FileSettings => {
    let s = settingsByFile.get(file);
    if (!s) settingsByFile.set(file, (s = resolveFileSettings(configFor(file), resolve(file), { ...opts, lang })));
    return s;
  };
  const extracted: Array<{ file: string; planFile: PlanFile; findings: Finding[] }> = [];
  for (const file of files) {
    const settings = settingsFor(file);
    const r = await extractFile(file);
    if (!r.ok) {
      results.push({ file, format: null, planFile: null, findings: unreadable(settings, lang, file, r.code, r.reason) });
      continue;
    }
    extracted.push({ file, planFile: r.planFile, findings: lintPlanFile(r.planFile, settings.rules, settings.settings, lang) });
  }

  // Project rules see every document of the run; their findings go through directives like the rest.
  const run = resolveFileSettings(cwdConfig, resolve(process.cwd(), "."), { ...opts, lang });
  const project = projectFindings({ files: extracted.map((e) => e.planFile), settingsFor, run, lang });
  for (const { file, planFile, findings } of extracted) {
    const d = applyDirectives([...findings, ...(project.get(planFile.source.path) ?? [])], planFile.directives ?? []);
    suppressed += d.suppressed;
    const unused = activeRule(settingsFor(file), "unused-suppression");
    const extra = unused ? d.problems.map((p) => toFinding(unused.rule, unused.severity, lang, file, p)) : [];
    results.push({ file, format: planFile.source.format, planFile, findings: [...d.kept, ...extra] });
  }
  // Report files in the order walked, whatever order they were processed in.
  const position = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => (position.get(a.file) ?? -1) - (position.get(b.file) ?? -1));

  let writtenBaseline: Baseline | undefined;
  if (opts.baseline) {
    const all = results.flatMap((r) => r.findings);
    if (opts.updateBaseline) {
      writtenBaseline = buildBaseline(opts.baseline, all);
    } else {
      const baseline = await readBaseline(opts.baseline);
      if (baseline) {
        const b = applyBaseline(opts.baseline, baseline, all, results.map((r) => r.file));
        suppressed += b.suppressed;
        const keep = new Set(b.kept);
        for (const r of results) r.findings = r.findings.filter((f) => keep.has(f));
        for (const u of b.unused) {
          const res = results.find((r) => r.file === u.file);
          const settings = resolveFileSettings(configFor(u.file), resolve(u.file), { ...opts, lang });
          const rule = activeRule(settings, "unused-suppression");
          if (res && rule) {
            const report: Report = { messageId: "baseline", data: { count: u.count, rule: u.rule, key: u.key.replace(/^task:/, "") } };
            res.findings.push(toFinding(rule.rule, rule.severity, lang, u.file, report));
          }
        }
      }
    }
  }
  for (const r of results) r.findings = sortFindings(r.findings);
  return { results, lang, suppressed, ...(writtenBaseline ? { writtenBaseline } : {}) };
}

function activeRule(settings: FileSettings, id: string): ActiveRule | undefined {
  return settings.rules.find((r) => r.rule.meta.id === id);
}

/** The finding for a file that could not be read at all. */
function unreadable(settings: FileSettings, lang: Lang, file: string, code: string, reason: string): Finding[] {
  const rule = getRule("unreadable-input")!;
  const active = activeRule(settings, "unreadable-input");
  if (!active) return [];
  const reasonText = READ_REASONS[code]?.[lang] ?? reason;
  return [toFinding(rule, active.severity, lang, file, { messageId: "default", data: { reasonText, detail: reasonText, reason: code } })];
}
