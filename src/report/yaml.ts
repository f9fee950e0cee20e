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
