/**
 * fixtures/repo: a small plan repository of the Thành phố Hồ Chí Minh health sector with one
 * planted defect for each project rule, and seed 003 (report 660/BC-TTYT and the plan
 * 6757/KH-SYT it answers) split into two files.
 *
 *   ubnd-thanh-pho/kh-2150     UBND plan, 08/5/2026 (implements QĐ 534/QĐ-TTg)
 *   so-y-te/kh-6757            seed 003 plan                          ← answered by bc-660 (resolved, fully covered)
 *   so-y-te/kh-7012 + phu-luc  Sở plan, tasks in an appendix file     → cites 2150 as of 09/5/2026   [reference-mismatch: date]
 *   so-y-te/luu-tru/kh-7012    a second file of the same plan                                          [duplicate-document]
 *   so-y-te/kh-7105 ↔ kh-7110  each "Thực hiện" the other                                             [reference-cycle]
 *   ttyt-binh-thanh/kh-118     cites 6757/KH-SYT as issued by the UBND                                 [reference-mismatch: issuer]
 *   ttyt-binh-thanh/bc-215     answers 7012 but says nothing of its tasks 4 and 6                      [report-coverage]
 *   ttyt-thuan-an/bc-660       seed 003 report
 *   ttyt-thuan-an/bc-702       answers 7030/KH-SYT, which is not in the repository                     [unresolved-reference]
 *                              (and the Thành ủy's 310-KH/TU: outside the scope, not reported)
 *   dang-uy-so-y-te/kh-12      Đảng ủy Sở Y tế, 12-KH/ĐU
 *   ttyt-thuan-an/kh-12-du     Đảng ủy TTYT Thuận An, also 12-KH/ĐU, implementing the one above:
 *                              same number, another Đảng ủy — neither a duplicate nor a cycle
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/corpus/resolve.js";
import { check } from "../../src/lint/check.js";
import type { Finding } from "../../src/model/finding.js";
import type { PlanFile } from "../../src/model/plan-file.js";
import { ROOT } from "../helpers/fixtures.js";

const PROJECT_RULES = new Set(["unresolved-reference", "reference-mismatch", "duplicate-document", "report-coverage", "reference-cycle"]);
const REPO = "fixtures/repo";

function projectFindings(results: { findings: Finding[] }[]): Finding[] {
  return results.flatMap((r) => r.findings).filter((f) => PROJECT_RULES.has(f.ruleId));
}

async function inRoot<T>(fn: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}

describe("fixtures/repo", () => {
  it("yields exactly the planted project findings, naming both files", async () => {
    const run = await inRoot(() => check([REPO]));
    const got = projectFindings(run.results).map((f) => [f.ruleId, f.messageId, f.file, f.relatedFiles ?? []]);
    expect(got).toEqual([
      ["reference-mismatch", "date", `${REPO}/so-y-te/kh-7012-syt-doi-moi-phuong-thuc-lam-viec.md`, [`${REPO}/ubnd-thanh-pho/kh-2150-ubnd-le-loi-lam-viec.txt`]],
      ["reference-cycle", "cycle", `${REPO}/so-y-te/kh-7105-syt-kiem-tra-giam-sat.txt`, [`${REPO}/so-y-te/kh-7110-syt-tong-hop-bao-cao.txt`]],
      ["duplicate-document", "same", `${REPO}/so-y-te/luu-tru/kh-7012-syt-ban-sua-ngay.md`, [`${REPO}/so-y-te/kh-7012-syt-doi-moi-phuong-thuc-lam-viec.md`]],
      [
        "report-coverage",
        "missing",
        `${REPO}/ttyt-binh-thanh/bc-215-ttyt-doi-moi-phuong-thuc-lam-viec.txt`,
        [`${REPO}/so-y-te/kh-7012-syt-doi-moi-phuong-thuc-lam-viec.md`, `${REPO}/so-y-te/kh-7012-syt-phu-luc.md`],
      ],
      ["reference-mismatch", "issuer", `${REPO}/ttyt-binh-thanh/kh-118-ttyt-le-loi-lam-viec.txt`, [`${REPO}/so-y-te/kh-6757-syt-le-loi-lam-viec.txt`]],
      ["unresolved-reference", "missing", `${REPO}/ttyt-thuan-an/bc-702-ttyt-kiem-tra-cong-vu.txt`, []],
    ]);
  });

  it("the messages say what is wrong, where, and name the other file", async () => {
    const run = await inRoot(() => check([REPO]));
    const byRule = new Map(projectFindings(run.results).map((f) => [`${f.ruleId}/${f.messageId}`, f]));
    const date = byRule.get("reference-mismatch/date")!;
    expect(date.message).toContain("KH 2150/KH-UBND được trích dẫn ngày 9/5/2026");
    expect(date.message).toContain(`(${REPO}/ubnd-thanh-pho/kh-2150-ubnd-le-loi-lam-viec.txt) ghi ngày 8/5/2026`);
    expect(date.location.line).toBe(17);
    expect(date.severity).toBe("error");
    const coverage = byRule.get("report-coverage/missing")!;
    expect(coverage.message).toContain("chưa đề cập 2/6 nhiệm vụ");
    expect(coverage.message).toContain("«4 Tập huấn kỹ năng số");
    expect(coverage.message).toContain("«6 Đánh giá mức độ hài lòng");
    expect(byRule.get("reference-cycle/cycle")!.message).toMatch(/KH 7105\/KH-SYT .* → KH 7110\/KH-SYT .* → KH 7105\/KH-SYT/);
    expect(byRule.get("unresolved-reference/missing")!.message).toContain("KH 7030/KH-SYT (15/6/2026) của «Sở Y tế»");
  });

  it("seed 003 split in two files: the report's citation of 6757/KH-SYT of 22/5/2026 resolves, every task is covered", async () => {
    const run = await inRoot(() => check([REPO]));
    const files = run.results.map((r) => r.planFile).filter((p): p is PlanFile => p !== null);
    const { resolutions } = resolveCorpus({ files });
    const r = resolutions.find((x) => x.from.doc.identifier === "660/BC-TTYT" && x.citation.identifier === "6757/KH-SYT")!;
    expect(r.status).toBe("resolved");
    expect(r.citation.basis).toBe(true);
    expect(r.target?.file).toBe(`${REPO}/so-y-te/kh-6757-syt-le-loi-lam-viec.txt`);
    const seedFiles = [`${REPO}/ttyt-thuan-an/bc-660-ttyt-ket-qua-6-thang-2026.txt`, `${REPO}/so-y-te/kh-6757-syt-le-loi-lam-viec.txt`];
    expect(projectFindings(run.results.filter((x) => seedFiles.includes(x.file)))).toEqual([]);
  });

  it("the plan's date changed in a copy: reference-mismatch on the report, naming both files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-repo-"));
    cpSync(join(ROOT, REPO), dir, { recursive: true });
    const plan = join(dir, "so-y-te/kh-6757-syt-le-loi-lam-viec.txt");
    writeFileSync(plan, readFileSync(plan, "utf8").replace("ngày 22 tháng 05 năm 2026", "ngày 20 tháng 05 năm 2026"));
    const run = await check([dir]);
    const report = join(dir, "ttyt-thuan-an/bc-660-ttyt-ket-qua-6-thang-2026.txt");
    const found = projectFindings(run.results).filter((f) => f.file === report);
    expect(found.map((f) => [f.ruleId, f.messageId, f.relatedFiles])).toEqual([["reference-mismatch", "date", [plan]]]);
    expect(found[0]!.message).toBe(`KH 6757/KH-SYT được trích dẫn ngày 22/5/2026, nhưng văn bản đó trong kho (${plan}) ghi ngày 20/5/2026; sửa ngày trích dẫn cho khớp, hoặc sửa ngày của văn bản kia nếu chính nó ghi sai.`);
  });

  it("project findings go through inline directives and the baseline like the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-repo-"));
    cpSync(join(ROOT, REPO), dir, { recursive: true });
    const plan = join(dir, "so-y-te/kh-7012-syt-doi-moi-phuong-thuc-lam-viec.md");
    const lines = readFileSync(plan, "utf8").split("\n");
    lines.splice(16, 0, "<!-- plan-lint-disable-next-line reference-mismatch -- ngày theo bản ký số của UBND -->");
    writeFileSync(plan, lines.join("\n"));
    const run = await check([dir]);
    expect(projectFindings(run.results).filter((f) => f.file === plan)).toEqual([]);
    expect(run.suppressed).toBe(1);
    expect(run.results.find((r) => r.file === plan)!.findings.map((f) => f.ruleId)).not.toContain("unused-suppression");

    const baseline = join(dir, "baseline.json");
    const written = await check([dir], { baseline, updateBaseline: true });
    writeFileSync(baseline, JSON.stringify(written.writtenBaseline));
    const again = await check([dir], { baseline });
    expect(projectFindings(again.results)).toEqual([]);
  });

  it("in one file (fixtures/plans), the report and its plan need no project finding", async () => {
    const run = await inRoot(() => check(["fixtures/plans"]));
    expect(projectFindings(run.results)).toEqual([]);
  });
});
