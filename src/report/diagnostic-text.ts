import type { Diagnostic } from "../model/diagnostic.js";
import { renderMessage } from "../rules/messages.js";
import { getRule } from "../rules/index.js";
import type { Lang } from "../rules/types.js";

/**
 * A diagnostic in words, with the message of the rule of the same id (one catalogue for
 * `check` findings and `extract` one-liners); its English log message when no rule has it.
 */
export function diagnosticText(d: Diagnostic, lang: Lang = "vi"): string {
  const rule = getRule(d.code);
  if (!rule) return d.message;
  const reason = d.data?.reason;
  const template = (typeof reason === "string" ? rule.meta.messages[reason] : undefined) ?? rule.meta.messages.default;
  if (!template) return d.message;
  return renderMessage(template, lang, { detail: d.message, ...(d.data ?? {}) }).replace(/\.$/u, "");
}
