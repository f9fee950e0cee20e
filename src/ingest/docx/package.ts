import { UnreadableInputError } from "../errors.js";
import type { IngestLimits } from "../limits.js";
import { parseXml, elements, type XmlElement } from "../xml.js";
import { ZipArchive } from "../zip.js";

/** The parts of a DOCX package the reader needs, parsed. */
export interface DocxParts {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Finds the main document through the package relationships (word/document.xml by convention). */
export function openDocx(bytes: Uint8Array, limits: IngestLimits): DocxParts {
  const zip = ZipArchive.open(bytes, limits);
  const xml = (name: string): XmlElement | null => {
    const b = zip.read(name);
    return b ? parseXml(utf8.decode(b), limits.maxXmlDepth) : null;
  };
  let main = "word/document.xml";
  const rootRels = zip.has("_rels/.rels") ? xml("_rels/.rels") : null;
  const office = rootRels && elements(rootRels).find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ""));
  const target = office?.attrs.Target?.replace(/^\//, "");
  if (target && zip.has(target)) main = target;
  const other = otherPackage(zip);
  if (other && !zip.has("word/document.xml")) throw new UnreadableInputError("unsupported-format", other);
  const document = zip.has(main) ? xml(main) : null;
  if (!document) throw new UnreadableInputError("docx-no-document");

  const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/") + 1) : "";
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const rels = zip.has(relsName) ? xml(relsName) : null;
  const part = (type: string, fallback: string): XmlElement | null => {
    const rel = rels && elements(rels).find((r) => (r.attrs.Type ?? "").endsWith(`/${type}`));
    const t = rel?.attrs.Target;
    const name = t ? (t.startsWith("/") ? t.slice(1) : resolvePath(dir, t)) : fallback;
    return zip.has(name) ? xml(name) : null;
  };
  return { document, styles: part("styles", `${dir}styles.xml`), numbering: part("numbering", `${dir}numbering.xml`) };
}

const ODF_EXTENSIONS: Record<string, string> = { text: "odt", spreadsheet: "ods", presentation: "odp" };

/** What a ZIP package that is no Word document is, so the message can say it ("Excel (.xlsx)"). */
function otherPackage(zip: ZipArchive): string | null {
  const mimetype = zip.has("mimetype") ? utf8.decode(zip.read("mimetype") ?? new Uint8Array()).trim() : "";
  const odf = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)/.exec(mimetype);
  if (odf) return `OpenDocument (.${ODF_EXTENSIONS[odf[1]!]})`;
  if (zip.has("xl/workbook.xml")) return "Excel (.xlsx)";
  if (zip.has("ppt/presentation.xml")) return "PowerPoint (.pptx)";
  return null;
}

function resolvePath(dir: string, target: string): string {
  const parts = (dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
