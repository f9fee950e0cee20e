import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { z } from "zod";
import { UserError } from "../io/errors.js";
import type { Finding } from "../model/finding.js";
import { SCHEMA_VERSION } from "../model/plan-file.js";

/**
 * plan-lint-baseline.json: findings accepted as known, so CI fails only on new ones.
 * Keyed file → rule → task id (or, for findings not about a task, the finding's
 * fingerprint) → count; keys survive line moves and edits elsewhere in the plan.
 */
export const Baseline = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    files: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.number().int().positive()))),
  })
  .strict();
export type Baseline = z.infer<typeof Baseline>;

export const baselineKey = (f: Finding) => (f.taskId !== undefined ? `task:${f.taskId}` : `finding:${f.fingerprint}`);
const fileKey = (baselinePath: string, file: string) => relative(dirname(resolve(baselinePath)), resolve(file)).split("\\").join("/");

export async function readBaseline(path: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new UserError({ vi: `${path}: không đọc được baseline (${(e as Error).message})`, en: `${path}: cannot read the baseline (${(e as Error).message})` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError({ vi: `${path}: baseline không phải JSON hợp lệ`, en: `${path}: the baseline is not valid JSON` });
  }
  const parsed = Baseline.safeParse(json);
  if (!parsed.success) {
    const why = parsed.error.issues[0]!.message;
    throw new UserError({ vi: `${path}: baseline sai cấu trúc (${why})`, en: `${path}: the baseline has the wrong shape (${why})` });
  }
  return parsed.data;
}

export function buildBaseline(baselinePath: string, findings: Finding[]): Baseline {
  const files: Baseline["files"] = {};
  for (const f of findings) {
    const byRule = (files[fileKey(baselinePath, f.file)] ??= {});
    const byKey = (byRule[f.ruleId] ??= {});
    byKey[baselineKey(f)] = (byKey[baselineKey(f)] ?? 0) + 1;
  }
  return { schemaVersion: SCHEMA_VERSION, files: sortKeys(files) };
}

export interface BaselineResult {
  kept: Finding[];
  suppressed: number;
  unused: { file: string; rule: string; key: string; count: number }[];
}

/** Hides findings the baseline knows; reports entries of checked files that matched nothing. */
export function applyBaseline(baselinePath: string, baseline: Baseline, findings: Finding[], checkedFiles: string[]): BaselineResult {
  const left = new Map<string, number>();
  for (const [file, rules] of Object.entries(baseline.files)) {
    for (const [rule, keys] of Object.entries(rules)) for (const [key, n] of Object.entries(keys)) left.set(`${file}\u0000${rule}\u0000${key}`, n);
  }
  const kept = findings.filter((f) => {
    const k = `${fileKey(baselinePath, f.file)}\u0000${f.ruleId}\u0000${baselineKey(f)}`;
    const n = left.get(k) ?? 0;
    if (n <= 0) return true;
    left.set(k, n - 1);
    return false;
  });
  const checked = new Map(checkedFiles.map((f) => [fileKey(baselinePath, f), f]));
  const unused: BaselineResult["unused"] = [];
  for (const [k, n] of left) {
    if (n <= 0) continue;
    const [file, rule, key] = k.split("\u0000") as [string, string, string];
    const original = checked.get(file);
    if (original) unused.push({ file: original, rule, key, count: n });
  }
  return { kept, suppressed: findings.length - kept.length, unused };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) {
    const v = o[k]!;
    out[k] = v && typeof v === "object" && !Array.isArray(v) ? (sortKeys(v as Record<string, unknown>) as T) : v;
  }
  return out;
}
