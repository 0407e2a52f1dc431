// `/sources/` (articles by outlet) and `/timeline/` (articles by date).
import { PAGES } from "../../routes.ts";
import type { Briefing, BriefingArticle } from "../../briefing/model.ts";
import { html } from "../html.ts";
import { articleDir, href, renderPage } from "../layout.ts";
import { dayDate, longDate, plural } from "../format.ts";

function articleItem(dir: string, a: BriefingArticle, show: "date" | "source") {
  const meta = show === "date" ? html`<time datetime="${a.date}">${longDate(a.date)}</time>${a.wire ? ` · ${a.wire} copy` : ""}` : html`${a.source}${a.wire ? ` (${a.wire})` : ""}`;
  return html`<li><a href="${href(dir, articleDir(a.slug))}">${a.title}</a> <span class="item-meta">${meta}</span></li>
`;
}

export function renderSources(briefing: Briefing): string {
  const dir = PAGES.sources;
  const main = html`<h1>Sources</h1>
<p class="lede">${plural(briefing.articles.length, "article")} from ${plural(briefing.sources.length, "outlet")}, A–Z.</p>
${briefing.sources.map(
  (s) => html`<section class="group" aria-labelledby="${s.id}">
<h2 id="${s.id}">${s.name} <span class="count">${plural(s.articles.length, "article")}</span></h2>
${s.wires.length ? html`<p class="item-meta">Carries copy from ${s.wires.join(", ")}.</p>` : ""}
<ul class="article-list">
${s.articles.map((slug) => articleItem(dir, briefing.bySlug.get(slug)!, "date"))}</ul>
</section>
`,
)}`;
  return renderPage(briefing, { dir, title: "Sources", section: "sources", main });
}

export function renderTimeline(briefing: Briefing): string {
  const dir = PAGES.timeline;
  const main = html`<h1>Timeline</h1>
<p class="lede">Articles by date of publication, oldest first.</p>
<ol class="timeline">
${briefing.timeline.map(
  (day) => html`<li><h2 id="d-${day.date}"><time datetime="${day.date}">${dayDate(day.date)}</time></h2>
<ul class="article-list">
${day.articles.map((slug) => articleItem(dir, briefing.bySlug.get(slug)!, "source"))}</ul>
</li>
`,
)}</ol>`;
  return renderPage(briefing, { dir, title: "Timeline", section: "timeline", main });
}
