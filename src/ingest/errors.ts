/**
 * Why an input file could not be read at all. The code goes to `data.reason` of the
 * `unreadable-input` diagnostic and to the one-line error of `extract`; both languages
 * are kept so reports can choose.
 */
export type UnreadableReason =
  | "zip-corrupt"
  | "zip-encrypted"
  | "zip-unsupported"
  | "too-large"
  | "docx-no-document"
  | "xml-malformed"
  | "xml-dtd"
  | "pdf-corrupt"
  | "pdf-password-required"
  | "pdf-password-incorrect"
  | "ole-unsupported";

const MESSAGES: Record<UnreadableReason, { vi: string; en: string }> = {
  "zip-corrupt": { vi: "tệp DOCX bị hỏng hoặc không trọn vẹn (gói ZIP không đọc được)", en: "broken or truncated DOCX (unreadable ZIP package)" },
  "zip-encrypted": { vi: "tệp DOCX được mã hóa, không đọc được", en: "encrypted DOCX package" },
  "zip-unsupported": { vi: "tệp DOCX dùng kiểu nén không hỗ trợ", en: "DOCX package uses an unsupported compression method" },
  "too-large": { vi: "tệp vượt giới hạn kích thước cho phép khi giải nén", en: "file exceeds the unpacked-size limits" },
  "docx-no-document": { vi: "tệp ZIP không chứa văn bản Word (thiếu word/document.xml)", en: "ZIP package has no Word document (word/document.xml missing)" },
  "xml-malformed": { vi: "nội dung XML của tệp DOCX bị hỏng", en: "malformed XML in the DOCX package" },
  "xml-dtd": { vi: "tệp DOCX chứa khai báo DTD, không được phép", en: "DOCX XML declares a DTD, which is not allowed" },
  "pdf-corrupt": { vi: "tệp PDF bị hỏng hoặc không trọn vẹn", en: "broken or truncated PDF" },
  "pdf-password-required": { vi: "tệp PDF có mật khẩu; dùng --password để mở", en: "encrypted PDF: a password is required (--password)" },
  "ole-unsupported": {
    vi: "tệp Word cũ (.doc) hoặc DOCX có mật khẩu: chưa hỗ trợ; hãy lưu lại dưới dạng DOCX không mật khẩu",
    en: "legacy Word .doc or password-protected DOCX is not supported; save it as a DOCX without a password",
  },
  "pdf-password-incorrect": { vi: "mật khẩu PDF không đúng", en: "incorrect PDF password" },
};

export class UnreadableInputError extends Error {
  readonly messageVi: string;
  constructor(
    readonly reason: UnreadableReason,
    readonly detail?: string,
  ) {
    const m = MESSAGES[reason];
    super(detail ? `${m.en}: ${detail}` : m.en);
    this.messageVi = detail ? `${m.vi}: ${detail}` : m.vi;
    this.name = "UnreadableInputError";
  }
}

export function unreadableMessage(reason: UnreadableReason): { vi: string; en: string } {
  return MESSAGES[reason];
}
