// `/`: the cover and overview: title, summary, period, sources, counts, contents.
import { PAGES } from "../../routes.ts";
import type { Briefing, FigureGroup } from "../../briefing/model.ts";
import { html, raw, type Html } from "../html.ts";
import { articleDir, href, renderPage } from "../layout.ts";
import { renderMarkdown } from "../markdown.ts";
import { dayDate, longDate, period, plural } from "../format.ts";
import { STATUS_WORDS } from "../figure-status.ts";
import { groupRows } from "./figures.ts";

/**
 * A key group's status and figures: a conflict shows the figures of the day they clash, an update
 * where it started and where it stands, others the latest figure.
 */
export function keySummary(briefing: Briefing, g: FigureGroup, emphasise: boolean): Html {
  const rows = groupRows(briefing, g);
  const shown = g.status === "conflict" ? rows.filter((r) => r.figure.asOf === g.conflictOn) : g.status === "update" ? [rows[0]!, rows[rows.length - 1]!] : [rows[rows.length - 1]!];
  return html` <span class="status-badge status-${g.status}">${STATUS_WORDS[g.status]}</span>: ${shown.map(({ figure: f }, i) => html`${i ? (g.status === "update" ? " → " : "; ") : ""}${emphasise ? html`<strong>${f.text}</strong>` : f.text} <span class="item-meta">(${f.claimedBy ? `${f.claimedBy}, ` : ""}${briefing.bySlug.get(f.article)!.source}, ${longDate(f.asOf)})</span>`)}`;
}

/**
 * The figures a reader needs first: every conflict, however many; then quantities several sources
 * give (outlets or named claimants), most voices first; then a quantity one source updates. A lone
 * figure is key only when there is nothing else. Up to eight groups in all, conflicts always.
 */
export function keyGroups(briefing: Briefing): Briefing["figureGroups"] {
  const conflicts = briefing.figureGroups.filter((g) => g.status === "conflict");
  const rest = briefing.figureGroups
    .filter((g) => g.status !== "conflict")
    .map((g) => {
      const figures = g.figures.map((id) => briefing.figureById.get(id)!);
      const outlets = new Set(figures.map((f) => briefing.bySlug.get(f.article)!.source)).size;
      const claimants = new Set(figures.map((f) => f.claimedBy).filter(Boolean)).size;
      return { g, voices: Math.max(outlets, claimants), figures: figures.length };
    });
  const several = rest.filter((r) => r.voices > 1).sort((a, b) => b.voices - a.voices || b.figures - a.figures);
  const updated = rest.filter((r) => r.voices <= 1 && r.g.status === "update").sort((a, b) => b.figures - a.figures);
  const lone = conflicts.length || several.length || updated.length ? [] : rest;
  return [...conflicts, ...[...several, ...updated, ...lone].map((r) => r.g).slice(0, Math.max(0, 8 - conflicts.length))];
}

export function renderCover(briefing: Briefing): string {
  const { config } = briefing;
  const dir = "";
  const byline = [config.preparedBy && `Prepared by ${config.preparedBy}`, config.date && longDate(config.date)].filter(Boolean).join(" · ");
  const main = html`<header class="cover">
<h1>${config.title}</h1>
${config.subtitle ? html`<p class="subtitle">${config.subtitle}</p>` : ""}
${byline ? html`<p class="byline">${byline}</p>` : ""}
</header>
${config.summary ? html`<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>${raw(renderMarkdown(config.summary, 3))}</section>` : ""}
<section class="facts" aria-labelledby="facts-heading">
<h2 id="facts-heading">At a glance</h2>
<dl>
<div><dt>Period covered</dt> <dd>${briefing.period ? period(briefing.period.from, briefing.period.to) : "no articles yet"}</dd></div>
<div><dt>Articles</dt> <dd>${plural(briefing.articles.length, "article")}, ${plural(briefing.wordCount, "word")}</dd></div>
<div><dt>Sources</dt> <dd>${briefing.sources.length ? html`${plural(briefing.sources.length, "outlet")}: ${briefing.sources.map((s, i) => html`${i ? ", " : ""}<a href="${href(dir, PAGES.sources)}#${s.id}">${s.name}</a>`)}` : "none"}</dd></div>
</dl>
</section>
${briefing.figureGroups.length
  ? html`<section class="key-figures" aria-labelledby="key-figures-heading">
<h2 id="key-figures-heading">Key figures</h2>
<ul>
${keyGroups(briefing).map((g) => html`<li class="status-${g.status}"><a href="${href(dir, PAGES.figures)}#${g.id}">${g.label}</a>${keySummary(briefing, g, true)}</li>
`)}</ul>
<p><a href="${href(dir, PAGES.figures)}">All ${plural(briefing.figures.length, "figure")} in ${plural(briefing.figureGroups.length, "group")}</a></p>
</section>`
  : ""}
<section class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
${briefing.articles.length
  ? html`<ol class="article-list">
${briefing.articles.map(
  (a) => html`<li><a href="${href(dir, articleDir(a.slug))}">${a.title}</a> <span class="item-meta">${a.source}${a.wire ? ` (${a.wire})` : ""} · <time datetime="${a.date}">${dayDate(a.date)}</time></span></li>
`,
)}</ol>`
  : html`<p>No articles yet. Put Markdown files in <code>content/articles/</code> and build again.</p>`}
</section>`;
  return renderPage(briefing, { dir, title: config.title, section: "cover", main });
}
