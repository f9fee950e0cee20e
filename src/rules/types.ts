import type { z } from "zod";
import type { Corpus } from "../corpus/index.js";
import type { Severity } from "../model/diagnostic.js";
import type { Document } from "../model/document.js";
import type { Location } from "../model/location.js";
import type { PlanFile } from "../model/plan-file.js";
import type { Task } from "../model/task.js";

export type RuleScope = "file" | "document" | "project";
export type RuleSeverity = "off" | "info" | "warning" | "error";
export type Stage = "draft" | "issued";
export type Lang = "vi" | "en";
export type { Corpus };

/** Text in both languages; Vietnamese is the default. */
export interface Localized {
  vi: string;
  en: string;
}

export interface RuleMeta<O extends object> {
  /** Kebab-case name of the pattern flagged; stable forever. */
  id: string;
  type: "problem" | "suggestion" | "layout";
  /** file: sees one PlanFile; document: one Document; project: the corpus of the run. */
  scope: RuleScope;
  /** Severity in plan-lint:recommended. */
  recommended: RuleSeverity;
  /** Severity in recommended when the config's stage differs (drafts have no number yet). */
  stageSeverity?: Partial<Record<Stage, RuleSeverity>>;
  docs: { description: Localized };
  /** Message templates by messageId; "{{name}}" is replaced from the report's data. */
  messages: Record<string, Localized>;
  /** Options schema with defaults; `{}` must parse. */
  options?: z.ZodType<O>;
}

/** What the configuration tells every rule: the organisation's units and the document stage. */
export interface Settings {
  stage: Stage;
  /** Known units: canonical name with aliases (empty when the config lists none). */
  units: { name: string; aliases: string[] }[];
}

/** Message data; a list of names is quoted and joined, a Localized text picked, in the message's language. */
export type MessageData = Record<string, string | number | string[] | Localized>;

export interface Report {
  messageId: string;
  data?: MessageData;
  /** A finding about a task: sets taskId, location and path. */
  task?: Task;
  /** Field of the task the finding is about ("lead", "deadline"), appended to the path. */
  field?: string;
  location?: Location;
  path?: (string | number)[];
  relatedFiles?: string[];
  /** Overrides the file of the finding (project rules may report on another file). */
  file?: string;
  documentIndex?: number;
}

export interface RuleContext<O extends object> {
  options: O;
  settings: Settings;
  planFile: PlanFile;
  file: string;
  report(r: Report): void;
}

export interface DocumentContext<O extends object> extends RuleContext<O> {
  documentIndex: number;
}

/** The documents of every file of the run, for project-scope rules. */
export interface ProjectContext<O extends object> {
  options: O;
  settings: Settings;
  report(r: Report & { file: string }): void;
}

export interface Rule<O extends object = Record<string, never>> {
  meta: RuleMeta<O>;
  checkFile?(planFile: PlanFile, ctx: RuleContext<O>): void;
  checkDocument?(doc: Document, ctx: DocumentContext<O>): void;
  checkProject?(corpus: Corpus, ctx: ProjectContext<O>): void;
}

// Rules are stored together, so their option types are erased at the registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

export function defineRule<O extends object = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** A rule switched on for a file, with its effective severity and parsed options (config resolves them, lint runs them). */
export interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: object;
}
