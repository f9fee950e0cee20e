import type { Finding } from "../model/finding.js";
import type { TaskRow } from "../model/task-export.js";
import type { Lang } from "../rules/types.js";
import { toCsv } from "./csv.js";
import { toIcs } from "./ics.js";
import { toJson } from "./json.js";
import { toYamlExport } from "./yaml.js";

export const EXPORT_FORMATS = ["csv", "xlsx", "json", "yaml", "ics"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  lang: Lang;
  toolVersion: string;
  cwd: string;
  now: Date;
}

export interface Rendered {
  data: string | Buffer;
  /** ICS only: tasks left out because their deadline names no due date. */
  skipped?: TaskRow[];
}

/** Renders rows in one format; only XLSX loads a heavy library, and only when asked for. */
export async function renderExport(format: ExportFormat, rows: readonly TaskRow[], findings: readonly Finding[], opts: ExportOptions): Promise<Rendered> {
  switch (format) {
    case "csv":
      return { data: toCsv(rows, opts.lang) };
    case "json":
      return { data: toJson(rows, opts.toolVersion) };
    case "yaml":
      return { data: toYamlExport(rows, opts.toolVersion) };
    case "ics": {
      const r = toIcs(rows, opts);
      return { data: r.text, skipped: r.skipped };
    }
    case "xlsx": {
      const { toXlsx } = await import("./xlsx.js");
      return { data: await toXlsx(rows, findings, opts) };
    }
  }
}

/** The format an output file name implies (tasks.xlsx → xlsx), if any. */
export function formatFromFileName(file: string): ExportFormat | undefined {
  const ext = /\.([a-z]+)$/iu.exec(file)?.[1]?.toLowerCase();
  if (ext === "yml") return "yaml";
  return EXPORT_FORMATS.find((f) => f === ext);
}

export { buildTaskRows, isConcreteDeadline, isVagueDeadline } from "./rows.js";
