import type { Lang, Localized, MessageData } from "./types.js";

/** Fills "{{name}}" placeholders; unknown names stay visible rather than vanish. */
export function renderMessage(template: Localized, lang: Lang, data: MessageData = {}): string {
  return template[lang].replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => {
    if (!(k in data)) return m;
    const v = data[k]!;
    if (Array.isArray(v)) return quoteList(v, lang);
    return typeof v === "object" ? v[lang] : String(v);
  });
}

/** Quotes a list of unit names for a message: «A», «B». */
export function quoteList(items: string[], lang: Lang): string {
  const q = items.map((i) => `«${i}»`);
  if (q.length <= 1) return q.join("");
  return `${q.slice(0, -1).join(", ")} ${lang === "vi" ? "và" : "and"} ${q[q.length - 1]}`;
}

export const DOCS_BASE = "https://github.com/plan-lint/plan-lint/blob/main/docs/rules/";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** "2026-06-22" → "22/6/2026", the way the documents write dates. */
