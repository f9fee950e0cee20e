import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import type { Budget } from "./budget.js";
import { describeFsError } from "./errors.js";
import type { UnreadableReason } from "./messages.js";

export type ReadResult =
  | { ok: true; bytes: Uint8Array; sha256: string }
  | { ok: false; reason: UnreadableReason; data: Record<string, string | number> };

const CHUNK = 1 << 20;

/**
 * Reads a whole file under limits, without trusting it: stat first (a FIFO or device would
 * block or never end; a file over `maxBytes` is refused unread), then read in 1 MB chunks,
 * stopping as soon as the file turns out larger than the limit (it may grow after stat) or
 * the time budget is spent. Hashes while reading.
 */
export async function readFileLimited(path: string, maxBytes: number, budget: Budget): Promise<ReadResult> {
  const fail = (reason: UnreadableReason, data: Record<string, string | number> = {}): ReadResult => ({ ok: false, reason, data });
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) return fail("is-directory");
    if (!st.isFile()) return fail("not-regular-file");
    size = st.size;
  } catch (e) {
    return fsFailure(e);
  }
  if (size > maxBytes) return fail("too-large", { size, limit: maxBytes });

  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    return fsFailure(e);
  }
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // First read sized to the file (10,000 tiny files must not cost 1 MB each); then 1 MB chunks.
    for (let want = Math.min(CHUNK, size + 1); ; want = CHUNK) {
      const buf = Buffer.allocUnsafe(want);
      const r = await withTimeout(handle.read(buf, 0, want, null), budget.remaining());
      if (r === null) return fail("timeout", { limit: budget.ms });
      if (r.bytesRead === 0) break;
      total += r.bytesRead;
      if (total > maxBytes) return fail("too-large", { size: total, limit: maxBytes });
      const piece = buf.subarray(0, r.bytesRead);
      hash.update(piece);
      chunks.push(piece);
      if (budget.remaining() <= 0) return fail("timeout", { limit: budget.ms });
    }
  } catch (e) {
    return fsFailure(e);
  } finally {
    await handle.close().catch(() => undefined);
  }
  const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  return { ok: true, bytes, sha256: hash.digest("hex") };
}

function fsFailure(e: unknown): ReadResult {
  const d = describeFsError(e);
  const known: Record<string, UnreadableReason> = {
    "not-found": "not-found",
    "permission-denied": "permission-denied",
    "is-directory": "is-directory",
    "symlink-loop": "symlink-loop",
  };
  const reason = known[d.code];
  return reason ? { ok: false, reason, data: {} } : { ok: false, reason: "read-error", data: { detail: d.reason } };
}

/** The promise's value, or null when `ms` pass first (the read itself cannot be cancelled). */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  if (!Number.isFinite(ms)) return p;
  if (ms <= 0) return Promise.resolve(null);
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
