import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UserError } from "../io/errors.js";
import { VERSION } from "../version.js";
import { langFromArgv, localizeError, localizeHelp, NOT_AN_INTEGER } from "./cli-language.js";

const collect = (value: string, previous: string[]) => [...previous, value];
const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(NOT_AN_INTEGER);
  return n;
};

/** Runs the CLI; returns the exit code (0 ok, 1 findings or unreadable files, 2 usage, config or internal error). */
export async function main(argv: string[]): Promise<number> {
  // The reader went away (`plan-lint extract … | head`): stop quietly, like other CLIs.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
  // Help and parse errors come before any action: their language is read from argv.
  const cliLang = langFromArgv(argv);
  const t = (vi: string, en: string) => (cliLang === "en" ? en : vi);
  // Options several commands share, described once.
  const common = {
    config: () => new Option("-c, --config <file>", t("dùng tệp cấu hình này cho mọi đầu vào", "use this config file for every input")),
    stage: () => new Option("--stage <stage>", t("dự thảo (draft) hay văn bản đã ban hành (issued)", "draft or issued document")).choices(["draft", "issued"]),
    password: () => new Option("--password <password>", t("mật khẩu của tệp PDF được mã hóa", "password for encrypted PDFs")),
    fileTimeout: () => new Option("--file-timeout <duration>", t("thời gian cho mỗi tệp (ví dụ 60s; 0 = không giới hạn)", "time allowed per file (e.g. 60s; 0 = no limit)")).default("60s"),
    cacheLocation: () => new Option("--cache-location <dir>", t("thư mục bộ nhớ đệm", "cache folder")).default(".plan-lint-cache"),
    concurrency: () => new Option("--concurrency <n>", t("số luồng xử lý: auto, off hoặc một số", "worker threads: auto, off or a number")).default("auto"),
    output: () => new Option("-o, --output <file>", t("ghi ra tệp thay vì màn hình", "write to a file instead of stdout")),
    paths: () => ["<paths...>", t("tệp hoặc thư mục", "files or folders")] as const,
  };
  const program = new Command("plan-lint")
    .description(t("Đọc và kiểm tra kế hoạch, báo cáo của cơ quan nhà nước và tổ chức Đảng (PDF, DOCX, văn bản)", "Read and check Vietnamese government plans and reports (PDF, DOCX, text)"))
    .version(VERSION, "-V, --version")
    .option("--debug", t("in vết ngăn xếp khi có lỗi nội bộ", "print stack traces for internal errors"))
    .addOption(new Option("--lang <lang>", t("ngôn ngữ của thông báo (vi | en)", "language of messages (vi | en)")).choices(["vi", "en"]))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(localizeHelp(s, cliLang)),
      writeErr: (s) => process.stderr.write(localizeHelp(s, cliLang)),
      outputError: (s, write) => write(localizeError(s, cliLang)),
    });

  let code = 0;
  // --lang is a program option, accepted before or after the command ("plan-lint check x --lang en").
  const langOf = (): { lang?: "vi" | "en" } => {
    const lang = program.opts<{ lang?: "vi" | "en" }>().lang;
    return lang ? { lang } : {};
  };
  program
    .command("check")
    .description(t("kiểm tra kế hoạch và liệt kê các vấn đề", "check plans and print the problems found"))
    .argument("<paths...>", t("tệp hoặc thư mục (.txt, .md, .docx, .pdf)", "files or folders (.txt, .md, .docx, .pdf)"))
    .option("-f, --format <format[:file]>", t("stylish | compact | json | sarif | github | junit | html; lặp lại để ghi nhiều định dạng", "stylish | compact | json | sarif | github | junit | html; repeat to write several"), collect, [])
    .option("-o, --output-file <file>", t("ghi báo cáo ra tệp", "write the report to a file"))
    .option("--max-warnings <n>", t("kết thúc với mã 1 khi có nhiều cảnh báo hơn số này", "exit 1 when there are more warnings"), integer, -1)
    .option("--quiet", t("chỉ báo lỗi", "report errors only"))
    .addOption(common.config())
    .addOption(common.stage())
    .option("--baseline <file>", t("bỏ qua các vấn đề đã ghi trong tệp baseline này", "ignore findings recorded in this baseline file"))
    .option("--update-baseline", t("ghi các vấn đề hiện có vào tệp baseline", "record the current findings in the baseline file"))
    .addOption(common.password())
    .option("--max-file-size <size>", t("tệp lớn hơn mức này bị báo là không đọc được (ví dụ 100MB)", "report files larger than this as unreadable (e.g. 100MB)"), "100MB")
    .addOption(common.fileTimeout())
    .option("-w, --watch", t("kiểm tra lại mỗi khi tệp được lưu (Ctrl+C để dừng)", "check again whenever a file is saved (Ctrl+C to stop)"))
    .option("--color", t("luôn tô màu", "force colours"))
    .option("--no-color", t("không tô màu", "no colours"))
    .option("--cache", t("dùng lại kết quả của các tệp không đổi (theo nội dung)", "reuse results of unchanged files (content hash)"))
    .addOption(common.cacheLocation())
    .addOption(common.concurrency())
    .option("--shard <i/n>", t("chỉ kiểm tra phần i trong n phần (ma trận CI); văn bản của các phần khác lấy từ bộ nhớ đệm", "check only shard i of n (CI matrix); other shards' documents come from the cache"))
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import("./check.js");
      code = await runCheck(paths, { ...opts, ...langOf() });
    });

  program
    .command("refs")
    .description(t("in đồ thị dẫn chiếu: văn bản nào thực hiện, báo cáo hay trích dẫn văn bản nào", "print the reference graph: which document implements, answers or cites which"))
    .argument(...common.paths())
    .addOption(new Option("-f, --format <format>", t("định dạng đầu ra", "output format")).choices(["json", "dot", "mermaid"]).default("json"))
    .addOption(common.output())
    .option("--all", t("vẽ cả các trích dẫn văn bản ngoài kho không phải căn cứ", "also draw citations of documents outside the repository that are not a basis"))
    .addOption(common.config())
    .option("--cache", t("dùng lại kết quả trích xuất của các tệp không đổi", "reuse extractions of unchanged files"))
    .addOption(common.cacheLocation())
    .addOption(common.concurrency())
    .action(async (paths: string[], opts) => {
      const { runRefs } = await import("./refs.js");
      code = await runRefs(paths, { ...opts, ...langOf() });
    });

  program
    .command("extract")
    .description(t("trích xuất văn bản, trích dẫn và nhiệm vụ dưới dạng YAML hoặc JSON", "extract documents, citations and tasks as YAML or JSON"))
    .argument(...common.paths())
    .addOption(new Option("-f, --format <format>", t("định dạng đầu ra", "output format")).choices(["yaml", "json"]).default("yaml"))
    .addOption(common.output())
    .addOption(common.password())
    .option("--max-file-size <size>", t("bỏ qua tệp lớn hơn mức này (ví dụ 100MB)", "skip files larger than this (e.g. 100MB)"), "100MB")
    .addOption(common.fileTimeout())
    .option("--max-memory <size>", t("bộ nhớ cho mỗi tệp (ví dụ 320MB; 0 = trong cùng tiến trình, không giới hạn)", "memory allowed for one file (e.g. 320MB; 0 = in-process, no limit)"), "320MB")
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
    .description(t("xuất danh sách nhiệm vụ (mỗi nhiệm vụ một dòng) ra CSV, Excel, JSON, YAML hoặc lịch (ICS)", "export the tasks (one row per task) as CSV, Excel, JSON, YAML or a calendar (ICS)"))
    .argument(...common.paths())
    .addOption(new Option("-f, --format <format>", t("csv | xlsx | json | yaml | ics (mặc định: theo đuôi tệp -o, không có thì csv)", "csv | xlsx | json | yaml | ics (default: from -o, else csv)")).choices(["csv", "xlsx", "json", "yaml", "ics"]))
    .addOption(common.output())
    .addOption(common.config())
    .addOption(common.stage())
    .addOption(common.password())
    .action(async (paths: string[], opts) => {
      const { runExport } = await import("./export.js");
      code = await runExport(paths, { ...opts, ...langOf() });
    });

  program
    .command("rules")
    .description(t("liệt kê các quy tắc", "list the rules"))
    .action(async () => {
      const { runRules } = await import("./rules.js");
      code = runRules(langOf().lang ?? "vi");
    });

  program
    .command("explain")
    .description(t("in tài liệu của một quy tắc", "print a rule's documentation"))
    .argument("<rule-id>")
    .action(async (id: string) => {
      const { runExplain } = await import("./rules.js");
      code = runExplain(id);
    });

  program
    .command("init")
    .description(t("tạo tệp plan-lint.config.yaml mẫu (có chú thích) ở thư mục này", "write a commented plan-lint.config.yaml here"))
    .action(async () => {
      const { runInit } = await import("./init.js");
      code = await runInit();
    });

  program
    .command("schema")
    .description(t("in một JSON Schema: plan-file (extract), check-result (check -f json), task-export (export -f json) hoặc config", "print a JSON Schema: plan-file (extract), check-result (check -f json), task-export (export -f json) or config"))
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
