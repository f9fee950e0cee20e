import { fillGrid, type PageTable } from "./cells.js";
import type { PageContent, TextRun } from "./geometry.js";
import { buildParagraphs, readingOrder } from "./paragraphs.js";
import { findGrids } from "./rules.js";

/** One page as a reader sees it: paragraphs and tables, top to bottom. */
export type PageItem =
  | { kind: "paragraph"; text: string; top: number; open: boolean; canContinue: boolean }
  | { kind: "table"; table: PageTable; top: number };

export interface PageLayout {
  page: number;
  items: PageItem[];
}

const PAGE_NUMBER = /^(?:[-–]\s*)?(?:trang\s*)?\d{1,3}(?:\s*[-–])?(?:\s*\/\s*\d{1,3})?$/iu;

export function layoutPage(content: PageContent, findTables: (runs: TextRun[], content: PageContent) => PageTable[]): PageLayout {
  let rest = content.runs;
  const tables: PageTable[] = [];
  for (const grid of findGrids(content.rules)) {
    const r = fillGrid(grid, rest, content.page, content.height);
    // A ruled box with no text is a frame or a signature line, not a table.
    if (r.table.cells.some((c) => c.lines.length > 0)) {
      tables.push(r.table);
      rest = r.rest;
    }
  }
  if (tables.length === 0) tables.push(...findTables(rest, content));
  if (tables.length > 0) {
    rest = rest.filter((run) => !tables.some((t) => run.baseline - 0.3 * run.size >= t.top && run.baseline - 0.3 * run.size <= t.bottom && run.x0 >= t.xs[0]! - 2 && run.x1 <= t.xs[t.xs.length - 1]! + 2));
  }
  // Page numbers in the top or bottom margin are furniture.
  const margin = 0.09 * content.height;
  const frags = readingOrder(rest).filter((f) => !(PAGE_NUMBER.test(f.text) && (f.baseline < margin || f.baseline > content.height - margin)));
  const xs0 = frags.map((f) => f.x0).sort((a, b) => a - b);
  const xs1 = frags.map((f) => f.x1).sort((a, b) => a - b);
  const left = xs0[Math.floor(xs0.length * 0.05)] ?? 0;
  const right = xs1[Math.floor(xs1.length * 0.95)] ?? content.width;
  const items: PageItem[] = buildParagraphs(frags, left, right).map((p) => ({ kind: "paragraph" as const, ...p }));
  for (const t of tables) {
    const at = items.findIndex((i) => i.top > t.top);
    items.splice(at < 0 ? items.length : at, 0, { kind: "table", table: t, top: t.top });
  }
  return { page: content.page, items };
}
