// Generates a plan repository for the corpus benchmark: N documents of a province's health
// sector in the seeds' layout, citing each other the way real ones do. A provincial plan is
// implemented by Sở plans, which are implemented by the plans of the Trung tâm Y tế, which
// are answered by reports; every document cites what it implements in its opening, some
// also cite a Nghị quyết or Quyết định. Plans carry 6–18 tasks, in a table (text or Markdown)
// or in "+ Đơn vị chủ trì: …" lists. Deterministic: the same N gives the same files.
//
// Formats: plain text and Markdown; with `mixed`, one document in ten is written as DOCX and
// one in ten as PDF instead (scripts/bench/render-binary.ts, loaded only then: it needs tsx).
// Each document exists in one format only, so the mix adds no duplicates.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TASKS = [
  "Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính trên môi trường điện tử",
  "Triển khai phần mềm quản lý văn bản và điều hành, gửi nhận văn bản điện tử",
  "Tổ chức hội nghị giao ban trực tuyến hằng tháng, cắt giảm hội nghị trực tiếp",
  "Triển khai hồ sơ bệnh án điện tử tại các khoa lâm sàng",
  "Tập huấn kỹ năng số, an toàn thông tin cho viên chức làm công tác văn thư, lưu trữ",
  "Số hóa hồ sơ, tài liệu lưu trữ giai đoạn 2016-2025",
  "Đánh giá mức độ hài lòng của người bệnh đối với dịch vụ khám bệnh, chữa bệnh",
  "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ",
  "Rà soát, sửa đổi quy chế làm việc, nội quy cơ quan",
  "Cập nhật cơ sở dữ liệu nhân lực y tế, hồ sơ sức khỏe điện tử của người dân",
  "Triển khai thanh toán không dùng tiền mặt trong khám bệnh, chữa bệnh",
  "Tuyên truyền, phổ biến các quy định về cải cách hành chính đến người dân",
  "Xây dựng kế hoạch đào tạo, bồi dưỡng nâng cao năng lực cán bộ quản lý",
  "Kiện toàn bộ phận tiếp nhận và trả kết quả thủ tục hành chính",
  "Đẩy mạnh ứng dụng trí tuệ nhân tạo trong chẩn đoán hình ảnh",
  "Bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của đơn vị",
  "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo định kỳ 06 tháng và năm",
  "Rà soát, đề xuất cắt giảm, đơn giản hóa thủ tục hành chính nội bộ",
];
const LEADS = ["Văn phòng Sở", "Phòng Tổ chức cán bộ", "Phòng Nghiệp vụ Y", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở", "Phòng Công nghệ thông tin"];
const DEADLINES = ["Quý II/2026", "Quý III/2026", "Quý IV/2026", "Tháng 9/2026", "30/11/2026", "Tháng 12/2026", "Thường xuyên", "Năm 2026"];
const PURPOSE = [
  "Cụ thể hóa các nhiệm vụ được giao, bảo đảm mỗi nhiệm vụ có một đơn vị chủ trì, có thời hạn và sản phẩm cụ thể; nâng cao trách nhiệm của người đứng đầu trong tổ chức thực hiện.",
  "Các đơn vị chủ động triển khai, định kỳ báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 05 tháng 12 năm 2026 để tổng hợp, báo cáo cấp trên.",
  "Việc triển khai phải đồng bộ, thiết thực, hiệu quả, gắn với chức năng, nhiệm vụ của từng cơ quan, đơn vị; tránh hình thức, lãng phí.",
];

const slug = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").replace(/\s+/g, "-").toLowerCase();
/** What a task asks in detail; real task cells run to two or three lines. */
const DETAIL = [
  "bảo đảm đúng quy trình, thời hạn theo quy định, công khai kết quả trên cổng thông tin điện tử của đơn vị",
  "phân công cụ thể cán bộ đầu mối, xác định rõ sản phẩm, tiến độ và trách nhiệm của từng bộ phận",
  "lồng ghép với các chương trình, đề án đang triển khai để tiết kiệm kinh phí, tránh chồng chéo",
  "định kỳ đánh giá, rút kinh nghiệm, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình thực hiện",
];
const DUTIES = [
  ["Văn phòng Sở", "Chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo cấp trên theo quy định."],
  ["Phòng Kế hoạch - Tài chính", "Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách được giao và các nguồn hợp pháp khác theo quy định."],
  ["Các đơn vị trực thuộc", "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết của đơn vị; báo cáo kết quả thực hiện 06 tháng trước ngày 15 tháng 6 và năm trước ngày 05 tháng 12 năm 2026."],
];
const pad = (n) => String(n).padStart(2, "0");
const dateLine = (place, d) => `${place}, ngày ${pad(d.day)} tháng ${d.month < 3 ? pad(d.month) : d.month} năm 2026`;
const cite = (doc) => `${doc.word} số ${doc.id} ngày ${pad(doc.date.day)}/${pad(doc.date.month)}/2026 của ${doc.issuerName}`;

function header(doc) {
  return [...doc.orgLines.flatMap((l) => [l, ""]), `Số: ${doc.id}`, "", dateLine(doc.place, doc.date), "", doc.word.toUpperCase(), "", doc.title, ""];
}

function closing(signer) {
  return ["Nơi nhận:", "", "- Như trên;", "- Lưu: VT.", "", "GIÁM ĐỐC", "", signer, ""];
}

function planText(doc, r, markdown) {
  const lines = header(doc);
  if (doc.parent) lines.push(`Thực hiện ${cite(doc.parent)} về ${doc.parent.subject};`, "");
  if (r() < 0.4) lines.push("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;", "");
  lines.push(`${doc.issuerName} ban hành Kế hoạch ${doc.subject} như sau:`, "", "I. MỤC ĐÍCH, YÊU CẦU", "");
  PURPOSE.forEach((p, i) => lines.push(`${i + 1}. ${p}`, ""));
  lines.push("II. NHIỆM VỤ", "");
  const tasks = doc.tasks.map((t, i) => ({ text: `${TASKS[t]}; ${DETAIL[(t + i) % DETAIL.length]}`, lead: LEADS[(t + i) % LEADS.length], coord: LEADS[(t + i + 2) % LEADS.length], deadline: DEADLINES[(t * 3 + i) % DEADLINES.length] }));
  if (doc.layout === "list") {
    tasks.forEach((t, i) => {
      lines.push(`${i + 1}. ${t.text}.`, "", `+ Đơn vị chủ trì: ${t.lead}.`, "", `+ Đơn vị phối hợp: ${t.coord}.`, "", `+ Thời gian hoàn thành: ${t.deadline}.`, "");
    });
    lines.push(...duties(), ...closing(doc.signer));
  } else {
    lines.push("Chi tiết phân công nhiệm vụ tại phụ lục kèm theo.", "", ...duties(), ...closing(doc.signer));
    lines.push("PHỤ LỤC", "", "PHÂN CÔNG NHIỆM VỤ", "", `(Kèm theo ${doc.word} số ${doc.id} ngày ${pad(doc.date.day)}/${pad(doc.date.month)}/2026 của ${doc.issuerName})`, "");
    if (markdown) {
      lines.push("| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |", "|---|---|---|---|---|");
      tasks.forEach((t, i) => lines.push(`| ${i + 1} | ${t.text} | ${t.lead} | ${t.coord} | ${t.deadline} |`));
    } else {
      lines.push("STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành");
      tasks.forEach((t, i) => lines.push(`${i + 1}\t${t.text}\t${t.lead}\t${t.coord}\t${t.deadline}`));
    }
  }
  return lines.join("\n") + "\n";
}

function duties() {
  return ["III. TỔ CHỨC THỰC HIỆN", "", ...DUTIES.flatMap(([unit, duty], i) => [`${i + 1}. ${unit}`, "", duty, ""])];
}

function reportText(doc, r) {
  const plan = doc.parent;
  const lines = header(doc);
  lines.push(`Kính gửi: ${plan.issuerName}`, "", `Thực hiện ${cite(plan)} về ${plan.subject}; ${doc.issuerName} báo cáo kết quả thực hiện như sau:`, "", "I. KẾT QUẢ THỰC HIỆN", "");
  plan.tasks.forEach((t, i) => {
    if (r() < 0.1) return; // a task the report forgets: report-coverage
    lines.push(
      `${i + 1}. ${TASKS[t]}`,
      "",
      `Đơn vị đã triển khai thực hiện, đạt ${60 + Math.floor(r() * 40)}% khối lượng công việc; tiếp tục hoàn thành trong quý IV/2026.`,
      "",
      `Kết quả cụ thể: ${DETAIL[(t + i) % DETAIL.length]}; không phát sinh vướng mắc lớn.`,
      "",
    );
  });
  lines.push("II. KHÓ KHĂN, VƯỚNG MẮC", "", "Kinh phí, nhân lực công nghệ thông tin còn hạn chế.", "", ...closing(doc.signer));
  return lines.join("\n") + "\n";
}

/** Which format document `i` is written in. */
function formatOf(i, mixed) {
  if (mixed && i % 10 === 1) return "docx";
  if (mixed && i % 10 === 2) return "pdf";
  return i % 3 === 0 ? "markdown" : "text";
}

const EXT = { text: "txt", markdown: "md", docx: "docx", pdf: "pdf" };

/**
 * Writes `count` documents under `dir`; returns the number of files, bytes written and the
 * count per format. `mixed`: a fifth of them as DOCX and PDF.
 */
export async function generateRepo(dir, count, { seed = 2026, mixed = false } = {}) {
  const r = rng(seed);
  const docs = [];
  let next = 1000;
  const date = (min) => {
    const month = Math.min(11, min.month + 1 + Math.floor(r() * 2));
    return { month, day: 1 + Math.floor(r() * 27) };
  };
  const make = (kind, level, parent, k) => {
    const n = next++;
    const unit = level === 0 ? "UBND" : level === 1 ? "SYT" : "TTYT";
    const issuerName = level === 0 ? "Ủy ban nhân dân tỉnh" : level === 1 ? "Sở Y tế" : `Trung tâm Y tế khu vực ${k}`;
    const orgLines = level === 0 ? ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"] : level === 1 ? ["UBND TỈNH LAI CHÂU", "SỞ Y TẾ"] : ["SỞ Y TẾ TỈNH LAI CHÂU", "TRUNG TÂM Y TẾ", `KHU VỰC ${k}`.toUpperCase()];
    const taskCount = 6 + Math.floor(r() * 13);
    const tasks = Array.from({ length: taskCount }, () => Math.floor(r() * TASKS.length)).filter((t, i, a) => a.indexOf(t) === i);
    const d = {
      kind,
      word: kind === "KH" ? "Kế hoạch" : "Báo cáo",
      id: `${n}/${kind}-${unit}`,
      date: parent ? date(parent.date) : { month: 1 + Math.floor(r() * 3), day: 1 + Math.floor(r() * 27) },
      issuerName,
      orgLines,
      place: "Lai Châu",
      subject: `${["cải cách hành chính", "chuyển đổi số", "đổi mới lề lối làm việc", "kiểm soát thủ tục hành chính"][n % 4]} năm 2026`,
      title: `Triển khai ${["cải cách hành chính", "chuyển đổi số", "đổi mới lề lối làm việc", "kiểm soát thủ tục hành chính"][n % 4]} năm 2026`,
      parent,
      tasks,
      layout: r() < 0.5 ? "table" : "list",
      signer: ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng"][n % 4],
      level,
      k,
    };
    if (kind === "BC") d.title = `Kết quả thực hiện ${cite(parent)}`;
    docs.push(d);
    return d;
  };

  // Shape: one provincial plan per 200 documents, Sở plans under it, TTYT plans under those, each answered by a report.
  const units = ["Tam Đường", "Phong Thổ", "Sìn Hồ", "Mường Tè", "Than Uyên", "Tân Uyên", "Nậm Nhùn", "Bình Lư", "Dào San", "Mường Kim", "Pa Tần", "Nậm Tăm"];
  while (docs.length < count) {
    const top = make("KH", 0, null, "");
    for (let s = 0; s < 8 && docs.length < count; s++) {
      const so = make("KH", 1, top, "");
      for (let t = 0; t < 12 && docs.length < count; t++) {
        const unit = units[t % units.length];
        const ttyt = make("KH", 2, so, unit);
        if (docs.length < count) make("BC", 2, ttyt, unit);
      }
    }
  }

  mkdirSync(dir, { recursive: true });
  const render = mixed ? (await import("./render-binary.ts")).renderBinary : null;
  let bytes = 0;
  const formats = { text: 0, markdown: 0, docx: 0, pdf: 0 };
  for (const [i, d] of docs.entries()) {
    const folder = join(dir, d.level === 0 ? "ubnd" : d.level === 1 ? "so-y-te" : `ttyt-${slug(d.k)}`);
    mkdirSync(folder, { recursive: true });
    const format = formatOf(i, mixed);
    const text = d.kind === "BC" ? reportText(d, r) : planText(d, r, format === "markdown");
    const content = format === "docx" || format === "pdf" ? await render(text, format) : text;
    writeFileSync(join(folder, `${d.kind.toLowerCase()}-${d.id.split("/")[0]}.${EXT[format]}`), content);
    bytes += typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
    formats[format]++;
  }
  return { files: docs.length, bytes, formats };
}
