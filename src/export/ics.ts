import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { TaskRow } from "../model/task-export.js";
import type { Lang } from "../rules/types.js";

export interface IcsOptions {
  lang: Lang;
  toolVersion: string;
  /** Folder file paths are taken relative to, so UIDs do not depend on how a path was typed. */
  cwd: string;
  /** DTSTAMP (when the calendar was made); a parameter so tests are repeatable. */
  now: Date;
}

export interface IcsResult {
  text: string;
  /** Tasks written as VTODO entries. */
  written: TaskRow[];
  /** Tasks without a concrete deadline: left out, never given an invented date. */
  skipped: TaskRow[];
}

const WORDS = {
  vi: { calendar: "Nhiệm vụ (plan-lint)", lead: "Chủ trì", executors: "Thực hiện", coordinators: "Phối hợp", person: "Người chịu trách nhiệm", deadline: "Thời hạn", task: "Nhiệm vụ", none: "(chưa ghi)" },
  en: { calendar: "Tasks (plan-lint)", lead: "Lead", executors: "Executors", coordinators: "Coordinators", person: "Responsible person", deadline: "Deadline", task: "Task", none: "(none)" },
};

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; line breaks become \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\r\n|\r|\n/gu, "\\n");
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. Counted in UTF-8
 * bytes and cut only between code points, so no Vietnamese letter is split across two lines.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, "utf8");
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

const icsDate = (iso: string) => iso.replaceAll("-", "");
const icsStamp = (d: Date) => d.toISOString().replace(/[-:]/gu, "").replace(/\.\d{3}/u, "");

/** The file as a repository-relative path with "/" separators (absolute when outside cwd). */
function fileKey(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return (rel.startsWith("..") || isAbsolute(rel) ? abs : rel).split(sep).join("/");
}

/**
 * Stable UID: the file, the document (its số/ký hiệu, or its position in the file while it has
 * none) and the task's printed number. Exporting again after the plan is edited gives the same
 * UIDs, so a calendar updates its entries instead of adding copies.
 */
export function taskUid(row: TaskRow, cwd: string): string {
  const doc = row.documentIdentifier ?? `#${row.documentIndex}`;
  const hash = createHash("sha256").update(`${fileKey(row.file, cwd)}\n${doc}\n${row.taskId}`).digest("hex");
  return `${hash.slice(0, 32)}@plan-lint`;
}

function description(row: TaskRow, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`${w.lead}: ${row.lead.join("; ") || w.none}`];
  if (row.executors.length) lines.push(`${w.executors}: ${row.executors.join("; ")}`);
  lines.push(`${w.coordinators}: ${row.coordinators.join("; ") || w.none}`);
  if (row.responsiblePerson) lines.push(`${w.person}: ${row.responsiblePerson}`);
  lines.push(`${w.deadline}: ${row.deadline.raw ?? w.none}`);
  const doc = [row.documentKind, row.documentIdentifier].filter(Boolean).join(" ");
  lines.push(`${w.task} ${row.taskId}${doc ? ` — ${doc}` : ""} (${row.file})`);
  return lines.join("\n");
}

/** An iCalendar file with one all-day VTODO per task whose deadline names a due date. */
export function toIcs(rows: readonly TaskRow[], opts: IcsOptions): IcsResult {
  const w = WORDS[opts.lang];
  const written = rows.filter((r) => r.concreteDeadline && r.deadline.end);
  const skipped = rows.filter((r) => !written.includes(r));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//plan-lint//plan-lint ${opts.toolVersion}//${opts.lang.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(w.calendar)}`,
  ];
  const stamp = icsStamp(opts.now);
  for (const row of written) {
    const { start, end } = row.deadline;
    lines.push("BEGIN:VTODO", `UID:${taskUid(row, opts.cwd)}`, `DTSTAMP:${stamp}`);
    // A window ("Quý II/2026") starts the task at its first day; a single date has no start of its own.
    if (start && start < end!) lines.push(`DTSTART;VALUE=DATE:${icsDate(start)}`);
    lines.push(
      `DUE;VALUE=DATE:${icsDate(end!)}`,
      `SUMMARY:${escapeText(row.text)}`,
      `DESCRIPTION:${escapeText(description(row, opts.lang))}`,
      "STATUS:NEEDS-ACTION",
      "END:VTODO",
    );
  }
  lines.push("END:VCALENDAR");
  return { text: lines.map(foldLine).join("\r\n") + "\r\n", written, skipped };
}
