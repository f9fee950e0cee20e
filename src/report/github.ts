import type { Finding } from "../model/finding.js";
import { formatLocation } from "./location.js";
import type { Formatter } from "./types.js";

/** GitHub shows at most 10 annotations of each kind per step. */
const CAP = 10;
const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const TEXT = {
  vi: (e: number, w: number, i: number) => `plan-lint: còn ${e} lỗi, ${w} cảnh báo, ${i} thông tin không hiển thị thành chú thích (GitHub giới hạn ${CAP} mỗi loại); xem nhật ký hoặc tệp SARIF.`,
  en: (e: number, w: number, i: number) => `plan-lint: ${e} more errors, ${w} warnings, ${i} notices not shown as annotations (GitHub shows ${CAP} of each); see the log or the SARIF file.`,
};

/** GitHub Actions workflow commands: errors first, within the per-step caps, escaped. */
export const github: Formatter = (input) => {
  const all = input.results.flatMap((r) => r.findings);
  const lines: string[] = [];
  const hidden = { error: 0, warning: 0, info: 0 };
  for (const severity of ["error", "warning", "info"] as const) {
    const of = all.filter((f) => f.severity === severity);
    // One notice slot is kept for the "more not shown" line.
    const room = severity === "info" && all.length > 0 ? CAP - 1 : CAP;
    of.slice(0, room).forEach((f) => lines.push(annotation(f, input.lang)));
    hidden[severity] = Math.max(0, of.length - room);
  }
  if (hidden.error + hidden.warning + hidden.info > 0) lines.push(`::notice::${escapeData(TEXT[input.lang](hidden.error, hidden.warning, hidden.info))}`);
  return lines.length ? lines.join("\n") + "\n" : "";
};

function annotation(f: Finding, lang: "vi" | "en"): string {
  const l = f.location;
  const props = [`file=${escapeProperty(f.file)}`];
  let message = f.message;
  if (l.line !== undefined && l.page === undefined && l.table === undefined) {
    props.push(`line=${l.line}`);
    if (l.endLine !== undefined && l.endLine !== l.line) props.push(`endLine=${l.endLine}`);
    else if (l.column !== undefined) {
      // Columns only make sense on one line (GitHub rejects col with a multi-line span).
      props.push(`col=${l.column}`);
      if (l.endColumn !== undefined) props.push(`endColumn=${l.endColumn}`);
    }
  } else {
    const where = formatLocation(l, lang);
    if (where) message = `[${where}] ${message}`;
  }
  props.push(`title=${escapeProperty(f.ruleId)}`);
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(message)}`;
}
