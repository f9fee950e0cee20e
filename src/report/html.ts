import { createHash } from "node:crypto";
import type { FileResult } from "../lint/check.js";
import type { Document } from "../model/document.js";
import type { Finding } from "../model/finding.js";
import type { Location } from "../model/location.js";
import type { Task } from "../model/task.js";
import type { Lang } from "../rules/types.js";
import { REPORT_CSS, REPORT_JS } from "./html-assets.js";
import { HTML_TEXT, type HtmlText } from "./html-text.js";
import { formatLocation, SEVERITY_WORDS } from "./location.js";
import { totals } from "./summary.js";
import type { Formatter, ReportInput } from "./types.js";

type Severity = Finding["severity"];
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Escapes text for HTML element content and double-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** A finding with its element id (the target of the cells' aria-describedby). */
interface Numbered {
  f: Finding;
  id: string;
}

/** Task columns: the model field they show, and the findings' path field names they take. */
interface TaskColumn {
  field: "text" | "lead" | "executors" | "coordinators" | "responsiblePerson" | "product" | "budget" | "deadline";
  header: keyof HtmlText["columns"];
  always: boolean;
}
const TASK_COLUMNS: readonly TaskColumn[] = [
  { field: "text", header: "text", always: true },
  { field: "lead", header: "lead", always: true },
  { field: "executors", header: "executors", always: false },
  { field: "coordinators", header: "coordinators", always: true },
  { field: "responsiblePerson", header: "responsiblePerson", always: false },
  { field: "product", header: "product", always: false },
  { field: "budget", header: "budget", always: false },
  { field: "deadline", header: "deadline", always: true },
];

/** Header facts and the finding path fields that point at them. */
const FACT_FIELDS: Record<string, string> = {
  kind: "kind",
  identifier: "identifier",
  number: "identifier",
  numberRaw: "identifier",
  symbol: "identifier",
  date: "date",
  dateRaw: "date",
  place: "date",
  title: "title",
  issuer: "issuer",
  signer: "signer",
  signerTitle: "signer",
};

function locationText(l: Location, lang: Lang): string {
  const t = HTML_TEXT[lang];
  if (l.line !== undefined && l.page === undefined && l.table === undefined && l.paragraph === undefined) return `${t.line} ${l.line}`;
  return formatLocation(l, lang);
}

function worst(list: Numbered[]): Severity {
  return SEVERITIES.find((s) => list.some((n) => n.f.severity === s)) ?? "info";
}

/** Attributes and tooltip of a flagged cell: keyboard-reachable, explained by the findings' ids. */
function flag(list: Numbered[] | undefined, lang: Lang): { attrs: string; why: string } {
  if (!list?.length) return { attrs: "", why: "" };
  const sev = [...new Set(list.map((n) => n.f.severity))].join(" ");
  const words = SEVERITY_WORDS[lang];
  const title = list.map((n) => `${words[n.f.severity]}: ${n.f.message}`).join("\n");
  const attrs = ` class="flag flag-${worst(list)}" data-flag="${sev}" tabindex="0" title="${esc(title)}" aria-describedby="${list.map((n) => n.id).join(" ")}"`;
  const why = `<span class="why" aria-hidden="true">${list.map((n) => `${esc(words[n.f.severity])}: ${esc(n.f.message)}`).join("<br>")}</span>`;
  return { attrs, why };
}

function findingItem(n: Numbered, lang: Lang, taskAnchor: string | null): string {
  const t = HTML_TEXT[lang];
  const f = n.f;
  const related = f.relatedFiles?.length ? ` <span class="loc">(${esc(t.related)}: ${f.relatedFiles.map(esc).join(", ")})</span>` : "";
  const jump = taskAnchor ? ` <a href="#${taskAnchor}">${esc(t.seeTask(f.taskId ?? ""))}</a>` : "";
  return (
    `<li id="${n.id}"><span class="badge ${f.severity}">${esc(SEVERITY_WORDS[lang][f.severity])}</span>` +
    `<span class="loc">${esc(locationText(f.location, lang))}</span>${esc(f.message)}${related}${jump}` +
    ` <a class="rule" href="${esc(f.docsUrl)}" rel="noopener noreferrer">${esc(f.ruleId)}</a></li>`
  );
}

/** Findings grouped by severity, each group a section the filter can hide. */
function findingGroups(list: Numbered[], lang: Lang, headingLevel: number, anchorOf: (f: Finding) => string | null): string {
  const t = HTML_TEXT[lang];
  if (list.length === 0) return `<p class="clean">${esc(t.noFindings)}</p>`;
  const h = `h${headingLevel}`;
  const groups = SEVERITIES.filter((s) => list.some((n) => n.f.severity === s))
    .map((s) => {
      const items = list.filter((n) => n.f.severity === s);
      return (
        `<section class="sev sev-${s}" data-severity="${s}"><${h}>${esc(t.severityGroup[s])} (${items.length})</${h}>` +
        `<ol class="findings">${items.map((n) => findingItem(n, lang, anchorOf(n.f))).join("")}</ol></section>`
      );
    })
    .join("\n");
  // The note is shown by the filter script when it hides every group of this list.
  return `<div class="finding-list">${groups}<p class="filtered-note empty" hidden>${esc(t.allFiltered)}</p></div>`;
}

function facts(doc: Document, byFact: Map<string, Numbered[]>, lang: Lang): string {
  const t = HTML_TEXT[lang];
  const none = `<span class="empty">${esc(t.none)}</span>`;
  const rows: Array<[string, string, string | null]> = [
    ["kind", t.facts.kind, doc.kind ? `${t.kindName(doc.kind)} (${doc.kind})` : null],
    ["identifier", t.facts.identifier, doc.numberRaw ?? doc.identifier],
    ["date", t.facts.date, doc.dateRaw ?? doc.date],
    ["title", t.facts.title, doc.title],
    ["issuer", t.facts.issuer, doc.issuer],
    ["signer", t.facts.signer, [doc.signerTitle, doc.signer].filter(Boolean).join(" — ") || null],
    ["period", t.facts.period, doc.period ? `${doc.period.from}–${doc.period.to}` : null],
    ["tasks", t.facts.tasks, String(doc.tasks.length)],
  ];
  const items = rows.map(([key, label, value]) => {
    const fl = flag(byFact.get(key), lang);
    return `<dt>${esc(label)}</dt><dd${fl.attrs}>${value ? esc(value) : none}${fl.why}</dd>`;
  });
  return `<dl class="facts">${items.join("")}</dl>`;
}

function cellValue(task: Task, field: TaskColumn["field"], lang: Lang): string {
  const t = HTML_TEXT[lang];
  const none = `<span class="empty">${esc(t.none)}</span>`;
  switch (field) {
    case "text":
      return esc(task.text);
    case "lead":
    case "executors":
    case "coordinators":
      return task[field].length ? task[field].map(esc).join("<br>") : none;
    case "deadline":
      return task.deadline.raw ? esc(task.deadline.raw) : none;
    default:
      return task[field] ? esc(task[field]!) : none;
  }
}

function taskTable(doc: Document, fileIdx: number, d: number, byCell: Map<string, Numbered[]>, lang: Lang, heading: string): string {
  const t = HTML_TEXT[lang];
  if (doc.tasks.length === 0) return `<p class="empty">${esc(t.noTasks)}</p>`;
  const flagged = (k: number, field: string) => byCell.get(`${k}/${field}`);
  const cols = TASK_COLUMNS.filter(
    (c) => c.always || doc.tasks.some((task, k) => flagged(k, c.field) || (Array.isArray(task[c.field]) ? (task[c.field] as string[]).length : task[c.field])),
  );
  const head = `<tr><th scope="col">${esc(t.columns.id)}</th>${cols.map((c) => `<th scope="col">${esc(t.columns[c.header])}</th>`).join("")}</tr>`;
  const body: string[] = [];
  let section = "";
  doc.tasks.forEach((task, k) => {
    const s = task.section.join(" › ");
    if (s && s !== section) body.push(`<tr class="section"><th colspan="${cols.length + 1}" scope="colgroup">${esc(s)}</th></tr>`);
    section = s;
    const idFlag = flag(flagged(k, "id"), lang);
    const cells = cols.map((c) => {
      const fl = flag(flagged(k, c.field), lang);
      return `<td${fl.attrs}>${cellValue(task, c.field, lang)}${fl.why}</td>`;
    });
    body.push(`<tr class="task" id="t${fileIdx}-${d}-${k}"><th scope="row"${idFlag.attrs}>${esc(task.id)}${idFlag.why}</th>${cells.join("")}</tr>`);
  });
  return (
    // The region is named by the caption and the file, so two drafts without a number stay distinguishable.
    `<div class="table-wrap" role="region" aria-labelledby="cap${fileIdx}-${d} file${fileIdx}-h" tabindex="0">` +
    `<table class="tasks"><caption id="cap${fileIdx}-${d}">${esc(heading)}</caption>` +
    `<colgroup><col>${cols.map((c) => (c.field === "text" || c.field === "deadline" ? `<col class="${c.field}">` : "<col>")).join("")}</colgroup>` +
    `<thead>${head}</thead><tbody>${body.join("\n")}</tbody></table></div>`
  );
}

/** Which cell or fact a finding points at, from its structural path. */
function target(f: Finding): { doc: number; task?: number; field: string } | null {
  const [docs, d, kind, k, field] = f.path;
  if (docs !== "documents" || typeof d !== "number") return null;
  if (kind === "tasks" && typeof k === "number") {
    const known = typeof field === "string" && (field === "id" || TASK_COLUMNS.some((c) => c.field === field));
    return { doc: d, task: k, field: known ? field : "text" };
  }
  if (typeof kind === "string" && FACT_FIELDS[kind]) return { doc: d, field: FACT_FIELDS[kind] };
  return { doc: d, field: "" };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function fileSection(r: FileResult, i: number, lang: Lang): string {
  const t = HTML_TEXT[lang];
  const numbered: Numbered[] = r.findings.map((f, j) => ({ f, id: `f${i}-${j}` }));
  const perDoc = new Map<number, Numbered[]>();
  const general: Numbered[] = [];
  for (const n of numbered) {
    const at = target(n.f);
    if (at && r.planFile?.documents[at.doc]) push(perDoc, at.doc, n);
    else general.push(n);
  }
  const out = [`<section class="file" id="file${i}" aria-labelledby="file${i}-h"><h2 id="file${i}-h">${esc(r.file)}</h2>`];
  if (!r.planFile) out.push(`<p class="unreadable">${esc(t.unreadable)}</p>`);
  if (general.length || !r.planFile) {
    if (r.planFile) out.push(`<h3>${esc(t.fileFindings)}</h3>`);
    out.push(findingGroups(general, lang, r.planFile ? 4 : 3, () => null));
  }
  r.planFile?.documents.forEach((doc, d) => {
    const list = perDoc.get(d) ?? [];
    const byCell = new Map<string, Numbered[]>();
    const byFact = new Map<string, Numbered[]>();
    for (const n of list) {
      const at = target(n.f)!;
      if (at.task !== undefined) push(byCell, `${at.task}/${at.field}`, n);
      else if (at.field) push(byFact, at.field, n);
    }
    const name = t.documentName(doc.kind, doc.identifier, d);
    const hid = `d${i}-${d}`;
    out.push(
      `<section class="doc" aria-labelledby="${hid}"><h3 id="${hid}">${esc(name)}${doc.title ? ` — ${esc(doc.title)}` : ""}</h3>`,
      `<h4>${esc(t.factsHeading)}</h4>`,
      facts(doc, byFact, lang),
      `<h4>${esc(t.findingsHeading)} (${list.length})</h4>`,
      findingGroups(list, lang, 5, (f) => {
        const at = target(f);
        return at?.task !== undefined ? `t${i}-${d}-${at.task}` : null;
      }),
      `<h4>${esc(t.tasksHeading)} (${doc.tasks.length})</h4>`,
      taskTable(doc, i, d, byCell, lang, t.tableCaption(name)),
      `</section>`,
    );
  });
  out.push("</section>");
  return out.join("\n");
}

function filterPanel(input: ReportInput): string {
  const t = HTML_TEXT[input.lang];
  const n = totals(input.results);
  const count: Record<Severity, number> = { error: n.errors, warning: n.warnings, info: n.infos };
  const boxes = SEVERITIES.map(
    (s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${esc(t.severityGroup[s])} (${count[s]})</label>`,
  ).join("");
  return (
    `<div class="filter" id="filter" hidden><fieldset><legend>${esc(t.filterLegend)}</legend>${boxes}</fieldset>` +
    `<label><input type="checkbox" id="only-flagged"> ${esc(t.onlyFlagged)}</label> ` +
    `<p id="filter-status" role="status" aria-live="polite" data-template="${esc(t.filterStatus)}"></p></div>`
  );
}

/**
 * A self-contained HTML page a clerk can open offline: per document the header facts, the
 * findings grouped by severity (with a filter), and the task table with the offending cells
 * highlighted and explained on hover and keyboard focus. No external asset; a CSP allows only
 * the inline style and script, by hash. Everything is visible without JavaScript.
 */
export const html: Formatter = (input) => {
  const lang = input.lang;
  const t = HTML_TEXT[lang];
  const n = totals(input.results);
  const csp = `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_JS)}; img-src data:; form-action 'none'; base-uri 'none'`;
  const toc = input.results
    .map((r, i) => {
      const c = r.findings.length;
      return `<li><a href="#file${i}">${esc(r.file)}</a> — ${esc(c ? t.countShort(c) : t.noFindings)}</li>`;
    })
    .join("");
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="generator" content="plan-lint ${esc(input.toolVersion)}">`,
    `<title>${esc(t.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    `<a class="skip" href="#main">${esc(t.skip)}</a>`,
    `<header class="top"><h1>${esc(t.title)}</h1>`,
    `<p>${esc(t.summary(n.files, n.errors, n.warnings, n.infos))}</p>`,
    input.suppressed ? `<p>${esc(t.suppressed(input.suppressed))}</p>` : "",
    "</header>",
    `<nav class="toc" aria-label="${esc(t.tocLabel)}"><h2>${esc(t.tocLabel)}</h2><ul>${toc}</ul></nav>`,
    `<main id="main">`,
    filterPanel(input),
    ...input.results.map((r, i) => fileSection(r, i, lang)),
    "</main>",
    `<footer><p>${esc(t.footer(input.toolVersion))}</p></footer>`,
    `<script>${REPORT_JS}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
};
