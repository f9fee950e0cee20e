/**
 * Page geometry shared by the PDF modules. Everything downstream works in display
 * coordinates: points, origin top-left, y down, the page as a reader sees it upright
 * (viewport rotation applied, then turned so most text runs left to right).
 */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 ∘ m2: apply m2, then m1 (pdf.js Util.transform). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** A run of text in display coordinates: baseline from (x0, baseline) to (x1, baseline) once upright. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  /** Font size (glyph height) in points. */
  size: number;
  /** Direction of the run, degrees clockwise from left-to-right in display space. */
  angle: number;
  /** Start and end of the baseline as drawn (kept to turn the page). */
  ox: number;
  oy: number;
  ex: number;
  ey: number;
}

/** A run from its baseline start and end points. */
export function makeRun(text: string, ox: number, oy: number, ex: number, ey: number, size: number): TextRun {
  const raw = (Math.atan2(ey - oy, ex - ox) * 180) / Math.PI;
  const angle = ((Math.round(raw * 10) / 10) % 360 + 360) % 360;
  const flat = angle < 2 || angle > 358;
  return {
    text,
    x0: Math.min(ox, ex),
    x1: Math.max(ox, ex),
    baseline: flat ? oy : (oy + ey) / 2,
    size,
    angle: flat ? 0 : angle,
    ox,
    oy,
    ex,
    ey,
  };
}

export const runTop = (r: TextRun) => r.baseline - 0.8 * r.size;
export const runBottom = (r: TextRun) => r.baseline + 0.2 * r.size;
export const runMidY = (r: TextRun) => r.baseline - 0.3 * r.size;
export const runMidX = (r: TextRun) => (r.x0 + r.x1) / 2;

/** An axis-aligned ruling segment in display coordinates (x0 ≤ x1, y0 ≤ y1; one of them has zero extent). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const isHorizontal = (r: Rule) => r.y1 - r.y0 < r.x1 - r.x0;

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
  /** Images painted on the page (a scan is an image and no text). */
  images: number;
}

/** Turns page content by a multiple of 90° clockwise so text at `angle` reads left to right. */
export function turn(content: PageContent, angle: number): PageContent {
  const a = ((Math.round(angle / 90) * 90) % 360 + 360) % 360;
  if (a === 0) return content;
  const { width: w, height: h } = content;
  // Rotating the page by -a maps a run at angle a to angle 0.
  const map = (x: number, y: number): [number, number] =>
    a === 90 ? [y, w - x] : a === 180 ? [w - x, h - y] : [h - y, x];
  const rules = content.rules.map((r) => {
    const [ax, ay] = map(r.x0, r.y0);
    const [bx, by] = map(r.x1, r.y1);
    return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
  });
  const runs = content.runs.map((r) => {
    const [ox, oy] = map(r.ox, r.oy);
    const [ex, ey] = map(r.ex, r.ey);
    return makeRun(r.text, ox, oy, ex, ey, r.size);
  });
  const swap = a === 90 || a === 270;
  return { ...content, width: swap ? h : w, height: swap ? w : h, runs, rules };
}
