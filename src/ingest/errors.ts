import { messageUsesDetail, unreadableMessage, type ReaderReason } from "../io/messages.js";

/** Reasons the DOCX/PDF readers give for a file they cannot read (texts: src/io/messages.ts). */
export type UnreadableReason = ReaderReason;

/** A reader gives up on a file; `reason` keys the message catalogue and `data.reason` of the diagnostic. */
export class UnreadableInputError extends Error {
  readonly messageVi: string;
  constructor(
    readonly reason: UnreadableReason,
    readonly detail?: string,
  ) {
    const data = { detail: detail ?? "" };
    // The detail is appended unless the message already says it ("{detail}" in the catalogue).
    const append = detail && !messageUsesDetail(reason);
    const en = unreadableMessage(reason, "en", data);
    super(append ? `${en}: ${detail}` : en);
    const vi = unreadableMessage(reason, "vi", data);
    this.messageVi = append ? `${vi}: ${detail}` : vi;
    this.name = "UnreadableInputError";
  }
}
