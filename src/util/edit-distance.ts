/** Levenshtein distance (insert, delete, substitute), in O(|a|·|b|) time and O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate closest to `word` (compared through `key`), if it is close enough to be a likely typo. */
export function closest(word: string, candidates: string[], key: (s: string) => string = (s) => s): string | null {
  const k = key(word);
  // A truncated id ("missing-lead" for "missing-lead-unit") is a prefix, however far by edits.
  const prefixed = candidates.filter((c) => k.length >= 4 && key(c).startsWith(k)).sort((a, b) => a.length - b.length);
  if (prefixed.length > 0) return prefixed[0]!;
  let best: { name: string; d: number } | null = null;
  for (const c of candidates) {
    const d = editDistance(k, key(c));
    if (!best || d < best.d) best = { name: c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(k.length / 4)) ? best.name : null;
}
