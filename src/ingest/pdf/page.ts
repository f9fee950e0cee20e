import { UnreadableInputError } from "../errors.js";
import { apply, IDENTITY, makeRun, multiply, turn, type Matrix, type PageContent, type Rule, type TextRun } from "./geometry.js";
import type { PdfjsModule, PdfPage } from "./pdfjs.js";

/**
 * One page → text runs and ruling segments in upright display coordinates. Ruling comes
 * from the operator list: stroked straight segments, and filled rectangles thin enough
 * to be a line (Word's PDF export draws cell borders that way; pdf-parse ignores them).
 * The current transformation matrix is tracked through save/restore, cm and form
 * XObjects, so content drawn turned (a landscape page under /Rotate) lands upright.
 */
const THIN = 3; // a filled rectangle at most this thick (pt) is a rule
const WHITE = 0.93; // fills and strokes lighter than this are backgrounds, not rules

export async function readPage(pdfjs: PdfjsModule, page: PdfPage, pageNumber: number, maxOps: number): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const text = await page.getTextContent({ disableNormalization: false });
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!("str" in item)) continue;
    if (item.str.trim() === "") {
      // pdf.js marks a gap it measured as a space (it knows the font's space width): keep it as a trailing space.
      const prev = runs[runs.length - 1];
      if (item.str !== "" && prev && !prev.text.endsWith(" ")) prev.text += " ";
      continue;
    }
    const m = multiply(vt, item.transform as Matrix);
    const [ox, oy] = apply(m, 0, 0);
    // item.width is the advance in text space scaled to user space along the run direction.
    const tx = item.transform as Matrix;
    const scaleX = Math.hypot(tx[0], tx[1]) || 1;
    const [ex, ey] = apply(m, item.width / scaleX, 0);
    const size = Math.hypot(m[2], m[3]) || item.height || 10;
    runs.push(makeRun(item.str, ox, oy, ex, ey, size));
  }

  const ops = await page.getOperatorList();
  if (ops.fnArray.length > maxOps) throw new UnreadableInputError("limit-exceeded", `page ${pageNumber}: ${ops.fnArray.length} drawing operations`);
  const rules: Rule[] = [];
  let images = 0;
  const OPS = pdfjs.OPS;
  const stack: Array<{ ctm: Matrix; lineWidth: number; fill: number; stroke: number }> = [];
  let st = { ctm: vt, lineWidth: 1, fill: 0, stroke: 0 };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ...st });
        break;
      case OPS.restore:
        st = stack.pop() ?? st;
        break;
      case OPS.transform:
        st.ctm = multiply(st.ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...st });
        if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) st.ctm = multiply(st.ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case OPS.setLineWidth:
        st.lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setGState:
        for (const [k, v] of (args[0] as Array<[string, unknown]>) ?? []) if (k === "LW") st.lineWidth = Number(v) || 0;
        break;
      case OPS.setFillRGBColor:
        st.fill = lightness(args[0]);
        break;
      case OPS.setStrokeRGBColor:
        st.stroke = lightness(args[0]);
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintJpegXObject:
        images++;
        break;
      case OPS.constructPath:
        pathRules(args, st, OPS, rules);
        break;
      default:
        break;
    }
  }
  let content: PageContent = { page: pageNumber, width: viewport.width, height: viewport.height, runs, rules, images };
  const angle = dominantAngle(runs);
  if (angle !== 0) content = turn(content, angle);
  return content;
}

/** "#rrggbb" → lightness 0 (black) … 1 (white). */
function lightness(c: unknown): number {
  if (typeof c !== "string" || !/^#[0-9a-f]{6}$/i.test(c)) return 0;
  const n = parseInt(c.slice(1), 16);
  return (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
}

function pathRules(args: unknown[], st: { ctm: Matrix; lineWidth: number; fill: number; stroke: number }, OPS: PdfjsModule["OPS"], out: Rule[]): void {
  const paint = args[0] as number;
  const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
  if (!data) return;
  const stroke = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
  const fill = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
  if (!stroke && !fill) return;
  // Sub-paths as point lists in display space.
  const subpaths: Array<Array<[number, number]>> = [];
  let cur: Array<[number, number]> = [];
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === 0) {
      if (cur.length > 0) subpaths.push(cur);
      cur = [apply(st.ctm, data[k]!, data[k + 1]!)];
      k += 2;
    } else if (op === 1) {
      cur.push(apply(st.ctm, data[k]!, data[k + 1]!));
      k += 2;
    } else if (op === 2) {
      // Curves are never ruling: break the sub-path here.
      if (cur.length > 0) subpaths.push(cur);
      cur = [apply(st.ctm, data[k + 4]!, data[k + 5]!)];
      k += 6;
    } else if (op === 3) {
      if (cur.length > 1) cur.push(cur[0]!);
    } else break;
  }
  if (cur.length > 0) subpaths.push(cur);

  if (stroke && st.stroke < WHITE) {
    const width = st.lineWidth * Math.hypot(st.ctm[0], st.ctm[1]);
    if (width <= 2 * THIN) {
      for (const sp of subpaths) for (let j = 1; j < sp.length; j++) segment(sp[j - 1]!, sp[j]!, out);
    }
  }
  if (fill && st.fill < WHITE) {
    for (const sp of subpaths) {
      const xs = sp.map((p) => p[0]);
      const ys = sp.map((p) => p[1]);
      const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
      if (sp.length < 4 || sp.length > 6) continue; // rectangles only
      const w = x1 - x0, h = y1 - y0;
      if (h <= THIN && w > h) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
      else if (w <= THIN && h > w) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
    }
  }
}

function segment(a: [number, number], b: [number, number], out: Rule[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dx < 0.5 && dy > 1) out.push({ x0: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), x1: (a[0] + b[0]) / 2, y1: Math.max(a[1], b[1]) });
  else if (dy < 0.5 && dx > 1) out.push({ x0: Math.min(a[0], b[0]), y0: (a[1] + b[1]) / 2, x1: Math.max(a[0], b[0]), y1: (a[1] + b[1]) / 2 });
}

/** The direction most text on the page runs in, weighted by characters (0, 90, 180 or 270). */
function dominantAngle(runs: TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const q = ((Math.round(r.angle / 90) * 90) % 360 + 360) % 360;
    if (Math.abs(r.angle - q) > 5 && Math.abs(r.angle - q - 360) > 5) continue;
    weight.set(q, (weight.get(q) ?? 0) + r.text.length);
  }
  let best = 0;
  let bestW = weight.get(0) ?? 0;
  for (const [a, w] of weight) if (w > bestW * 1.5) (best = a), (bestW = w);
  return best;
}
