import type { Location } from "../model/location.js";
import type { Task, TaskField } from "../model/task.js";
import { parseLabel } from "../vocab/labels.js";
import { locateInParagraph } from "./locate.js";
import { outline, pathId, pathTitles, type OutlinedParagraph, type OutlineEntry } from "./outline.js";
import { addField, buildTask, emptyDraft, pushUnique, type TaskDraft } from "./task-fields.js";
import { splitUnits, unitKey } from "../vocab/units.js";
import type { ParagraphBlock } from "../ingest/source-document.js";

/**
 * Tasks written as prose followed by labelled lines (seeds 001, 003):
 *   - Kế hoạch tinh giản biên chế …:
 *     + Phòng chủ trì tham mưu: Tổ chức cán bộ.
 *     + Cơ quan phối hợp: Các phòng, đơn vị trực thuộc sở.
 *     + Thời gian hoàn thành: Quý I/2021.
 * A run of labelled lines is a group; the group belongs to
 *   (a) the list item just before it when that item ends with ":" (it announces the group),
 *   (b) the numbered item just before it,
 *   (c) otherwise the enclosing numbered item when it holds only this group, or the list
 *       items since the previous group when it holds several.
 */
export function listTasks(paragraphs: ParagraphBlock[]): { tasks: Task[]; fields: Set<TaskField> } {
  const items = outline(paragraphs).filter((p) => !isFootnote(p.block));
  const groups = findGroups(items);
  const groupsPerItem = new Map<ParagraphBlock | null, number>();
  for (const g of groups) groupsPerItem.set(g.owner, (groupsPerItem.get(g.owner) ?? 0) + 1);

  const tasks: Task[] = [];
  const fields = new Set<TaskField>();
  const ordinals = new Map<string, number>();
  const nextOrdinal = (base: string) => {
    const n = (ordinals.get(base) ?? 0) + 1;
    ordinals.set(base, n);
    return `${base}#${n}`;
  };
  let prevEnd = -1;
  for (const g of groups) {
    for (const f of g.fields) fields.add(f);
    const before = items.slice(prevEnd + 1, g.start);
    prevEnd = g.end;
    const last = items[g.start - 1];
    const path = items[g.start]!.path;
    const base = pathId(path);
    let id: string;
    let text: string;
    let section: string[];
    let anchor: ParagraphBlock;
    if (last && !last.numbering && /:\s*$/.test(last.block.text)) {
      anchor = last.block;
      id = nextOrdinal(base);
      text = last.block.text;
      section = pathTitles(path);
    } else if (last?.numbering || (g.owner && groupsPerItem.get(g.owner) === 1)) {
      const owner = last?.numbering ? path[path.length - 1]! : ownerEntry(path, g.owner);
      anchor = owner.block;
      id = base;
      text = owner.numbering.rest;
      section = pathTitles(path.slice(0, -1));
    } else {
      const prose = before.filter((p) => !p.numbering);
      anchor = prose[0]?.block ?? items[g.start]!.block;
      id = nextOrdinal(base);
      text = prose.map((p) => p.block.text).join(" ");
      section = pathTitles(path);
    }
    const end = items[g.end]!.block;
    const location = locateInParagraph(anchor, 0, anchor.text.length);
    location.endLine = end.location.endLine ?? location.endLine;
    location.endColumn = end.location.endColumn ?? location.endColumn;
    tasks.push(buildTask(id, section, text, g.draft, "list", location));
  }
  return { tasks, fields };
}

interface Group {
  start: number;
  end: number;
  owner: ParagraphBlock | null;
  draft: TaskDraft;
  fields: Set<TaskField>;
}

function findGroups(items: OutlinedParagraph[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | null = null;
  let lastField: TaskField | null = null;
  items.forEach((p, i) => {
    const label = p.numbering ? null : parseLabel(p.block.text);
    // "* Văn phòng Sở phối hợp Tổ chức cán bộ Sở thực hiện nội dung (1);" under an empty lead label.
    if (!label && cur && lastField === "lead" && p.block.marker === "*") {
      addSubAssignment(cur.draft, p.block.text, locateInParagraph(p.block, 0, p.block.text.length));
      cur.end = i;
      return;
    }
    if (!label) {
      cur = null;
      lastField = null;
      return;
    }
    if (!cur) {
      const top = p.path[p.path.length - 1];
      cur = { start: i, end: i, owner: top?.block ?? null, draft: emptyDraft(), fields: new Set() };
      groups.push(cur);
    }
    cur.end = i;
    cur.fields.add(label.field);
    const line = locateInParagraph(p.block, 0, p.block.text.length);
    if (label.outsideLead) {
      cur.fields.add("lead");
      pushUnique(cur.draft.lead, splitUnits(label.outsideLead));
      cur.draft.at.lead ??= line;
    }
    // The value after the label ("Quý I/2021" in "+ Thời gian hoàn thành: Quý I/2021.").
    const start = label.value === "" ? -1 : p.block.text.lastIndexOf(label.value);
    addField(cur.draft, label.field, label.value, start < 0 ? line : locateInParagraph(p.block, start, start + label.value.length));
    lastField = label.field;
  });
  return groups;
}

/** "<A> phối hợp <B> thực hiện/tham mưu nội dung (n)": A leads that part, B coordinates. */
function addSubAssignment(d: TaskDraft, text: string, where: Location): void {
  const m = /^(.+?)\s+(?:phối hợp(?: với)?\s+(.+?)\s+)?(?:thực hiện|tham mưu|chủ trì)(?![\p{L}\p{N}])/u.exec(text);
  if (!m) {
    addField(d, "lead", text, where);
    return;
  }
  addField(d, "lead", m[1]!, where);
  if (m[2]) {
    const leads = new Set(d.lead.map(unitKey));
    const added = splitUnits(m[2]).filter((u) => !leads.has(unitKey(u)));
    if (added.length > 0) d.at.coordinators ??= where;
    pushUnique(d.coordinators, added);
  }
}

function ownerEntry(path: OutlineEntry[], owner: ParagraphBlock | null): OutlineEntry {
  return path.find((e) => e.block === owner) ?? path[path.length - 1]!;
}

function isFootnote(p: ParagraphBlock): boolean {
  return /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(p.text);
}
