import { isAllCaps } from "../normalize/numbering.js";
import type { Block, ParagraphBlock } from "../ingest/source-document.js";
import { isPersonName, isPositionLine, parseNumberLine } from "./header.js";
import { kindFromTitleWord } from "./kinds.js";

/** The blocks of one document, cut into the zones extraction treats differently. */
export interface Segment {
  blocks: Block[];
  /** Số, date, title word, trích yếu (and the issuer lines before them). */
  header: ParagraphBlock[];
  /** Main text and any tables in it. */
  body: Block[];
  /** "Nơi nhận" list and signature. */
  closing: ParagraphBlock[];
  /** Each appendix: heading paragraphs (PHỤ LỤC, title, "Kèm theo …") and its blocks. */
  appendices: { heading: ParagraphBlock[]; blocks: Block[] }[];
}

const para = (b: Block | undefined): b is ParagraphBlock => b?.type === "paragraph";
const isNationalMotto = (t: string) => /^(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|^ĐẢNG CỘNG SẢN VIỆT NAM/iu.test(t);
// Trimmed first and length-capped, so no two whitespace runs can meet (a 1 MB line is linear).
export const isAppendixHeading = (t: string) => {
  const x = t.trim();
  return x.length <= 40 && /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[\dIVX]+)?(?:\s*[:.])?$/u.test(x);
};
const isRecipientsStart = (t: string) => /^Nơi nhận\s*:?/iu.test(t);

/** Splits a file's blocks into documents: a new one starts at a header after a closing. */
export function splitDocuments(blocks: Block[]): Block[][] {
  const docs: Block[][] = [[]];
  let closed = false;
  for (const b of blocks) {
    const cur = docs[docs.length - 1]!;
    if (para(b)) {
      const t = b.text;
      const starts = parseNumberLine(t) !== null || isNationalMotto(t) || kindFromTitleWord(t) !== null;
      if (closed && starts) {
        // Issuer lines ("SỞ Y TẾ") printed just before the number belong to the new document.
        let k = cur.length;
        while (k > 0 && para(cur[k - 1]) && isAllCaps((cur[k - 1] as ParagraphBlock).text) && !isPositionLine((cur[k - 1] as ParagraphBlock).text)) k--;
        docs.push(cur.splice(k));
        closed = false;
      }
      if (isRecipientsStart(t)) closed = true;
      if (isPersonName(t) && cur.some((x) => para(x) && isPositionLine(x.text))) closed = true;
    }
    docs[docs.length - 1]!.push(b);
  }
  return docs.filter((d) => d.length > 0);
}

/** Cuts one document's blocks into header, body, closing and appendices. */
export function segment(blocks: Block[]): Segment {
  const appendixAt: number[] = [];
  blocks.forEach((b, i) => {
    if (para(b) && isAppendixHeading(b.text)) appendixAt.push(i);
  });
  const mainEnd = appendixAt[0] ?? blocks.length;
  const main = blocks.slice(0, mainEnd);

  // Header: up to and including the paragraph after the title word; else the number/date lines.
  let headerEnd = 0;
  const kindAt = main.findIndex((b, i) => i < 15 && para(b) && kindFromTitleWord(b.text) !== null);
  if (kindAt >= 0) {
    headerEnd = kindAt + 1;
    const title = main[headerEnd];
    if (para(title) && !isRecipientsStart(title.text)) headerEnd++;
  } else {
    while (headerEnd < main.length && headerEnd < 6 && para(main[headerEnd]) && isHeaderish((main[headerEnd] as ParagraphBlock).text)) headerEnd++;
  }

  // Closing: from "Nơi nhận" on, plus a signature block before it.
  let closingAt = main.findIndex((b, i) => i >= headerEnd && para(b) && isRecipientsStart(b.text));
  if (closingAt < 0) closingAt = main.length;
  let bodyEnd = closingAt;
  while (bodyEnd > headerEnd && para(main[bodyEnd - 1]) && isSignatureLine((main[bodyEnd - 1] as ParagraphBlock).text)) bodyEnd--;

  const appendices = appendixAt.map((start, k) => {
    const end = appendixAt[k + 1] ?? blocks.length;
    const part = blocks.slice(start, end);
    let h = 1;
    while (h < part.length && para(part[h]) && h < 6 && !isTableStartParagraph(part, h)) {
      h++;
      if (/kèm theo/iu.test((part[h - 1] as ParagraphBlock).text)) break;
    }
    return { heading: part.slice(0, h).filter(para), blocks: part.slice(h) };
  });

  return {
    blocks,
    header: main.slice(0, headerEnd).filter(para),
    body: main.slice(headerEnd, bodyEnd),
    closing: main.slice(bodyEnd).filter(para),
    appendices,
  };
}

function isHeaderish(t: string): boolean {
  return parseNumberLine(t) !== null || /^[^,\d]{2,60},\s*ngày\b/u.test(t) || isNationalMotto(t) || (isAllCaps(t) && t.length < 80);
}

function isSignatureLine(t: string): boolean {
  return isPositionLine(t) || isPersonName(t);
}

/** The heading of an appendix stops where a table or numbered content starts. */
function isTableStartParagraph(part: Block[], h: number): boolean {
  return part[h]?.type === "table";
}
