/** A message in both languages of the tool. */
export interface Localized {
  vi: string;
  en: string;
}

/** The same text in both languages (a message that is only names, flags and numbers). */
export const both = (text: string): Localized => ({ vi: text, en: text });

/**
 * An error the user can cause and fix (bad file, bad flag): printed as one line, no stack,
 * in the language of the run (`--lang`). `message` is the Vietnamese text, the tool's default.
 */
export class UserError extends Error {
  readonly texts: Localized;
  constructor(
    message: Localized,
    readonly code: string = "user-error",
  ) {
    super(message.vi);
    this.texts = message;
    this.name = "UserError";
  }

  text(lang: "vi" | "en"): string {
    return this.texts[lang];
  }
}

/** An output path that is one of the inputs: never written (inputs are never modified). */
export function refuseToOverwrite(file: string): Localized {
  return { vi: `không ghi đè tệp đầu vào ${file}`, en: `refusing to overwrite input file ${file}` };
}

/** One-line reason for a failed file read, from a Node system error. */
export function describeFsError(e: unknown): { code: string; reason: string } {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return { code: "not-found", reason: "file not found" };
    case "EACCES":
    case "EPERM":
      return { code: "permission-denied", reason: "permission denied" };
    case "EISDIR":
      return { code: "is-directory", reason: "is a directory" };
    case "ELOOP":
      return { code: "symlink-loop", reason: "too many levels of symbolic links" };
    default:
      return { code: "read-error", reason: err?.message ?? String(e) };
  }
}
