import { Document as YamlDocument, isMap, isScalar, visit } from "yaml";

const LOCATION_KEYS = new Set(["line", "column", "endLine", "endColumn", "page", "paragraph", "table", "row", "cell", "from", "to"]);

/**
 * YAML for people: block style, no line folding, and small coordinate objects
 * (locations, periods) on one line so a task stays readable.
 */
export function toYaml(value: unknown): string {
  const doc = new YamlDocument(value);
  visit(doc, {
    Map(_, node) {
      if (isMap(node) && node.items.length > 0 && node.items.every((p) => isScalar(p.key) && LOCATION_KEYS.has(String(p.key.value)))) {
        node.flow = true;
      }
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/**
 * The YAML of a PlanFile in pieces, one per document, joined they equal `toYaml(planFile)`:
 * a file of thousands of documents never needs one YAML tree for all of them.
 */
export function* planFileYamlChunks(planFile: { documents: readonly unknown[] } & Record<string, unknown>): Generator<string> {
  const shell = Object.fromEntries(Object.entries(planFile).map(([k, v]) => [k, k === "documents" ? [] : v]));
  const head = toYaml(shell);
  const at = head.search(/^documents: \[\]\n/m);
  if (at < 0 || planFile.documents.length === 0) {
    yield toYaml(planFile);
    return;
  }
  yield head.slice(0, at) + "documents:\n";
  for (const d of planFile.documents) yield toYaml({ documents: [d] }).replace(/^documents:\n/, "");
  yield head.slice(at + "documents: []\n".length);
}

/**
 * JSON.stringify(planFile, null, 2), indented by `indent` extra spaces, in pieces: one per
 * document. Joined, the pieces are exactly that string.
 */
export function* planFileJsonChunks(planFile: Record<string, unknown>, indent = ""): Generator<string> {
  const keys = Object.keys(planFile).filter((k) => planFile[k] !== undefined);
  const pad = (s: string, by: string) => s.replace(/\n/g, "\n" + by);
  yield "{";
  for (const [i, k] of keys.entries()) {
    const v = planFile[k];
    yield `\n${indent}  ${JSON.stringify(k)}: `;
    if (k === "documents" && Array.isArray(v) && v.length > 0) {
      yield "[";
      for (const [j, d] of v.entries()) yield `${j > 0 ? "," : ""}\n${indent}    ` + pad(JSON.stringify(d, null, 2), indent + "    ");
      yield `\n${indent}  ]`;
    } else {
      yield pad(JSON.stringify(v, null, 2), indent + "  ");
    }
    if (i < keys.length - 1) yield ",";
  }
  yield `\n${indent}}`;
}
