import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UserError } from "../io/errors.js";
import { VERSION } from "../version.js";

const collect = (value: string, previous: string[]) => [...previous, value];
const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError("phải là số nguyên");
  return n;
};
const langOption = () => new Option("--lang <lang>", "language of messages (vi | en)").choices(["vi", "en"]);

/** Runs the CLI; returns the exit code (0 ok, 1 findings or unreadable files, 2 usage, config or internal error). */
export async function main(argv: string[]): Promise<number> {
  // The reader went away (`plan-lint extract … | head`): stop quietly, like other CLIs.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
  const program = new Command("plan-lint")
    .description("Đọc và kiểm tra kế hoạch, báo cáo của cơ quan nhà nước (PDF, DOCX, văn bản)")
    .version(VERSION, "-V, --version")
    .option("--debug", "print stack traces for internal errors")
    .addOption(langOption())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let code = 0;
  // --lang is a program option, accepted before or after the command ("plan-lint check x --lang en").
  const langOf = (): { lang?: "vi" | "en" } => {
    const lang = program.opts<{ lang?: "vi" | "en" }>().lang;
    return lang ? { lang } : {};
  };
  program
    .command("check")
    .description("check plans and print the problems found")
    .argument("<paths...>", "files or folders (.txt, .md, .docx, .pdf)")
    .option("-f, --format <format[:file]>", "stylish | compact | json | sarif | github | junit | html; repeat to write several", collect, [])
    .option("-o, --output-file <file>", "write the report to a file")
    .option("--max-warnings <n>", "exit 1 when there are more warnings", integer, -1)
    .option("--quiet", "report errors only")
    .option("-c, --config <file>", "use this config file for every input")
    .addOption(new Option("--stage <stage>", "draft or issued document").choices(["draft", "issued"]))
    .option("--baseline <file>", "ignore findings recorded in this baseline file")
    .option("--update-baseline", "record the current findings in the baseline file")
    .option("--password <password>", "password for encrypted PDFs")
    .option("--max-file-size <size>", "report files larger than this as unreadable (e.g. 100MB)", "100MB")
    .option("--file-timeout <duration>", "time allowed per file (e.g. 60s; 0 = no limit)", "60s")
    .option("-w, --watch", "check again whenever a file is saved (Ctrl+C to stop)")
    .option("--color", "force colours")
    .option("--no-color", "no colours")
    .option("--cache", "reuse results of unchanged files (content hash)")
    .option("--cache-location <dir>", "cache folder", ".plan-lint-cache")
    .option("--concurrency <n>", "worker threads: auto, off or a number", "auto")
    .option("--shard <i/n>", "check only shard i of n (CI matrix); other shards' documents come from the cache")
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import("./check.js");
      code = await runCheck(paths, { ...opts, ...langOf() });
    });

  program
    .command("refs")
    .description("print the reference graph: which document implements, answers or cites which")
    .argument("<paths...>", "files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "dot", "mermaid"]).default("json"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--all", "also draw citations of documents outside the repository that are not a basis")
    .option("-c, --config <file>", "use this config file for every input")
    .option("--cache", "reuse extractions of unchanged files")
    .option("--cache-location <dir>", "cache folder", ".plan-lint-cache")
    .option("--concurrency <n>", "worker threads: auto, off or a number", "auto")
    .action(async (paths: string[], opts) => {
      const { runRefs } = await import("./refs.js");
      code = await runRefs(paths, { ...opts, ...langOf() });
    });

  program
    .command("extract")
    .description("extract documents, citations and tasks as YAML or JSON")
    .argument("<paths...>", "files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--password <password>", "password of encrypted PDF files")
    .option("--max-file-size <size>", "skip files larger than this (e.g. 100MB)", "100MB")
    .option("--file-timeout <duration>", "time allowed per file (e.g. 60s; 0 = no limit)", "60s")
    .option("--max-memory <size>", "memory allowed for one file (e.g. 320MB; 0 = in-process, no limit)", "320MB")
    .action(async (paths: string[], opts: { format: "yaml" | "json"; output?: string; password?: string; maxFileSize: string; fileTimeout: string; maxMemory: string }) => {
      const { runExtract } = await import("./extract.js");
      const { parseDuration, parseSize } = await import("./limits.js");
      const global = program.opts<{ lang?: "vi" | "en"; debug?: boolean }>();
      code = await runExtract(paths, {
        format: opts.format,
        output: opts.output,
        ...(opts.password !== undefined ? { password: opts.password } : {}),
        maxFileSize: parseSize(opts.maxFileSize, "--max-file-size"),
        fileTimeout: parseDuration(opts.fileTimeout, "--file-timeout"),
        maxMemoryMb: opts.maxMemory.trim() === "0" ? 0 : Math.max(32, Math.round(parseSize(opts.maxMemory, "--max-memory") / 1024 ** 2)),
        lang: global.lang ?? "vi",
        debug: global.debug === true,
      });
    });

  program
    .command("export")
    .description("export the tasks (one row per task) as CSV, Excel, JSON, YAML or a calendar (ICS)")
    .argument("<paths...>", "files or folders")
    .addOption(new Option("-f, --format <format>", "csv | xlsx | json | yaml | ics (default: from -o, else csv)").choices(["csv", "xlsx", "json", "yaml", "ics"]))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("-c, --config <file>", "use this config file for every input")
    .addOption(new Option("--stage <stage>", "draft or issued document").choices(["draft", "issued"]))
    .option("--password <password>", "password for encrypted PDFs")
    .action(async (paths: string[], opts) => {
      const { runExport } = await import("./export.js");
      code = await runExport(paths, { ...opts, ...langOf() });
    });

  program
    .command("rules")
    .description("list the rules")
    .action(async () => {
      const { runRules } = await import("./rules.js");
      code = runRules(langOf().lang ?? "vi");
    });

  program
    .command("explain")
    .description("print a rule's documentation")
    .argument("<rule-id>")
    .action(async (id: string) => {
      const { runExplain } = await import("./rules.js");
      code = runExplain(id);
    });

  program
    .command("init")
    .description("write a commented plan-lint.config.yaml here")
    .action(async () => {
      const { runInit } = await import("./init.js");
      code = await runInit();
    });

  program
    .command("schema")
    .description("print a JSON Schema: plan-file (extract), check-result (check -f json), task-export (export -f json) or config")
    .argument("[name]", "plan-file | check-result | task-export | config", "plan-file")
    .action(async (name: string) => {
      const schemas = await import("../model/json-schema.js");
      const { configJsonSchema } = await import("../config/json-schema.js");
      const all: Record<string, () => Record<string, unknown>> = {
        "plan-file": schemas.planFileJsonSchema,
        "check-result": schemas.checkResultJsonSchema,
        "task-export": schemas.taskExportJsonSchema,
        config: configJsonSchema,
      };
      if (!all[name]) throw new UserError({ vi: `không có schema «${name}» (có: ${Object.keys(all).join(", ")})`, en: `no schema "${name}" (there are: ${Object.keys(all).join(", ")})` });
      process.stdout.write(JSON.stringify(all[name](), null, 2) + "\n");
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // Usage and config errors (ConfigError is a UserError): one line in the language of the run, exit 2.
    if (e instanceof UserError) {
      process.stderr.write(`plan-lint: ${e.text(langOf().lang ?? "vi")}\n`);
      return 2;
    }
    throw e;
  }
}
