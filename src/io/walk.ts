import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { describeFsError } from "./errors.js";
import type { UnreadableReason } from "./messages.js";

export const PLAN_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".docx", ".pdf"]);

export interface WalkResult {
  files: string[];
  /** Paths given on the command line, or folders inside them, that could not be listed. */
  errors: { path: string; code: UnreadableReason; reason: string }[];
}

/**
 * Expands the paths given on the command line: files are taken as given (whatever their
 * extension — content decides the format), folders are walked for plan files in sorted
 * order, skipping dot-folders and node_modules. Symlinked folders are not followed, so a
 * symlink loop cannot trap the walk; an unreadable folder is an error and the walk goes on.
 */
export async function expandPaths(paths: string[], ignore: (path: string) => boolean = () => false): Promise<WalkResult> {
  const files: string[] = [];
  const errors: WalkResult["errors"] = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      errors.push(walkError(p, e));
      continue;
    }
    if (st.isDirectory()) await walk(p, files, errors, ignore);
    else files.push(p);
  }
  return { files: [...new Set(files)], errors };
}

async function walk(dir: string, out: string[], errors: WalkResult["errors"], ignore: (p: string) => boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(walkError(dir, e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (ignore(p)) continue;
    if (e.isDirectory()) {
      if (!e.name.startsWith(".") && e.name !== "node_modules") await walk(p, out, errors, ignore);
    } else if (PLAN_EXTENSIONS.has(extname(e.name).toLowerCase())) {
      // Symlinks, pipes and devices named like plans are listed too: reading them is where
      // a loop, a pipe that never ends or a device is caught and reported, not skipped unseen.
      out.push(p);
    }
  }
}

function walkError(path: string, e: unknown): WalkResult["errors"][number] {
  const d = describeFsError(e);
  const codes: Record<string, UnreadableReason> = { "not-found": "not-found", "permission-denied": "permission-denied", "symlink-loop": "symlink-loop" };
  return { path, code: codes[d.code] ?? "read-error", reason: d.reason };
}
