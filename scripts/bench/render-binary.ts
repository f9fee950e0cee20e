/**
 * DOCX and PDF versions of a generated bench document, so the corpus benchmark's repository
 * mixes the three formats a shared folder holds. The generator's text is turned into a render
 * spec (paragraphs; a tab-separated appendix becomes a real table with a repeated header row)
 * and drawn by the fixture writers: DOCX with the docx package, PDF with pdf-lib (bordered
 * by filled rectangles, the way Word exports). Only the bench uses this; it needs the DejaVu
 * fonts (Debian: fonts-dejavu-core) for the PDF.
 */
import { renderDocx } from "../fixtures/docx-writer.js";
import { renderFilledPdf } from "../fixtures/pdf-writer.js";
import type { BlockSpec, RenderSpec } from "../fixtures/spec.js";

/** The generator's plain text (tab-separated tables) as a render spec. */
export function specFromBenchText(text: string): RenderSpec {
  const blocks: BlockSpec[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    blocks.push({ table: { widths: [1, 9, 3, 3, 3], headerRows: 1, size: 10, rows } });
    rows = [];
  };
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      rows.push(line.split("\t"));
      continue;
    }
    flush();
    if (line.trim() !== "") blocks.push({ p: line, align: /^[A-ZĐÀ-Ỹ\s,]+$/u.test(line) ? "center" : "left" });
  }
  flush();
  return { description: "bench document", variants: ["docx", "pdf-filled"], blocks };
}

export async function renderBinary(text: string, format: "docx" | "pdf"): Promise<Uint8Array> {
  const spec = specFromBenchText(text);
  return format === "docx" ? new Uint8Array(await renderDocx(spec)) : renderFilledPdf(spec);
}
