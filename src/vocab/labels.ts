import type { TaskField } from "../model/task.js";

/**
 * The vocabulary of task tables and label lists: which column header or "+ Label:" names
 * which task field. One table serves both, so a synonym added here works everywhere.
 */
export type ColumnRole = TaskField | "stt" | "text" | "group" | "objective" | "notes";

const key = (s: string) => s.normalize("NFC").toLowerCase().replace(/[*:]/g, "").replace(/\s+/g, " ").trim();

/** Ordered: the first pattern that matches wins ("Thời gian thực hiện" is a deadline, not executors). */
const COLUMNS: Array<[RegExp, ColumnRole]> = [
  [/^(?:stt|tt|số tt|số thứ tự)$/u, "stt"],
  [/^thời (?:gian|hạn)(?: hoàn thành| thực hiện| triển khai)?(?: \(.*\))?$|^tiến độ(?: thực hiện| hoàn thành)?$|^hạn hoàn thành$/u, "deadline"],
  [/chủ trì/u, "lead"],
  [/phối hợp/u, "coordinators"],
  [/^(?:cơ quan|đơn vị|bộ phận|phòng)(?:,? (?:cơ quan|đơn vị))? thực hiện$|^thực hiện$/u, "executors"],
  [/người chịu trách nhiệm|người phụ trách|lãnh đạo phụ trách|cá nhân chịu trách nhiệm/u, "responsiblePerson"],
  [/kinh phí|dự toán/u, "budget"],
  [/sản phẩm|kết quả/u, "product"],
  [/^ghi chú$/u, "notes"],
  [/^mục tiêu/u, "objective"],
  [/^hoạt động|^tên hoạt động|^nội dung hoạt động/u, "text"],
  [/^(?:tên )?nhiệm vụ|^nội dung|^công việc|^giải pháp/u, "group"],
];

/** The role of a table column from its header text, or null when unknown. */
export function classifyColumn(header: string): ColumnRole | null {
  const k = key(header);
  if (k === "") return null;
  for (const [re, role] of COLUMNS) if (re.test(k)) return role;
  return null;
}

export interface Label {
  field: TaskField;
  value: string;
  /** "Phòng phối hợp với Sở KH-ĐT: …": the body named after "với" leads; our unit coordinates. */
  outsideLead?: string;
}

const LABELS: Array<[RegExp, TaskField]> = [
  [/^(?:(?:cơ quan|đơn vị|phòng|bộ phận)(?:,? (?:cơ quan|đơn vị))? )?chủ trì(?: (?:tham mưu|thực hiện|soạn thảo|xây dựng))?$/u, "lead"],
  [/^(?:(?:cơ quan|đơn vị|phòng|bộ phận)(?:,? (?:cơ quan|đơn vị))? )?phối hợp(?: thực hiện| tham mưu)?$/u, "coordinators"],
  [/^(?:cơ quan|đơn vị|phòng|bộ phận)(?:,? (?:cơ quan|đơn vị))? thực hiện$/u, "executors"],
  [/^thời (?:gian|hạn)(?: hoàn thành| thực hiện| triển khai)?$|^tiến độ(?: thực hiện| hoàn thành)?$/u, "deadline"],
  [/^(?:người|cá nhân) (?:chịu trách nhiệm|phụ trách)$/u, "responsiblePerson"],
  [/^(?:kết quả|sản phẩm)(?:\/(?:kết quả|sản phẩm))?(?: đầu ra| dự kiến)?$/u, "product"],
  [/^(?:nguồn )?kinh phí(?: thực hiện)?$/u, "budget"],
];

/** "Phòng chủ trì tham mưu: Tổ chức cán bộ." → {field: "lead", value: "Tổ chức cán bộ."}. */
export function parseLabel(text: string): Label | null {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 60) return null;
  const label = key(text.slice(0, colon));
  const value = text.slice(colon + 1).trim();
  const outside = /^(?:cơ quan|đơn vị|phòng|bộ phận) phối hợp với (.+)$/u.exec(label);
  if (outside) {
    const original = text.slice(0, colon);
    const lead = original.slice(original.toLowerCase().indexOf(" với ") + 5).trim();
    return { field: "coordinators", value, outsideLead: lead };
  }
  for (const [re, field] of LABELS) if (re.test(label)) return { field, value };
  return null;
}
