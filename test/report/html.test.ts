import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FORMATTERS } from "../../src/report/index.js";
import { RULES } from "../../src/rules/index.js";
import { reportInputFor } from "../helpers/report-input.js";

const seeds = await reportInputFor(["fixtures/plans"]);
const page = FORMATTERS.html!(seeds);
const findings = seeds.results.flatMap((r) => r.findings);
const taskCount = seeds.results.reduce((n, r) => n + (r.planFile?.documents.reduce((m, d) => m + d.tasks.length, 0) ?? 0), 0);
const count = (re: RegExp) => page.match(re)?.length ?? 0;

describe("html report: self-contained", () => {
  it("references nothing outside the file: no src, link, @import or url(), and http(s) only in rule-doc links", () => {
    expect(page).not.toMatch(/\ssrc=/iu);
    expect(page).not.toMatch(/<link\b/iu);
    expect(page).not.toMatch(/@import|url\(/iu);
    const docs = new Set(RULES.map((r) => `https://github.com/plan-lint/plan-lint/blob/main/docs/rules/${r.meta.id}.md`));
    const urls = [...page.matchAll(/https?:\/\/[^\s"'<>]+/giu)].map((m) => ({ url: m[0], before: page.slice(m.index! - 40, m.index) }));
    expect(urls.length).toBe(findings.length); // one docs link per finding
    for (const u of urls) {
      expect(docs.has(u.url), u.url).toBe(true);
      expect(u.before).toMatch(/<a class="rule" href="$/u); // a plain link, never fetched
    }
  });

  it("has a Content-Security-Policy that allows only its own inline style and script, by hash", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(page)![1]!;
    expect(csp).toContain("default-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/u.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/u.exec(page)![1]!;
    const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(count(/<script/gu)).toBe(1);
    expect(count(/<style/gu)).toBe(1);
    expect(page).not.toMatch(/\sstyle="/u); // inline style attributes would be blocked by the CSP
    expect(page).not.toMatch(/\son[a-z]+="/u); // and so would inline event handlers
  });
});

describe("html report: content", () => {
  it("is Vietnamese by default, English with lang en", async () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/u);
    expect(page).toContain("<h1>Kết quả kiểm tra kế hoạch, báo cáo</h1>");
    expect(page).toContain("<th scope=\"col\">Chủ trì</th>");
    const en = FORMATTERS.html!(await reportInputFor(["fixtures/plans/ttyt-thuan-an-bc-660-va-kh-6757.txt"], "en"));
    expect(en).toMatch(/<html lang="en">/u);
    expect(en).toContain("<th scope=\"col\">Lead</th>");
    expect(en).toContain("Task II.2 names only executing units");
  });

  it("lists every finding once and every task once", () => {
    expect(count(/<li id="f\d+-\d+">/gu)).toBe(findings.length);
    expect(count(/<tr class="task"/gu)).toBe(taskCount);
    expect(taskCount).toBe(172); // the six seed files: 20 + 27 + 6 + 64 + 47 + 8
    for (const f of findings) expect(page).toContain(f.message.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!));
  });

  it("groups findings by severity in sections the filter can hide", () => {
    const groups = [...page.matchAll(/<section class="sev sev-(\w+)" data-severity="(\w+)"><h[345]>([^<]+)<\/h[345]><ol class="findings">([\s\S]*?)<\/ol>/gu)];
    expect(groups.length).toBeGreaterThan(5);
    for (const g of groups) {
      expect(g[1]).toBe(g[2]);
      const items = g[4]!.match(/<li /gu)!.length;
      expect(g[3]).toContain(`(${items})`);
      expect(g[4]!.match(/class="badge (\w+)"/gu)!.every((b) => b.includes(g[1]!))).toBe(true);
    }
  });

  it("highlights the cell each task finding is about, reachable by keyboard and explained by the finding", () => {
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));
    const flagged = [...page.matchAll(/<(td|th|dd) class="flag flag-(\w+)" data-flag="([\w ]+)" tabindex="0" title="([^"]+)" aria-describedby="([^"]+)">/gu)];
    expect(flagged.length).toBeGreaterThan(30);
    for (const c of flagged) for (const id of c[5]!.split(" ")) expect(ids.has(id), id).toBe(true);
    // Every finding about a task field is described by exactly one flagged cell.
    const described = flagged.flatMap((c) => c[5]!.split(" "));
    seeds.results.forEach((r, i) =>
      r.findings.forEach((f, j) => {
        if (f.path[2] === "tasks") expect(described.filter((d) => d === `f${i}-${j}`)).toHaveLength(1);
      }),
    );
    // A missing deadline: the empty deadline cell of II.1 in the Thuận An plan is flagged as an error.
    const row = /<tr class="task" id="t5-1-0">([\s\S]*?)<\/tr>/u.exec(page)![1]!;
    expect(row).toMatch(/<td class="flag flag-error"[^>]*title="lỗi: Nhiệm vụ II.1 chưa có thời gian hoàn thành[^"]*"[^>]*><span class="empty">\(chưa ghi\)<\/span><span class="why"/u);
  });

  it("flags header facts (a blank number) too", () => {
    expect(page).toMatch(/<dt>Số, ký hiệu<\/dt><dd class="flag flag-info"[^>]*>Số: \/KH-SYT<span class="why"/u);
  });

  it("is accessible without JavaScript: landmarks, one h1, labelled controls; only the filter starts hidden", () => {
    expect(count(/<h1>/gu)).toBe(1);
    expect(page).toContain('<main id="main">');
    expect(page).toMatch(/<nav class="toc" aria-label="[^"]+">/u);
    expect(page).toContain('<a class="skip" href="#main">');
    expect(count(/<th scope="col">/gu)).toBeGreaterThan(20);
    expect(count(/<th scope="row"/gu)).toBe(taskCount);
    expect(count(/<caption id="cap\d+-\d+">/gu)).toBe(count(/<table /gu));
    expect(count(/<input /gu)).toBe(count(/<label><input /gu)); // every control sits in its label
    expect(page).toContain("<legend>Hiện phát hiện theo mức độ</legend>");
    // Hidden at first: the filter (it needs the script) and the "all hidden by the filter" notes.
    const hidden = [...page.matchAll(/<[^>]+\shidden[\s>]/gu)].map((m) => m[0]);
    expect(hidden[0]).toBe('<div class="filter" id="filter" hidden>');
    expect(new Set(hidden.slice(1))).toEqual(new Set(['<p class="filtered-note empty" hidden>']));
    expect(page).toContain("@media print");
  });

  it("escapes text from the documents", async () => {
    const input = await reportInputFor(["fixtures/plans/syt-mau-ke-hoach-chuyen-doi-so-2026.md"]);
    input.results[0]!.planFile!.documents[0]!.tasks[0]!.text = '<script>alert("x")</script> & <img src=x>';
    const out = FORMATTERS.html!(input);
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x&gt;");
    expect(count.call(null, /<script>/gu)).toBe(1);
    expect(out.match(/<script>/gu)).toHaveLength(1);
  });

  it("shows an unreadable file with its reason", async () => {
    const input = await reportInputFor(["khong-co-tep.txt"]);
    const out = FORMATTERS.html!(input);
    expect(out).toContain('<p class="unreadable">');
    expect(out).toContain("không tìm thấy tệp");
  });
});
