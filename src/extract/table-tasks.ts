import type { Task, TaskField } from "../model/task.js";
import { TASK_FIELDS } from "../model/task.js";
import { parseNumbering } from "../normalize/numbering.js";
import type { TableBlock, TableRow } from "../ingest/source-document.js";
import { classifyColumn, type ColumnRole } from "../vocab/labels.js";
import { addField, buildTask, emptyDraft, type TaskDraft } from "./task-fields.js";

/** A table plus whether it directly continues the previous one (nothing in between). */
export interface TableRun {
  table: TableBlock;
  continues: boolean;
}

interface Columns {
  roles: Map<number, ColumnRole>;
  names: Map<number, string>;
  text: number;
  stt: number | null;
  signature: string;
}

/** Header row → column roles, when the row names at least a task column and two others. */
function mapHeader(row: TableRow): Columns | null {
  const roles = new Map<number, ColumnRole>();
  const names = new Map<number, string>();
  row.cells.forEach((c, i) => {
    if (c.covered && roles.size > 0 && c.colSpan === 1) return;
    const role = classifyColumn(c.text);
    if (role && ![...roles.values()].includes(role)) {
      roles.set(i, role);
      names.set(i, c.text.replace(/\s+/g, " ").trim());
    }
  });
  const find = (r: ColumnRole) => [...roles].find(([, v]) => v === r)?.[0];
  const text = find("text") ?? find("group") ?? find("objective");
  if (text === undefined || roles.size < 3) return null;
  roles.set(text, "text");
  const signature = [...roles].map(([i, r]) => `${i}:${r}`).join(",");
  return { roles, names, text, stt: find("stt") ?? null, signature };
}

/** "1 | 2 | 3 …" or "(1) | (2) …" under a header: column numbers, not a task. */
const isColumnNumberRow = (row: TableRow) =>
  row.cells.every((c, i) => {
    const t = c.text.trim().replace(/^\(/, "").replace(/\)$/, "");
    return c.text === "" || t === String(i + 1);
  });

interface Section {
  key: string;
  value: string;
  title: string;
}

/**
 * Tasks from appendix tables: finds the header row by its column names, skips repeated
 * headers (page breaks), turns "I. …"/"II" rows into sections, merges a row a page break
 * cut in two, and reads each task row's fields from the mapped columns. Vertically merged
 * cells arrive repeated in the logical grid, so a merged lead carries to every row.
 */
export function tableTasks(runs: TableRun[]): { tasks: Task[]; fields: Set<TaskField> } {
  const tasks: Task[] = [];
  const fields = new Set<TaskField>();
  let cols: Columns | null = null;
  let sections: Section[] = [];
  let last: { task: Task; draft: TaskDraft; text: string } | null = null;
  const ordinals = new Map<string, number>();

  for (const { table, continues } of runs) {
    if (!continues) {
      cols = null;
      sections = [];
      last = null;
    }
    let firstBodyRow = true;
    table.rows.forEach((row) => {
      const header = mapHeader(row);
      if (header) {
        if (!cols || cols.signature !== header.signature) {
          cols = header;
          sections = [];
          last = null;
        }
        firstBodyRow = true;
        for (const role of cols.roles.values()) if ((TASK_FIELDS as readonly string[]).includes(role)) fields.add(role as TaskField);
        return;
      }
      if (!cols || isColumnNumberRow(row) || row.cells.every((c) => c.text === "")) return;
      const c = cols;
      const cell = (i: number | null) => (i === null ? "" : (row.cells[i]?.text ?? ""));
      const stt = cell(c.stt).replace(/[.)]$/, "").trim();
      const text = cell(c.text);
      const others = [...c.roles].filter(([i, r]) => r !== "stt" && r !== "text" && cell(i) !== "" && !row.cells[i]!.covered);

      const section = sectionOf(stt, text, others.length, row, c.stt);
      if (section) {
        const at = sections.findIndex((s) => s.key === section.key);
        if (at >= 0) sections.length = at;
        sections.push(section);
        last = null;
        firstBodyRow = false;
        return;
      }
      const sttCell = c.stt === null ? null : row.cells[c.stt]!;
      // A row a page break cut in two: no number, first row after a repeated header.
      if (stt === "" && last && (firstBodyRow || text === "") && !sttCell?.covered) {
        appendRow(last.draft, c, row);
        if (text !== "") last.text += " " + text;
        const merged = withConfidence(buildTask(last.task.id, last.task.section, last.text, last.draft, "table", last.task.location), minConfidence(last.task.confidence, row.confidence));
        tasks[tasks.length - 1] = merged;
        last.task = merged;
        firstBodyRow = false;
        return;
      }
      firstBodyRow = false;
      const base = sections.map((s) => s.value).join(".");
      let id: string;
      if (/^\d+(?:\.\d+)*$/.test(stt) && !(sttCell && (sttCell.covered || sttCell.rowSpan > 1))) {
        id = joinNumber(sections, stt);
      } else {
        const group = stt ? joinNumber(sections, stt) : base;
        const n = (ordinals.get(group) ?? 0) + 1;
        ordinals.set(group, n);
        id = `${group}#${n}`;
      }
      const draft = emptyDraft();
      appendRow(draft, c, row);
      const context = [...c.roles]
        .filter(([i, r]) => (r === "group" || r === "objective") && i !== c.text && cell(i) !== "")
        .sort(([a], [b]) => a - b)
        .map(([i]) => `${c.names.get(i)}: ${cell(i).replace(/\s+/g, " ").trim()}`);
      const textCell = row.cells[c.text]!;
      const location = { ...row.location, ...textCell.location };
      const task = withConfidence(buildTask(id, [...sections.map((s) => s.title), ...context], text, draft, "table", location), row.confidence);
      tasks.push(task);
      last = { task, draft, text };
    });
  }
  return { tasks, fields };
}

function appendRow(d: TaskDraft, c: Columns, row: TableRow): void {
  for (const [i, role] of c.roles) {
    const cell = row.cells[i];
    if (cell && (TASK_FIELDS as readonly string[]).includes(role)) addField(d, role as TaskField, cell.text, { ...row.location, ...cell.location });
  }
}

/** A row recovered from text that lost its layout says how sure the reading is; the task keeps it. */
function withConfidence(task: Task, confidence: number | undefined): Task {
  return confidence === undefined ? task : { ...task, confidence };
}

function minConfidence(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/** "3.1" under the group row "3": the printed number already holds the group's ("II.3.1", not "II.3.3.1"). */
function joinNumber(sections: Section[], stt: string): string {
  const last = sections[sections.length - 1];
  const path = sections.map((s) => s.value);
  if (last && last.key.startsWith("arabic") && stt.startsWith(`${last.value}.`)) path.pop();
  return [...path, stt].join(".");
}

/** The text of one cell merged across every column but the STT one (a group title), or null. */
function mergedTitle(row: TableRow, sttCol: number | null): string | null {
  const others = row.cells.filter((_, i) => i !== sttCol);
  const origin = others[0];
  if (!origin || others.length < 2 || origin.colSpan !== others.length || !others.slice(1).every((c) => c.covered)) return null;
  return origin.text;
}

/** "I. Nhiệm vụ chung" in the STT cell, "II" with the title in the task column, or "I" + a merged title cell. */
function sectionOf(stt: string, text: string, otherFields: number, row: TableRow, sttCol: number | null): Section | null {
  const title = stt === "" ? null : mergedTitle(row, sttCol);
  if (title !== null) {
    const roman = /^[IVX]+$/.test(stt);
    const arabic = /^\d+(?:\.\d+)*$/.test(stt);
    if (roman || arabic) return { key: roman ? "roman" : `arabic${stt.split(".").length}`, value: stt, title: `${stt} ${title}` };
  }
  const inline = parseNumbering(stt);
  if (inline && (inline.style === "roman" || inline.style === "upper-letter")) {
    return { key: inline.style, value: inline.value, title: stt };
  }
  if (/^(?:X{0,2}(?:IX|IV|V?I{0,3})|[A-ZĐ])$/u.test(stt) && stt !== "" && otherFields === 0) {
    const key = /^[IVX]+$/.test(stt) ? "roman" : "upper-letter";
    return { key, value: stt, title: text ? `${stt} ${text}` : stt };
  }
  // One cell spanning the whole row: a group title.
  const origin = row.cells[0];
  if (origin && origin.colSpan === row.cells.length && row.cells.length > 1) {
    const n = parseNumbering(origin.text);
    if (n) return { key: n.style === "arabic" ? `arabic${n.depth}` : n.style, value: n.value, title: origin.text };
  }
  return null;
}
