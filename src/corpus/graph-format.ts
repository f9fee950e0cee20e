/**
 * The reference graph as JSON, Graphviz DOT or Mermaid: pure functions of the graph, so
 * the output is the same on every machine and in every test.
 */
import type { Lang } from "../io/messages.js";
import { showDate } from "../vocab/dates.js";
import type { RefEdge, RefGraph, RefNode, Relation } from "./graph.js";
import type { ResolutionStatus } from "./resolve.js";

export type GraphFormat = "json" | "dot" | "mermaid";
export const GRAPH_FORMATS: readonly GraphFormat[] = ["json", "dot", "mermaid"];

const RELATION: Record<Relation, Record<Lang, string>> = {
  implements: { vi: "thực hiện", en: "implements" },
  answers: { vi: "báo cáo", en: "answers" },
  cites: { vi: "dẫn", en: "cites" },
  part: { vi: "phụ lục của", en: "appendix of" },
};
const STATUS: Record<ResolutionStatus, Record<Lang, string>> = {
  resolved: { vi: "khớp", en: "resolved" },
  mismatched: { vi: "không khớp", en: "mismatched" },
  unresolved: { vi: "không tìm thấy", en: "unresolved" },
  external: { vi: "ngoài kho", en: "external" },
};
const COLOR: Record<ResolutionStatus, string> = { resolved: "#2e7d32", mismatched: "#e65100", unresolved: "#c62828", external: "#9e9e9e" };

export function formatGraph(graph: RefGraph, format: GraphFormat, lang: Lang): string {
  if (format === "json") return JSON.stringify({ schemaVersion: 1, ...graph }, null, 2) + "\n";
  return format === "dot" ? toDot(graph, lang) : toMermaid(graph, lang);
}

function nodeLines(n: RefNode, lang: Lang): string[] {
  const head = n.identifier ? `${n.kind ?? "?"} ${n.identifier}` : `${n.kind ?? "?"} (${lang === "vi" ? "chưa có số" : "no number"})`;
  const sub = [n.date ? showDate(n.date) : null, n.issuer].filter((x): x is string => !!x).join(" · ");
  const lines = [head];
  if (sub) lines.push(sub);
  if (n.file) lines.push(n.file);
  else lines.push(lang === "vi" ? "(không có trong kho)" : "(not in the repository)");
  return lines;
}

const DIFFERS = { date: { vi: "sai ngày", en: "wrong date" }, issuer: { vi: "sai cơ quan ban hành", en: "wrong issuer" } };

function edgeLabel(e: RefEdge, lang: Lang): string {
  const rel = RELATION[e.relation][lang];
  if (e.status === "resolved" || e.status === "external") return rel;
  if (e.status === "mismatched" && e.differs) {
    const what = (["date", "issuer"] as const).filter((k) => e.differs![k]).map((k) => DIFFERS[k][lang]);
    return `${rel}: ${what.join(", ")}`;
  }
  return `${rel}: ${STATUS[e.status][lang]}`;
}

function toDot(graph: RefGraph, lang: Lang): string {
  const q = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const out = ["digraph refs {", "  rankdir=RL;", '  node [shape=box, style="rounded", fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const n of graph.nodes) {
    const label = nodeLines(n, lang).map((l) => l.replace(/\\/g, "\\\\").replace(/"/g, '\\"')).join("\\n");
    out.push(`  ${n.id} [label="${label}"${n.present ? "" : ', style="rounded,dashed", color="#9e9e9e"'}];`);
  }
  for (const e of graph.edges) {
    const style = e.status === "unresolved" || e.status === "external" ? ", style=dashed" : "";
    out.push(`  ${e.from} -> ${e.to} [label=${q(edgeLabel(e, lang))}, color="${COLOR[e.status]}"${style}];`);
  }
  out.push("}");
  return out.join("\n") + "\n";
}

/** Mermaid text: quotes and angle brackets become entity codes, lines join with <br/>. */
function mermaidText(s: string): string {
  return s.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

function toMermaid(graph: RefGraph, lang: Lang): string {
  const out = ["flowchart RL"];
  for (const n of graph.nodes) {
    const text = nodeLines(n, lang).map(mermaidText).join("<br/>");
    out.push(n.present ? `  ${n.id}["${text}"]` : `  ${n.id}(["${text}"]):::absent`);
  }
  graph.edges.forEach((e) => {
    const arrow = e.status === "unresolved" || e.status === "external" ? "-.->" : "-->";
    out.push(`  ${e.from} ${arrow}|"${mermaidText(edgeLabel(e, lang))}"| ${e.to}`);
  });
  graph.edges.forEach((e, i) => {
    if (e.status !== "resolved") out.push(`  linkStyle ${i} stroke:${COLOR[e.status]},color:${COLOR[e.status]}`);
  });
  out.push("  classDef absent stroke-dasharray:4 3,color:#616161");
  return out.join("\n") + "\n";
}
