/**
 * The --cache store (default `.plan-lint-cache/`). One JSON file per file content:
 *
 *   <dir>/v1/<k[0..2]>/<k>.json     k = sha256(content sha256, tool identity, Node major)
 *   { format, tool, node, sha256, planFile, findings: { <config hash>: Finding[] } }
 *
 * The tool identity is the version plus a fingerprint of the running code, so a rebuilt
 * tool that still carries the same version number (a development build, a patched
 * install) never serves PlanFiles made by other code.
 *
 * The PlanFile depends only on the bytes and the tool, so it is shared by every config and
 * every path holding those bytes (a shard reads other shards' PlanFiles by content); the
 * file- and document-scope findings also depend on the resolved config of the file, so they
 * are kept per config hash. Content hashes, not mtimes: a CI checkout changes every mtime.
 * Project-scope findings are never cached — they depend on the other files.
 *
 * Entries are written atomically (temporary file, then rename) and never trusted blindly: an
 * entry that does not parse, names other code or content, or lacks the expected
 * shape is a miss, and is overwritten. Content-addressed entries never conflict, so the
 * caches of several CI runners can be merged by copying their folders together.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../model/finding.js";
import type { PlanFile } from "../model/plan-file.js";
import { VERSION } from "../version.js";

export const DEFAULT_CACHE_LOCATION = ".plan-lint-cache";
const FORMAT = 1;
/** Findings of this many configs are kept per content; older ones make room. */
const CONFIGS_KEPT = 4;
/** Entries not used for this long are removed (checked at most once a day). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 24 * 3600 * 1000;

const NODE_MAJOR = process.versions.node.split(".")[0]!;

/** Fingerprint of the code under a folder: its modules (.js, .ts, .json; not maps or typings). */
export function codeFingerprint(root: string): string {
  const h = createHash("sha256");
  const code = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(js|ts|json)$/.test(f) && !f.endsWith(".d.ts"));
  for (const f of code.sort()) h.update(f).update("\u0000").update(readFileSync(join(root, f))).update("\u0000");
  return h.digest("hex").slice(0, 16);
}

let identity: string | undefined;

/**
 * The tool version and the fingerprint of the code it runs (dist/, or src/ under the tests):
 * about 0.7 MB hashed once per run that uses the cache, a few milliseconds.
 */
export function toolIdentity(): string {
  return (identity ??= `${VERSION}+${codeFingerprint(fileURLToPath(new URL("../", import.meta.url)))}`);
}

/** Key of a content's entry: its sha256, the tool identity and the Node major version. */
export function cacheKey(sha256: string, tool = toolIdentity(), nodeMajor = NODE_MAJOR): string {
  return createHash("sha256").update(`${sha256}\u0000${tool}\u0000${nodeMajor}`).digest("hex");
}

export interface CacheEntry {
  format: number;
  tool: string;
  node: string;
  sha256: string;
  planFile: PlanFile;
  findings: Record<string, Finding[]>;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that existed but could not be used (corrupt, made by other code). */
  rejected: number;
}

export class PlanCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0 };
  private readonly root: string;

  constructor(dir: string = DEFAULT_CACHE_LOCATION) {
    this.root = join(dir, `v${FORMAT}`);
  }

  /** Where the entry of this content lives. */
  pathOf(sha256: string): string {
    const k = cacheKey(sha256);
    return join(this.root, k.slice(0, 2), `${k}.json`);
  }

  /** The entry for this content, or null (absent or unusable). */
  async get(sha256: string): Promise<CacheEntry | null> {
    const path = this.pathOf(sha256);
    let text: string;
    try {
      // Synchronous on purpose: entries are small, and a promise read costs several thread-pool
      // round trips per file (measured: it was half of a warm run).
      text = readFileSync(path, "utf8");
    } catch {
      this.stats.misses++;
      return null;
    }
    const entry = parseEntry(text, sha256);
    if (!entry) {
      this.stats.rejected++;
      this.stats.misses++;
      return null;
    }
    this.stats.hits++;
    return entry;
  }

  /** Stores the PlanFile of this content and the findings for one config (keeping a few others). */
  async put(planFile: PlanFile, configHash: string | null, findings: Finding[] | null, previous: CacheEntry | null = null): Promise<void> {
    const kept = previous && previous.sha256 === planFile.source.sha256 ? Object.entries(previous.findings).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]) : [];
    this.putJson(planFile.source.sha256, JSON.stringify(planFile), configHash, findings ? JSON.stringify(findings) : null, kept);
  }

  /**
   * Same, from JSON already made (a worker thread sends its results as JSON text: copying a
   * string between threads is far cheaper than cloning the objects, and the entry is then
   * written without serialising again).
   */
  putJson(sha256: string, planFileJson: string, configHash: string | null, findingsJson: string | null, kept: Array<[string, string]> = []): void {
    const all = configHash !== null && findingsJson !== null ? [...kept.filter(([k]) => k !== configHash), [configHash, findingsJson] as [string, string]] : kept;
    const findings = all.slice(-CONFIGS_KEPT).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",");
    const head = JSON.stringify({ format: FORMAT, tool: toolIdentity(), node: NODE_MAJOR, sha256 }).slice(0, -1);
    try {
      this.write(this.pathOf(sha256), `${head},"planFile":${planFileJson},"findings":{${findings}}}`);
    } catch {
      // A cache that cannot be written (read-only checkout, full disk) only costs speed.
    }
  }

  private readonly made = new Set<string>();

  /**
   * Atomic like writeFileAtomic (temporary file, then rename), synchronous like the reads, and
   * creating each of the 256 subfolders once per run rather than once per entry.
   */
  private write(path: string, text: string): void {
    const dir = dirname(path);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }

  /** Removes entries unused for MAX_AGE_MS; runs at most once a day. Never fails the run. */
  async prune(now = Date.now()): Promise<number> {
    const marker = join(this.root, ".last-prune");
    try {
      if (now - (await stat(marker)).mtimeMs < PRUNE_EVERY_MS) return 0;
    } catch {
      // No marker yet.
    }
    let removed = 0;
    try {
      for (const d of await readdir(this.root, { withFileTypes: true })) {
        if (!d.isDirectory()) continue;
        const dir = join(this.root, d.name);
        for (const f of await readdir(dir)) {
          const p = join(dir, f);
          const st = await stat(p).catch(() => null);
          // Reading an entry updates its access time (relatime: at most daily), so age counts from the last use.
          if (st && now - Math.max(st.mtimeMs, st.atimeMs) > MAX_AGE_MS) {
            await rm(p, { force: true });
            removed++;
          }
        }
      }
      await writeFile(marker, "");
    } catch {
      // Best effort.
    }
    return removed;
  }
}

function parseEntry(text: string, sha256: string): CacheEntry | null {
  let e: Partial<CacheEntry>;
  try {
    e = JSON.parse(text) as Partial<CacheEntry>;
  } catch {
    return null;
  }
  if (!e || typeof e !== "object" || e.format !== FORMAT || e.tool !== toolIdentity() || e.node !== NODE_MAJOR || e.sha256 !== sha256) return null;
  const pf = e.planFile;
  if (!pf || typeof pf !== "object" || pf.source?.sha256 !== sha256 || !Array.isArray(pf.documents) || !Array.isArray(pf.diagnostics)) return null;
  if (!e.findings || typeof e.findings !== "object") return null;
  for (const list of Object.values(e.findings)) if (!Array.isArray(list)) return null;
  return e as CacheEntry;
}

/** A cached PlanFile and findings, moved to the path the content has now. */
export function atPath(entry: CacheEntry, file: string, configHash: string | null): { planFile: PlanFile; findings: Finding[] | null } {
  const planFile: PlanFile = { ...entry.planFile, source: { ...entry.planFile.source, path: file } };
  const stored = configHash !== null ? entry.findings[configHash] : undefined;
  return { planFile, findings: stored ? stored.map((f) => ({ ...f, file })) : null };
}

/** sha256 of a file's bytes, or null when it cannot be read (the extractor reports why). */
export async function contentHash(file: string): Promise<string | null> {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return null;
  }
}
