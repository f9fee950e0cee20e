import type { Citation } from "../model/citation.js";
import type { Appendix, DateMention, Document } from "../model/document.js";
import type { Location } from "../model/location.js";
import type { TaskField } from "../model/task.js";
import type { Block, ParagraphBlock, TableBlock, TextSpan } from "../ingest/source-document.js";
import { collectCitations, findCitations, type RawCitation } from "./citations.js";
import { findDates } from "../vocab/dates.js";
import { dutyTasks } from "./duties.js";
import {
  issuerFromOrgLines,
  issuerFromSentence,
  isPersonName,
  isPositionLine,
  parseDateLine,
  parseNumberLine,
  parseParentLine,
  periodFromTitle,
} from "./header.js";
import { kindFromSymbol, kindFromTitleWord } from "./kinds.js";
import { parseLabel } from "../vocab/labels.js";
import { listTasks } from "./list-tasks.js";
import { locateInParagraph } from "./locate.js";
import { issuersCompatible } from "../vocab/units.js";
import { markBasis, openingParagraphs, reportSections } from "./opening.js";
import type { Segment } from "./segments.js";
import { tableTasks, type TableRun } from "./table-tasks.js";
import { spaceOr, trimWhere } from "../normalize/text.js";

const para = (b: Block): b is ParagraphBlock => b.type === "paragraph";

/** Builds one model Document from its segmented blocks. */
export function buildDocument(seg: Segment): Document {
  const header = readHeader(seg);
  const appendices: Appendix[] = seg.appendices.map((a) => readAppendix(a.heading));
  const parent = appendices.find((a) => a.parent)?.parent ?? null;
  const parentBlock = seg.appendices.flatMap((a) => a.heading).find((p) => /kèm theo/iu.test(p.text)) ?? null;

  // A file that holds only an appendix takes its identity from the "Kèm theo" line.
  const appendixOnly = seg.header.length === 0 && seg.body.length === 0 && parent !== null;
  const title = header.title ?? (appendixOnly ? (appendices[0]?.title ?? null) : null);
  const identity = appendixOnly && parent
    ? { kind: parent.kind, identifier: parent.identifier, number: parent.number, symbol: parent.symbol, numberRaw: numberPart(parent.raw), date: parent.date, dateRaw: parent.dateRaw }
    : header.identity;

  const bodyParas = seg.body.filter(para);
  const list = listTasks(bodyParas);
  const duties = dutyTasks(bodyParas);
  const tables = tableTasks(tableRuns([...seg.body, ...seg.appendices.flatMap((a) => a.blocks)]));
  const tasks = [...tables.tasks, ...list.tasks, ...duties];
  const fields = new Set<TaskField>([...tables.fields, ...list.fields]);
  if (duties.length > 0) fields.add("lead");

  const issuer =
    header.issuer ??
    firstOf(bodyParas.slice(0, 6).map((p) => issuerFromSentence(p.text))) ??
    parent?.issuer ??
    null;

  const citationSources = [...(header.titleBlock ? [header.titleBlock] : []), ...seg.body, ...seg.appendices.flatMap((a) => [...a.heading, ...a.blocks])];
  const references = readCitations(citationSources, { identifier: identity.identifier, date: identity.date, issuer });
  markBasis(references, [...(header.titleBlock ? [header.titleBlock] : []), ...openingParagraphs(bodyParas)]);
  const kind = identity.kind ?? kindFromSymbol(identity.symbol);
  const closing = readClosing(seg.closing);

  return {
    kind,
    identifier: identity.identifier,
    number: identity.number,
    symbol: identity.symbol,
    numberRaw: identity.numberRaw,
    place: header.place,
    date: identity.date,
    dateRaw: identity.dateRaw,
    title,
    issuer,
    signer: closing.signer,
    signerTitle: closing.signerTitle,
    recipients: closing.recipients,
    period: periodFromTitle(title) ?? periodFromTitle(appendices[0]?.title ?? null),
    references,
    tasks,
    taskFields: [...fields],
    appendices,
    ...(kind === "BC" ? { sections: reportSections(bodyParas) } : {}),
    appendixNotice: findAppendixNotice(bodyParas),
    dateMentions: readDateMentions(bodyParas),
    fieldLocations: { ...header.locations, ...closing.locations, ...(appendixOnly && parentBlock ? { number: parentBlock.location } : {}) },
    location: span(seg.blocks),
  };
}

interface Identity {
  kind: string | null;
  identifier: string | null;
  number: string | null;
  symbol: string | null;
  numberRaw: string | null;
  date: string | null;
  dateRaw: string | null;
}

function readHeader(seg: Segment) {
  const identity: Identity = { kind: null, identifier: null, number: null, symbol: null, numberRaw: null, date: null, dateRaw: null };
  let place: string | null = null;
  let title: string | null = null;
  let titleBlock: ParagraphBlock | null = null;
  const orgLines: string[] = [];
  const locations: Record<string, Location> = {};
  seg.header.forEach((p, i) => {
    const num = parseNumberLine(p.text);
    const dl = parseDateLine(p.text);
    const kind = kindFromTitleWord(p.text);
    if (num) {
      locations.number = p.location;
      Object.assign(identity, { identifier: num.identifier, number: num.number, symbol: num.symbol, numberRaw: num.raw });
    } else if (dl) {
      locations.date = p.location;
      Object.assign(identity, { date: dl.date, dateRaw: dl.dateRaw });
      place = dl.place;
    } else if (kind) {
      identity.kind = kind;
      locations.kind = p.location;
      const next = seg.header[i + 1];
      if (next) {
        locations.title = next.location;
        title = next.text;
        titleBlock = next;
      }
    } else if (identity.kind === null && identity.numberRaw === null && /^[\p{Lu}\s,.-]+$/u.test(p.text) && !/CỘNG H(?:OÀ|ÒA)|ĐỘC LẬP|ĐẢNG CỘNG SẢN/u.test(p.text)) {
      orgLines.push(p.text);
    }
  });
  return {
    identity,
    place,
    title: title as string | null,
    titleBlock: titleBlock as ParagraphBlock | null,
    issuer: issuerFromOrgLines(orgLines),
    locations,
  };
}

function readAppendix(heading: ParagraphBlock[]): Appendix {
  const kemTheo = heading.find((p) => /kèm theo/iu.test(p.text));
  const titleParts = heading.slice(1).filter((p) => p !== kemTheo);
  const first = heading[0]!;
  return {
    title: titleParts.length > 0 ? titleParts.map((p) => p.text).join(" ") : null,
    parent: kemTheo ? parseParentLine(kemTheo.text) : null,
    location: { ...(kemTheo ?? first).location },
  };
}

/**
 * Consecutive tables (nothing but other tables between them) continue one another —
 * unless pages are missing between them (a scanned page whose content could not be read).
 */
function tableRuns(blocks: Block[]): TableRun[] {
  const runs: TableRun[] = [];
  let prev: Block | null = null;
  for (const b of blocks) {
    if (b.type === "table") runs.push({ table: b, continues: prev?.type === "table" && !pagesMissing(prev, b) });
    prev = b;
  }
  return runs;
}

function pagesMissing(a: TableBlock, b: TableBlock): boolean {
  const end = a.rows[a.rows.length - 1]?.location.page;
  const start = b.rows[0]?.location.page;
  return end !== undefined && start !== undefined && start > end + 1;
}

/**
 * A mention of the document's own number is not a citation — unless the date or issuer says
 * it is another document: two Đảng ủy both number "12-KH/ĐU", and one may implement the other's.
 */
function isOwn(c: RawCitation, own: { identifier: string | null; date: string | null; issuer: string | null }): boolean {
  if (own.identifier === null || c.identifier !== own.identifier) return false;
  if (c.date && own.date && c.date !== own.date) return false;
  return !(c.issuer && own.issuer && !issuersCompatible(c.issuer, own.issuer));
}

function readCitations(blocks: Block[], own: { identifier: string | null; date: string | null; issuer: string | null }): Citation[] {
  const found: Array<RawCitation & { location: Location }> = [];
  const scan = (text: string, at: (start: number, end: number) => Location) => {
    for (const c of findCitations(text)) {
      if (isOwn(c, own)) continue;
      found.push({ ...c, location: at(c.index, c.index + c.length) });
    }
  };
  for (const b of blocks) {
    if (para(b)) {
      if (/^\(?\s*kèm theo/iu.test(b.text)) continue;
      scan(b.text, (s, e) => locateInParagraph(b, s, e));
    } else {
      forEachCell(b, (text, loc, spans) =>
        scan(text, (s, e) =>
          spans
            ? locateInParagraph({ spans, location: loc }, s, e)
            : loc.column === undefined || loc.line === undefined
              ? { ...loc }
              : { ...loc, column: loc.column + s, endLine: loc.line, endColumn: loc.column + e },
        ),
      );
    }
  }
  return collectCitations(found);
}

function forEachCell(t: TableBlock, fn: (text: string, loc: Location, spans?: TextSpan[]) => void): void {
  for (const row of t.rows) for (const c of row.cells) if (!c.covered && c.text !== "") fn(c.text, { ...row.location, ...c.location }, c.spans);
}

function readClosing(closing: ParagraphBlock[]) {
  const recipients: string[] = [];
  const locations: Record<string, Location> = {};
  const at = closing.findIndex((p) => /^Nơi nhận/iu.test(p.text));
  if (at >= 0) {
    locations.recipients = closing[at]!.location;
    const inline = closing[at]!.text.replace(/^Nơi nhận\s*:?\s*/iu, "");
    const items = inline ? inline.split(/\s+-\s+|^-\s*/u) : [];
    for (let i = at + 1; i < closing.length && closing[i]!.marker !== null; i++) items.push(closing[i]!.text);
    for (const it of items) {
      const v = trimWhere(it, spaceOr(";.,"));
      if (v) recipients.push(v);
    }
  }
  let signer: string | null = null;
  let signerTitle: string | null = null;
  closing.forEach((p, i) => {
    if (!isPositionLine(p.text) || (i > 0 && isPositionLine(closing[i - 1]!.text))) return;
    const titles = [p.text];
    let j = i + 1;
    while (j < closing.length && isPositionLine(closing[j]!.text)) titles.push(closing[j++]!.text);
    const name = closing.slice(j, j + 3).find((q) => isPersonName(q.text));
    if (name) {
      signer = name.text;
      signerTitle = titles.join(" ");
      locations.signer = name.location;
    }
  });
  return { recipients, signer: signer as string | null, signerTitle: signerTitle as string | null, locations };
}

function findAppendixNotice(body: ParagraphBlock[]): Location | null {
  for (const p of body) {
    const m = /phụ lục[^.;]{0,40}kèm theo|kèm theo[^.;]{0,20}phụ lục/iu.exec(p.text);
    if (m) return locateInParagraph(p, m.index, m.index + m[0].length);
  }
  return null;
}

/** Dates written in the body outside citations and deadline labels (those have their own checks). */
function readDateMentions(body: ParagraphBlock[]): DateMention[] {
  const out: DateMention[] = [];
  for (const p of body) {
    if (parseLabel(p.text)) continue;
    const taken = findCitations(p.text).map((c) => [c.index, c.index + c.length] as const);
    for (const d of findDates(p.text)) {
      if (d.iso === null || taken.some(([a, b]) => d.index >= a && d.index < b)) continue;
      const end = d.index + d.raw.length;
      out.push({ date: d.iso, raw: d.raw, ...clauseAround(p.text, d.index, end), location: locateInParagraph(p, d.index, end) });
    }
  }
  return out;
}

/**
 * The clause a date sits in, split at the date: whether it is an event or a plan shows in words
 * anywhere in it ("Trung tâm sẽ tổ chức … vào ngày", "Ngày 15/6/2026, Trung tâm sẽ …"), not only
 * in the word just before it. A comma does not end the clause: "Ngày 28/5/2026, Trung tâm …" is one.
 */
function clauseAround(text: string, start: number, end: number): { context: string; following: string } {
  const before = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("!"), before.lastIndexOf("?"));
  const after = text.slice(end, end + 120);
  const stop = after.search(/[.;:!?]/u);
  return { context: before.slice(cut + 1).trim(), following: (stop < 0 ? after : after.slice(0, stop)).trim() };
}

/** "số             /KH-SYT" out of a "Kèm theo" line. */
function numberPart(raw: string): string | null {
  return /số(?:\s*:)?[\d\s]*[/-]\s*[A-ZĐ][\wĐđ/-]*/u.exec(raw)?.[0] ?? null;
}

function firstOf<T>(xs: Array<T | null>): T | null {
  for (const x of xs) if (x !== null) return x;
  return null;
}

function span(blocks: Block[]): Location {
  const first = blocks[0]?.location ?? {};
  const last = blocks[blocks.length - 1]?.location ?? {};
  const loc: Location = {};
  if (first.line !== undefined) loc.line = first.line;
  if (last.endLine ?? last.line) loc.endLine = (last.endLine ?? last.line)!;
  if (first.page !== undefined) loc.page = first.page;
  return loc;
}
