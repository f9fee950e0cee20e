import { toneKey } from "../../vocab/units.js";

/**
 * Word pairs the document itself prints side by side. Vietnamese writes compounds as separate
 * syllables ("giải quyết", "doanh nghiệp", "hành chính"), and a narrow cell breaks lines
 * between them all the time; when the last word of one line and the first of the next form a
 * pair seen inside lines elsewhere, the two lines very likely belong to one cell.
 */
export class Bigrams {
  private counts = new Map<string, number>();
  /** Capitalised words the document prints inside lines: names ("Sở", "UBND", "Trung ương"). */
  private names = new Map<string, number>();

  constructor(lines: Iterable<string>) {
    for (const line of lines) {
      let prev = "";
      let k = 0;
      for (const w of line.split(" ")) {
        const c = clean(w);
        if (prev !== "" && c !== "") this.counts.set(`${prev} ${c}`, (this.counts.get(`${prev} ${c}`) ?? 0) + 1);
        if (k > 0 && prev !== "" && CAPITAL.test(w)) this.names.set(w, (this.names.get(w) ?? 0) + 1);
        // A word ending in punctuation closes a phrase: no pair across it.
        prev = ENDS_PHRASE.test(w) ? "" : c;
        k++;
      }
    }
  }

  /**
   * A line that starts with a capital after a line that did not end a phrase: unless the word
   * is a name the document also prints mid-line, it begins a new cell ("… ngân sách nhà" /
   * "Kịp thời …"). Points against reading the two lines as one cell.
   */
  capitalBreak(before: string, after: string): number {
    if (ENDS_PHRASE.test(before)) return 0;
    // A run of capitalised words across the break is one name ("Luật" / "Ngân sách nhà nước").
    if (CAPITAL.test(before.slice(before.lastIndexOf(" ") + 1))) return 0;
    const at = after.indexOf(" ");
    const w = at < 0 ? after : after.slice(0, at);
    if (!CAPITAL.test(w) || /^[\p{Lu}\p{N}\W]+$/u.test(w)) return 0; // abbreviations ("TTHC") read on
    return (this.names.get(w) ?? 0) >= 2 ? 0 : -0.8;
  }

  /** Points for reading `before` and `after` as consecutive lines of one cell. */
  joinScore(before: string, after: string): number {
    const a = lastWord(before);
    const b = firstWord(after);
    if (a === "" || b === "") return 0;
    const n = this.counts.get(`${a} ${b}`) ?? 0;
    return n >= 2 ? 0.8 : n === 1 ? 0.4 : 0;
  }
}

const ENDS_PHRASE = /[.,;:!?)]$/u;
const CAPITAL = /^[\p{Lu}]/u;
/** Lower case, punctuation off, tone marks placed one way ("hóa" = "hoá"). Words repeat: memoised. */
function clean(w: string): string {
  let c = CLEAN.get(w);
  if (c === undefined) {
    c = toneKey(w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
    if (CLEAN.size > 50_000) CLEAN.clear();
    CLEAN.set(w, c);
  }
  return c;
}
const CLEAN = new Map<string, string>();

function lastWord(s: string): string {
  if (ENDS_PHRASE.test(s)) return "";
  return clean(s.slice(s.lastIndexOf(" ") + 1));
}

function firstWord(s: string): string {
  const at = s.indexOf(" ");
  return clean(at < 0 ? s : s.slice(0, at));
}
