import { UnreadableInputError } from "./errors.js";

/**
 * A small, strict, non-validating XML parser for OOXML parts. It never resolves
 * anything: a DOCTYPE is refused outright (no external entities, no entity expansion),
 * only the five predefined entities and character references are decoded, and nesting
 * is capped. Names are rewritten to canonical prefixes by namespace URI ("w:p" however
 * the producer spelled the prefix), so readers can match on fixed names.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const CANONICAL: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "urn:schemas-microsoft-com:vml": "v",
};

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };


function fail(detail: string): never {
  throw new UnreadableInputError("xml-malformed", detail);
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&([^;&\s]{1,10});/g, (_, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) fail(`bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[ref];
    if (v === undefined) fail(`undefined entity &${ref};`);
    return v;
  });
}

interface Scope {
  el: XmlElement;
  rawName: string;
  ns: Map<string, string> | null;
}

export function parseXml(text: string, maxDepth: number): XmlElement {
  const stack: Scope[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const lookup = (prefix: string): string | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const u = stack[k]!.ns?.get(prefix);
      if (u !== undefined) return u;
    }
    return undefined;
  };
  const canonical = (qname: string, own: Map<string, string> | null, isAttr: boolean): string => {
    const colon = qname.indexOf(":");
    if (colon < 0) {
      if (isAttr) return qname;
      const uri = own?.get("") ?? lookup("");
      const p = uri !== undefined ? CANONICAL[uri] : undefined;
      return p ? `${p}:${qname}` : qname;
    }
    const prefix = qname.slice(0, colon);
    if (prefix === "xml" || prefix === "xmlns") return qname;
    const uri = own?.get(prefix) ?? lookup(prefix);
    const p = uri !== undefined ? CANONICAL[uri] : undefined;
    return p ? `${p}${qname.slice(colon)}` : qname;
  };

  while (i < n) {
    const lt = text.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1];
      if (top) top.el.children.push(decodeEntities(text.slice(i, textEnd)));
      else if (text.slice(i, textEnd).trim() !== "") fail("text outside the root element");
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      const end = text.indexOf("?>", lt + 2);
      if (end < 0) fail("unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (c === 0x21 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else if (text.startsWith("<![CDATA[", lt)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end < 0) fail("unterminated CDATA section");
        stack[stack.length - 1]?.el.children.push(text.slice(lt + 9, end));
        i = end + 3;
      } else if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
        throw new UnreadableInputError("xml-dtd");
      } else {
        fail("unexpected <!");
      }
      continue;
    }
    // A tag: find its end outside quoted attribute values.
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const ch = text.charCodeAt(j);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e /* > */) break;
      else if (ch === 0x3c /* < */) fail("'<' inside a tag");
    }
    if (j >= n) fail("unterminated tag (truncated?)");
    const body = text.slice(lt + 1, j);
    i = j + 1;
    if (body[0] === "/") {
      const name = body.slice(1).trim();
      const top = stack.pop();
      if (!top || top.rawName !== name) fail(`mismatched end tag </${name}>`);
      continue;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    const m = /^[^\s/>]+/.exec(inner);
    if (!m) fail("tag without a name");
    const rawName = m[0];
    const rawAttrs: Array<[string, string]> = [];
    let ns: Map<string, string> | null = null;
    for (const [an, raw] of attributes(inner, rawName.length)) {
      const value = decodeEntities(raw);
      if (an === "xmlns") (ns ??= new Map()).set("", value);
      else if (an.startsWith("xmlns:")) (ns ??= new Map()).set(an.slice(6), value);
      else rawAttrs.push([an, value]);
    }
    const attrs: Record<string, string> = {};
    for (const [an, value] of rawAttrs) attrs[canonical(an, ns, true)] = value;
    const el: XmlElement = { name: canonical(rawName, ns, false), attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.el.children.push(el);
    else if (root) fail("more than one root element");
    else root = el;
    if (!selfClosing) {
      if (stack.length >= maxDepth) throw new UnreadableInputError("limit-exceeded", `XML nested deeper than ${maxDepth}`);
      stack.push({ el, rawName, ns });
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]!.rawName}> (truncated?)`);
  if (!root) fail("no root element");
  return root;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** name="value" pairs of a start tag, scanned once left to right (no regex backtracking). */
function attributes(tag: string, from: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = from;
  const n = tag.length;
  for (;;) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (i >= n) return out;
    const start = i;
    while (i < n && tag[i] !== "=" && !isSpace(tag.charCodeAt(i))) i++;
    const name = tag.slice(start, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (name === "" || tag[i] !== "=") fail("malformed attribute");
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const q = tag[i];
    if (q !== '"' && q !== "'") fail("unquoted attribute value");
    const end = tag.indexOf(q, i + 1);
    if (end < 0) fail("unterminated attribute value");
    out.push([name, tag.slice(i + 1, end)]);
    i = end + 1;
  }
}

/** Child elements, optionally by name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string" && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** Concatenated text of an element's direct text children. */
export function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}
