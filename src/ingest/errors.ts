import { unreadableMessage, type UnreadableReason as Reason } from "../io/messages.js";

/** Reasons the DOCX/PDF readers give for a file they cannot read (texts: src/io/messages.ts). */
export type UnreadableReason = Extract<
  Reason,
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
  | "limit-exceeded"
>;

/** A reader gives up on a file; `reason` keys the message catalogue and `data.reason` of the diagnostic. */
export class UnreadableInputError extends Error {
  readonly messageVi: string;
  constructor(
    readonly reason: UnreadableReason,
    readonly detail?: string,
  ) {
    const data = { detail: detail ?? "" };
    const en = unreadableMessage(reason, "en", data);
    super(detail && reason !== "limit-exceeded" ? `${en}: ${detail}` : en);
    const vi = unreadableMessage(reason, "vi", data);
    this.messageVi = detail && reason !== "limit-exceeded" ? `${vi}: ${detail}` : vi;
    this.name = "UnreadableInputError";
  }
}
