/**
 * The inline stylesheet and script of the HTML report. Both are fixed strings (never built
 * from input), so the report's Content-Security-Policy can name them by hash and nothing else
 * may load or run. System fonts only: the report opens offline and fetches nothing.
 */

export const REPORT_CSS = `
:root { --error: #a4000f; --error-bg: #fde7e9; --warning: #7a4d00; --warning-bg: #fff1c2; --info: #0b5394; --info-bg: #e3effa; --line: #c8ccd2; --muted: #555; }
* { box-sizing: border-box; }
html { scroll-padding-top: 5.5em; } /* keeps a focused cell clear of the sticky filter bar */
body { margin: 0; font: 15px/1.45 "Segoe UI", Arial, "Noto Sans", "Liberation Sans", sans-serif; color: #1b1b1b; background: #fff; }
a { color: #0645ad; }
a:focus, input:focus, [tabindex]:focus { outline: 3px solid #1a73e8; outline-offset: 1px; }
.skip { position: absolute; left: -999em; }
.skip:focus { left: 1em; top: 1em; background: #fff; padding: .4em .8em; z-index: 10; }
header.top { background: #f3f5f8; border-bottom: 1px solid var(--line); padding: 1em 1.5em; }
header.top h1 { margin: 0 0 .2em; font-size: 1.6em; }
header.top p { margin: .2em 0; }
nav.toc, main, footer { padding: 0 1.5em; }
nav.toc h2 { font-size: 1.1em; margin: 1em 0 .3em; }
nav.toc ul { margin: 0; padding-left: 1.2em; }
main h2 { font-size: 1.35em; margin: 1.6em 0 .4em; padding-top: .6em; border-top: 2px solid var(--line); word-break: break-all; }
main h3 { font-size: 1.2em; margin: 1.2em 0 .4em; }
main h4 { font-size: 1.05em; margin: 1em 0 .3em; }
main h5 { font-size: 1em; margin: .6em 0 .2em; }
.filter { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: .5em 0; margin: 0 0 .5em; }
.filter fieldset { display: inline-block; border: 1px solid var(--line); margin: 0 1em 0 0; padding: .2em .8em .4em; }
.filter label { margin-right: 1em; white-space: nowrap; cursor: pointer; }
.filter p { display: inline; margin: 0; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .4em 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.empty { color: var(--muted); font-style: italic; }
ol.findings { margin: .2em 0 .6em; padding-left: 2.2em; }
ol.findings li { margin: .25em 0; }
.badge { display: inline-block; min-width: 5.5em; text-align: center; font-size: .85em; font-weight: 600; border-radius: 3px; padding: 0 .4em; margin-right: .4em; }
.sev-error .badge, .badge.error { background: var(--error-bg); color: var(--error); border: 1px solid var(--error); }
.sev-warning .badge, .badge.warning { background: var(--warning-bg); color: var(--warning); border: 1px solid var(--warning); }
.sev-info .badge, .badge.info { background: var(--info-bg); color: var(--info); border: 1px solid var(--info); }
.loc { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .4em; }
.rule { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: .85em; margin-left: .4em; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table.tasks { border-collapse: collapse; width: 100%; min-width: 60em; margin: .3em 0 1em; }
table.tasks caption { text-align: left; font-weight: 600; padding: .3em 0; }
table.tasks th, table.tasks td { border: 1px solid var(--line); padding: .3em .45em; vertical-align: top; text-align: left; }
table.tasks thead th { background: #eef1f5; }
table.tasks tbody th { white-space: nowrap; font-weight: 600; }
table.tasks tr.section th { background: #f7f7f9; font-style: italic; font-weight: 600; }
table.tasks col.text { width: 34%; }
table.tasks col.deadline { width: 9em; }
.flag { position: relative; border-left: 4px solid; }
.flag::before { content: "!"; float: right; font-weight: 700; margin-left: .3em; }
.flag-error { background: var(--error-bg); border-left-color: var(--error); }
.flag-warning { background: var(--warning-bg); border-left-color: var(--warning); }
.flag-info { background: var(--info-bg); border-left-color: var(--info); }
.flag-off { background: transparent; border-left-color: var(--line); }
.flag-off::before { content: none; }
dd.flag { padding-left: .4em; }
.why { display: none; position: absolute; left: 0; top: 100%; z-index: 4; width: 26em; max-width: 80vw; background: #222; color: #fff; padding: .45em .6em; border-radius: 4px; font-size: .9em; font-style: normal; font-weight: 400; white-space: normal; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.flag:hover > .why, .flag:focus > .why, .flag:focus-within > .why { display: block; }
.flag-off > .why { display: none !important; }
.clean { color: #1e6b2f; font-weight: 600; }
.unreadable { color: var(--error); font-weight: 600; }
footer { color: var(--muted); font-size: .9em; margin: 2em 0 1em; }
[hidden] { display: none !important; }
@media print {
  body { font-size: 10pt; }
  .skip, nav.toc, .filter { display: none !important; }
  header.top { background: none; border-bottom: 2px solid #000; }
  main h2 { page-break-before: auto; break-after: avoid; }
  h3, h4, h5 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  table.tasks { min-width: 0; }
  table.tasks thead { display: table-header-group; }
  table.tasks tr { break-inside: avoid; }
  .flag, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .why { display: block; position: static; width: auto; max-width: none; background: none; color: #000; box-shadow: none; padding: .2em 0 0; font-size: .85em; font-style: italic; }
  a { color: #000; text-decoration: none; }
}
`;

/**
 * Progressive enhancement: without JavaScript every finding and task is shown. With it, the
 * severity filter appears and hides finding groups (and dims the cells they flag), and a box
 * hides task rows without findings. Written for old browsers too (no arrow functions).
 */
export const REPORT_JS = `
(function () {
  var panel = document.getElementById("filter");
  if (!panel || !document.querySelectorAll) return;
  panel.hidden = false;
  var boxes = panel.querySelectorAll("input[name=severity]");
  var onlyFlagged = document.getElementById("only-flagged");
  var status = document.getElementById("filter-status");
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  function apply() {
    var on = {};
    each(boxes, function (b) { on[b.value] = b.checked; });
    each(document.querySelectorAll("section.sev[data-severity]"), function (g) { g.hidden = !on[g.getAttribute("data-severity")]; });
    each(document.querySelectorAll(".finding-list"), function (l) {
      var open = l.querySelectorAll("section.sev:not([hidden])").length;
      l.querySelector(".filtered-note").hidden = open > 0;
    });
    each(document.querySelectorAll("[data-flag]"), function (c) {
      var active = c.getAttribute("data-flag").split(" ").some(function (s) { return on[s]; });
      c.className = c.className.replace(/ ?flag-off/g, "") + (active ? "" : " flag-off");
    });
    each(document.querySelectorAll("table.tasks tbody tr.task"), function (r) {
      r.hidden = onlyFlagged.checked && !r.querySelector("[data-flag]:not(.flag-off)");
    });
    var shown = 0, total = 0;
    each(document.querySelectorAll("ol.findings > li"), function (li) {
      total++;
      if (!li.parentNode.parentNode.hidden) shown++;
    });
    status.textContent = status.getAttribute("data-template").replace("{shown}", shown).replace("{total}", total);
  }
  each(boxes, function (b) { b.addEventListener("change", apply); });
  onlyFlagged.addEventListener("change", apply);
  apply();
})();
`;
