import { createHash } from "node:crypto";
import type { FileSettings } from "../config/resolve.js";

const memo = new WeakMap<FileSettings, string>();

/**
 * Hash of everything in a file's resolved config that changes its file- and document-scope
 * findings: rules with severity and options, stage, units and the message language.
 */
export function configHash(s: FileSettings): string {
  let h = memo.get(s);
  if (h === undefined) {
    const data = {
      rules: s.rules.map((r) => [r.rule.meta.id, r.severity, r.options]),
      stage: s.settings.stage,
      units: s.settings.units,
      lang: s.lang,
    };
    h = createHash("sha256").update(JSON.stringify(data)).digest("hex").slice(0, 32);
    memo.set(s, h);
  }
  return h;
}
