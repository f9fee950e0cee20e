import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractBytes } from "../../src/api.js";
import { splitUnits, unitKey } from "../../src/vocab/units.js";
import { evaluate, TRANSCRIPTION } from "../../scripts/eval-text-table.js";
import { ROOT } from "../helpers/fixtures.js";
import { flatten, type Layout, type Transcription } from "../helpers/flatten.js";

const transcription = parse(readFileSync(`${ROOT}/${TRANSCRIPTION}`, "utf8")) as Transcription;

/**
 * The seed's table laid out again with other column widths and page heights: every line
 * break, page cut and merged-cell overflow moves. The recovery must not depend on the seed's
 * particular layout. (Widths in visual units, the 9 columns in order; body lines per page.)
 */
const LAYOUTS: Record<string, Layout> = {
  wider: { widths: [3, 18, 16, 36, 14, 12, 14, 10, 12], pageLines: 70 },
  narrower: { widths: [3, 11, 10, 24, 9, 8, 9, 7, 8], pageLines: 45 },
  "short pages": { widths: [3, 14, 13, 29, 11, 9, 10, 8, 9], pageLines: 30 },
};

const PREAMBLE = ["Phụ lục", "", "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH", ""];

export async function recoverLayout(layout: Layout) {
  const { text, textLines } = flatten(transcription, layout, PREAMBLE.length + 1);
  const source = [...PREAMBLE, text, ""].join("\n");
  const plan = await extractBytes(new TextEncoder().encode(source), "layout.txt");
  const tasks = plan.documents.flatMap((d) => d.tasks);
  // Rows are matched by the line where their Hoạt động cell starts in this layout.
  const moved = { ...transcription, rows: transcription.rows.map((r, i) => ({ ...r, line: textLines[i] })) };
  return evaluate(tasks, moved, { splitUnits, unitKey });
}

describe("flattened tables in other layouts", () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(`${name}: every row found, none invented, ≥ 90 % with lead, coordinators and deadline right`, async () => {
      const report = await recoverLayout(layout);
      expect(report.found).toBe(report.transcribed);
      expect(report.invented).toEqual([]);
      expect(report.keyFieldsRight / report.transcribed).toBeGreaterThanOrEqual(0.9);
    });
  }
});
