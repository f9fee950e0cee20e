import { crc32, deflateRawSync } from "node:zlib";

/**
 * Minimal ZIP writer for tests: builds DOCX packages from hand-written WordprocessingML,
 * and broken ones (bad CRC, truncated, bombs) on purpose.
 */
export interface ZipEntryInput {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  crc?: number;
  flags?: number;
  size?: number;
  /** `data` is already deflated (a bomb's hand-built stream): written as is; give `crc` and `size`. */
  predeflated?: boolean;
}

export function zip(entries: ZipEntryInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = method === 8 && !e.predeflated ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, "utf8");
    const crc = e.crc ?? crc32(raw) >>> 0;
    const size = e.size ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A DOCX package around a w:body's inner XML, with optional numbering.xml and styles.xml bodies. */
export function docx(body: string, parts: { numbering?: string; styles?: string; prefix?: string } = {}): Uint8Array {
  const p = parts.prefix ?? "w";
  const ns = p === "w" ? W : `xmlns:${p}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}:document ${ns}><${p}:body>${body}</${p}:body></${p}:document>`;
  const entries: ZipEntryInput[] = [
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: "_rels/.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: "word/document.xml", data: doc },
  ];
  if (parts.numbering) entries.push({ name: "word/numbering.xml", data: `<w:numbering ${W}>${parts.numbering}</w:numbering>` });
  if (parts.styles) entries.push({ name: "word/styles.xml", data: `<w:styles ${W}>${parts.styles}</w:styles>` });
  return zip(entries);
}

/** Shorthands for WordprocessingML. */
export const p = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const tc = (content: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${content}</w:tc>`;
export const tr = (cells: string, trPr = "") => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells}</w:tr>`;
export const tbl = (cols: number, rows: string) =>
  `<w:tbl><w:tblPr/><w:tblGrid>${"<w:gridCol/>".repeat(cols)}</w:tblGrid>${rows}</w:tbl>`;
