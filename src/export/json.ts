import type { TaskExport, TaskRow } from "../model/task-export.js";
import { SCHEMA_VERSION } from "../model/plan-file.js";

/** The machine form of an export: schemas/task-export.schema.json. */
export function taskExport(rows: readonly TaskRow[], toolVersion: string): TaskExport {
  return { schemaVersion: SCHEMA_VERSION, tool: { name: "plan-lint", version: toolVersion }, tasks: [...rows] };
}

export function toJson(rows: readonly TaskRow[], toolVersion: string): string {
  return JSON.stringify(taskExport(rows, toolVersion), null, 2) + "\n";
}
