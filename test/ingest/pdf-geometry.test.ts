import { describe, expect, it } from "vitest";
import { appendPage, startTable, stitchedText } from "../../src/ingest/pdf/stitch.js";
import type { PageCell, PageTable } from "../../src/ingest/pdf/cells.js";
import { makeRun, turn, type PageContent } from "../../src/ingest/pdf/geometry.js";
import { findGrids } from "../../src/ingest/pdf/rules.js";
import { joinLines, lineJoiner, type TextLine } from "../../src/ingest/pdf/text-lines.js";

const line = (text: string, x0: number, x1: number, baseline = 0, size = 10): TextLine => ({ text, x0, x1, baseline, size });

describe("joining the lines of a cell", () => {
  it("a soft wrap is a space, a break where the next word would have fitted is a line break", () => {
    // 100 pt wide: "Sở Y tế" ends at 40; "Sở" (2 letters ≈ 12 pt) would have fitted.
    expect(lineJoiner(line("Sở Y tế", 0, 40), line("Sở Tài chính", 0, 60), 100)).toBe("\n");
    expect(lineJoiner(line("Xây dựng kế hoạch chuyển đổi số", 0, 96), line("năm 2025", 0, 45), 100)).toBe(" ");
  });

  it('a number broken in a narrow column is joined without a space ("10" + "0")', () => {
    expect(lineJoiner(line("10", 0, 11), line("0", 0, 5.5), 14)).toBe("");
    expect(lineJoiner(line("ST", 0, 12.8), line("T", 0, 6.7), 17)).toBe("");
    expect(joinLines([line("Trước", 0, 25), line("30/8/202", 0, 34), line("6", 0, 5)], 36)).toBe("Trước 30/8/2026");
  });

  it("a word that merely fills a line stays a word", () => {
    // "Thường" fills a 43 pt line, but 50 pt were available: "xuyên" was not cut from it.
    expect(lineJoiner(line("Thường", 0, 37.6), line("xuyên", 0, 31), 43.5, 50.4)).toBe(" ");
  });

  it("a line broken after a hyphen or slash inside a word is glued back", () => {
    expect(joinLines([line("Quý III-", 0, 40), line("IV/2026", 0, 38)], 45)).toBe("Quý III-IV/2026");
  });
});

/** Rules of a ruled grid; `skipV`/`skipH` leave out segments (merges). */
function ruled(xs: number[], ys: number[], skip: (kind: "v" | "h", i: number, j: number) => boolean = () => false) {
  const rules = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = 0; j + 1 < ys.length; j++) if (!skip("v", i, j)) rules.push({ x0: xs[i]!, x1: xs[i]!, y0: ys[j]!, y1: ys[j + 1]! });
  for (let j = 0; j < ys.length; j++)
    for (let i = 0; i + 1 < xs.length; i++) if (!skip("h", i, j)) rules.push({ x0: xs[i]!, x1: xs[i + 1]!, y0: ys[j]!, y1: ys[j]! });
  return rules;
}

describe("grids from ruling", () => {
  it("finds spans where a rule is missing, and ignores an underline inside a cell", () => {
    const xs = [50, 80, 200, 300];
    const ys = [100, 120, 140, 160];
    // Column 2 merged over rows 1–2 (no rule at y=140 in it); row 0 cells 1–2 merged (no rule at x=200 in it).
    const rules = ruled(xs, ys, (k, i, j) => (k === "h" && i === 2 && j === 2) || (k === "v" && i === 2 && j === 0));
    rules.push({ x0: 90, x1: 150, y0: 135, y1: 135 }); // an underline, touching no border
    const [g] = findGrids(rules);
    expect(g!.xs).toHaveLength(4);
    expect(g!.ys).toHaveLength(4);
    expect(g!.cells).toContainEqual({ row: 0, col: 1, rowSpan: 1, colSpan: 2 });
    expect(g!.cells).toContainEqual({ row: 1, col: 2, rowSpan: 2, colSpan: 1 });
    expect(g!.cells).toHaveLength(3 * 3 - 2);
  });

  it("joins collinear pieces of one rule drawn in several strokes", () => {
    const rules = ruled([0, 100], [0, 50, 100]).flatMap((r) => (r.y0 === r.y1 ? [{ ...r, x1: 50 }, { ...r, x0: 50.5 }] : [r]));
    const [g] = findGrids(rules);
    expect(g!.cells).toHaveLength(2);
  });
});

describe("turning a page upright", () => {
  it("text running down the page reads left to right after turning", () => {
    const run = makeRun("Nhiệm vụ", 100, 200, 100, 260, 10); // drawn downwards (90°)
    expect(run.angle).toBe(90);
    const page: PageContent = { page: 1, width: 600, height: 800, runs: [run], rules: [], images: 0 };
    const up = turn(page, 90);
    expect(up.width).toBe(800);
    expect(up.runs[0]).toMatchObject({ angle: 0, x0: 200, x1: 260, baseline: 500 });
  });
});

/** A one-page table fragment: rows of cell texts, each cell one line unless split by "|". */
function fragment(page: number, rows: Array<Array<string | null>>, opts: { spans?: Record<string, number> } = {}): PageTable {
  const xs = [0, 20, 120, 180];
  const ys = rows.map((_, r) => 20 * r).concat([20 * rows.length]);
  const cells: PageCell[] = [];
  const owner: number[][] = rows.map(() => [-1, -1, -1]);
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === null) return; // covered by a merge from above
      const rowSpan = opts.spans?.[`${r},${c}`] ?? 1;
      const id = cells.length;
      cells.push({ row: r, col: c, rowSpan, colSpan: 1, x0: xs[c]!, x1: xs[c + 1]!, y0: ys[r]!, y1: ys[r + rowSpan]!, lines: text ? [line(text, xs[c]! + 2, xs[c]! + 2 + 5 * text.length, ys[r]! + 12)] : [] });
      for (let k = r; k < r + rowSpan; k++) owner[k]![c] = id;
    }),
  );
  return { page, xs, ys, cells, owner, padding: 2, top: 0, bottom: ys[ys.length - 1]!, pageHeight: 800, borderless: false, textWidth: cells.map((c) => c.x1 - c.x0 - 4), maxTextWidth: cells.map((c) => c.x1 - c.x0 - 4) };
}

const texts = (t: ReturnType<typeof startTable>) => t.owner.map((r) => r.map((b) => stitchedText(t.blocks[b]!)));

describe("stitching a table across pages", () => {
  const HEAD = ["STT", "Nhiệm vụ", "Chủ trì"];

  it("drops the repeated header and appends rows", () => {
    const t = startTable(fragment(1, [HEAD, ["1", "Việc một", "Sở A"]]));
    appendPage(t, fragment(2, [HEAD, ["2", "Việc hai", "Sở B"]]), true);
    expect(texts(t)).toEqual([HEAD, ["1", "Việc một", "Sở A"], ["2", "Việc hai", "Sở B"]]);
    expect(t.rows.map((r) => [r.page, r.header])).toEqual([[1, true], [1, false], [2, false]]);
  });

  it("puts back a row the page break cut in two (no STT, going on mid-sentence)", () => {
    const t = startTable(fragment(1, [HEAD, ["1", "Tăng cường lãnh đạo, chỉ đạo", "Đảng ủy Sở"]]));
    appendPage(t, fragment(2, [HEAD, ["", "công tác quản lý", "Y tế"], ["2", "Việc hai", "Sở B"]]), true);
    expect(texts(t)).toEqual([HEAD, ["1", "Tăng cường lãnh đạo, chỉ đạo công tác quản lý", "Đảng ủy Sở Y tế"], ["2", "Việc hai", "Sở B"]]);
  });

  it("a new row with its own capitalised text is not glued to the last one", () => {
    const t = startTable(fragment(1, [HEAD, ["1", "Việc một", "Sở A"]]));
    appendPage(t, fragment(2, [HEAD, ["", "Việc không số", "Sở B"]]), true);
    expect(t.rows).toHaveLength(3);
  });

  it("carries a merged lead down across the break when the next page's part is empty", () => {
    const t = startTable(fragment(1, [HEAD, ["1", "Việc một", "Sở A"], ["2", "Việc hai", null]], { spans: { "1,2": 2 } }));
    appendPage(t, fragment(2, [HEAD, ["3", "Việc ba", ""], ["4", "Việc bốn", null]], { spans: { "1,2": 2 } }), true);
    expect(texts(t).map((r) => r[2])).toEqual(["Chủ trì", "Sở A", "Sở A", "Sở A", "Sở A"]);
    const lead = t.blocks[t.owner[1]![2]!]!;
    expect(lead.rowSpan).toBe(4);
  });
});
