import type { Diagnostic } from "../model/diagnostic.js";
import type { Location } from "../model/location.js";
import { buildGrid, bulletPrefix, cleanText, paragraphBlock } from "./blocks.js";
import { Numbering } from "./docx/numbering.js";
import { openDocx } from "./docx/package.js";
import { ParagraphReader, type DocxParagraph } from "./docx/paragraphs.js";
import { Styles } from "./docx/styles.js";
import { mergeCells, readTable, unwrap } from "./docx/tables.js";
import { UnreadableInputError } from "./errors.js";
import { resolveLimits, type IngestLimits, type IngestOptions } from "./limits.js";
import { looksLikeTableHeader } from "./lines.js";
import type { Block, SourceDocument, TableBlock } from "./source-document.js";
import { child, type XmlElement } from "./xml.js";

/**
 * DOCX → SourceDocument, reading WordprocessingML directly (see docs/decisions.md:
 * mammoth loses auto-numbered STT cells and misplaces merges after gridBefore).
 * Paragraphs come in body order with list numbers materialised ("1.", "II.") and
 * bullets as markers; tables become logical grids with header rows, gridBefore,
 * gridSpan and vMerge resolved; tracked changes are read as accepted.
 */
export function ingestDocx(bytes: Uint8Array, path: string, sha256: string, options: IngestOptions = {}): SourceDocument {
  const limits = resolveLimits(options.limits);
  const parts = openDocx(bytes, limits);
  const styles = new Styles(parts.styles);
  const reader = new DocxReader(new ParagraphReader(styles, new Numbering(parts.numbering, styles)), limits);
  const body = child(parts.document, "w:body");
  if (!body) throw new UnreadableInputError("docx-no-document", "no w:body");
  reader.body(body);
  return { path, format: "docx", sha256, blocks: reader.blocks, diagnostics: reader.diagnostics };
}

const BODY_ITEMS = new Set(["w:p", "w:tbl"]);

class DocxReader {
  readonly blocks: Block[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private paragraphIndex = 0;
  private tableIndex = 0;
  /** Text of paragraphs whose mark was deleted, waiting for the paragraph they run into. */
  private carry = "";

  constructor(
    private readonly paragraphs: ParagraphReader,
    private readonly limits: IngestLimits,
  ) {}

  body(body: XmlElement): void {
    for (const el of unwrap(body, BODY_ITEMS)) {
      if (el.name === "w:p") this.paragraph(el, { paragraph: this.paragraphIndex++ });
      else this.table(el);
    }
  }

  private paragraph(p: XmlElement, location: Location): void {
    const dp = this.paragraphs.read(p);
    if (dp.markDeleted) {
      this.carry += dp.lines.join(" ");
      return;
    }
    const lines = [...dp.lines];
    lines[0] = this.carry + lines[0];
    this.carry = "";
    lines.forEach((line, i) => {
      const first = i === 0 && dp.list;
      const label = first && dp.list && dp.list.bullet === null ? dp.list.label + dp.list.suffix : "";
      const marker = first && dp.list?.bullet ? dp.list.bullet : null;
      const b = paragraphBlock(label + line, { ...location }, marker, dp.outlineLevel);
      if (b) this.blocks.push(b);
    });
    for (const box of dp.textBoxes) {
      for (const inner of unwrap(box, BODY_ITEMS)) if (inner.name === "w:p") this.paragraph(inner, { ...location });
    }
  }

  private table(tbl: XmlElement): void {
    const table = this.tableIndex++;
    const { rows, cols, texts, headers } = this.grid(tbl, 0);
    if (isLayoutTable(texts, cols)) {
      // A layout table (issuer | national motto, number | date, recipients | signature): read as paragraphs.
      texts.forEach((t) => {
        for (const line of t.text.split("\n")) {
          const b = paragraphBlock(line, { table, row: t.row, cell: t.col });
          if (b) this.blocks.push(b);
        }
      });
      return;
    }
    const block: TableBlock = {
      type: "table",
      rows: buildGrid(
        texts,
        rows,
        cols,
        (r) => ({ header: headers[r] ?? false, location: { table, row: r } }),
        (r, c) => ({ table, row: r, cell: c }),
      ),
      location: { table },
    };
    this.blocks.push(block);
  }

  /** Reads a table's cells (nested tables flattened into their cell's text). */
  private grid(tbl: XmlElement, depth: number) {
    if (depth > this.limits.maxTableDepth) throw new UnreadableInputError("limit-exceeded", `tables nested deeper than ${this.limits.maxTableDepth}`);
    const raw = readTable(tbl, this.limits);
    const { cells, columns } = mergeCells(raw);
    const texts = cells.map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: this.cellText(c.content, depth) }));
    return { rows: raw.rows.length, cols: columns, texts, headers: raw.rows.map((r) => r.header) };
  }

  /** A cell's paragraphs, one per line, numbers and bullets printed as Word shows them. */
  private cellText(content: XmlElement[], depth: number): string {
    const lines: string[] = [];
    let carry = "";
    const visit = (els: XmlElement[]) => {
      for (const el of els) {
        if (el.name === "w:p") {
          const dp: DocxParagraph = this.paragraphs.read(el);
          if (dp.markDeleted) {
            carry += dp.lines.join(" ");
            continue;
          }
          const ls = [...dp.lines];
          ls[0] = carry + ls[0];
          carry = "";
          if (dp.list) ls[0] = (dp.list.bullet ? bulletPrefix(dp.list.bullet) : dp.list.label + dp.list.suffix) + ls[0];
          for (const l of ls) {
            const t = cleanText(l);
            if (t !== "") lines.push(t);
          }
          for (const box of dp.textBoxes) visit(unwrap(box, BODY_ITEMS));
        } else if (el.name === "w:tbl") {
          const nested = this.grid(el, depth + 1);
          const byRow = new Map<number, string[]>();
          for (const t of nested.texts) if (t.text) byRow.set(t.row, [...(byRow.get(t.row) ?? []), t.text.replace(/\n/g, " ")]);
          for (const r of [...byRow.keys()].sort((a, b) => a - b)) lines.push(byRow.get(r)!.join(" "));
        } else if (el.name === "w:sdt" || el.name === "w:sdtContent" || el.name === "w:customXml") {
          visit(unwrap(el, BODY_ITEMS));
        }
      }
    };
    visit(content);
    if (carry) lines.push(cleanText(carry));
    return lines.join("\n");
  }
}

/**
 * Tables used to lay out the header or the signature block: few rows and columns and
 * no row that names task-table columns.
 */
function isLayoutTable(texts: { row: number; col: number; text: string }[], cols: number): boolean {
  const rows = new Map<number, string[]>();
  for (const t of texts) rows.set(t.row, [...(rows.get(t.row) ?? []), t.text]);
  if (cols > 3 || rows.size > 6) return false;
  return ![...rows.values()].some((cells) => looksLikeTableHeader(cells.join(" ")));
}
