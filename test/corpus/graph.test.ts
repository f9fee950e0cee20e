import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/api.js";
import { implementationCycles } from "../../src/corpus/cycles.js";
import { formatGraph } from "../../src/corpus/graph-format.js";
import { referenceGraph } from "../../src/corpus/graph.js";
import { resolveCorpus } from "../../src/corpus/resolve.js";
import { plan } from "../helpers/corpus-docs.js";

async function corpus(files: Record<string, string>) {
  const pfs = [];
  for (const [path, text] of Object.entries(files)) pfs.push(await extractBytes(new TextEncoder().encode(text), path));
  return resolveCorpus({ files: pfs });
}

const small = () =>
  corpus({
    "a.txt": plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026"),
    "b.txt": plan("50/KH-SYT", "ngày 10 tháng 6 năm 2026", ['Thực hiện Kế hoạch số 40/KH-SYT ngày 02/6/2026 của Sở Y tế "về" công tác; Kế hoạch số 45/KH-SYT ngày 05/6/2026 của Sở Y tế.']),
  });

describe("reference graph formats (checked by hand)", () => {
  it("mermaid", async () => {
    expect(formatGraph(referenceGraph(await small()), "mermaid", "vi")).toBe(
      [
        "flowchart RL",
        '  d1["KH 40/KH-SYT<br/>1/6/2026 · SỞ Y TẾ<br/>a.txt"]',
        '  d2["KH 50/KH-SYT<br/>10/6/2026 · SỞ Y TẾ<br/>b.txt"]',
        '  x1(["KH 45/KH-SYT<br/>5/6/2026 · Sở Y tế<br/>(không có trong kho)"]):::absent',
        '  d2 -->|"thực hiện: sai ngày"| d1',
        '  d2 -.->|"thực hiện: không tìm thấy"| x1',
        "  linkStyle 0 stroke:#e65100,color:#e65100",
        "  linkStyle 1 stroke:#c62828,color:#c62828",
        "  classDef absent stroke-dasharray:4 3,color:#616161",
        "",
      ].join("\n"),
    );
  });

  it("dot escapes quotes", async () => {
    const g = referenceGraph(await small());
    g.nodes[0]!.issuer = 'Sở "Y tế"';
    const dot = formatGraph(g, "dot", "en");
    expect(dot).toContain('d1 [label="KH 40/KH-SYT\\n1/6/2026 · Sở \\"Y tế\\"\\na.txt"];');
    expect(dot).toContain('d2 -> d1 [label="implements: wrong date", color="#e65100"];');
    expect(dot).toContain('d2 -> x1 [label="implements: unresolved", color="#c62828", style=dashed];');
  });

  it("json carries the schema version, citations as printed and where they are", async () => {
    const g = JSON.parse(formatGraph(referenceGraph(await small()), "json", "vi"));
    expect(g.schemaVersion).toBe(1);
    expect(g.edges[0]).toMatchObject({ from: "d2", to: "d1", relation: "implements", status: "mismatched", location: { file: "b.txt", line: 11 } });
    expect(g.edges[0].citation).toMatch(/^Kế hoạch số 40\/KH-SYT ngày 02\/6\/2026 của Sở Y tế/);
  });

  it("mermaid text cannot break out of a label", async () => {
    const g = referenceGraph(await small());
    g.nodes[0]!.issuer = 'A"]; click d1 "x';
    expect(formatGraph(g, "mermaid", "vi")).toContain("A#quot;]; click d1 #quot;x");
  });
});

describe("implementation cycles", () => {
  it("none in a chain; one per loop; a loop inside a larger group is found", async () => {
    const chain = await corpus({
      "a.txt": plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026"),
      "b.txt": plan("50/KH-SYT", "ngày 10 tháng 6 năm 2026", ["Thực hiện Kế hoạch số 40/KH-SYT của Sở Y tế;"]),
    });
    expect(implementationCycles(chain.resolutions)).toEqual([]);
    const loops = await corpus({
      "a.txt": plan("40/KH-SYT", "ngày 01 tháng 6 năm 2026", ["Thực hiện Kế hoạch số 50/KH-SYT của Sở Y tế;"]),
      "b.txt": plan("50/KH-SYT", "ngày 10 tháng 6 năm 2026", ["Thực hiện Kế hoạch số 40/KH-SYT của Sở Y tế; Kế hoạch số 60/KH-SYT của Sở Y tế;"]),
      "c.txt": plan("60/KH-SYT", "ngày 10 tháng 6 năm 2026", ["Thực hiện Kế hoạch số 50/KH-SYT của Sở Y tế;"]),
      "d.txt": plan("70/KH-SYT", "ngày 10 tháng 6 năm 2026", ["Thực hiện Kế hoạch số 80/KH-SYT của Sở Y tế;"]),
      "e.txt": plan("80/KH-SYT", "ngày 10 tháng 6 năm 2026", ["Thực hiện Kế hoạch số 70/KH-SYT của Sở Y tế;"]),
    });
    const found = implementationCycles(loops.resolutions).map((c) => c.documents.map((d) => d.file));
    // a, b and c form one group (a⇄b, b⇄c): one loop reported for it, starting at a.
    expect(found).toEqual([["a.txt", "b.txt"], ["d.txt", "e.txt"]]);
  });
});
