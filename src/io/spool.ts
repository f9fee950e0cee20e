import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A private temporary folder for per-file output: the extraction process writes a file's
 * output there, and only once the file has succeeded is it copied to the real output. A
 * file that fails half-way through serialisation (out of memory, killed) leaves no
 * half-written JSON behind, and a 50 MB output costs disk, not memory.
 */
export class SpoolDir {
  readonly dir = mkdtempSync(join(tmpdir(), "plan-lint-"));
  private n = 0;

  /** A fresh file name inside the folder. */
  next(): string {
    return join(this.dir, `out-${this.n++}`);
  }

  /** Hands the file's bytes (UTF-8 text) to `sink` in pieces of at most 1 MB, in order, then deletes the file. */
  async drain(path: string, sink: (bytes: Uint8Array) => Promise<void>): Promise<void> {
    let fd: number | null = null;
    try {
      fd = openSync(path, "r");
      for (let pos = 0; ; ) {
        const buf = Buffer.allocUnsafe(1 << 20); // a fresh buffer: the sink may keep it until written
        const n = readSync(fd, buf, 0, buf.length, pos);
        if (n === 0) break;
        pos += n;
        await sink(buf.subarray(0, n));
      }
    } finally {
      if (fd !== null) closeSync(fd);
      this.discard(path);
    }
  }

  discard(path: string): void {
    rmSync(path, { force: true });
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
