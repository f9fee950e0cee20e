/**
 * What `check` and `refs` share before any file is read: the files of the run (folders
 * walked, config `ignores` applied), the config of each file, the message language, and the
 * settings of the run as a whole (the config of the working folder), which project rules use.
 */
import { dirname, resolve } from "node:path";
import { findConfigFile, loadConfig, type LoadedConfig } from "../config/load.js";
import { isIgnored, resolveFileSettings, type CliOverrides, type FileSettings } from "../config/resolve.js";
import { expandPaths, type WalkResult } from "../io/walk.js";
import type { Lang } from "../rules/types.js";

export interface RunContext {
  files: string[];
  errors: WalkResult["errors"];
  lang: Lang;
  settingsFor(file: string): FileSettings;
  /** Settings of the working folder's config: options of project rules. */
  run: FileSettings;
}

export async function openRun(paths: string[], opts: CliOverrides & { config?: string }): Promise<RunContext> {
  const explicit = opts.config ? loadConfig(opts.config) : null;
  const configs = new Map<string, LoadedConfig | null>();
  // The nearest config depends only on the folder: look it up once per folder.
  const configPathByDir = new Map<string, string | null>();
  const configFor = (file: string): LoadedConfig | null => {
    if (explicit) return explicit;
    const dir = dirname(resolve(file));
    let path = configPathByDir.get(dir);
    if (path === undefined) configPathByDir.set(dir, (path = findConfigFile(file)));
    if (!path) return null;
    if (!configs.has(path)) configs.set(path, loadConfig(path));
    return configs.get(path)!;
  };
  const cwdConfigPath = explicit ? null : findConfigFile(process.cwd(), true);
  const cwdConfig = explicit ?? (cwdConfigPath ? loadConfig(cwdConfigPath) : null);
  const lang: Lang = opts.lang ?? cwdConfig?.data.language ?? "vi";
  const { files, errors } = await expandPaths(paths, (p) => isIgnored(configFor(p), resolve(p)));

  const settingsByFile = new Map<string, FileSettings>();
  const settingsFor = (file: string): FileSettings => {
    let s = settingsByFile.get(file);
    if (!s) settingsByFile.set(file, (s = resolveFileSettings(configFor(file), resolve(file), { ...opts, lang })));
    return s;
  };
  const run = resolveFileSettings(cwdConfig, resolve(process.cwd(), "."), { ...opts, lang });
  return { files, errors, lang, settingsFor, run };
}
