import type { Task } from "../model/task.js";
import { locateInParagraph } from "./locate.js";
import { outline, pathId, pathTitles } from "./outline.js";
import { addField, buildTask, emptyDraft } from "./task-fields.js";
import type { ParagraphBlock } from "../ingest/source-document.js";

const ORGANISING = /TỔ CHỨC THỰC HIỆN/iu;
/** Words a unit name starts with. */
const UNIT_HEAD =
  /^(?:Các|Sở|Phòng|Văn phòng|Ban|Ủy ban|Uỷ ban|UBND|UBKT|BTV|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Chi cục|Cục|Trung tâm|Bệnh viện|Thanh tra|Công an|Bộ|Viện|Trường|Hội|Đoàn|Công đoàn|Trạm|Khoa|Tổ|Thủ trưởng|Giám đốc|Lãnh đạo|Cơ quan|Đơn vị)(?![\p{L}\p{N}])/u;

/** "Văn phòng Sở Y tế", "Đảng ủy Sở Y tế:" — a short unit name standing as a heading. */
function unitHeading(text: string): { unit: string; rest: string } | null {
  const colon = text.indexOf(":");
  const head = (colon >= 0 ? text.slice(0, colon) : text).trim();
  const rest = colon >= 0 ? text.slice(colon + 1).trim() : "";
  if (!UNIT_HEAD.test(head) || head.split(/\s+/).length > 14 || /[.;]$/.test(head)) return null;
  // A sentence ("Các phòng … nghiêm túc triển khai …") is not a heading.
  if (/(?:^|\s)(?:nghiêm túc|chủ động|khẩn trương|chịu trách nhiệm|có trách nhiệm|căn cứ)(?:\s|$)/u.test(head)) return null;
  return { unit: head, rest };
}

/**
 * Duties assigned per unit under "TỔ CHỨC THỰC HIỆN": each numbered unit heading leads
 * the paragraphs below it ("1. Văn phòng Sở Y tế" + "- Tham mưu …"), or the text after
 * its colon ("4. Ủy ban Kiểm tra Đảng ủy: Tham mưu …").
 */
export function dutyTasks(paragraphs: ParagraphBlock[]): Task[] {
  const items = outline(paragraphs);
  const tasks: Task[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.numbering || !it.path.slice(0, -1).some((e) => ORGANISING.test(e.block.text))) continue;
    const heading = unitHeading(it.numbering.rest);
    if (!heading) continue;
    const duties: ParagraphBlock[] = [];
    let j = i + 1;
    for (; j < items.length; j++) {
      const next = items[j]!;
      if (next.numbering && next.path.length <= it.path.length) break;
      if (/^(?:Nơi nhận|Trên đây|Yêu cầu)/u.test(next.block.text)) break;
      duties.push(next.block);
    }
    const base = pathId(it.path);
    const section = pathTitles(it.path.slice(0, -1));
    // The lead is the unit heading: findings about it point there.
    const at = it.block.text.indexOf(heading.unit);
    const leadAt = at < 0 ? it.block.location : locateInParagraph(it.block, at, at + heading.unit.length);
    const draft = () => {
      const d = emptyDraft();
      addField(d, "lead", heading.unit, leadAt);
      return d;
    };
    if (heading.rest !== "") duties.unshift(it.block);
    const texts = duties.map((b) => (b === it.block ? heading.rest : b.text));
    duties.forEach((b, k) => {
      const id = duties.length === 1 ? base : `${base}#${k + 1}`;
      tasks.push(buildTask(id, section, texts[k]!, draft(), "duties", locateInParagraph(b, 0, b.text.length)));
    });
    i = j - 1;
  }
  return tasks;
}
