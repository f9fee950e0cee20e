import { Command, CommanderError, Option } from "commander";
import { UserError } from "../io/errors.js";
import { VERSION } from "../version.js";

/** Runs the CLI; returns the exit code (0 ok, 1 findings/failed files, 2 usage or internal error). */
export async function main(argv: string[]): Promise<number> {
  // The reader went away (`plan-lint extract … | head`): stop quietly, like other CLIs.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
  const program = new Command("plan-lint")
    .description("Đọc và kiểm tra kế hoạch, báo cáo của cơ quan nhà nước (PDF, DOCX, văn bản)")
    .version(VERSION, "-V, --version")
    .option("--debug", "print stack traces for internal errors")
    .addOption(new Option("--lang <lang>", "language of messages").choices(["vi", "en"]).default("vi"))
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let code = 0;
  program
    .command("extract")
    .description("extract documents, citations and tasks as YAML or JSON")
    .argument("<paths...>", "files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--max-file-size <size>", "skip files larger than this (e.g. 100MB)", "100MB")
    .option("--file-timeout <duration>", "time allowed per file (e.g. 60s; 0 = no limit)", "60s")
    .option("--max-memory <size>", "memory allowed for one file (e.g. 320MB; 0 = in-process, no limit)", "320MB")
    .action(async (paths: string[], opts: { format: "yaml" | "json"; output?: string; maxFileSize: string; fileTimeout: string; maxMemory: string }) => {
      const { runExtract } = await import("./extract.js");
      const { parseDuration, parseSize } = await import("./limits.js");
      const global = program.opts<{ lang: "vi" | "en"; debug?: boolean }>();
      code = await runExtract(paths, {
        format: opts.format,
        output: opts.output,
        maxFileSize: parseSize(opts.maxFileSize, "--max-file-size"),
        fileTimeout: parseDuration(opts.fileTimeout, "--file-timeout"),
        maxMemoryMb: opts.maxMemory.trim() === "0" ? 0 : Math.max(32, Math.round(parseSize(opts.maxMemory, "--max-memory") / 1024 ** 2)),
        lang: global.lang,
        debug: global.debug === true,
      });
    });

  program
    .command("schema")
    .description("print the JSON Schema of the extraction output")
    .action(async () => {
      const { planFileJsonSchema } = await import("../model/json-schema.js");
      process.stdout.write(JSON.stringify(planFileJsonSchema(), null, 2) + "\n");
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError) {
      process.stderr.write(`plan-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
