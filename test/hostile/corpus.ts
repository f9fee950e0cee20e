/**
 * The hostile corpus, generated into a temporary folder (nothing large is committed).
 * Every case carries what plan-lint is expected to answer, so the runner test and the
 * closing report read from one list. Cases marked `reader: "docx" | "pdf"` need the
 * DOCX/PDF readers (second round); today they are read as text and must at least be
 * answered without a crash.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { toLegacy } from "../../src/normalize/legacy.js";
import { ROOT, SEED } from "../helpers/fixtures.js";
import { docx, documentXml, entityBomb, nestedTables, para, pdf, repeatedDeflate, scannedPdf } from "./binary.js";

export interface HostileCase {
  /** File name inside the corpus folder. */
  name: string;
  what: string;
  /** Which reader the case is really aimed at. */
  reader: "text" | "docx" | "pdf" | "fs";
  /** Expected `unreadable-input` reason today, null when the file must extract normally. */
  expectReason: string | null;
}

/** Deterministic bytes (xorshift32), so a failure can be reproduced. */
export function randomBytes(n: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export const seedText = (): string => readFileSync(join(ROOT, SEED.dangUy), "utf8");

/** Windows-1258 bytes of NFC text: precomposed where the code page has the letter, else base + tone mark. */
export function encodeCp1258(text: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder("windows-1258");
  for (let b = 0; b < 256; b++) {
    const c = dec.decode(Uint8Array.of(b));
    if (!table.has(c)) table.set(c, b);
  }
  const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize("NFD");
    const tone = [...nfd].find((c) => TONE.test(c));
    const base = [...nfd].filter((c) => !TONE.test(c)).join("").normalize("NFC");
    const b = table.get(base);
    const t = tone !== undefined ? table.get(tone) : undefined;
    if (b === undefined || (tone !== undefined && t === undefined)) out.push(0x3f);
    else out.push(b, ...(t !== undefined ? [t] : []));
  }
  return Buffer.from(out);
}

/** Legacy text as single bytes (its Windows-1252 view); characters outside it become "?". */
export function legacyBytes(text: string, enc: "tcvn3" | "vni"): Buffer {
  const legacy = toLegacy(text, enc);
  const table = new Map<string, number>();
  const dec = new TextDecoder("windows-1252");
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...legacy].map((c) => table.get(c) ?? 0x3f));
}

function utf16(text: string, be: boolean, bom = true): Buffer {
  const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
  return be ? le.swap16() : le;
}

/** Đ/đ written with look-alikes: Ð (U+00D0), Ɖ (U+0189), ð (U+00F0), in turn. */
export function lookalikeD(text: string): string {
  let i = 0;
  return text.replace(/[Đđ]/g, (c) => (c === "Đ" ? ["\u00D0", "\u0189"][i++ % 2]! : "\u00F0"));
}

export interface Corpus {
  dir: string;
  cases: HostileCase[];
}

/** The small cases (everything but the 50 MB file and the 10,000-file folder). */
export function writeCorpus(dir: string): Corpus {
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const put = (c: HostileCase, data: string | Uint8Array) => {
    writeFileSync(join(dir, c.name), data);
    cases.push(c);
  };
  const seed = seedText();

  // Text reader.
  put({ name: "zero-byte.txt", what: "zero-byte file", reader: "text", expectReason: "empty" }, "");
  put({ name: "random.txt", what: "random bytes named .txt", reader: "text", expectReason: "binary" }, randomBytes(64 * 1024, 1));
  put({ name: "single-line-5mb.txt", what: "a 5 MB single line", reader: "text", expectReason: null }, singleLine(5 * 1024 * 1024));
  put({ name: "utf16le.txt", what: "UTF-16LE with BOM (seed 000)", reader: "text", expectReason: null }, utf16(seed, false));
  put({ name: "utf16be.txt", what: "UTF-16BE with BOM (seed 000)", reader: "text", expectReason: null }, utf16(seed, true));
  put({ name: "utf16le-nobom.txt", what: "UTF-16LE without BOM (seed 000)", reader: "text", expectReason: null }, utf16(seed, false, false));
  put({ name: "windows-1258.txt", what: "Windows-1258 (seed 000)", reader: "text", expectReason: null }, encodeCp1258(seed));
  put({ name: "tcvn3.txt", what: "TCVN3 (ABC) bytes (seed 000)", reader: "text", expectReason: null }, legacyBytes(seed, "tcvn3"));
  put({ name: "vni.txt", what: "VNI-Windows bytes (seed 000)", reader: "text", expectReason: null }, legacyBytes(seed, "vni"));
  put({ name: "tcvn3-as-utf8.txt", what: "TCVN3 text saved as UTF-8 (seed 000)", reader: "text", expectReason: null }, toLegacy(seed, "tcvn3"));
  put({ name: "nfd.txt", what: "NFD (decomposed) text (seed 000)", reader: "text", expectReason: null }, seed.normalize("NFD"));
  put({ name: "lookalike-d.txt", what: "Đ written with look-alikes Ð Ɖ ð (seed 000)", reader: "text", expectReason: null }, lookalikeD(seed));
  put({ name: "control-chars.txt", what: "text full of control characters", reader: "text", expectReason: "binary" }, "\u0001\u0002\u0003abc\u0004\u0005\u0006".repeat(1000));
  put({ name: "nul-in-text.txt", what: "seed text with NUL bytes", reader: "text", expectReason: "binary" }, seed.slice(0, 2000) + "\u0000\u0000" + seed.slice(2000));

  // Random bytes named for the other readers (read as text today).
  put({ name: "random.pdf", what: "random bytes named .pdf", reader: "pdf", expectReason: "binary" }, randomBytes(64 * 1024, 2));
  put({ name: "random.docx", what: "random bytes named .docx", reader: "docx", expectReason: "binary" }, randomBytes(64 * 1024, 3));
  put({ name: "random-pdf-magic.pdf", what: "%PDF- header then random bytes", reader: "pdf", expectReason: "pdf-corrupt" }, Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(32 * 1024, 4)]));
  put({ name: "random-zip-magic.docx", what: "PK\\x03\\x04 then random bytes", reader: "docx", expectReason: "zip-corrupt" }, Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), randomBytes(32 * 1024, 5)]));

  // PDF reader (second round).
  const good = pdf();
  put({ name: "plain.pdf", what: "a valid one-page PDF (control case)", reader: "pdf", expectReason: null }, good);
  put({ name: "truncated.pdf", what: "truncated PDF", reader: "pdf", expectReason: "pdf-corrupt" }, good.subarray(0, Math.floor(good.length * 0.6)));
  put({ name: "broken-xref.pdf", what: "PDF with a broken xref table (pdf.js rebuilds the xref: read)", reader: "pdf", expectReason: null }, pdf({ brokenXref: true }));
  put({ name: "encrypted.pdf", what: "RC4-encrypted PDF, user password \"secret\"", reader: "pdf", expectReason: "pdf-password-required" }, pdf({ userPassword: "secret" }));
  put({ name: "scanned.pdf", what: "scanned PDF (image only, no text layer)", reader: "pdf", expectReason: "no-text-layer" }, scannedPdf());

  // DOCX reader (second round).
  const okDocx = docx(documentXml(para("KẾ HOẠCH") + para("Số 104-KH/ĐU")));
  put({ name: "plain.docx", what: "a valid minimal DOCX (control case)", reader: "docx", expectReason: null }, okDocx);
  put({ name: "truncated.docx", what: "truncated DOCX", reader: "docx", expectReason: "zip-corrupt" }, okDocx.subarray(0, Math.floor(okDocx.length / 2)));
  put({ name: "zip-bomb.docx", what: "ZIP bomb: document.xml unpacks to 2 GiB", reader: "docx", expectReason: "limit-exceeded" }, docx(repeatedDeflate(Buffer.alloc(8 * 1024 * 1024, 0x20), 256)));
  put({ name: "xml-entities.docx", what: "XML entity expansion (billion laughs)", reader: "docx", expectReason: "xml-dtd" }, docx(entityBomb()));
  put({ name: "nested-200.docx", what: "a table nested 200 deep", reader: "docx", expectReason: "limit-exceeded" }, docx(documentXml(nestedTables(200, "Nhiệm vụ"))));

  // File system.
  const fs = join(dir, "fs");
  mkdirSync(fs);
  symlinkSync(".", join(fs, "loop")); // a folder linking to itself
  symlinkSync("b.txt", join(fs, "a.txt")); // a.txt → b.txt → a.txt
  symlinkSync("a.txt", join(fs, "b.txt"));
  cases.push({ name: "fs/a.txt", what: "symlink loop between two files", reader: "fs", expectReason: "symlink-loop" });
  cases.push({ name: "fs/b.txt", what: "symlink loop between two files", reader: "fs", expectReason: "symlink-loop" });
  cases.push({ name: "fs/loop", what: "folder symlinked to itself (not followed)", reader: "fs", expectReason: null });
  writeFileSync(join(fs, "unreadable.txt"), seed);
  chmodSync(join(fs, "unreadable.txt"), 0o000);
  cases.push({ name: "fs/unreadable.txt", what: "file without read permission (chmod 000)", reader: "fs", expectReason: canReadAnything() ? null : "permission-denied" });
  try {
    execFileSync("mkfifo", [join(fs, "fifo.txt")]);
    cases.push({ name: "fs/fifo.txt", what: "a named pipe called .txt (would block a plain read)", reader: "fs", expectReason: "not-regular-file" });
  } catch {
    // no mkfifo: the case is skipped
  }
  const weird = "tên\nxấu\u001b[2J.txt";
  writeFileSync(join(fs, weird), "KẾ HOẠCH\n");
  cases.push({ name: `fs/${weird}`, what: "file name with a newline and a terminal escape", reader: "fs", expectReason: null });
  return { dir, cases };
}

/** Root ignores file permissions: chmod 000 cannot make a file unreadable for it. */
export function canReadAnything(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** One line of `bytes` bytes: seed sentences, citations and deadlines without a line break. */
export function singleLine(bytes: number): string {
  const unit = "Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh; Thời gian hoàn thành: Quý III-IV/2026; Chủ trì: Văn phòng Sở. ";
  const n = Math.ceil(bytes / Buffer.byteLength(unit));
  return unit.repeat(n);
}

/** A 50 MB text file: seed 000 repeated (2,200 plans in one file — the worst case for output size). */
export function writeBigFile(path: string, bytes = 50 * 1024 * 1024): void {
  const seed = Buffer.from(seedText());
  const n = Math.ceil(bytes / seed.length);
  writeFileSync(path, Buffer.concat(Array.from({ length: n }, () => seed)));
}

/** `count` tiny plan files in one folder. */
export function writeManyFiles(dir: string, count = 10_000): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `kh-${String(i).padStart(5, "0")}.txt`), `KẾ HOẠCH\nSố ${i + 1}-KH/ĐU\n- Nhiệm vụ ${i}: Thời gian hoàn thành: Quý I/2026.\n`);
  }
}
