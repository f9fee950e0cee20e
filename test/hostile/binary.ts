/**
 * Small writers for the binary cases of the hostile corpus: ZIP (stored/deflate entries,
 * and a deflate stream built by repeating one flushed block, for a ZIP bomb), minimal
 * DOCX packages, and PDFs (plain, broken xref, truncated, image-only, RC4-encrypted).
 * Built from the format specifications; nothing here is copied from a library.
 */
import { createHash } from "node:crypto";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { zip as zipEntries } from "../helpers/docx-builder.js";

export interface ZipEntry {
  name: string;
  /** Already deflated data with its uncompressed size and CRC, or plain bytes to deflate. */
  data: Uint8Array | { deflated: Uint8Array; size: number; crc: number };
}

/** A ZIP archive (no ZIP64: sizes must stay under 4 GiB), UTF-8 names, deflated entries. */
export function zip(entries: ZipEntry[]): Buffer {
  const UTF8_NAMES = 0x0800;
  return Buffer.from(
    zipEntries(
      entries.map((e) =>
        e.data instanceof Uint8Array
          ? { name: e.name, data: e.data, flags: UTF8_NAMES }
          : { name: e.name, data: e.data.deflated, predeflated: true, crc: e.data.crc >>> 0, size: e.data.size, flags: UTF8_NAMES },
      ),
    ),
  );
}

/**
 * A deflate stream that unpacks to `copies` × `block` bytes while storing the compressed
 * block once per copy: the block is compressed with a sync flush (byte-aligned, no
 * references outside itself), repeated, and closed with an empty final block.
 */
export function repeatedDeflate(block: Uint8Array, copies: number): { deflated: Uint8Array; size: number; crc: number } {
  const one = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const parts: Buffer[] = [];
  let crc = 0;
  for (let i = 0; i < copies; i++) {
    parts.push(one);
    crc = crc32(block, crc);
  }
  parts.push(Buffer.from([0x03, 0x00])); // final empty fixed-Huffman block
  return { deflated: Buffer.concat(parts), size: block.length * copies, crc };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** word/document.xml around a body. */
export function documentXml(body: string, prolog = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** A DOCX package; `document` is the word/document.xml text or a prepared (e.g. bomb) entry. */
export function docx(document: string | ZipEntry["data"]): Buffer {
  return zip([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(RELS) },
    { name: "word/document.xml", data: typeof document === "string" ? Buffer.from(document) : document },
  ]);
}

/** Tables nested `depth` deep, one cell each, text in the innermost. */
export function nestedTables(depth: number, text: string): string {
  const open = "<w:tbl><w:tr><w:tc>";
  const close = "</w:tc></w:tr></w:tbl>";
  return open.repeat(depth) + para(text) + close.repeat(depth);
}

/** "Billion laughs": ten levels of ten references, 10¹⁰ copies of "lol" if expanded. */
export function entityBomb(): string {
  let dtd = '<!DOCTYPE w:document [\n<!ENTITY lol0 "lol">\n';
  for (let i = 1; i <= 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
  dtd += "]>\n";
  return documentXml(para("&lol10;").replace("&amp;lol10;", "&lol10;"), dtd);
}

/* ---- PDF ------------------------------------------------------------------------------ */

export interface PdfOptions {
  /** Content stream of the one page. */
  content?: string;
  /** Extra objects (numbered from 5) and page resources. */
  extraObjects?: string[];
  resources?: string;
  /** Corrupt every xref offset. */
  brokenXref?: boolean;
  /** Encrypt with the standard security handler, revision 2 (RC4, 40-bit), this user password. */
  userPassword?: string;
}

/** A one-page PDF with correct xref offsets (unless asked otherwise). */
export function pdf(opts: PdfOptions = {}): Buffer {
  const content = opts.content ?? "BT /F1 12 Tf 72 720 Td (KE HOACH so 104-KH/DU) Tj ET";
  const resources = opts.resources ?? "<< /Font << /F1 4 0 R >> >>";
  const enc = opts.userPassword !== undefined ? rc4Security(opts.userPassword) : null;
  const stream = (num: number, data: string | Buffer, dict = "") => {
    const raw = typeof data === "string" ? Buffer.from(data, "latin1") : data;
    const body = enc ? rc4(enc.objectKey(num, 0), raw) : raw;
    return Buffer.concat([Buffer.from(`<< /Length ${body.length}${dict} >>\nstream\n`, "latin1"), body, Buffer.from("\nendstream", "latin1")]);
  };
  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>", "latin1"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "latin1"),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources ${resources} /Contents 5 0 R >>`, "latin1"),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "latin1"),
    stream(5, content),
    ...(opts.extraObjects ?? []).map((o) => Buffer.from(o, "latin1")),
  ];
  if (enc) objects.push(Buffer.from(enc.dictionary, "latin1"));
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), o, Buffer.from("\nendobj\n", "latin1")]);
    parts.push(b);
    at += b.length;
  });
  const xrefAt = at;
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(opts.brokenXref ? off + 37 : off).padStart(10, "0")} 00000 n \n`;
  const encRef = enc ? ` /Encrypt ${objects.length} 0 R /ID [<${enc.id}> <${enc.id}>]` : "";
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encRef} >>\nstartxref\n${opts.brokenXref ? xrefAt + 11 : xrefAt}\n%%EOF\n`;
  parts.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(parts);
}

/** An image-only page (what a scanner produces): no text operators at all. */
export function scannedPdf(): Buffer {
  const w = 64;
  const h = 64;
  const pixels = Buffer.alloc(w * h, 0xcc);
  const image = Buffer.concat([
    Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`, "latin1"),
    pixels,
    Buffer.from("\nendstream", "latin1"),
  ]);
  return pdf({
    content: "q 468 0 0 648 72 72 cm /Im1 Do Q",
    resources: "<< /XObject << /Im1 6 0 R >> >>",
    extraObjects: [image.toString("latin1")],
  });
}

const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

/** Standard security handler R2 (PDF 1.7 §7.6.3, algorithms 2 and 4), owner password = user password. */
function rc4Security(user: string) {
  const id = createHash("md5").update("plan-lint hostile corpus").digest("hex");
  const padded = (p: string) => Buffer.concat([Buffer.from(p, "latin1"), PAD]).subarray(0, 32);
  const O = rc4(createHash("md5").update(padded(user)).digest().subarray(0, 5), padded(user));
  const P = -44; // print, copy allowed bits per spec; value irrelevant to the tests
  const p32 = Buffer.alloc(4);
  p32.writeInt32LE(P);
  const key = createHash("md5").update(padded(user)).update(O).update(p32).update(Buffer.from(id, "hex")).digest().subarray(0, 5);
  const U = rc4(key, PAD);
  return {
    id,
    dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${O.toString("hex")}> /U <${U.toString("hex")}> /P ${P} >>`,
    objectKey: (num: number, gen: number) => {
      const k = Buffer.concat([key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff])]);
      return createHash("md5").update(k).digest().subarray(0, 10);
    },
  };
}

/** RC4, as the PDF standard security handler uses it. */
function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}
