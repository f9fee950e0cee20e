import { relative } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import type { Severity } from "../model/diagnostic.js";
import { RULES } from "../rules/index.js";
import type { ActiveRule, Lang, Settings, Stage } from "../rules/types.js";
import type { LoadedConfig, Preset } from "./load.js";
import type { ConfigFile, SeverityName } from "./schema.js";

type RuleEntry = NonNullable<ConfigFile["rules"]>[string];

interface Layer {
  dir: string;
  data: ConfigFile;
}

/** Presets and config files from the outermost base to the file itself. */
function layers(config: LoadedConfig): { preset: Preset; layers: Layer[] } {
  let preset: Preset = "plan-lint:recommended";
  const out: Layer[] = [];
  const walk = (c: LoadedConfig) => {
    for (const b of c.bases) {
      if (typeof b === "string") preset = b;
      else walk(b);
    }
    out.push({ dir: c.dir, data: c.data });
  };
  walk(config);
  return { preset, layers: out };
}

export interface FileSettings {
  rules: ActiveRule[];
  settings: Settings;
  lang: Lang;
  /** Resolved `resolve` section (project rules). */
  resolve: NonNullable<ConfigFile["resolve"]>;
}

export interface CliOverrides {
  stage?: Stage;
  lang?: Lang;
}

const toPosix = (p: string) => p.split("\\").join("/");

/** True when a config's `ignores` exclude the file. */
export function isIgnored(config: LoadedConfig | null, file: string): boolean {
  if (!config) return false;
  return layers(config).layers.some((l) => {
    if (!l.data.ignores?.length) return false;
    const rel = toPosix(relative(l.dir, file));
    return !rel.startsWith("..") && ignore().add(l.data.ignores).ignores(rel);
  });
}

/** Everything that decides how one file is checked. */
export function resolveFileSettings(config: LoadedConfig | null, file: string, cli: CliOverrides = {}): FileSettings {
  const { preset, layers: ls } = config ? layers(config) : { preset: "plan-lint:recommended" as Preset, layers: [] };
  const matching = ls.flatMap((l) =>
    (l.data.overrides ?? []).filter((o) => {
      const rel = toPosix(relative(l.dir, file));
      const globs = Array.isArray(o.files) ? o.files : [o.files];
      return !rel.startsWith("..") && picomatch(globs, { dot: true })(rel);
    }),
  );
  let stage: Stage = "draft";
  let lang: Lang = "vi";
  for (const l of ls) {
    if (l.data.stage) stage = l.data.stage;
    if (l.data.language) lang = l.data.language;
  }
  for (const o of matching) if (o.stage) stage = o.stage;
  if (cli.stage) stage = cli.stage;
  if (cli.lang) lang = cli.lang;

  const entries = new Map<string, { severity?: SeverityName; options?: Record<string, unknown> }>();
  const apply = (rules: ConfigFile["rules"]) => {
    for (const [id, e] of Object.entries(rules ?? {}) as Array<[string, RuleEntry]>) {
      const prev = entries.get(id) ?? {};
      entries.set(id, typeof e === "string" ? { ...prev, severity: e } : { severity: e.severity, options: e.options ?? prev.options });
    }
  };
  for (const l of ls) apply(l.data.rules);
  for (const o of matching) apply(o.rules);

  const units = ls.flatMap((l) => l.data.units ?? []).map((u) => (typeof u === "string" ? { name: u, aliases: [] } : u));
  const rules: ActiveRule[] = [];
  for (const rule of RULES) {
    const m = rule.meta;
    let severity: SeverityName = m.stageSeverity?.[stage] ?? m.recommended;
    if (preset === "plan-lint:all" && severity === "off") severity = "warning";
    // unknown-unit needs the organisation's unit list; listing units switches it on.
    if (m.id === "unknown-unit" && units.length > 0 && severity === "off") severity = "warning";
    const e = entries.get(m.id);
    if (e?.severity) severity = e.severity;
    if (severity === "off") continue;
    const options = m.options ? (m.options.parse(e?.options ?? {}) as object) : {};
    rules.push({ rule, severity: severity as Severity, options });
  }
  const resolveSection = Object.assign({}, ...ls.map((l) => l.data.resolve ?? {}));
  return { rules, settings: { stage, units }, lang, resolve: resolveSection };
}
