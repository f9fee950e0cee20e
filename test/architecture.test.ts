import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

/**
 * The pipeline runs one way: ingest → extract → rules → report, with the CLI a thin shell on
 * top. Each folder of src/ (and each top-level module) has a layer; a module may import only
 * from lower layers. A new folder must be given a layer here, which is the point: where it
 * sits is a decision, not an accident.
 */
const LAYERS: Record<string, number> = {
  model: 0,
  util: 0,
  version: 0,
  io: 0, // reading files, time budgets, message catalogues: below everything that reads
  normalize: 1,
  vocab: 2, // dates, deadline phrases, unit names, column labels
  ingest: 3,
  extract: 4,
  api: 5, // extractFile: ingest + extract
  corpus: 6, // the index of a run's documents
  rules: 7,
  config: 8,
  lint: 9,
  report: 10,
  export: 11,
  cli: 12,
  docs: 12,
  index: 12,
};

const SRC = join(ROOT, "src");
const unitOf = (rel: string) => rel.split("/")[0]!.replace(/\.(ts|js)$/, "");

function imports(): Array<{ file: string; from: string; to: string }> {
  const out: Array<{ file: string; from: string; to: string }> = [];
  for (const f of readdirSync(SRC, { recursive: true, encoding: "utf8" })) {
    if (!f.endsWith(".ts")) continue;
    const text = readFileSync(join(SRC, f), "utf8");
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"|\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g)) {
      const target = normalize(join(dirname(f), (m[1] ?? m[2])!));
      out.push({ file: f, from: unitOf(f), to: unitOf(target) });
    }
  }
  return out;
}

describe("architecture", () => {
  const all = imports();

  it("finds the imports it checks", () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual(expect.objectContaining({ from: "extract", to: "ingest" }));
    expect(all).toContainEqual(expect.objectContaining({ from: "cli", to: "lint" }));
  });

  it("every folder of src/ has a layer", () => {
    const units = new Set(readdirSync(SRC).map(unitOf));
    expect([...units].filter((u) => !(u in LAYERS))).toEqual([]);
  });

  it("imports go down the layers only (ingest → extract → rules → report, the CLI on top)", () => {
    const upward = all.filter((i) => i.from !== i.to && LAYERS[i.to]! >= LAYERS[i.from]!).map((i) => `${i.file} → ${i.to}`);
    expect(upward).toEqual([]);
  });
});
