import type { Diagnostic } from "../model/diagnostic.js";
import type { MessageData, Rule, RuleMeta } from "./types.js";

/**
 * A rule that reports what ingest or extraction noticed about the file (unreadable input,
 * pages without text, legacy encodings, guessed table rows). Being rules, they take a
 * severity from the configuration, appear in SARIF, and have docs like any other.
 */
export function diagnosticRule(meta: Omit<RuleMeta<Record<string, never>>, "scope">, data: (d: Diagnostic) => MessageData = (d) => ({ ...d.data })): Rule {
  return {
    meta: { ...meta, scope: "file" },
    checkFile(planFile, ctx) {
      for (const d of planFile.diagnostics) {
        if (d.code !== meta.id) continue;
        // A diagnostic's `data.reason` picks a message of that name when the rule has one.
        const reason = d.data?.reason;
        const messageId = typeof reason === "string" && reason in meta.messages ? reason : "default";
        ctx.report({
          messageId,
          data: { detail: d.message, ...data(d) },
          path: ["diagnostics", planFile.diagnostics.indexOf(d)],
          location: d.location ?? {},
          ...(d.documentIndex !== undefined ? { documentIndex: d.documentIndex } : {}),
        });
      }
    },
  };
}
