// `/`: the cover and overview: title, summary, period, sources, counts, contents.
import type { Briefing } from "../../briefing/model.ts";
import { html, raw } from "../html.ts";
import { articleDir, href, renderPage } from "../layout.ts";
import { renderMarkdown } from "../markdown.ts";
import { dayDate, longDate, period, plural } from "../format.ts";

export function renderCover(briefing: Briefing): string {
  const { config } = briefing;
  const dir = "";
  const byline = [config.preparedBy && `Prepared by ${config.preparedBy}`, config.date && longDate(config.date)].filter(Boolean).join(" · ");
  const main = html`<header class="cover">
<h1>${config.title}</h1>
${config.subtitle ? html`<p class="subtitle">${config.subtitle}</p>` : ""}
${byline ? html`<p class="byline">${byline}</p>` : ""}
</header>
${config.summary ? html`<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>${raw(renderMarkdown(config.summary))}</section>` : ""}
<section class="facts" aria-labelledby="facts-heading">
<h2 id="facts-heading">At a glance</h2>
<dl>
<div><dt>Period covered</dt><dd>${briefing.period ? period(briefing.period.from, briefing.period.to) : "no articles yet"}</dd></div>
<div><dt>Articles</dt><dd>${plural(briefing.articles.length, "article")}, ${plural(briefing.wordCount, "word")}</dd></div>
<div><dt>Sources</dt><dd>${briefing.sources.length ? html`${plural(briefing.sources.length, "outlet")}: ${briefing.sources.map((s, i) => html`${i ? ", " : ""}<a href="${href(dir, "sources/")}#${s.id}">${s.name}</a>`)}` : "none"}</dd></div>
</dl>
</section>
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
