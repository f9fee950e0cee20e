import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import { UnreadableInputError } from "../../src/ingest/errors.js";
import type { ParagraphBlock, TableBlock } from "../../src/ingest/source-document.js";
import { docx, p, tbl, tc, tr, zip } from "../helpers/docx-builder.js";

const read = (bytes: Uint8Array, path = "t.docx") => ingest(bytes, path);
const tables = async (bytes: Uint8Array) => (await read(bytes)).blocks.filter((b): b is TableBlock => b.type === "table");
const paras = async (bytes: Uint8Array) => (await read(bytes)).blocks.filter((b): b is ParagraphBlock => b.type === "paragraph").map((b) => b.text);
const grid = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

const HEADER = tr(tc(p("STT")) + tc(p("Nhiệm vụ")) + tc(p("Chủ trì")), "<w:tblHeader/>");

describe("DOCX tables", () => {
  it("reads header rows, gridSpan and vMerge into a logical grid", async () => {
    const body = tbl(
      3,
      HEADER +
        tr(tc(p("I. Nhiệm vụ chung"), '<w:gridSpan w:val="3"/>')) +
        tr(tc(p("1")) + tc(p("Việc một")) + tc(p("Sở Y tế"), '<w:vMerge w:val="restart"/>')) +
        tr(tc(p("2")) + tc(p("Việc hai")) + tc(p(""), "<w:vMerge/>")),
    );
    const [t] = await tables(docx(body));
    expect(grid(t!)).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì"],
      ["I. Nhiệm vụ chung", "I. Nhiệm vụ chung", "I. Nhiệm vụ chung"],
      ["1", "Việc một", "Sở Y tế"],
      ["2", "Việc hai", "Sở Y tế"],
    ]);
    expect(t!.rows.map((r) => r.header)).toEqual([true, false, false, false]);
    expect(t!.rows[1]!.cells[0]).toMatchObject({ colSpan: 3, covered: false });
    expect(t!.rows[1]!.cells[2]).toMatchObject({ covered: true });
    expect(t!.rows[2]!.cells[2]).toMatchObject({ rowSpan: 2, covered: false, location: { table: 0, row: 2, cell: 2 } });
    expect(t!.rows[3]!.cells[2]).toMatchObject({ covered: true, location: { table: 0, row: 3, cell: 2 } });
  });

  it("places cells after gridBefore and merges vertically in the right column (mammoth does not)", async () => {
    const body = tbl(
      3,
      HEADER +
        tr(tc(p("1")) + tc(p("Việc một"), '<w:vMerge w:val="restart"/>') + tc(p("Sở A"), '<w:vMerge w:val="restart"/>')) +
        tr(tc(p(""), "<w:vMerge/>") + tc(p(""), "<w:vMerge/>"), '<w:gridBefore w:val="1"/>'),
    );
    const [t] = await tables(docx(body));
    expect(grid(t!)).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì"],
      ["1", "Việc một", "Sở A"],
      ["", "Việc một", "Sở A"],
    ]);
    expect(t!.rows[2]!.cells[0]).toMatchObject({ covered: false, text: "" });
  });

  it("pads short rows (gridAfter) and widens the grid when rows outgrow tblGrid", async () => {
    const body = tbl(2, HEADER + tr(tc(p("a")) + tc(p("b")) + tc(p("c"))) + tr(tc(p("d")), '<w:gridAfter w:val="2"/>'));
    const [t] = await tables(docx(body));
    expect(grid(t!)).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì"],
      ["a", "b", "c"],
      ["d", "", ""],
    ]);
  });

  it("reads legacy hMerge as a horizontal span", async () => {
    const body = tbl(3, HEADER + tr(tc(p("Tiêu đề"), '<w:hMerge w:val="restart"/>') + tc(p(""), "<w:hMerge/>") + tc(p("x"))));
    const [t] = await tables(docx(body));
    expect(grid(t!)[1]).toEqual(["Tiêu đề", "Tiêu đề", "x"]);
    expect(t!.rows[1]!.cells[0]!.colSpan).toBe(2);
  });

  it("joins the paragraphs of a cell with line breaks and keeps rows and cells inside w:sdt", async () => {
    const cell = `<w:sdt><w:sdtContent>${tc(p("Sở Y tế") + p("Sở Tài chính"))}</w:sdtContent></w:sdt>`;
    const body = tbl(2, HEADER + `<w:sdt><w:sdtContent>${tr(tc(p("1")) + cell)}</w:sdtContent></w:sdt>`);
    const [t] = await tables(docx(body));
    expect(grid(t!)[1]).toEqual(["1", "Sở Y tế\nSở Tài chính", ""]);
  });

  it("flattens a nested table into its cell", async () => {
    const inner = tbl(2, tr(tc(p("Quý I")) + tc(p("50%"))) + tr(tc(p("Quý II")) + tc(p("100%"))));
    const body = tbl(3, HEADER + tr(tc(p("1")) + tc(p("Việc") + inner) + tc(p("Sở A"))));
    const [t] = await tables(docx(body));
    expect(grid(t!)[1]).toEqual(["1", "Việc\nQuý I 50%\nQuý II 100%", "Sở A"]);
  });

  it("takes the accepted view of tracked changes: insertions in, deletions out, deleted rows gone", async () => {
    const ins = '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> mới</w:t></w:r></w:ins>';
    const del = '<w:del w:id="2" w:author="a"><w:r><w:delText>cũ </w:delText></w:r></w:del>';
    const body = tbl(
      3,
      HEADER +
        tr(tc(p("1")) + tc(`<w:p>${del}<w:r><w:t>Việc</w:t></w:r>${ins}</w:p>`) + tc(p("Sở A"))) +
        tr(tc(p("2")) + tc(p("Bỏ đi")) + tc(p("Sở B")), '<w:del w:id="3" w:author="a"/>') +
        tr(tc(p("3")) + tc(p("Giữ")) + tc(p("Sở C"))),
    );
    const [t] = await tables(docx(body));
    expect(grid(t!)).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì"],
      ["1", "Việc mới", "Sở A"],
      ["3", "Giữ", "Sở C"],
    ]);
  });

  it("keeps a vertical merge going across a deleted row", async () => {
    const body = tbl(
      2,
      tr(tc(p("STT")) + tc(p("Chủ trì")), "<w:tblHeader/>") +
        tr(tc(p("1")) + tc(p("Sở A"), '<w:vMerge w:val="restart"/>')) +
        tr(tc(p("x")) + tc(p(""), "<w:vMerge/>"), '<w:del w:id="1" w:author="a"/>') +
        tr(tc(p("2")) + tc(p(""), "<w:vMerge/>")),
    );
    const [t] = await tables(docx(body));
    expect(grid(t!)).toEqual([
      ["STT", "Chủ trì"],
      ["1", "Sở A"],
      ["2", "Sở A"],
    ]);
  });

  it("reads a layout table (number | date) as paragraphs", async () => {
    const body = tbl(2, tr(tc(p("Số: 15/KH-SYT")) + tc(p("Lai Châu, ngày 05 tháng 3 năm 2026")))) + p("KẾ HOẠCH");
    const bytes = docx(body);
    expect(await paras(bytes)).toEqual(["Số: 15/KH-SYT", "Lai Châu, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH"]);
    expect(await tables(bytes)).toHaveLength(0);
  });
});

const NUMBERING = `
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>`;
const num = (id: number, lvl = 0) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;

describe("DOCX numbering", () => {
  it("materialises outline numbers, restarting lower levels under a new heading", async () => {
    const body = [
      p("MỤC ĐÍCH", num(1, 0)),
      p("Mục đích", num(1, 1)),
      p("Chi tiết", num(1, 2)),
      p("Yêu cầu", num(1, 1)),
      p("NHIỆM VỤ", num(1, 0)),
      p("Chung", num(1, 1)),
      p("Cụ thể", num(5)),
    ].join("");
    expect(await paras(docx(body, { numbering: NUMBERING }))).toEqual([
      "I. MỤC ĐÍCH",
      "1. Mục đích",
      "1.1. Chi tiết",
      "2. Yêu cầu",
      "II. NHIỆM VỤ",
      "1. Chung",
      "a) Cụ thể",
    ]);
  });

  it("puts the number of an auto-numbered STT cell in the text (mammoth loses it)", async () => {
    const stt = `<w:p><w:pPr>${num(2)}</w:pPr></w:p>`;
    const body = tbl(3, HEADER + tr(tc(stt) + tc(p("Việc một")) + tc(p("Sở A"))) + tr(tc(stt) + tc(p("Việc hai")) + tc(p("Sở B"))));
    const [t] = await tables(docx(body, { numbering: NUMBERING }));
    expect(grid(t!).map((r) => r[0])).toEqual(["STT", "1.", "2."]);
  });

  it("shares counters between instances of one list and restarts on startOverride", async () => {
    const body = [p("a", num(2)), p("b", num(2)), p("c", num(3)), p("d", num(3))].join("");
    expect(await paras(docx(body, { numbering: NUMBERING }))).toEqual(["1. a", "2. b", "1. c", "2. d"]);
  });

  it("turns bullets into markers and takes numbering from the paragraph style", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Muc"><w:pPr>${num(1, 0)}<w:outlineLvl w:val="0"/></w:pPr></w:style>`;
    const doc = await read(docx(p("Ý một", num(4)) + p("Ý hai", num(4, 1)) + p("TỔ CHỨC", '<w:pStyle w:val="Muc"/>'), { numbering: NUMBERING, styles }));
    const ps = doc.blocks as ParagraphBlock[];
    expect(ps.map((b) => [b.marker, b.text])).toEqual([
      ["-", "Ý một"],
      ["+", "Ý hai"],
      [null, "I. TỔ CHỨC"],
    ]);
    expect(ps[2]!.level).toBe(0);
  });
});

describe("DOCX text", () => {
  it("skips hidden text and field codes, applies caps, splits at manual line breaks", async () => {
    const body =
      '<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>kế hoạch</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>T/M ĐẢNG ỦY</w:t><w:br/><w:t>PHÓ BÍ THƯ</w:t></w:r></w:p>';
    expect(await paras(docx(body))).toEqual(["KẾ HOẠCH", "Trang 3", "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"]);
  });

  it("joins a paragraph whose mark was deleted with the next one", async () => {
    const body = '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Thực hiện </w:t></w:r></w:p>' + p("kế hoạch này.");
    expect(await paras(docx(body))).toEqual(["Thực hiện kế hoạch này."]);
  });

  it("reads text boxes and hyperlinks, and NFC-normalises", async () => {
    const box = '<w:r><w:drawing><wp:anchor xmlns:wp="x"><w:txbxContent><w:p><w:r><w:t>Dự thảo</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></w:r>';
    const body = `<w:p><w:hyperlink><w:r><w:t>${"Ủy ban".normalize("NFD")}</w:t></w:r></w:hyperlink>${box}</w:p>`;
    expect(await paras(docx(body))).toEqual(["Ủy ban", "Dự thảo"]);
  });

  it("does not depend on the namespace prefix the producer chose", async () => {
    const body = '<ns0:p><ns0:r><ns0:t>Số: 15/KH-SYT</ns0:t></ns0:r></ns0:p>';
    expect(await paras(docx(body, { prefix: "ns0" }))).toEqual(["Số: 15/KH-SYT"]);
  });

  it("numbers paragraphs by their place in the body", async () => {
    const doc = await read(docx(p("a") + "<w:p/>" + p("b")));
    expect(doc.blocks.map((b) => b.location)).toEqual([{ paragraph: 0 }, { paragraph: 2 }]);
  });
});

describe("DOCX packages that cannot be read", () => {
  const reason = async (bytes: Uint8Array) => {
    try {
      await read(bytes);
      return "read";
    } catch (e) {
      expect(e).toBeInstanceOf(UnreadableInputError);
      return (e as UnreadableInputError).reason;
    }
  };

  it("a truncated package", async () => {
    const bytes = docx(p("x"));
    expect(await reason(bytes.subarray(0, bytes.length - 30))).toBe("zip-corrupt");
  });

  it("a damaged entry (CRC mismatch)", async () => {
    expect(await reason(zip([{ name: "word/document.xml", data: "<w:document/>", crc: 1234 }]))).toBe("zip-corrupt");
  });

  it("a ZIP that is not a Word document", async () => {
    expect(await reason(zip([{ name: "content.xml", data: "<office/>" }]))).toBe("docx-no-document");
  });

  it("an encrypted entry", async () => {
    expect(await reason(zip([{ name: "word/document.xml", data: "<x/>", flags: 1 }]))).toBe("zip-encrypted");
  });

  it("a zip bomb stops at the inflate cap", async () => {
    const bomb = "<w:document><w:body>" + " ".repeat(40 * 1024 * 1024) + "</w:body></w:document>";
    const bytes = zip([{ name: "word/document.xml", data: bomb }]);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await reason(bytes)).toBe("limit-exceeded");
  });

  it("limits can be tightened by the caller", async () => {
    await expect(ingest(docx(p("x")), "t.docx", { limits: { maxEntryBytes: 100 } })).rejects.toMatchObject({ reason: "limit-exceeded" });
  });

  it("a DOCTYPE (entity expansion, external entities) is refused", async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>';
    expect(await reason(zip([{ name: "word/document.xml", data: xml }]))).toBe("xml-dtd");
  });

  it("malformed XML", async () => {
    expect(await reason(zip([{ name: "word/document.xml", data: "<w:document><w:body></w:document>" }]))).toBe("xml-malformed");
    expect(await reason(zip([{ name: "word/document.xml", data: "<w:document>&nbsp;</w:document>" }]))).toBe("xml-malformed");
    // A long attribute run that never closes: scanned once, not backtracked over.
    expect(await reason(zip([{ name: "word/document.xml", data: `<w:document =${"a".repeat(2_000_000)}/>`, method: 0 }]))).toBe("xml-malformed");
  });

  it("a legacy .doc (OLE2) file", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await reason(ole)).toBe("ole-unsupported");
  });
});
