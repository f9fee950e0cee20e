import type { DeadlineKind } from "../model/deadline.js";
import type { TaskRow } from "../model/task-export.js";
import { formatLocation } from "../report/location.js";
import type { Lang } from "../rules/types.js";

/** What a cell holds: text, an ISO date (a real date in XLSX) or a count. */
export type CellValue = { type: "text"; value: string } | { type: "date"; value: string | null } | { type: "number"; value: number };

export interface Column {
  key: string;
  header: Record<Lang, string>;
  /** Width in characters for spreadsheets. */
  width: number;
  value: (row: TaskRow, lang: Lang) => CellValue;
}

/** Deadline kinds as a clerk reads them; English keeps the model's values. */
export const DEADLINE_KIND_WORDS: Record<DeadlineKind, string> = {
  date: "ngày",
  month: "tháng",
  quarter: "quý",
  "half-year": "6 tháng",
  year: "năm",
  period: "giai đoạn",
  recurring: "định kỳ",
  "open-ended": "không có hạn cuối",
  conditional: "có điều kiện",
  "by-reference": "theo văn bản khác",
  missing: "chưa ghi",
};

export function deadlineKindLabel(row: TaskRow, lang: Lang): string {
  const kind = lang === "vi" ? DEADLINE_KIND_WORDS[row.deadline.kind] : row.deadline.kind;
  if (!row.deadline.invalid) return kind;
  return lang === "vi" ? `${kind} — không hợp lệ (${row.deadline.invalid})` : `${kind} — invalid (${row.deadline.invalid})`;
}

const text = (value: string | null | undefined): CellValue => ({ type: "text", value: value ?? "" });
const list = (values: readonly string[]): CellValue => text(values.join("; "));

/** The columns of every tabular export (CSV, XLSX), in order. */
export const TASK_COLUMNS: readonly Column[] = [
  { key: "file", header: { vi: "Tệp", en: "File" }, width: 28, value: (r) => text(r.file) },
  { key: "documentKind", header: { vi: "Loại văn bản", en: "Document kind" }, width: 8, value: (r) => text(r.documentKind) },
  { key: "documentIdentifier", header: { vi: "Số, ký hiệu", en: "Number and symbol" }, width: 16, value: (r) => text(r.documentIdentifier) },
  { key: "documentDate", header: { vi: "Ngày văn bản", en: "Document date" }, width: 12, value: (r) => ({ type: "date", value: r.documentDate }) },
  { key: "issuer", header: { vi: "Cơ quan ban hành", en: "Issuer" }, width: 22, value: (r) => text(r.issuer) },
  { key: "section", header: { vi: "Mục", en: "Section" }, width: 30, value: (r) => text(r.section.join(" › ")) },
  { key: "taskId", header: { vi: "STT nhiệm vụ", en: "Task id" }, width: 10, value: (r) => text(r.taskId) },
  { key: "location", header: { vi: "Vị trí", en: "Location" }, width: 10, value: (r, lang) => text(formatLocation(r.location, lang)) },
  { key: "text", header: { vi: "Nhiệm vụ", en: "Task" }, width: 60, value: (r) => text(r.text) },
  { key: "lead", header: { vi: "Chủ trì", en: "Lead" }, width: 24, value: (r) => list(r.lead) },
  { key: "executors", header: { vi: "Thực hiện", en: "Executors" }, width: 24, value: (r) => list(r.executors) },
  { key: "coordinators", header: { vi: "Phối hợp", en: "Coordinators" }, width: 28, value: (r) => list(r.coordinators) },
  { key: "responsiblePerson", header: { vi: "Người chịu trách nhiệm", en: "Responsible person" }, width: 18, value: (r) => text(r.responsiblePerson) },
  { key: "product", header: { vi: "Sản phẩm", en: "Product" }, width: 24, value: (r) => text(r.product) },
  { key: "budget", header: { vi: "Kinh phí", en: "Budget" }, width: 14, value: (r) => text(r.budget) },
  { key: "deadlineRaw", header: { vi: "Thời hạn (như văn bản ghi)", en: "Deadline as printed" }, width: 22, value: (r) => text(r.deadline.raw) },
  { key: "deadlineKind", header: { vi: "Loại thời hạn", en: "Deadline kind" }, width: 16, value: (r, lang) => text(deadlineKindLabel(r, lang)) },
  { key: "deadlineStart", header: { vi: "Từ ngày", en: "Deadline start" }, width: 12, value: (r) => ({ type: "date", value: r.deadline.start }) },
  { key: "deadlineEnd", header: { vi: "Hạn hoàn thành", en: "Deadline end" }, width: 12, value: (r) => ({ type: "date", value: r.deadline.end }) },
  { key: "findings", header: { vi: "Số phát hiện", en: "Findings" }, width: 10, value: (r) => ({ type: "number", value: r.findings }) },
];
