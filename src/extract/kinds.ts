/**
 * Document kinds: the title word printed above the trích yếu ("KẾ HOẠCH") and the
 * official abbreviation used in số/ký hiệu (Nghị định 30/2020/NĐ-CP Phụ lục III; Party
 * documents use the same codes for these kinds).
 */
const TITLE_WORDS: Array<[string, string]> = [
  ["KẾ HOẠCH", "KH"],
  ["BÁO CÁO", "BC"],
  ["QUYẾT ĐỊNH", "QĐ"],
  ["NGHỊ QUYẾT", "NQ"],
  ["CHỈ THỊ", "CT"],
  ["KẾT LUẬN", "KL"],
  ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr"],
  ["CHƯƠNG TRÌNH", "CTr"],
  ["TỜ TRÌNH", "TTr"],
  ["THÔNG BÁO", "TB"],
  ["HƯỚNG DẪN", "HD"],
  ["QUY CHẾ", "QC"],
  ["QUY ĐỊNH", "QyĐ"],
  ["ĐỀ ÁN", "ĐA"],
  ["PHƯƠNG ÁN", "PA"],
  ["DỰ ÁN", "DA"],
  ["CÔNG ĐIỆN", "CĐ"],
  ["BIÊN BẢN", "BB"],
];

/** Kind code when `text` is a bare title word ("KẾ HOẠCH", "Báo cáo"), else null. */
export function kindFromTitleWord(text: string): string | null {
  const t = text.trim().replace(/\s+/g, " ").toUpperCase();
  for (const [word, code] of TITLE_WORDS) if (t === word) return code;
  return null;
}

/** Kind code from the type word at the start of `text` ("Kế hoạch số …" → "KH"). */
export function kindFromTypeWord(text: string): string | null {
  const t = text.trim().replace(/\s+/g, " ").toUpperCase();
  for (const [word, code] of TITLE_WORDS) if (t.startsWith(word)) return code;
  return null;
}

/** The type code inside a symbol: "KH-SYT" → "KH" (state), "KH/ĐU" → "KH" (Party). */
export function kindFromSymbol(symbol: string | null): string | null {
  if (!symbol) return null;
  const m = /^([A-ZĐ][A-Za-zĐđ]*)[-/]/u.exec(symbol);
  return m ? m[1]! : null;
}
