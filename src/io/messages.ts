/**
 * One-line messages for files plan-lint could not read, in Vietnamese (default) and English,
 * keyed by the reason code carried in `unreadable-input` diagnostics (`data.reason`).
 * Placeholders `{name}` are filled from the diagnostic's data.
 */
export type Lang = "vi" | "en";

/** Reasons the DOCX/PDF readers give for a file they cannot read (src/ingest/errors.ts). */
export type ReaderReason =
  | "zip-corrupt"
  | "zip-encrypted"
  | "zip-unsupported"
  | "docx-no-document"
  | "xml-malformed"
  | "xml-dtd"
  | "pdf-corrupt"
  | "pdf-password-required"
  | "pdf-password-incorrect"
  | "ole-unsupported"
  | "unsupported-format"
  | "image-only"
  | "limit-exceeded";

export type UnreadableReason =
  | "not-found"
  | "permission-denied"
  | "is-directory"
  | "symlink-loop"
  | "not-regular-file"
  | "read-error"
  | "too-large"
  | "timeout"
  | "out-of-memory"
  | "empty"
  | "binary"
  | "internal-error"
  | ReaderReason;

type Catalogue = Record<UnreadableReason, Record<Lang, string>>;

const UNREADABLE: Catalogue = {
  "not-found": { vi: "không tìm thấy tệp", en: "file not found" },
  "permission-denied": { vi: "không có quyền đọc tệp", en: "permission denied" },
  "is-directory": { vi: "là một thư mục, không phải tệp", en: "is a directory" },
  "symlink-loop": { vi: "liên kết tượng trưng lặp vòng", en: "too many levels of symbolic links" },
  "not-regular-file": { vi: "không phải tệp thông thường (thiết bị, ống dẫn hoặc socket)", en: "not a regular file (device, pipe or socket)" },
  "read-error": { vi: "lỗi khi đọc tệp: {detail}", en: "read error: {detail}" },
  "too-large": { vi: "tệp quá lớn ({size}, giới hạn {limit}; xem --max-file-size)", en: "file too large ({size}, limit {limit}; see --max-file-size)" },
  timeout: { vi: "xử lý quá thời gian cho phép ({limit}; xem --file-timeout)", en: "took longer than allowed ({limit}; see --file-timeout)" },
  "out-of-memory": { vi: "cần nhiều bộ nhớ hơn giới hạn ({limit}; xem --max-memory)", en: "needs more memory than allowed ({limit}; see --max-memory)" },
  empty: { vi: "tệp rỗng (0 byte)", en: "file is empty (0 bytes)" },
  binary: { vi: "không phải tệp văn bản (nội dung nhị phân)", en: "not a text file (binary content)" },
  "internal-error": { vi: "lỗi nội bộ khi xử lý tệp: {detail}", en: "internal error while processing the file: {detail}" },
  "zip-corrupt": { vi: "tệp DOCX bị hỏng hoặc không trọn vẹn (gói ZIP không đọc được)", en: "broken or truncated DOCX (unreadable ZIP package)" },
  "zip-encrypted": { vi: "tệp DOCX được mã hóa, không đọc được", en: "encrypted DOCX package" },
  "zip-unsupported": { vi: "tệp DOCX dùng kiểu nén không hỗ trợ", en: "DOCX package uses an unsupported compression method" },
  "docx-no-document": { vi: "tệp ZIP không chứa văn bản Word (thiếu word/document.xml)", en: "ZIP package has no Word document (word/document.xml missing)" },
  "xml-malformed": { vi: "nội dung XML của tệp DOCX bị hỏng", en: "malformed XML in the DOCX package" },
  "xml-dtd": { vi: "tệp DOCX chứa khai báo DTD (thực thể XML), không được phép", en: "DOCX XML declares a DTD (XML entities), which is not allowed" },
  "pdf-corrupt": { vi: "tệp PDF bị hỏng hoặc không trọn vẹn", en: "broken or truncated PDF" },
  "pdf-password-required": { vi: "tệp PDF có mật khẩu; dùng --password để mở", en: "encrypted PDF: a password is required (--password)" },
  "pdf-password-incorrect": { vi: "mật khẩu PDF không đúng", en: "incorrect PDF password" },
  "ole-unsupported": {
    vi: "tệp Word cũ (.doc) hoặc DOCX có mật khẩu: chưa hỗ trợ; hãy lưu lại dưới dạng DOCX không mật khẩu",
    en: "legacy Word .doc or password-protected DOCX is not supported; save it as a DOCX without a password",
  },
  "unsupported-format": {
    vi: "tệp {detail}, định dạng chưa hỗ trợ; hãy lưu lại dưới dạng DOCX hoặc PDF",
    en: "{detail} files are not supported; save this one as DOCX or PDF",
  },
  "image-only": {
    vi: "tệp ảnh {detail}, không có chữ để đọc; hãy nhận dạng chữ (OCR) rồi lưu dưới dạng DOCX hoặc PDF có lớp chữ",
    en: "a {detail} image has no text to read; run OCR and save it as DOCX or as a PDF with a text layer",
  },
  "limit-exceeded": { vi: "vượt giới hạn an toàn khi đọc cấu trúc tệp ({detail})", en: "exceeds a safety limit while reading the file's structure ({detail})" },
};

/** Other diagnostics of ingest that a person reads. */
const OTHER = {
  "legacy-encoding": {
    vi: "văn bản dùng bảng mã cũ {encoding}; đã chuyển sang Unicode",
    en: "text is in the legacy {encoding} encoding; converted to Unicode",
  },
  "legacy-codepage": {
    vi: "tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258",
    en: "the file is not UTF-8; it was read as Windows-1258",
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Whether the reason's message shows the detail itself (else callers append it). */
export function messageUsesDetail(reason: UnreadableReason): boolean {
  return UNREADABLE[reason].en.includes("{detail}");
}

export function isUnreadableReason(code: string): code is UnreadableReason {
  return Object.hasOwn(UNREADABLE, code);
}

function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** The reason text for an unreadable file ("tệp rỗng (0 byte)"); sizes and durations written for people. */
export function unreadableMessage(reason: string, lang: Lang = "vi", data: Record<string, string | number> = {}): string {
  const entry = isUnreadableReason(reason) ? UNREADABLE[reason] : UNREADABLE["read-error"];
  const shown: Record<string, string | number> = { detail: reason, ...data };
  if (reason === "too-large" || reason === "too-large-unpacked" || reason === "out-of-memory") {
    for (const k of ["size", "limit"]) if (typeof data[k] === "number") shown[k] = formatBytes(data[k]);
  }
  if (reason === "timeout" && typeof data.limit === "number") shown.limit = formatDuration(data.limit);
  return fill(entry[lang], shown);
}

export function otherMessage(key: keyof typeof OTHER, lang: Lang, data?: Record<string, string | number>): string {
  return fill(OTHER[key][lang], data);
}

/** "12.5 MB", "100 MB", "512 B": sizes in messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : +v.toFixed(1)} ${units[u]}`;
}

/** "30 s", "500 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** The `unreadable-input` diagnostic (English message for logs; `data.reason` keys the catalogue). */
export function unreadableDiagnostic(reason: UnreadableReason, data: Record<string, string | number> = {}): {
  code: "unreadable-input";
  severity: "error";
  message: string;
  data: Record<string, string | number>;
} {
  return { code: "unreadable-input", severity: "error", message: unreadableMessage(reason, "en", data), data: { reason, ...data } };
}
