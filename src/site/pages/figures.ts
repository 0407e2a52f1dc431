// `/figures/`: the cross-source figures table. One block per group of several figures (conflicts
// first, then updates), each with a row per figure: as written, qualifier, the date it holds for, who
// gives it, source and a link to its sentence; groups that change over time get a chart, a series
// per claimant. Then the figures one source gives once, in one table. A script adds filters;
// without it the table is complete.
import { PAGES } from "../../routes.ts";
import type { Briefing, FigureGroup, FigureRecord } from "../../briefing/model.ts";
import { html, raw, type Html } from "../html.ts";
import { articleDir, href, renderPage, rootOf } from "../layout.ts";
import { longDate, plural } from "../format.ts";
import { STATUS_WORDS } from "../figure-status.ts";
import { trendChart } from "./figure-chart.ts";

const STATUS_NAMES = { conflict: "Conflict", update: "Update", agree: "Agree", single: "Single" } as const;

/** A group's figures with one source's repeats of the same figure folded into one row. */
export function groupRows(briefing: Briefing, group: FigureGroup): { figure: FigureRecord; times: number }[] {
  const rows = new Map<string, { figure: FigureRecord; times: number }>();
  for (const id of group.figures) {
    const f = briefing.figureById.get(id)!;
    const key = [f.article, f.value, f.low, f.high, f.claimedBy, f.asOf].join("|");
    const row = rows.get(key);
    if (row) row.times++;
    else rows.set(key, { figure: f, times: 1 });
  }
  return [...rows.values()];
}

/** How a group is shown: on the figures page, or in the printed booklet. */
export interface GroupBlockOptions {
  /** The label's element: an h2 on the page, a paragraph in print (no bookmark for each group). */
  labelTag: "h2" | "p";
  /** The last cell of a row: a link to the sentence on the page, its page number in print. */
  inContext?: (f: FigureRecord) => Html;
  /** In print, rows in tables of at most this many, each with its header and kept on one page: a
   * table split by a page break would lose its header on the next page. */
  rowsPerTable?: number;
  /** Where a row's source links: its article page, or the article inside the printed booklet. */
  articleHref?: (slug: string) => string;
}

export function groupBlock(briefing: Briefing, dir: string, group: FigureGroup, options: GroupBlockOptions = { labelTag: "h2" }): Html {
  const rows = groupRows(briefing, group);
  const dates = new Set(rows.map((r) => r.figure.asOf));
  const size = options.rowsPerTable ?? rows.length;
  const chunks = Array.from({ length: Math.max(1, Math.ceil(rows.length / size)) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const tag = options.labelTag;
  // the label, the chart and the first table are kept together in print: no label alone at the foot of a page
  return html`<section class="figure-group status-${group.status}" id="${group.id}" data-status="${group.status}" aria-labelledby="${group.id}-label">
<div class="keep">
${labelElement(tag, `${group.id}-label`, html`${group.label} <span class="status-badge status-${group.status}">${STATUS_WORDS[group.status]}</span>`)}
${nearAgreement(rows.map((r) => r.figure), group)}
${dates.size > 1 ? trendChart(group.label, rows.map((r) => r.figure), (f) => f.claimedBy ?? briefing.bySlug.get(f.article)!.source) : ""}
${chunks.map(
  (chunk, i) => html`${i === 1 ? raw("</div>\n") : ""}<div class="table-wrap">
<table class="figure-table">
<caption>${group.label}: ${plural(rows.length, "figure")}, ${STATUS_WORDS[group.status]}${chunks.length > 1 ? ` (${i + 1} of ${chunks.length})` : ""}</caption>
<thead><tr><th scope="col">Figure as written</th><th scope="col">Qualifier</th><th scope="col">Holds for</th><th scope="col">Given by</th><th scope="col">Source</th><th scope="col">In context</th></tr></thead>
<tbody>
${chunk.map(({ figure: f, times }) => {
  return html`<tr>
<th scope="row" data-label="Figure as written"><data value="${f.value}">${f.text}</data>${times > 1 ? html` <span class="item-meta">(stated ${times} times)</span>` : ""}</th>
<td data-label="Qualifier">${f.qualifier ?? "exact"}</td>
${figureCells(briefing, dir, f, options)}
</tr>
`;
})}</tbody>
</table>
</div>
`,
)}${chunks.length === 1 ? raw("</div>\n") : ""}</section>
`;
}

/** A group's label: a heading on the page, a paragraph in print. */
function labelElement(tag: "h2" | "p", id: string, content: Html): Html {
  return tag === "h2" ? html`<h2 id="${id}" class="group-label">${content}</h2>` : html`<p id="${id}" class="group-label">${content}</p>`;
}

/** A figure's cells after its own: the day it holds for, who gives it, its source and its sentence. */
function figureCells(briefing: Briefing, dir: string, f: FigureRecord, options: GroupBlockOptions): Html {
  const article = briefing.bySlug.get(f.article)!;
  return html`<td data-label="Holds for"><time datetime="${f.asOf}">${longDate(f.asOf)}</time></td>
<td data-label="Given by">${f.claimedBy ?? html`<span class="item-meta">the outlet</span>`}</td>
<td data-label="Source"><a href="${options.articleHref ? options.articleHref(f.article) : href(dir, articleDir(f.article))}">${article.source}</a>, <time datetime="${article.date}">${longDate(article.date)}</time></td>
<td data-label="In context">${options.inContext ? options.inContext(f) : html`<a href="${href(dir, articleDir(f.article))}#${f.anchor}" title="${f.sentence}">sentence</a>`}</td>`;
}

/** Whether a group is one figure, given once: shown as a row of the table of such figures, not a block. */
export function isLone(briefing: Briefing, group: FigureGroup): boolean {
  return group.status === "single" && groupRows(briefing, group).length === 1;
}

/**
 * The groups of one figure each, in one compact table: a row per group, its label first (ten
 * one-row tables, each captioned with its own heading, were padding). Each row keeps the group's id,
 * so links to a group still land on it, and its status for the filter.
 */
export function loneTable(briefing: Briefing, dir: string, groups: FigureGroup[], options: GroupBlockOptions = { labelTag: "h2" }): Html {
  if (!groups.length) return "" as unknown as Html;
  const size = options.rowsPerTable ?? groups.length;
  const chunks = Array.from({ length: Math.ceil(groups.length / size) }, (_, i) => groups.slice(i * size, (i + 1) * size));
  const tag = options.labelTag;
  return html`<section class="lone-figures" aria-labelledby="lone-figures-label">
${labelElement(tag, "lone-figures-label", html`Figures one source gives once`)}
${chunks.map(
  (chunk, i) => html`<div class="table-wrap">
<table class="figure-table lone-table">
<caption>${plural(groups.length, "figure")} no other source gives${chunks.length > 1 ? ` (${i + 1} of ${chunks.length})` : ""}</caption>
<thead><tr><th scope="col">What it measures</th><th scope="col">Figure as written</th><th scope="col">Holds for</th><th scope="col">Given by</th><th scope="col">Source</th><th scope="col">In context</th></tr></thead>
<tbody>
${chunk.map((group) => {
  const { figure: f } = groupRows(briefing, group)[0]!;
  return html`<tr class="figure-group" id="${group.id}" data-status="${group.status}">
<th scope="row" data-label="What it measures">${group.label}</th>
<td data-label="Figure as written"><data value="${f.value}">${f.text}</data>${f.qualifier ? html` <span class="item-meta">(${f.qualifier})</span>` : ""}</td>
${figureCells(briefing, dir, f, options)}
</tr>
`;
})}</tbody>
</table>
</div>
`,
)}</section>
`;
}

/**
 * Sources that agree within the rounding of how they write a figure ("$9.3bn" and "$9.4bn") are shown
 * side by side with their difference: not an update, and not hidden.
 */
function nearAgreement(figures: FigureRecord[], group: FigureGroup): Html | string {
  if (group.status !== "agree" || figures.some((f) => f.low !== f.high)) return "";
  const values = figures.map((f) => f.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  if (low === high) return "";
  const unit = figures[0]!.unit;
  const amount = `${new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 3 }).format(high - low)}${unit === "percent" ? " points" : unit ? ` ${unit}` : ""}`;
  return html`<p class="near-agreement">Near agreement: the figures differ by ${amount}, within the rounding they are written with.</p>`;
}

export function renderFigures(briefing: Briefing): string {
  const dir = PAGES.figures;
  const groups = briefing.figureGroups;
  const counts = (["conflict", "update", "agree", "single"] as const).map((s) => ({ status: s, n: groups.filter((g) => g.status === s).length }));
  const main = html`<h1>Figures</h1>
<p class="lede">${plural(briefing.figures.length, "figure")} from ${plural(new Set(briefing.figures.map((f) => f.article)).size, "article")}, in ${plural(groups.length, "group")} of figures that measure the same thing. Conflicts come first, then updates.</p>
<details class="how">
<summary>How figures are grouped and compared</summary>
<p>A group gathers figures that count the same thing, measured the same way, at the same place. Each figure stands for the interval its words allow: “about 90 percent” is within a tenth of 90 percent, “between 300 and 400” is 300 to 400. An open bound is compared as within a fifth of its number: “more than 130” as 130 to 156, “nearly 3,000” as 2,400 to 3,000.</p>
<ul>
<li><strong>Conflict</strong>: two figures for the same day, given by two different named claimants, that cannot both be true.</li>
<li><strong>Update</strong>: the figure changes over time.</li>
<li><strong>Agree</strong>: two or more articles or named claimants give figures that can all be true.</li>
<li><strong>Single</strong>: one source gives the figure.</li>
</ul>
</details>
${groups.length
  ? html`<ul class="status-counts">${counts.map((c) => html`<li class="status-${c.status}">${STATUS_NAMES[c.status]}: ${c.n}</li>`)}</ul>
<form class="figure-filter" hidden aria-label="Filter the figures">
<label for="figure-filter-text">Filter groups</label> <input id="figure-filter-text" type="search" placeholder="killed, Mariupol, UNHCR…">
<fieldset><legend>Status</legend>${counts.map((c) => html`<label><input type="checkbox" name="status" value="${c.status}" checked> ${STATUS_NAMES[c.status]}</label> `)}</fieldset>
<p class="filter-result" aria-live="polite"></p>
</form>
${groups.filter((g) => !isLone(briefing, g)).map((g) => groupBlock(briefing, dir, g))}
${loneTable(briefing, dir, groups.filter((g) => isLone(briefing, g)))}`
  : html`<p>No figures were found in the articles.</p>`}`;
  const scripts = html`<script type="module" src="${rootOf(dir)}assets/figures.js"></script>`;
  return renderPage(briefing, { dir, title: "Figures", section: "figures", main, scripts });
}
