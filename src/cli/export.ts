import { resolve } from "node:path";
import { buildTaskRows, EXPORT_FORMATS, formatFromFileName, renderExport, type ExportFormat } from "../export/index.js";
import { describeFsError, refuseToOverwrite, UserError } from "../io/errors.js";
import { writeFileAtomic } from "../io/write.js";
import { check } from "../lint/check.js";
import type { TaskRow } from "../model/task-export.js";
import { formatLocation } from "../report/location.js";
import type { Lang, Stage } from "../rules/types.js";
import { VERSION } from "../version.js";
import { deadlineKindLabel } from "../export/columns.js";

export interface ExportCliOptions {
  format?: ExportFormat;
  output?: string;
  lang?: Lang;
  config?: string;
  stage?: Stage;
  password?: string;
}

const TEXT = {
  vi: {
    done: (n: number, files: number, to: string) => `plan-lint: đã xuất ${n} nhiệm vụ từ ${files} tệp → ${to}`,
    noTasks: (file: string) => `plan-lint: ${file}: không tìm thấy nhiệm vụ nào`,
    calendar: (n: number) => `plan-lint: ${n} mục lịch (VTODO), mỗi nhiệm vụ có thời hạn cụ thể một mục`,
    skipped: (n: number) => `plan-lint: ${n} nhiệm vụ không có thời hạn cụ thể nên không đưa vào lịch:`,
    none: "chưa ghi thời hạn",
    stdout: "màn hình",
    binary: "XLSX là tệp nhị phân, không in ra màn hình; hãy dùng -o <tệp>.xlsx",
  },
  en: {
    done: (n: number, files: number, to: string) => `plan-lint: exported ${n} task${n === 1 ? "" : "s"} from ${files} file${files === 1 ? "" : "s"} → ${to}`,
    noTasks: (file: string) => `plan-lint: ${file}: no tasks found`,
    calendar: (n: number) => `plan-lint: ${n} calendar entr${n === 1 ? "y" : "ies"} (VTODO), one per task with a concrete deadline`,
    skipped: (n: number) => `plan-lint: ${n} task${n === 1 ? "" : "s"} without a concrete deadline left out of the calendar:`,
    none: "no deadline",
    stdout: "stdout",
    binary: "XLSX is a binary file and is not printed to the terminal; use -o <file>.xlsx",
  },
};

/** A failed write is the user's to fix (a folder that is a file, no permission): one line, exit 2. */
async function writeOutput(file: string, data: string | Buffer): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    const { reason } = describeFsError(e);
    throw new UserError({ vi: `không ghi được ${file}: ${reason}`, en: `cannot write ${file}: ${reason}` });
  }
}

function skippedLine(row: TaskRow, lang: Lang): string {
  const raw = row.deadline.raw ? `«${row.deadline.raw}»` : TEXT[lang].none;
  const loc = formatLocation(row.location, lang);
  // "file:12:3" for text (terminals make it a link); "file (bảng 1, dòng 7)" for DOCX and PDF.
  const where = row.location.line !== undefined && /^\d/u.test(loc) ? `${row.file}:${loc}` : `${row.file} (${loc})`;
  return `  ${where}  ${row.taskId}  ${raw} (${deadlineKindLabel(row, lang)})`;
}

/**
 * `plan-lint export`: checks the inputs (for the finding count of each task), then writes one
 * row per task as CSV, XLSX, JSON, YAML or an iCalendar file. The run summary goes to stderr,
 * so stdout holds only the export. Exit 1 when a file could not be read, else 0: findings in
 * the plans are what the export reports, not a failure of the export.
 */
export async function runExport(paths: string[], opts: ExportCliOptions): Promise<number> {
  const format = opts.format ?? (opts.output ? formatFromFileName(opts.output) : undefined) ?? "csv";
  if (!EXPORT_FORMATS.includes(format)) {
    throw new UserError({ vi: `định dạng «${format}» không có (có: ${EXPORT_FORMATS.join(", ")})`, en: `no format "${format}" (there are: ${EXPORT_FORMATS.join(", ")})` });
  }
  if (format === "xlsx" && !opts.output && process.stdout.isTTY) throw new UserError({ vi: TEXT.vi.binary, en: TEXT.en.binary });

  const run = await check(paths, {
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.stage ? { stage: opts.stage } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.password ? { password: opts.password } : {}),
  });
  const t = TEXT[run.lang];
  if (opts.output && run.results.some((r) => resolve(r.file) === resolve(opts.output!))) throw new UserError(refuseToOverwrite(opts.output));

  let unreadable = 0;
  for (const r of run.results) {
    if (r.planFile) continue;
    unreadable++;
    process.stderr.write(`plan-lint: ${r.file}: ${r.findings[0]?.message ?? "?"}\n`);
  }
  const rows = buildTaskRows(run.results);
  const out = await renderExport(format, rows, run.results.flatMap((r) => r.findings), {
    lang: run.lang,
    toolVersion: VERSION,
    cwd: process.cwd(),
    now: new Date(),
  });
  if (opts.output) await writeOutput(opts.output, out.data);
  else process.stdout.write(out.data);

  const readable = run.results.filter((r) => r.planFile);
  for (const r of readable) if (r.planFile!.documents.every((d) => d.tasks.length === 0)) process.stderr.write(t.noTasks(r.file) + "\n");
  process.stderr.write(t.done(rows.length, readable.length, opts.output ?? t.stdout) + "\n");
  if (out.skipped) {
    process.stderr.write(t.calendar(rows.length - out.skipped.length) + "\n");
    if (out.skipped.length) {
      process.stderr.write(t.skipped(out.skipped.length) + "\n");
      for (const row of out.skipped) process.stderr.write(skippedLine(row, run.lang) + "\n");
    }
  }
  return unreadable > 0 ? 1 : 0;
}
