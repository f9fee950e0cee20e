import { existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { PLANS, ROOT } from "../helpers/fixtures.js";

/**
 * End to end: the built CLI writes the HTML report, Debian's Chromium opens it from disk
 * (file://, as a clerk double-clicking it would) and we use it like a person: read, filter,
 * focus a highlighted cell. `.ci/run` installs chromium; on a developer machine without it the
 * test is skipped with a note, but in CI a missing browser is a failure, never a silent skip.
 */
const CHROMIUM = process.env.PLAN_LINT_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`);
if (!haveChromium) console.warn(`browser test skipped: ${CHROMIUM} not installed (apt-get install -y chromium)`);

const ARTIFACTS = join(ROOT, "test-artifacts");
const REPORT = join(ARTIFACTS, "report.html");

describe.skipIf(!haveChromium)("HTML report in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const problems: string[] = [];
  let check: { summary: { errors: number; warnings: number; infos: number }; results: Array<{ documents: Array<{ tasks: unknown[] }> }> };
  /** Every task of every document of the run: each is one row of the report. */
  const taskCount = () => check.results.reduce((n, r) => n + r.documents.reduce((m, d) => m + d.tasks.length, 0), 0);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const r = runCli(["check", PLANS, "-f", `html:${REPORT}`, "-f", "json"]);
    expect(r.code).toBe(1); // the seeds have errors
    check = JSON.parse(r.stdout);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The flags the machine notes give for this closed network. Playwright starts every
      // launch with a fresh empty profile of its own (it refuses --user-data-dir here).
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (req) => {
      if (!req.url().startsWith("file:")) outside.push(req.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(String(e)));
    await page.goto(pathToFileURL(REPORT).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the findings and the tasks, fetching nothing and breaking no policy", async () => {
    await expect(page.locator("h1").textContent()).resolves.toBe("Kết quả kiểm tra kế hoạch, báo cáo");
    const total = check.summary.errors + check.summary.warnings + check.summary.infos;
    expect(await page.locator("ol.findings > li:visible").count()).toBe(total);
    expect(await page.locator("tr.task:visible").count()).toBe(taskCount());
    await expect(page.locator("#t5-1-1 td").first().innerText()).resolves.toContain("Lãnh đạo, chỉ đạo, quán triệt");
    expect(outside).toEqual([]);
    expect(problems).toEqual([]); // a CSP violation or script error would show here
  });

  it("the filter hides and shows findings by severity", async () => {
    const status = page.locator("#filter-status");
    const total = check.summary.errors + check.summary.warnings + check.summary.infos;
    expect(await page.locator("#filter").isVisible()).toBe(true); // the script ran under the CSP
    await expect(status.textContent()).resolves.toBe(`Đang hiện ${total}/${total} phát hiện.`);

    await page.getByLabel(/^ ?Cảnh báo/u).uncheck();
    expect(await page.locator("li .badge.warning:visible").count()).toBe(0);
    expect(await page.locator("li .badge.error:visible").count()).toBe(check.summary.errors);
    expect(await page.locator("li .badge.info:visible").count()).toBe(check.summary.infos);
    await expect(status.textContent()).resolves.toBe(`Đang hiện ${total - check.summary.warnings}/${total} phát hiện.`);
    // Cells flagged only by warnings are no longer highlighted.
    expect(await page.locator('td[data-flag="warning"].flag-off').count()).toBeGreaterThan(0);
    expect(await page.locator('td[data-flag="warning"]:not(.flag-off)').count()).toBe(0);

    // With errors off too, the Thuận An report (warning + info only) says why its list is empty.
    await page.getByLabel(/^ ?Lỗi/u).uncheck();
    await page.getByLabel(/^ ?Thông tin/u).uncheck();
    expect(await page.locator("ol.findings > li:visible").count()).toBe(0);
    expect(await page.locator(".filtered-note:visible").count()).toBe(await page.locator(".finding-list").count());
    await page.getByLabel(/^ ?Lỗi/u).check();
    await page.getByLabel(/^ ?Thông tin/u).check();
    // With warnings still off, exactly the lists holding warnings only say why they are empty.
    const warningOnly = await page.locator(".finding-list").evaluateAll(
      (lists) => lists.filter((l) => l.querySelectorAll("li").length > 0 && l.querySelectorAll("li .badge:not(.warning)").length === 0).length,
    );
    expect(await page.locator(".filtered-note:visible").count()).toBe(warningOnly);
    await page.getByLabel(/^ ?Cảnh báo/u).check();
    expect(await page.locator(".filtered-note:visible").count()).toBe(0);
    expect(await page.locator("li .badge.warning:visible").count()).toBe(check.summary.warnings);
    await expect(status.textContent()).resolves.toBe(`Đang hiện ${total}/${total} phát hiện.`);
  });

  it("'only tasks with problems' hides the clean task rows", async () => {
    const box = page.getByLabel("Chỉ hiện nhiệm vụ có vấn đề");
    await box.check();
    const shown = await page.locator("tr.task:visible").count();
    expect(shown).toBe(await page.locator("tr.task:has([data-flag])").count());
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(taskCount());
    await box.uncheck();
    expect(await page.locator("tr.task:visible").count()).toBe(taskCount());
  });

  it("a highlighted cell is reached with the keyboard and explains itself", async () => {
    // The lead cell of II.2 in the Thuận An plan: a task with executors but no lead.
    const cell = page.locator("#t5-1-1 td.flag").first();
    const before = page.locator("#t5-1-0 td.flag").last();
    await before.focus();
    await page.keyboard.press("Tab"); // Tab order reaches the flagged cell of the next row
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    const tooltip = cell.locator(".why");
    expect(await tooltip.isVisible()).toBe(true);
    await expect(tooltip.innerText()).resolves.toContain("chưa xác định đơn vị chủ trì");
    const described = await cell.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" | "),
    );
    expect(described).toContain("Nhiệm vụ II.2 chỉ ghi đơn vị thực hiện");
    const bg = await cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe("rgba(0, 0, 0, 0)"); // the stylesheet applied under the CSP
    await cell.evaluate((el) => el.scrollIntoView({ block: "center" }));
    const box = (await tooltip.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900); // the explanation is on screen, below the cell
    await page.screenshot({ path: join(ARTIFACTS, "report.png") });
    expect(statSync(join(ARTIFACTS, "report.png")).size).toBeGreaterThan(20_000);
  });

  it("prints: filter hidden, explanations written out", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#filter").isHidden()).toBe(true);
    expect(await page.locator("#t5-1-1 td.flag .why").first().isVisible()).toBe(true);
    await page.locator("#t5-1-0").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "report-print.png") });
    await page.pdf({ path: join(ARTIFACTS, "report.pdf"), format: "A4", landscape: true });
    expect(statSync(join(ARTIFACTS, "report.pdf")).size).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: "screen" });
  });

  it("passes axe-core's WCAG 2.1 A/AA and best-practice checks", async () => {
    // axe is injected as a script, which the report's own CSP rightly forbids: bypass it here only.
    const ctx = await browser.newContext({ bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(pathToFileURL(REPORT).href);
    await p.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
    const violations = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.html.slice(0, 120)}`);
    });
    expect(violations).toEqual([]);
    await ctx.close();
  });

  it("without JavaScript everything is visible and the filter stays hidden", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(pathToFileURL(REPORT).href);
    expect(await p.locator("#filter").isHidden()).toBe(true);
    const total = check.summary.errors + check.summary.warnings + check.summary.infos;
    expect(await p.locator("ol.findings > li:visible").count()).toBe(total);
    expect(await p.locator("tr.task:visible").count()).toBe(taskCount());
    await ctx.close();
  });
});
