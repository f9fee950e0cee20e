import { crc32, inflateRawSync } from "node:zlib";
import { UnreadableInputError } from "./errors.js";
import type { IngestLimits } from "./limits.js";

/**
 * A minimal, bounded ZIP reader for DOCX packages: central directory only (local
 * headers are trusted for nothing but the data offset), stored and deflated entries,
 * ZIP64 sizes. Entries are inflated on demand with Node's zlib under an output cap
 * (per entry, per ratio and per file), so a zip bomb stops at the cap instead of
 * filling memory. CRCs are checked: a damaged entry is an error, not garbage XML.
 */
interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: IngestLimits,
  ) {}

  static open(bytes: Uint8Array, limits: IngestLimits): ZipArchive {
    const zip = new ZipArchive(bytes, limits);
    zip.readDirectory();
    return zip;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The inflated bytes of an entry, or null when the package has no such entry. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    if (e.flags & 1) throw new UnreadableInputError("zip-encrypted", name);
    const data = this.entryData(e);
    const cap = Math.min(
      this.limits.maxEntryBytes,
      this.limits.maxTotalBytes - this.inflated,
      Math.max(64 * 1024, data.length * this.limits.maxCompressionRatio),
    );
    let out: Uint8Array;
    if (e.method === 0) {
      out = data;
    } else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
          throw new UnreadableInputError("limit-exceeded", name);
        }
        throw new UnreadableInputError("zip-corrupt", name);
      }
    } else {
      throw new UnreadableInputError("zip-unsupported", `${name} (method ${e.method})`);
    }
    if (out.length > cap) throw new UnreadableInputError("limit-exceeded", name);
    if (out.length !== e.size || crc32(out) >>> 0 !== e.crc) throw new UnreadableInputError("zip-corrupt", name);
    this.inflated += out.length;
    return out;
  }

  private entryData(e: Entry): Uint8Array {
    const b = this.bytes;
    const v = view(b);
    const at = e.localOffset;
    if (at + 30 > b.length || v.getUint32(at, true) !== SIG_LOCAL) throw new UnreadableInputError("zip-corrupt", e.name);
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const end = start + e.compressedSize;
    if (end > b.length) throw new UnreadableInputError("zip-corrupt", `${e.name} (truncated)`);
    return b.subarray(start, end);
  }

  private readDirectory(): void {
    const b = this.bytes;
    const v = view(b);
    const eocd = findEocd(b, v);
    if (eocd < 0) throw new UnreadableInputError("zip-corrupt", "no end of central directory (truncated?)");
    let count = v.getUint16(eocd + 10, true);
    let size = v.getUint32(eocd + 12, true);
    let offset = v.getUint32(eocd + 16, true);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && v.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
        const at = num64(v, loc + 8);
        if (at + 56 <= b.length && v.getUint32(at, true) === SIG_EOCD64) {
          count = num64(v, at + 32);
          size = num64(v, at + 40);
          offset = num64(v, at + 48);
        }
      }
    }
    if (count > this.limits.maxZipEntries) throw new UnreadableInputError("limit-exceeded", `${count} entries`);
    if (offset + size > b.length) throw new UnreadableInputError("zip-corrupt", "central directory outside the file (truncated?)");
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || v.getUint32(p, true) !== SIG_CENTRAL) throw new UnreadableInputError("zip-corrupt", "damaged central directory");
      const nameLen = v.getUint16(p + 28, true);
      const extraLen = v.getUint16(p + 30, true);
      const commentLen = v.getUint16(p + 32, true);
      if (p + 46 + nameLen + extraLen > b.length) throw new UnreadableInputError("zip-corrupt", "damaged central directory");
      const e: Entry = {
        name: new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/"),
        flags: v.getUint16(p + 8, true),
        method: v.getUint16(p + 10, true),
        crc: v.getUint32(p + 16, true),
        compressedSize: v.getUint32(p + 20, true),
        size: v.getUint32(p + 24, true),
        localOffset: v.getUint32(p + 42, true),
      };
      applyZip64(e, v, p + 46 + nameLen, extraLen);
      // The first entry wins, as in Word; a duplicate name is a smuggling trick.
      if (!this.entries.has(e.name)) this.entries.set(e.name, e);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

function num64(v: DataView, at: number): number {
  const n = v.getBigUint64(at, true);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes. */
function findEocd(b: Uint8Array, v: DataView): number {
  const stop = Math.max(0, b.length - 65_557);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && v.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

/** ZIP64 extra field (id 1): 64-bit sizes and offset, present only for the fields set to 0xffffffff. */
function applyZip64(e: Entry, v: DataView, at: number, len: number): void {
  const end = at + len;
  while (at + 4 <= end) {
    const id = v.getUint16(at, true);
    const size = v.getUint16(at + 2, true);
    if (id === 1) {
      let q = at + 4;
      const take = () => {
        if (q + 8 > at + 4 + size) return null;
        const n = num64(v, q);
        q += 8;
        return n;
      };
      if (e.size === 0xffffffff) e.size = take() ?? e.size;
      if (e.compressedSize === 0xffffffff) e.compressedSize = take() ?? e.compressedSize;
      if (e.localOffset === 0xffffffff) e.localOffset = take() ?? e.localOffset;
      return;
    }
    at += 4 + size;
  }
}
