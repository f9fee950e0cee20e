/**
 * The CLI's own words (help, commander's errors) in the language of the run. The language is
 * read from argv before commander parses it, since help and parse errors come before any
 * action runs: `--lang en` or `--lang=en` anywhere; Vietnamese otherwise.
 */
export type CliLang = "vi" | "en";

export function langFromArgv(argv: readonly string[]): CliLang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang" && argv[i + 1] === "en") return "en";
    if (a === "--lang=en") return "en";
  }
  return "vi";
}

/** Commander's fixed help words, Vietnamese. */
const HELP_WORDS: Array<[RegExp, string]> = [
  [/^Usage:/gm, "Cách dùng:"],
  [/^Arguments:/gm, "Tham số:"],
  [/^Options:/gm, "Tùy chọn:"],
  [/^Commands:/gm, "Lệnh:"],
  // Commander may wrap the line right after the colon.
  [/\(default:(\s)/g, "(mặc định:$1"],
  [/\(choices:(\s)/g, "(chọn một:$1"],
  [/, default:(\s)/g, ", mặc định:$1"],
  [/display help for command/g, "hiện trợ giúp của lệnh"],
  [/output the version number/g, "in số phiên bản"],
];

/** Help text as commander wrote it, with its fixed words in the run's language. */
export function localizeHelp(text: string, lang: CliLang): string {
  if (lang === "en") return text;
  let out = text;
  for (const [re, vi] of HELP_WORDS) out = out.replace(re, vi);
  return out;
}

/** The reason our own integer parser gives commander. */
export const NOT_AN_INTEGER = "must be an integer";

/** " (có phải --quiet?)" from commander's "(Did you mean --quiet?)" / "(Did you mean one of a, b?)". */
const suggest = (near: string) => (near ? ` (có phải ${near.replace(/^one of /, "một trong ")}?)` : "");

/** Commander's parse errors, Vietnamese (anything not listed passes through as written). */
const ERRORS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^error: unknown option '([^']+)'(?:\n?\(Did you mean ([^)]+)\?\))?/, (o, near) => `lỗi: không có tùy chọn «${o}»${suggest(near)}`],
  [/^error: unknown command '([^']+)'(?:\n?\(Did you mean ([^)]+)\?\))?/, (c, near) => `lỗi: không có lệnh «${c}»${suggest(near)}; xem plan-lint --help`],
  [/^error: missing required argument '([^']+)'/, (a) => `lỗi: thiếu tham số «${a}»`],
  [/^error: option '([^']+)' argument missing/, (o) => `lỗi: tùy chọn «${o}» cần một giá trị`],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, (o, v, c) => `lỗi: «${v}» không dùng được cho ${o}; chọn một trong: ${c}`],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. (.+)/, (o, v, why) => `lỗi: «${v}» không dùng được cho ${o}: ${why === NOT_AN_INTEGER ? "phải là số nguyên" : why}`],
  [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./, (_c, n, got) => `lỗi: thừa tham số (cần ${n}, có ${got})`],
];

export function localizeError(text: string, lang: CliLang): string {
  if (lang === "en") return text;
  for (const [re, say] of ERRORS) {
    const m = re.exec(text);
    if (m) return text.replace(m[0], say(...m.slice(1).map((s) => s ?? "")));
  }
  return text;
}
