/** An error the user can cause and fix (bad file, bad flag): printed as one line, no stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = "user-error",
  ) {
    super(message);
    this.name = "UserError";
  }
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
