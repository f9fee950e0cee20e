import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Location } from "../../src/model/location.js";
import type { Task } from "../../src/model/task.js";
import { extractFixture, planFiles, ROOT } from "../helpers/fixtures.js";

/**
 * Every field location of a text plan points at the printed value: the words of the
 * field's value are all in the text between its start and end. Checked against the
 * source files themselves, for every task of every seed, so the locations in the golden
 * files are verified rather than copied from the output.
 */
const words = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");

/** The text from a location's start to its end (a location without an end column runs to the end of its last line). */
function slice(lines: string[], l: Location): string {
  const from = l.line! - 1;
  const to = (l.endLine ?? l.line!) - 1;
  const last = lines[to]!;
  const end = l.endColumn === undefined ? last.length : l.endColumn - 1;
  if (from === to) return last.slice((l.column ?? 1) - 1, end);
  return [lines[from]!.slice((l.column ?? 1) - 1), ...lines.slice(from + 1, to), last.slice(0, end)].join("\n");
}

/** The printed value of a field: the first unit of a list (the one read at that place), else the text. */
function value(t: Task, field: keyof NonNullable<Task["fieldLocations"]>): string {
  switch (field) {
    case "lead":
    case "executors":
    case "coordinators":
      return t[field][0] ?? "";
    case "deadline":
      return t.deadline.raw ?? "";
    default:
      return t[field] ?? "";
  }
}

describe("task field locations point at the printed values", () => {
  const texts = planFiles().filter((f) => /\.(txt|md)$/.test(f));
  it.each(texts)("%s", async (file) => {
    const lines = readFileSync(`${ROOT}/${file}`, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
    const pf = await extractFixture(file);
    let checked = 0;
    for (const t of pf.documents.flatMap((d) => d.tasks)) {
      for (const [field, where] of Object.entries(t.fieldLocations ?? {}) as Array<[keyof NonNullable<Task["fieldLocations"]>, Location]>) {
        expect(where.line, `${t.id} ${field}`).toBeDefined();
        // Label lines follow the task they belong to; a duty's lead is the unit heading above it. (A table
        // cell merged over several rows is printed once, at its first row, so it may precede the task.)
        if (t.origin === "duties") expect(where.line!).toBeLessThanOrEqual(t.location.line!);
        if (t.origin === "list") expect(where.line!).toBeGreaterThanOrEqual(t.location.line!);
        const printed = new Set(words(slice(lines, where)));
        const missing = words(value(t, field)).filter((w) => !printed.has(w));
        expect(missing, `${file} ${t.id} ${field} at ${JSON.stringify(where)}: «${value(t, field)}» vs «${slice(lines, where)}»`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("a finding about a field points at the field, not at the start of the task", async () => {
    const { check } = await import("../../src/lint/check.js");
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const run = await check(["fixtures/plans/ttyt-thuan-an-bc-660-va-kh-6757.txt", "fixtures/plans/dang-uy-syt-lai-chau-kh-104-kinh-te-nha-nuoc.txt"]);
      const findings = run.results.flatMap((r) => r.findings);
      // Seed 000, task I.2: "Thường xuyên" is the last cell of line 127.
      const vague = findings.find((f) => f.ruleId === "vague-deadline" && f.taskId === "I.2")!;
      const line127 = readFileSync(`${ROOT}/fixtures/plans/dang-uy-syt-lai-chau-kh-104-kinh-te-nha-nuoc.txt`, "utf8").split(/\r?\n/)[126]!;
      expect(vague.location.line).toBe(127);
      expect(line127.slice(vague.location.column! - 1)).toBe("Thường xuyên");
      // Seed 003, task II.4: the two leads are on the "+ Đơn vị chủ trì" line, not on the task's first line.
      const multiple = findings.find((f) => f.ruleId === "multiple-lead-units" && f.taskId === "II.4");
      if (multiple) {
        const task = run.results.flatMap((r) => r.planFile.documents.flatMap((d) => d.tasks)).find((t) => t.id === "II.4" && t.origin === "list")!;
        expect(multiple.location.line).toBeGreaterThan(task.location.line!);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
