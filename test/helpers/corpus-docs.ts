/** Small documents in the seeds' layout, for project-rule cases (several files citing each other). */
export interface DocSpec {
  /** Capitalised issuer lines above the number: ["SỞ Y TẾ"]. */
  issuer?: string[];
  /** "Số: 12/KH-SYT" or "Số 12-KH/ĐU". */
  number: string;
  /** "Lai Châu, ngày 15 tháng 3 năm 2026". */
  date: string;
  kind?: "KẾ HOẠCH" | "BÁO CÁO" | "CHƯƠNG TRÌNH";
  title: string;
  /** The «Thực hiện …» / «Căn cứ …» paragraphs. */
  opening?: string[];
  /** Body paragraphs (numbered headings, "+ Đơn vị chủ trì: …" labels). */
  body?: string[];
}

export function docText(d: DocSpec): string {
  const lines = [
    ...(d.issuer ?? ["SỞ Y TẾ"]).flatMap((l) => [l, ""]),
    d.number,
    "",
    d.date,
    "",
    d.kind ?? "KẾ HOẠCH",
    "",
    d.title,
    "",
    ...(d.opening ?? []).flatMap((l) => [l, ""]),
    ...(d.body ?? ["I. NHIỆM VỤ", "", "1. Triển khai các nội dung của kế hoạch.", "", "+ Đơn vị chủ trì: Văn phòng Sở."]).flatMap((l) => [l, ""]),
    "Nơi nhận:",
    "",
    "- Lưu: VT.",
  ];
  return lines.join("\n") + "\n";
}

/** A plan of the Sở Y tế with a number, a date and optional opening. */
export function plan(number: string, day: string, opening: string[] = [], extra: Partial<DocSpec> = {}): string {
  return docText({ number: `Số: ${number}`, date: `Thành phố Hồ Chí Minh, ${day}`, title: "Triển khai công tác năm 2026", opening, ...extra });
}
