import { resolve } from "node:path";
import { parseDuration, parseSize } from "./limits.js";
import { writeFileAtomic } from "../io/write.js";
import { refuseToOverwrite, UserError } from "../io/errors.js";
import { check } from "../lint/check.js";
import { FORMATTERS } from "../report/index.js";
import type { ReportInput } from "../report/types.js";
import { RULES } from "../rules/index.js";
import type { Lang, Stage } from "../rules/types.js";
import { VERSION } from "../version.js";
import { totals } from "../report/summary.js";
import { DEFAULT_CACHE_LOCATION } from "../lint/cache.js";
import type { CheckRun } from "../lint/check.js";
import type { Concurrency } from "../lint/process.js";
import { parseShard } from "../lint/shard.js";
import { createProgress } from "./progress.js";

export interface CheckCliOptions {
  format: string[];
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  config?: string;
  stage?: Stage;
  lang?: Lang;
  baseline?: string;
  updateBaseline?: boolean;
  password?: string;
  maxFileSize?: string;
  fileTimeout?: string;
  color?: boolean;
  /** Check again whenever an input is saved, until Ctrl+C. */
  watch?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  shard?: string;
}

interface Target {
  format: string;
  file?: string;
}

/** "-f sarif:out.sarif" → {format, file}; several -f may be given. */
export function parseTargets(specs: string[], outputFile?: string): Target[] {
  const targets = (specs.length ? specs : ["stylish"]).map((s) => {
    const i = s.indexOf(":");
    const t: Target = i < 0 ? { format: s } : { format: s.slice(0, i), file: s.slice(i + 1) };
    const names = Object.keys(FORMATTERS).join(", ");
    if (!FORMATTERS[t.format]) throw new UserError({ vi: `định dạng «${t.format}» không có (có: ${names})`, en: `no format "${t.format}" (there are: ${names})` });
    if (t.file === "") throw new UserError({ vi: `thiếu tên tệp sau «${t.format}:»`, en: `a file name is missing after "${t.format}:"` });
    return t;
  });
  // -o applies to the first target that has no file of its own.
  if (outputFile) {
    const free = targets.find((t) => !t.file);
    if (free) free.file = outputFile;
    else targets.push({ format: "stylish", file: outputFile });
  }
  return targets;
}

/** `plan-lint check`: exit 0 clean, 1 errors or too many warnings; -o never changes it. */
export async function runCheck(paths: string[], opts: CheckCliOptions): Promise<number> {
  const targets = parseTargets(opts.format, opts.outputFile);
  if (opts.updateBaseline && !opts.baseline) throw new UserError({ vi: "--update-baseline cần --baseline <tệp>", en: "--update-baseline needs --baseline <file>" });
  if (opts.watch && opts.updateBaseline) throw new UserError({ vi: "--watch không dùng cùng --update-baseline", en: "--watch cannot be used with --update-baseline" });
  const code = await checkOnce(paths, opts, targets);
  if (!opts.watch) return code;
  const { watchAndRecheck } = await import("./watch.js");
  return watchAndRecheck(paths, async () => void (await checkOnce(paths, opts, targets)), opts.lang ?? "vi");
}

/** One check run: report to every target, return the exit code. */
async function checkOnce(paths: string[], opts: CheckCliOptions, targets: Target[]): Promise<number> {
  const progress = createProgress(process.stderr, opts.lang ?? "vi");
  const run = await check(paths, {
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.stage ? { stage: opts.stage } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    ...(opts.updateBaseline ? { updateBaseline: true } : {}),
    ...(opts.password ? { password: opts.password } : {}),
    ...(opts.maxFileSize ? { maxFileSize: parseSize(opts.maxFileSize, "--max-file-size") } : {}),
    ...(opts.fileTimeout ? { fileTimeout: parseDuration(opts.fileTimeout, "--file-timeout") } : {}),
    ...(opts.cache ? { cache: true, cacheLocation: opts.cacheLocation ?? DEFAULT_CACHE_LOCATION } : {}),
    concurrency: parseConcurrency(opts.concurrency ?? "auto"),
    ...(opts.shard ? { shard: parseShard(opts.shard) } : {}),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.end();
  if (run.shard) process.stderr.write(shardNotice(run.shard, run.lang));
  const inputs = new Set(run.results.map((r) => resolve(r.file)));
  for (const t of targets) if (t.file && inputs.has(resolve(t.file))) throw new UserError(refuseToOverwrite(t.file));

  if (opts.quiet) for (const r of run.results) r.findings = r.findings.filter((f) => f.severity === "error");
  if (run.writtenBaseline && opts.baseline) {
    await writeFileAtomic(opts.baseline, JSON.stringify(run.writtenBaseline, null, 2) + "\n");
    process.stderr.write(
      run.lang === "vi" ? `plan-lint: đã ghi baseline ${opts.baseline}\n` : `plan-lint: baseline written to ${opts.baseline}\n`,
    );
  }

  for (const t of targets) {
    const tty = !t.file && process.stdout.isTTY === true;
    const input: ReportInput = {
      results: run.results,
      lang: run.lang,
      toolVersion: VERSION,
      rules: RULES,
      suppressed: run.suppressed,
      color: opts.color ?? (tty && !process.env.NO_COLOR && process.env.FORCE_COLOR !== "0"),
      hyperlinks: process.env.FORCE_HYPERLINK === "1" || (tty && !process.env.CI && process.env.TERM !== "dumb"),
      cwd: process.cwd(),
    };
    const text = FORMATTERS[t.format]!(input);
    if (t.file) await writeFileAtomic(t.file, text);
    else process.stdout.write(text);
  }

  if (run.writtenBaseline) return 0;
  const n = totals(run.results);
  if (n.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && n.warnings > opts.maxWarnings) return 1;
  return 0;
}

/** "auto", "off" or a positive integer. */
export function parseConcurrency(text: string): Concurrency {
  if (text === "auto" || text === "off") return text;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError({ vi: `--concurrency «${text}» không hợp lệ: auto, off hoặc số nguyên dương`, en: `--concurrency "${text}" is not valid: expected auto, off or a positive integer` });
  }
  return n;
}

/** One stderr line saying what a shard covered and what its cross-document checks could not see. */
export function shardNotice(s: NonNullable<CheckRun["shard"]>, lang: "vi" | "en"): string {
  const head = lang === "vi" ? `plan-lint: phân đoạn ${s.index}/${s.count}: ${s.files}/${s.of} tệp` : `plan-lint: shard ${s.index}/${s.count}: ${s.files} of ${s.of} files`;
  if (s.missing.length === 0) {
    return `${head}${lang === "vi" ? "; chỉ mục liên văn bản đủ (các tệp khác lấy từ bộ nhớ đệm)" : "; the cross-document index is complete (other files from the cache)"}\n`;
  }
  const shown = s.missing.slice(0, 3).join(", ") + (s.missing.length > 3 ? ", …" : "");
  return lang === "vi"
    ? `${head}; chỉ mục liên văn bản thiếu ${s.missing.length} tệp của phân đoạn khác chưa có trong bộ nhớ đệm (${shown}): bỏ qua unresolved-reference, các quy tắc liên văn bản khác có thể sót lỗi — gộp bộ nhớ đệm của các phân đoạn rồi chạy lại không có --shard để kiểm tra đủ\n`
    : `${head}; the cross-document index lacks ${s.missing.length} files of other shards not in the cache (${shown}): unresolved-reference skipped, other cross-document rules may miss problems — merge the shards' caches and run without --shard for a full check\n`;
}
