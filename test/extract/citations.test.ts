import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  citationFamily,
  citationFormIssue,
  collectCitations,
  findCitations,
  parseIdentifier,
  type RawCitation,
} from "../../src/extract/citations.js";
import { Citation } from "../../src/model/citation.js";
import { cpuMs } from "../helpers/cpu-time.js";

/** The five seed documents, copied unchanged into fixtures/plans. */
const SEEDS = new URL("../../fixtures/plans/", import.meta.url).pathname;

/**
 * Crude paragraph splitter for the seeds (the real ingestion lives elsewhere): blank lines end
 * a paragraph, hard-wrapped lines are joined, a tab-separated row gives one paragraph per cell.
 * PDF exports that put a blank line after every line (002, 004) lose those single blank lines
 * first, so a citation wrapped across lines stays whole.
 */
function paragraphs(text: string): string[] {
  let lines = text.split(/\r?\n/);
  const filled = lines.filter((l) => l.trim()).length;
  const followedByBlank = lines.filter((l, i) => l.trim() && lines[i + 1] === "").length;
  if (followedByBlank > 0.8 * filled) lines = lines.filter((l) => l !== "");
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) out.push(current.join(" ").replace(/\s+/g, " ").trim());
    current = [];
  };
  for (const line of lines) {
    if (!line.trim()) flush();
    else if (line.includes("\t")) {
      flush();
      out.push(...line.split("\t").map((c) => c.trim()).filter(Boolean));
    } else current.push(line.trim());
  }
  flush();
  return out;
}

function seedCitations(file: string): { occurrences: number; citations: Citation[] } {
  const occurrences = paragraphs(readFileSync(`${SEEDS}/${file}`, "utf8")).flatMap((p, i) =>
    findCitations(p).map((c) => ({ ...c, location: { paragraph: i } })),
  );
  return { occurrences: occurrences.length, citations: collectCitations(occurrences) };
}

type Expected = [identifier: string, kind: string, family: string, date: string | null, issuer: string | null, mentions: number];

/** Written by hand from the seed text; vn-documents.md §3 "Every citation in the seeds". */
const SEED_EXPECTATIONS: Record<string, { occurrences: number; citations: Expected[] }> = {
  "dang-uy-syt-lai-chau-kh-104-kinh-te-nha-nuoc.txt": {
    occurrences: 25,
    citations: [
      ["62-KH/ĐU", "KH", "party", "2026-04-10", "Đảng ủy UBND tỉnh", 7],
      ["58-KH/TU", "KH", "party", "2026-03-18", "Ban Thường vụ Tỉnh ủy", 7],
      // Body "Bộ chính trị", appendix "Bộ Chính trị": the same issuer, one entry.
      ["79-NQ/TW", "NQ", "party", "2026-01-06", "Bộ chính trị", 9],
      // The appendix title cites 62-KH/TU where the body says 62-KH/ĐU: kept apart for a rule.
      ["62-KH/TU", "KH", "party", "2026-04-10", "Đảng ủy UBND", 1],
      // The document's own number, restated in the appendix's "Kèm theo" line.
      ["104-KH/ĐU", "KH", "party", "2026-06-22", "Đảng ủy Sở Y tế", 1],
    ],
  },
  "syt-quang-ngai-kh-chuong-trinh-hanh-dong-2021.txt": {
    occurrences: 12,
    citations: [
      ["01-CTr/TU", "CTr", "party", "2020-11-27", "Tỉnh ủy", 3],
      ["14/KH-UBND", "KH", "admin", "2021-01-20", "UBND tỉnh", 1],
      ["26-NQ/TW", "NQ", "party", "2018-05-19", "Ban Chấp hành Trung ương Đảng khóa XII", 1],
      ["17-KL/TU", "KL", "party", "2016-04-19", "Tỉnh ủy khóa XIX", 1],
      ["05-NQ/TU", "NQ", "party", "2016-12-05", "Hội nghị Tỉnh ủy lần thứ 6 khóa XIX", 1],
      ["30/KL-TU", "KL", "party", "2016-04-26", "Hội nghị Tỉnh ủy lần 3 khóa XIX", 1],
      ["31-KL/TU", "KL", "party", "2016-04-27", "Tỉnh ủy khóa XIX", 1],
      ["69/2008/NĐ-CP", "NĐ", "legal", null, null, 1],
      ["03-NQ/TU", "NQ", "party", "2016-10-19", "Tỉnh ủy khóa XIX", 1],
      ["1332/QĐ-UBND", "QĐ", "admin", "2020-09-09", "UBND tỉnh", 1],
    ],
  },
  "syt-phu-luc-cai-cach-hanh-chinh-2026.txt": {
    occurrences: 2,
    citations: [
      // "(Kèm theo Kế hoạch số /KH-SYT ngày /01/2026 của Sở Y tế)": the draft's own blank number.
      ["/KH-SYT", "KH", "admin", null, "Sở Y tế", 1],
      ["905/QĐ-BNV", "QĐ", "admin", "2022-11-17", "Bộ Nội vụ", 1],
    ],
  },
  "ttyt-thuan-an-bc-660-va-kh-6757.txt": {
    occurrences: 30,
    citations: [
      ["226-KL/TW", "KL", "party", "2025-12-11", "Ban Bí thư", 19],
      ["6757/KH-SYT", "KH", "admin", "2026-05-22", "Sở Y tế Thành phố Hồ Chí Minh", 2],
      ["30/2020/NĐ-CP", "NĐ", "legal", null, null, 1],
      ["534/QĐ-TTg", "QĐ", "admin", "2026-03-31", "Thủ tướng Chính phủ", 2],
      ["6541/SNV-KTPC", "CV", "admin", "2026-04-20", "Sở Nội vụ", 1],
      ["76/NQ-CP", "NQ", "admin", null, null, 1],
      ["178-QĐ/TW", "QĐ", "party", "2024-06-27", "Bộ Chính trị", 1],
      ["110/2023/QH15", "NQ", "legal", "2023-11-29", "Quốc hội", 1],
      ["126/NQ-CP", "NQ", "admin", "2023-08-14", "Chính phủ", 1],
      ["42/2022/NĐ-CP", "NĐ", "legal", "2022-06-24", "Chính phủ", 1],
    ],
  },
  "syt-lai-chau-kh-cai-cach-hanh-chinh-2026-2030.txt": {
    occurrences: 13,
    citations: [
      ["76/NQ-CP", "NQ", "admin", "2021-07-15", "Chính phủ", 1],
      ["08-NQ/TU", "NQ", "party", "2021-05-20", "Ban Chấp hành Đảng bộ tỉnh", 1],
      ["688/QĐ-UBND", "QĐ", "admin", "2021-06-11", "UBND tỉnh", 1],
      ["2943/KH-UBND", "KH", "admin", "2021-09-20", "UBND tỉnh", 1],
      ["3196/UBND-KSTT", "CV", "admin", "2025-06-25", "Ủy ban nhân dân tỉnh", 1],
      ["66/NQ-CP", "NQ", "admin", null, null, 2],
      ["57/NQ-TW", "NQ", "party", null, null, 1],
      ["957/KH-UBND", "KH", "admin", null, null, 1],
      ["137/2024/NĐ-CP", "NĐ", "legal", null, null, 1],
      ["120/NĐ-CP", "NĐ", "legal", null, null, 1],
      ["56/QĐ-BYT", "QĐ", "admin", "2024-01-08", "Bộ Y tế", 1],
      ["03/2022/TT-BTP", "TT", "legal", "2022-02-10", "Bộ Tư pháp", 1],
    ],
  },
};

describe("citations in the seeds", () => {
  it.each(Object.entries(SEED_EXPECTATIONS))("%s: every citation, nothing else", (file, expected) => {
    const { occurrences, citations } = seedCitations(file);
    const got = citations.map((c): Expected => [c.identifier, c.kind!, c.family, c.date, c.issuer, c.locations.length]);
    expect(got).toEqual(expected.citations);
    expect(occurrences).toBe(expected.occurrences);
    for (const c of citations) expect(Citation.safeParse(c).success).toBe(true);
  });

  it("keeps the first occurrence's text and fills date and issuer from it", () => {
    const c = seedCitations("dang-uy-syt-lai-chau-kh-104-kinh-te-nha-nuoc.txt").citations[0]!;
    expect(c.raw).toBe("Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh");
    expect(c.year).toBe(2026);
  });

  it("the blank draft number keeps its blank date visible", () => {
    const p = "(Kèm theo Kế hoạch số             /KH-SYT ngày         /01/2026 của Sở Y tế)";
    expect(findCitations(p)).toMatchObject([{ identifier: "/KH-SYT", number: "", dateRaw: "/01/2026", date: null }]);
  });
});

describe("parseIdentifier", () => {
  it.each([
    ["30/2020/NĐ-CP", { identifier: "30/2020/NĐ-CP", number: "30", symbol: "NĐ-CP", year: 2020, shape: "legal", typeCode: "NĐ", issuerCode: "CP", spaced: false }],
    ["110/2023/QH15", { number: "110", symbol: "QH15", year: 2023, shape: "legal", typeCode: null, issuerCode: "QH15" }],
    ["03/2022/TT-BTP", { number: "03", shape: "legal", typeCode: "TT", issuerCode: "BTP" }],
    ["14/KH-UBND", { number: "14", symbol: "KH-UBND", year: null, shape: "admin", typeCode: "KH", issuerCode: "UBND" }],
    ["3196/UBND-KSTT", { shape: "admin", typeCode: null, issuerCode: "UBND" }],
    ["6541/SNV-KTPC", { shape: "admin", typeCode: null, issuerCode: "SNV" }],
    ["534/QĐ-TTg", { shape: "admin", typeCode: "QĐ", issuerCode: "TTg" }],
    ["79-NQ/TW", { identifier: "79-NQ/TW", number: "79", symbol: "NQ/TW", shape: "party", typeCode: "NQ", issuerCode: "TW" }],
    ["104-KH/ĐU", { shape: "party", typeCode: "KH", issuerCode: "ĐU" }],
    ["01-CTr/TU", { number: "01", shape: "party", typeCode: "CTr" }],
    ["367-QĐ/TWĐTN-VP", { shape: "party", typeCode: "QĐ", issuerCode: "TWĐTN-VP" }],
    ["05/KH-SYT", { number: "05" }],
    ["6757 /KH-SYT", { identifier: "6757/KH-SYT", number: "6757", spaced: true }],
    ["15- NQ/TW", { identifier: "15-NQ/TW", spaced: true, shape: "party" }],
    ["30 / 2020 / NĐ-CP", { identifier: "30/2020/NĐ-CP", spaced: true, shape: "legal" }],
    ["534/QD-TTg", { typeCode: "QĐ" }],
    ["15-Nq/tw", { identifier: "15-Nq/tw", typeCode: "NQ", issuerCode: "tw" }],
    ["/KH-SYT", { identifier: "/KH-SYT", number: "", shape: "admin" }],
    ["  660/BC-TTYT ", { identifier: "660/BC-TTYT", typeCode: "BC", issuerCode: "TTYT", spaced: false }],
  ])("%s", (text, expected) => {
    expect(parseIdentifier(text)).toMatchObject(expected);
  });

  it.each(["Quý III-IV/2026", "ISO 9001-2015", "9001-2015", "1/2", "2021-2025", "KH-ĐT", "28.15.176", "0913 123 456", "14/KH", "14/KH-", "", "Kế hoạch"])(
    "%j is not an identifier",
    (text) => expect(parseIdentifier(text)).toBeNull(),
  );
});

describe("family and shape", () => {
  const formOf = (identifier: string, kind: string) => {
    const id = parseIdentifier(identifier)!;
    const family = citationFamily(id, kind);
    return { family, issue: citationFormIssue({ family, shape: id.shape, kind }) };
  };
  it.each([
    ["30/2020/NĐ-CP", "NĐ", "legal", null],
    ["120/NĐ-CP", "NĐ", "legal", "legal-without-year"],
    ["79-NQ/TW", "NQ", "party", null],
    ["57/NQ-TW", "NQ", "party", "party-in-state-form"],
    ["30/KL-TU", "KL", "party", "party-in-state-form"],
    ["12/KL-UBKT", "KL", "party", "party-in-state-form"],
    ["62-KH/DU", "KH", "party", null],
    ["534/QĐ-TTg", "QĐ", "admin", null],
    ["76/NQ-CP", "NQ", "admin", null],
    ["12/2021/QĐ-UBND", "QĐ", "legal", null],
    ["12/2021/KH-UBND", "KH", "admin", "year-in-admin-document"],
    ["3196/UBND-KSTT", "CV", "admin", null],
    ["110/2023/QH15", "NQ", "legal", null],
  ])("%s (%s) is %s, issue %s", (identifier, kind, family, issue) => {
    expect(formOf(identifier, kind)).toEqual({ family, issue });
  });

  it("flags a state document in Party shape", () => {
    expect(citationFormIssue({ family: "admin", shape: "party", kind: "KH" })).toBe("state-in-party-form");
  });
});

describe("findCitations", () => {
  const one = (text: string): RawCitation => {
    const found = findCitations(text);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it("reads type, number, date and issuer, with offsets into the input", () => {
    const text = "Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh về thực hiện …";
    const c = one(text);
    expect(c).toEqual({
      kind: "KH", identifier: "62-KH/ĐU", number: "62", symbol: "KH/ĐU", year: 2026, date: "2026-04-10",
      dateRaw: "10/4/2026", issuer: "Đảng ủy UBND tỉnh", family: "party", shape: "party",
      raw: "Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh", index: 10, length: c.raw.length,
    });
    expect(text.slice(c.index, c.index + c.length)).toBe(c.raw);
  });

  it.each([
    ["Kế hoạch", "KH"], ["Báo cáo", "BC"], ["Nghị quyết", "NQ"], ["Nghị định", "NĐ"], ["Quyết định", "QĐ"],
    ["Thông tư", "TT"], ["Thông tư liên tịch", "TTLT"], ["Chỉ thị", "CT"], ["Kết luận", "KL"],
    ["Chương trình", "CTr"], ["Chương trình hành động", "CTr"], ["Hướng dẫn", "HD"], ["Thông báo", "TB"],
    ["Tờ trình", "TTr"], ["Công văn", "CV"], ["Luật", "Luật"], ["Quy chế", "QC"], ["Đề án", "ĐA"],
    ["Phương án", "PA"], ["Công điện", "CĐ"], ["Thông tri", "TTri"], ["Quy định", "QyĐ"],
  ])("%s → kind %s", (word, kind) => {
    expect(one(`theo ${word} số 12/XX-UBND ngày 01/02/2024`).kind).toBe(kind);
  });

  it("takes the kind of Quy định from the family and of Văn bản from the symbol", () => {
    expect(one("Quy định số 178-QĐ/TW của Bộ Chính trị").kind).toBe("QĐ");
    expect(one("Quy định số 12/QyĐ-UBND").kind).toBe("QyĐ");
    expect(one("Văn bản số 45/KH-SYT").kind).toBe("KH");
    expect(one("Văn bản số 3196/UBND-KSTT").kind).toBeNull();
    expect(one("Thông báo kết luận số 12-TB/TW").kind).toBe("TB");
  });

  it("tolerates a missing or colon-ended số and lowercase or uppercase type words", () => {
    expect(one("quán triệt Kết luận 226-KL/TW; gắn với").identifier).toBe("226-KL/TW");
    expect(one("Triển khai thực hiện Quyết định 1332/QĐ-UBND ngày 09/9/2020 của UBND tỉnh về việc").date).toBe("2020-09-09");
    expect(one("Thực hiện Kế hoạch 2943/KH-UBND ngày 20/9/2021").identifier).toBe("2943/KH-UBND");
    expect(one("Căn cứ Kế hoạch số: 14/KH-UBND").identifier).toBe("14/KH-UBND");
    expect(one("kế hoạch số 62-KH/ĐU và Kế hoạch này").kind).toBe("KH");
    expect(one("KẾ HOẠCH SỐ 104-KH/ĐU").kind).toBe("KH");
    expect(one("theo nghị định số 30/2020/NĐ-CP").kind).toBe("NĐ");
  });

  it("reads a doubled type word or a doubled ngày once", () => {
    const c = one("quán triệt Nghị quyết số Nghị quyết số 79-NQ/TW, Kế");
    expect(c).toMatchObject({ identifier: "79-NQ/TW", raw: "Nghị quyết số Nghị quyết số 79-NQ/TW" });
    expect(one("Kết luận số 226-KL/TW ngày ngày 11 tháng 12 năm 2025 của Ban Bí thư về việc")).toMatchObject({
      date: "2025-12-11", dateRaw: "11 tháng 12 năm 2025", issuer: "Ban Bí thư",
    });
  });

  it("reads both date forms, with or without the comma", () => {
    expect(one("Kế hoạch số 62-KH/ĐU, ngày 10/4/2026").date).toBe("2026-04-10");
    expect(one("Kế hoạch số 6757/KH-SYT ngày 22 tháng 5 năm 2026 của Sở Y tế").date).toBe("2026-05-22");
    expect(one("Nghị quyết số 05-NQ/TU ngày 01-10-1997").date).toBe("1997-10-01");
    expect(one("Kế hoạch số 14/KH-UBND ngày 31/6/2021")).toMatchObject({ date: null, dateRaw: "31/6/2021", year: 2021 });
  });

  it("keeps spaces around separators out of the identifier", () => {
    expect(one("Kế hoạch số 6757 /KH-SYT ngày 22/5/2026")).toMatchObject({ identifier: "6757/KH-SYT", symbol: "KH-SYT", number: "6757" });
    expect(one("Nghị quyết số 15- NQ/TW")).toMatchObject({ identifier: "15-NQ/TW", symbol: "NQ/TW" });
  });

  it.each([
    ["của Sở Nội vụ về việc triển khai", "Sở Nội vụ"],
    ["của Bộ Nội vụ v/v tăng cường", "Bộ Nội vụ"],
    ["của Tỉnh ủy thực hiện Nghị quyết Đại hội", "Tỉnh ủy"],
    ["của UBND tỉnh ban hành Kế hoạch", "UBND tỉnh"],
    ["của Chính phủ kèm theo", "Chính phủ"],
    ["của Chính phủ quy định về việc", "Chính phủ"],
    ["của Sở Y tế hướng dẫn thực hiện", "Sở Y tế"],
    ["của UBND tỉnh và Nghị quyết Đại hội", "UBND tỉnh"],
    ["của Ban Chấp hành Đảng bộ tỉnh và Quyết định", "Ban Chấp hành Đảng bộ tỉnh"],
    ["của Sở Y tế, Ban Giám đốc", "Sở Y tế"],
    ["của Bộ Chính trị¹; Nghị quyết", "Bộ Chính trị"],
    ["của Quốc hội²³ (khóa XV)", "Quốc hội"],
    ["của Ban Bí thư của Trung tâm Y tế", "Ban Bí thư"],
    ["của UBND TP. Hồ Chí Minh về", "UBND TP. Hồ Chí Minh"],
    ["của Đảng ủy Sở Y tế)", "Đảng ủy Sở Y tế"],
    ["của một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba", "một hai ba bốn năm sáu bảy tám chín mười mười một"],
  ])("issuer: %s", (clause, issuer) => {
    expect(one(`Thực hiện Nghị quyết số 12-NQ/TW ngày 01/02/2024 ${clause}`).issuer).toBe(issuer);
  });

  it("reads the issuer right after the number when there is no date", () => {
    expect(one("Ngay sau khi nhận được Kế hoạch số 6757/KH-SYT của Sở Y tế, Ban Giám đốc")).toMatchObject({ date: null, issuer: "Sở Y tế" });
    expect(one("Nghị quyết số 76/NQ-CP về Chương trình").issuer).toBeNull();
  });

  it("works on NFD text and Đ look-alikes, reporting offsets into the input", () => {
    const nfc = "Thực hiện Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh về";
    const nfd = nfc.normalize("NFD");
    const c = one(nfd);
    expect(c).toMatchObject({ identifier: "62-KH/ĐU", issuer: "Đảng ủy UBND tỉnh", raw: "Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh" });
    expect(nfd.slice(c.index, c.index + c.length).normalize("NFC")).toBe(c.raw);
    expect(one("Kế hoạch số 62-KH/\u00D0U của \u00D0ảng ủy").identifier).toBe("62-KH/ĐU");
  });

  it("finds several citations in one paragraph, in order", () => {
    const text = "tuyên truyền Nghị quyết số 79-NQ/TW, Kế hoạch số 58-KH/TU; kế hoạch số 62-KH/ĐU và Kế hoạch này";
    expect(findCitations(text).map((c) => c.identifier)).toEqual(["79-NQ/TW", "58-KH/TU", "62-KH/ĐU"]);
  });

  it.each([
    "Thời gian hoàn thành: Quý III-IV/2026",
    "theo tiêu chuẩn Quốc gia TCVN ISO 9001-2015",
    "Hội nghị quán triệt không quá 1/2 ngày",
    "Kế hoạch cải cách hành chính giai đoạn 2021-2025",
    "Kế hoạch 2021-2025",
    "Phòng phối hợp với Sở KH-ĐT: Kế hoạch tài chính.",
    "giảm nghèo bền vững ở 06 huyện miền núi",
    "Kế hoạch 06 huyện",
    "Công văn số 0913.123.456",
    "Văn bản số 0213 3822 123",
    "Ch. H. T. thực hiện 28.15.176",
    "Kế hoạch số 28.15.176",
    "Kế hoạch của Ban Thường vụ Đảng ủy UBND tỉnh",
    "Số 104-KH/ĐU",
    "Số: 660/BC-TTYT",
    "Kế hoạch /KH-SYT",
    "Văn bản 1/2 ngày",
    "Quyết định 12/QĐ",
    "Nghị quyết số",
    "",
  ])("no citation in %j", (text) => {
    expect(findCitations(text)).toEqual([]);
  });
});

describe("collectCitations", () => {
  const at = (text: string, line: number) => findCitations(text).map((c) => ({ ...c, location: { line } }));

  it("merges later mentions without date or issuer and keeps every location in order", () => {
    const got = collectCitations([
      ...at("Kế hoạch số 62-KH/ĐU", 1),
      ...at("Kế hoạch số 62-KH/ĐU, ngày 10/4/2026 của Đảng ủy UBND tỉnh", 2),
      ...at("kế hoạch số 62-KH/ĐU của Đảng uỷ UBND tỉnh Lai Châu", 3),
    ]);
    expect(got).toEqual([
      {
        kind: "KH", identifier: "62-KH/ĐU", number: "62", symbol: "KH/ĐU", year: 2026, date: "2026-04-10",
        issuer: "Đảng ủy UBND tỉnh", family: "party", raw: "Kế hoạch số 62-KH/ĐU",
        locations: [{ line: 1 }, { line: 2 }, { line: 3 }],
      },
    ]);
  });

  it("keeps the same number with another date or a clearly different issuer apart", () => {
    const got = collectCitations([
      ...at("Kế hoạch số 14/KH-UBND ngày 20/01/2021 của UBND tỉnh", 1),
      ...at("Kế hoạch số 14/KH-UBND ngày 20/01/2022 của UBND tỉnh", 2),
      ...at("Kế hoạch số 14/KH-UBND của Ủy ban nhân dân tỉnh", 3),
      ...at("Kế hoạch số 14/KH-UBND của Sở Y tế", 4),
      ...at("Kế hoạch số 14/KH-UBND ngày 20/1/2022", 5),
    ]);
    expect(got.map((c) => [c.date, c.issuer, c.locations.map((l) => l.line)])).toEqual([
      ["2021-01-20", "UBND tỉnh", [1, 3]],
      ["2022-01-20", "UBND tỉnh", [2, 5]],
      [null, "Sở Y tế", [4]],
    ]);
  });

  it("takes the year from a legal identifier, else from the date", () => {
    const got = collectCitations([
      ...at("Nghị định số 30/2020/NĐ-CP ngày 05/3/2021", 1),
      ...at("Nghị quyết số 76/NQ-CP", 2),
      ...at("Nghị quyết số 126/NQ-CP ngày 14 tháng 8 năm 2023", 3),
    ]);
    expect(got.map((c) => c.year)).toEqual([2020, null, 2023]);
  });
});

describe("hostile input", () => {
  const MB = 1 << 20;
  const fill = (s: string): string => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);
  it.each([
    ["type words", fill("Kế hoạch số ")],
    ["doubled type words", fill("Kế hoạch số Nghị quyết số ")],
    ["của", `Kế hoạch số 1/KH-UB của ${fill("của ")}`],
    ["digits", `Kế hoạch số ${fill("1234567890")}`],
    ["digits and slashes", fill("Kế hoạch số 12/1/")],
    ["spaces", `Kế hoạch số 12${" ".repeat(MB)}x`],
    ["spaces before a date", `Kế hoạch số 1/KH-A ngày${" ".repeat(MB)}1`],
    ["hyphenated symbol", `Kế hoạch số 1/KH-${fill("A-")}`],
    ["date fragments", `Kế hoạch số 1/KH-A ngày ${fill("1/1/")}`],
    ["many citations", fill("Nghị quyết 1-NQ/TW ")],
    ["NFD", fill("Kế hoạch số 62-KH/ĐU của Đảng ủy ").normalize("NFD")],
    ["combining marks", `Kế hoạch số 1${"\u0301".repeat(MB)}`],
  ])("%s: 1 MB in well under a second", (_name, text) => {
    const ms = cpuMs(() => {
      findCitations(text);
      parseIdentifier(text);
    });
    expect(ms).toBeLessThan(1000);
  });
});
