import type { Diagnostic } from "../model/diagnostic.js";
import { buildGrid, cleanText, paragraphBlock } from "./blocks.js";
import { UnreadableInputError } from "./errors.js";
import { resolveLimits, type IngestOptions } from "./limits.js";
import { findBorderless } from "./pdf/borderless.js";
import type { PageContent } from "./pdf/geometry.js";
import { layoutPage, type PageLayout } from "./pdf/layout.js";
import { readPage } from "./pdf/page.js";
import { loadPdfjs, type PdfDocument } from "./pdf/pdfjs.js";
import type { PageTable } from "./pdf/cells.js";
import { appendPage, sameColumns, startTable, stitchedText, type StitchedTable } from "./pdf/stitch.js";
import type { Block, ParagraphBlock, SourceDocument } from "./source-document.js";

/**
 * PDF → SourceDocument on pdfjs-dist (legacy build, no rendering, no fonts, no eval).
 * Each page is read for text runs and ruling, turned upright, cut into tables (from the
 * ruling; from column positions under a header when there is none) and paragraphs; a
 * table running over several pages is stitched into one logical table. Pages with no
 * text layer are reported (`no-text-layer`), never guessed at.
 */
export async function ingestPdf(bytes: Uint8Array, path: string, sha256: string, options: IngestOptions = {}): Promise<SourceDocument> {
  const limits = resolveLimits(options.limits);
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js may take over the buffer: give it a copy.
    data: new Uint8Array(bytes),
    password: options.password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw openError(e);
  }
  const diagnostics: Diagnostic[] = [];
  const layouts: PageLayout[] = [];
  const scanned: number[] = [];
  const failed: number[] = [];
  const pages = Math.min(doc.numPages, limits.maxPdfPages);
  try {
    for (let n = 1; n <= pages; n++) {
      let content: PageContent;
      try {
        const page = await doc.getPage(n);
        content = await readPage(pdfjs, page, n, limits.maxPdfOpsPerPage);
        page.cleanup();
      } catch (e) {
        if (e instanceof UnreadableInputError) throw e;
        failed.push(n);
        continue;
      }
      const chars = content.runs.reduce((s, r) => s + r.text.trim().length, 0);
      if (chars === 0 && content.images > 0) scanned.push(n);
      layouts.push(layoutPage(content, findBorderless));
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  if (failed.length === pages && pages > 0) throw new UnreadableInputError("pdf-corrupt", "no page could be read");
  if (doc.numPages > pages) {
    diagnostics.push({
      code: "input-truncated",
      severity: "warning",
      message: `Only the first ${pages} of ${doc.numPages} pages were read (limit).`,
      data: { pages, total: doc.numPages },
    });
  }
  if (failed.length > 0) {
    diagnostics.push({
      code: "unreadable-page",
      severity: "warning",
      message: `Page(s) ${failed.join(", ")} could not be read.`,
      data: { pages: failed.join(",") },
      location: { page: failed[0]! },
    });
  }
  if (scanned.length > 0) {
    diagnostics.push({
      code: "no-text-layer",
      severity: "error",
      message: `Page(s) ${scanned.join(", ")} have no text layer (scanned images); run OCR first. Their content is not read.`,
      data: { pages: scanned.join(",") },
      location: { page: scanned[0]! },
    });
  }
  return { path, format: "pdf", sha256, pages: doc.numPages, blocks: toBlocks(dropRunningHeads(layouts)), diagnostics };
}

function openError(e: unknown): UnreadableInputError {
  const err = e as { name?: string; code?: number; message?: string };
  if (err?.name === "PasswordException") return new UnreadableInputError(err.code === 2 ? "pdf-password-incorrect" : "pdf-password-required");
  // pdf.js's own wording ("Invalid PDF structure.") adds nothing a user can act on.
  return new UnreadableInputError("pdf-corrupt");
}

/** A line at the top of most pages, the same each time, is a running head. */
function dropRunningHeads(layouts: PageLayout[]): PageLayout[] {
  if (layouts.length < 3) return layouts;
  const counts = new Map<string, number>();
  for (const l of layouts) {
    const first = l.items[0];
    if (first?.kind === "paragraph") counts.set(first.text, (counts.get(first.text) ?? 0) + 1);
  }
  const heads = new Set([...counts].filter(([, n]) => n >= Math.max(3, layouts.length / 2)).map(([t]) => t));
  if (heads.size === 0) return layouts;
  return layouts.map((l) => ({ ...l, items: l.items.filter((it, i) => !(i === 0 && it.kind === "paragraph" && heads.has(it.text))) }));
}

function toBlocks(layouts: PageLayout[]): Block[] {
  const blocks: Block[] = [];
  // Where tables that go on to the next page end, by page size. When the producer splits
  // rows at page breaks (Word, LibreOffice) they all end at the bottom of the text area;
  // when it keeps rows whole they end wherever the last whole row did.
  const ends = new Map<number, number[]>();
  layouts.forEach((l, i) => {
    const last = l.items[l.items.length - 1];
    if (last?.kind === "table" && layouts[i + 1]?.items[0]?.kind === "table") {
      const k = Math.round(last.table.pageHeight);
      ends.set(k, [...(ends.get(k) ?? []), last.table.bottom]);
    }
  });
  const cutAtBottom = (t: PageTable): boolean => {
    const bottoms = ends.get(Math.round(t.pageHeight)) ?? [];
    const max = Math.max(...bottoms);
    const splitsRows = bottoms.length >= 2 && bottoms.filter((b) => b >= max - 12).length >= 0.8 * bottoms.length;
    return splitsRows && t.bottom >= max - 12;
  };
  let open: { table: StitchedTable; at: number; page: number; cut: boolean } | null = null;
  let tableIndex = 0;
  // The paragraph that ended the previous page, if it ran to the margin.
  let openPara: { block: ParagraphBlock; page: number } | null = null;
  const close = () => {
    if (open) blocks[open.at] = tableBlock(open.table, tableIndex++);
    open = null;
  };
  for (const layout of layouts) {
    const carried = openPara as { block: ParagraphBlock; page: number } | null;
    openPara = null;
    layout.items.forEach((item, i) => {
      if (item.kind === "paragraph") {
        close();
        if (i === 0 && carried && carried.page === layout.page - 1 && item.canContinue && blocks[blocks.length - 1] === carried.block) {
          carried.block.text = cleanText(`${carried.block.text} ${item.text}`);
          if (item.open && i === layout.items.length - 1) openPara = carried;
          return;
        }
        const b = paragraphBlock(item.text, { page: layout.page });
        if (b) {
          blocks.push(b);
          if (item.open && i === layout.items.length - 1) openPara = { block: b, page: layout.page };
        }
        return;
      }
      // The first item of a page continues the table that ended the previous page.
      // (Only from the page just before: a scanned or unreadable page in between breaks the table.)
      if (open && i === 0 && open.page === layout.page - 1 && sameColumns(open.table, item.table)) {
        appendPage(open.table, item.table, open.cut);
        open.page = layout.page;
        open.cut = cutAtBottom(item.table);
        return;
      }
      close();
      // Stays open while nothing follows it: the next page may go on with it.
      open = { table: startTable(item.table), at: blocks.length, page: layout.page, cut: cutAtBottom(item.table) };
      blocks.push({ type: "table", rows: [], location: { page: layout.page } });
    });
  }
  close();
  return blocks.filter((b) => b.type !== "table" || b.rows.length > 0);
}

function tableBlock(t: StitchedTable, table: number): Block {
  const origins = t.blocks.map((b) => ({
    row: b.row,
    col: b.col,
    rowSpan: b.rowSpan,
    colSpan: b.colSpan,
    text: stitchedText(b)
      .split("\n")
      .map((l) => cleanText(l))
      .filter((l) => l !== "")
      .join("\n"),
  }));
  const rows = buildGrid(
    origins,
    t.rows.length,
    t.columns,
    (r) => ({ header: t.rows[r]!.header, location: { page: t.rows[r]!.page, table, row: r } }),
    (r, c) => ({ page: t.rows[r]!.page, table, row: r, cell: c }),
  );
  return { type: "table", rows, location: { page: t.rows[0]?.page ?? 1, table } };
}
