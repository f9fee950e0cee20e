import type { TaskRow } from "../model/task-export.js";
import { toYaml } from "../report/yaml.js";
import { taskExport } from "./json.js";

/** The same object as the JSON export, as YAML for people (locations on one line). */
export function toYamlExport(rows: readonly TaskRow[], toolVersion: string): string {
  return toYaml(taskExport(rows, toolVersion));
}
