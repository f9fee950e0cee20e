import { pathToFileURL } from "node:url";
import { isAbsolute, relative } from "node:path";
import type { Finding } from "../model/finding.js";
import { renderMessage } from "../rules/messages.js";
import { docsUrl } from "../rules/messages.js";
import { formatLocation } from "./location.js";
import type { Formatter } from "./types.js";

const LEVEL = { error: "error", warning: "warning", info: "note", off: "none" } as const;

/** SARIF 2.1.0 for code scanning: every rule declared with its help URI, text regions or logical locations. */
export const sarif: Formatter = (input) => {
  const uri = (file: string) => (isAbsolute(file) ? relative(input.cwd, file) : file).split("\\").join("/");
  const ruleIndex = new Map(input.rules.map((r, i) => [r.meta.id, i]));
  const location = (f: Finding) => {
    const l = f.location;
    const physical: Record<string, unknown> = { artifactLocation: { uri: uri(f.file), uriBaseId: "%SRCROOT%" } };
    if (l.line !== undefined && l.page === undefined && l.table === undefined && l.paragraph === undefined) {
      const region: Record<string, number> = { startLine: l.line };
      if (l.column !== undefined) region.startColumn = l.column;
      if (l.endLine !== undefined) region.endLine = l.endLine;
      if (l.endColumn !== undefined && l.column !== undefined) region.endColumn = l.endColumn;
      physical.region = region;
      return { physicalLocation: physical };
    }
    // DOCX and PDF have no line numbers: name the place instead.
    const name = formatLocation(l, "en") || "document";
    return { physicalLocation: physical, logicalLocations: [{ name, fullyQualifiedName: `${uri(f.file)}#${name}`, kind: "element" }] };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "plan-lint",
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            informationUri: "https://github.com/plan-lint/plan-lint",
            rules: input.rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: renderMessage(r.meta.docs.description, input.lang) },
              fullDescription: { text: `${r.meta.docs.description.vi} — ${r.meta.docs.description.en}` },
              helpUri: docsUrl(r.meta.id),
              help: { text: `${renderMessage(r.meta.docs.description, input.lang)}: ${docsUrl(r.meta.id)}` },
              defaultConfiguration: { level: LEVEL[r.meta.recommended], enabled: r.meta.recommended !== "off" },
              properties: { tags: [r.meta.type, r.meta.scope] },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(input.cwd.endsWith("/") ? input.cwd : input.cwd + "/").href } },
        artifacts: input.results.map((r) => ({
          location: { uri: uri(r.file), uriBaseId: "%SRCROOT%" },
          ...(r.format ? { mimeType: r.format === "pdf" ? "application/pdf" : r.format === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/plain" } : {}),
        })),
        results: input.results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [location(f)],
            partialFingerprints: { "planLintFinding/v1": f.fingerprint },
            ...(f.relatedFiles?.length
              ? { relatedLocations: f.relatedFiles.map((file, id) => ({ id, physicalLocation: { artifactLocation: { uri: uri(file), uriBaseId: "%SRCROOT%" } } })) }
              : {}),
            ...(f.taskId ? { properties: { taskId: f.taskId } } : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
