/**
 * Wording of tasks and report sections, reduced to what can be compared: pairs of adjacent
 * content syllables ("tuyên truyền", "kỷ luật", "phương thức"). Vietnamese words are mostly
 * two syllables, so syllable pairs behave like words; function words and the vocabulary
 * every plan shares ("nhiệm vụ", "thực hiện") break the pairs, so two texts match on what
 * they are about, not on how plans are written.
 */
import { toneKey } from "../vocab/units.js";

/** Function words; skipped, so "kiểm tra và giám sát" gives "kiểm tra", "tra giám", "giám sát". */
const STOP_SYLLABLES = new Set(
  (
    "và của các những trong theo về việc cho với để đã được là có tại từ đến một này đó như sau trên dưới khi thì mà " +
    "hoặc cũng đối vào nhằm bị do ra số gồm bao các đang sẽ còn rất nhiều mọi mỗi từng toàn bộ"
  ).split(" "),
);

/** Pairs every plan and report uses, whatever it is about. */
const GENERIC_PAIRS = new Set([
  "nhiệm vụ", "giải pháp", "thực hiện", "triển khai", "kế hoạch", "kết quả", "đơn vị", "cơ quan", "tổ chức",
  "chủ trì", "phối hợp", "báo cáo", "nội dung", "công tác", "hoạt động", "kết luận", "nghị quyết", "quyết định",
  "sở y", "y tế", "trực thuộc", "chuyên môn", "tiếp tục",
].map((p) => toneKey(p)));

/**
 * Syllable pairs of a text. Punctuation, function words, numbers and generic pairs break the
 * run: "tổ chức tuyên truyền và phổ biến" gives "tuyên truyền", "phổ biến".
 */
export function wordPairs(text: string): Set<string> {
  let out = pairsMemo.get(text);
  if (!out) {
    out = computePairs(text);
    if (pairsMemo.size >= 5_000) pairsMemo.clear();
    pairsMemo.set(text, out);
  }
  return out;
}

/** Plan tasks are compared with every report that answers the plan: pairs are computed once per text. */
const pairsMemo = new Map<string, Set<string>>();

function computePairs(text: string): Set<string> {
  const out = new Set<string>();
  const clauses = toneKey(text.normalize("NFC").toLowerCase()).split(/[^\p{L}\p{M}\p{N}\s]+/u);
  for (const clause of clauses) {
    const syllables = clause.split(/\s+/).filter((s) => s !== "");
    let prev: string | null = null;
    for (let i = 0; i < syllables.length; i++) {
      const s = syllables[i]!;
      if (/\d/.test(s) || STOP_SYLLABLES.has(s)) {
        prev = null;
      } else if (i + 1 < syllables.length && GENERIC_PAIRS.has(`${s} ${syllables[i + 1]}`)) {
        prev = null;
        i++;
      } else {
        if (prev !== null) out.add(`${prev} ${s}`);
        prev = s;
      }
    }
  }
  return out;
}

/** How many of `part`'s pairs `whole` has. */
export function shared(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  let n = 0;
  for (const p of part) if (whole.has(p)) n++;
  return n;
}

/**
 * `part` is said in `whole`: at least `share` of its pairs, and at least `min` of them (all
 * of them when it has fewer). Texts of a single pair ("Hạn chế") never match anything.
 */
export function contained(part: ReadonlySet<string>, whole: ReadonlySet<string>, share: number, min = 3): boolean {
  if (part.size < 2) return false;
  const n = shared(part, whole);
  return n >= Math.min(min, part.size) && n >= share * part.size;
}
