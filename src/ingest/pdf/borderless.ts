import type { PageTable } from "./cells.js";
import type { PageContent, TextRun } from "./geometry.js";
export function findBorderless(runs: TextRun[], content: PageContent): PageTable[] {
  void runs; void content;
  return [];
}
