/**
 * Project-scope rules inside `check`: run once over every PlanFile of the run (and, for a
 * shard, the other files' PlanFiles read from the cache), after the per-file rules. Each
 * finding then belongs to the file it names and takes that file's severity for the rule —
 * a file whose config turns the rule off gets nothing.
 */
import type { FileSettings } from "../config/resolve.js";
import type { Finding } from "../model/finding.js";
import type { PlanFile } from "../model/plan-file.js";
import type { Corpus, Lang, Settings } from "../rules/types.js";
import { lintCorpus, type ActiveRule } from "./run-rules.js";

export interface ProjectRun {
  /** PlanFiles of the files being reported on. */
  files: PlanFile[];
  /** PlanFiles of other files of the repository (another shard's), for the index only. */
  context?: PlanFile[];
  settingsFor(file: string): FileSettings;
  /** Settings of the run: options of project rules come from here (the config of the working folder). */
  run: FileSettings;
  lang: Lang;
  /**
   * Every file of the run in walk order. Project findings must not depend on which shard runs:
   * the corpus is put in this order ("the later copy is the duplicate", "a loop starts at its
   * first document").
   */
  order?: readonly string[];
  /** Rule ids not to run (for example unresolved-reference while the index is incomplete). */
  skip?: ReadonlySet<string>;
}

/** Project findings by file, for the files reported on only. */
export function projectFindings(p: ProjectRun): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const all = [...p.files, ...(p.context ?? [])];
  if (p.order) {
    const position = new Map(p.order.map((f, i) => [f, i]));
    all.sort((a, b) => (position.get(a.source.path) ?? Infinity) - (position.get(b.source.path) ?? Infinity));
  }
  if (all.length === 0) return out;
  const reported = new Set(p.files.map((f) => f.source.path));
  const settings = p.files.map((f) => p.settingsFor(f.source.path));

  // A rule runs when some file has it on; its options come from the run's config when that has it on.
  const rules = new Map<string, ActiveRule>();
  for (const s of [p.run, ...settings]) {
    for (const a of s.rules) if (a.rule.meta.scope === "project" && !rules.has(a.rule.meta.id) && !p.skip?.has(a.rule.meta.id)) rules.set(a.rule.meta.id, a);
  }
  if (rules.size === 0) return out;

  const corpus: Corpus = { files: all, resolveSettings: (file) => p.settingsFor(file).resolve };
  const shared: Settings = { stage: p.run.settings.stage, units: mergeUnits([p.run, ...settings]) };
  for (const f of lintCorpus(corpus, [...rules.values()], shared, p.lang)) {
    if (!reported.has(f.file)) continue;
    const own = p.settingsFor(f.file).rules.find((a) => a.rule.meta.id === f.ruleId);
    if (!own) continue;
    const list = out.get(f.file);
    const finding = { ...f, severity: own.severity };
    if (list) list.push(finding);
    else out.set(f.file, [finding]);
  }
  return out;
}

/** Units of every config of the run: aliases are facts about units, so their union is safe. */
function mergeUnits(all: FileSettings[]): Settings["units"] {
  const byName = new Map<string, Set<string>>();
  for (const s of all) {
    for (const u of s.settings.units) {
      const aliases = byName.get(u.name) ?? new Set<string>();
      for (const a of u.aliases) aliases.add(a);
      byName.set(u.name, aliases);
    }
  }
  return [...byName].map(([name, aliases]) => ({ name, aliases: [...aliases] }));
}
