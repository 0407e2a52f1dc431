// `/articles/<slug>/`: metadata header and the text. Pagefind reads its filters from the page itself.
import { PAGES } from "../../routes.ts";
import type { Briefing, BriefingArticle } from "../../briefing/model.ts";
import { html, raw } from "../html.ts";
import { articleDir, href, renderPage, rootOf } from "../layout.ts";
import { renderMarked } from "../markdown.ts";
import { insertMarkers, kindLabel, markElements, type MarkPlace } from "../text-marks.ts";
import { speakerDir } from "./quotes.ts";
import { dayDate, longDate, plural, shortUrl } from "../format.ts";

/** The article's Markdown with the markers of its marks, made once for every page that shows it. */
const markedBodies = new WeakMap<BriefingArticle, string>();

/**
 * The article's text as HTML for a page, its quotes and figures marked: rendered from markdown-it's
 * tokens for that page (its folder for links, the level of its headings, and in the printed booklet
 * ids unique across articles, links inside the booklet and short addresses after outside links).
 */
export function articleText(briefing: Briefing, article: BriefingArticle, place: MarkPlace, options: { topLevel?: number; shortLinks?: boolean } = {}): string {
  const quotes = briefing.quotesByArticle.get(article.slug) ?? [];
  const figures = briefing.figuresByArticle.get(article.slug) ?? [];
  let marked = markedBodies.get(article);
  if (marked === undefined) {
    marked = insertMarkers(article.body, quotes, figures, article.notProse);
    markedBodies.set(article, marked);
  }
  return renderMarked(marked, { topLevel: options.topLevel ?? 2, shortLinks: options.shortLinks, mark: markElements(quotes, figures, briefing, place) });
}

/**
 * Everything `renderArticle` reads: the article, its quotes and figures, how the
 * booklet names their speakers and groups, its neighbours, and the booklet's metadata (the page's
 * frame). Change any of them here and there together: `briefing serve` renders an article's page
 * again only when these change (tests/integration/incremental.test.ts holds it to that).
 */
export function articleInputs(briefing: Briefing, article: BriefingArticle, index: number): unknown[] {
  const quotes = briefing.quotesByArticle.get(article.slug) ?? [];
  const figures = briefing.figuresByArticle.get(article.slug) ?? [];
  const speakers = [...new Set(quotes.flatMap((q) => q.speakers.map((s) => s.id)))].map((id) => {
    const s = briefing.speakerById.get(id);
    return [id, s?.name, s?.kind];
  });
  const groups = [...new Set(figures.map((f) => f.group))].map((id) => {
    const g = briefing.groupById.get(id);
    return [id, g?.label, g?.status];
  });
  const neighbours = [briefing.articles[index - 1], briefing.articles[index + 1]].map((a) => (a ? [a.slug, a.title] : null));
  // (of the quotes and figures, the fields their marks and the list of who is quoted read)
  const marks = [...quotes.map((q) => [q.anchor, q.kind, q.segments, q.speakers, q.written]), ...figures.map((f) => [f.anchor, f.start, f.end, f.text, f.value, f.group])];
  return [briefing.config, article, marks, speakers, groups, neighbours];
}

export function renderArticle(briefing: Briefing, article: BriefingArticle, index: number): string {
  const dir = articleDir(article.slug);
  const quotes = briefing.quotesByArticle.get(article.slug) ?? [];
  const text = articleText(briefing, article, { dir });
  const bySpeaker = new Map<string, typeof quotes>();
  for (const q of quotes) {
    for (const s of q.speakers) {
      if (!bySpeaker.has(s.id)) bySpeaker.set(s.id, []);
      bySpeaker.get(s.id)!.push(q);
    }
  }
  const quoted = [...bySpeaker.keys()].map((id) => briefing.speakerById.get(id)!);
  const previous = briefing.articles[index - 1];
  const next = briefing.articles[index + 1];
  const main = html`<article class="article" lang="${article.language}" data-pagefind-body>
<header class="article-header">
<p class="kicker"><a href="${href(dir, PAGES.sources)}#${article.sourceId}" data-pagefind-filter="source:${article.sourceId}">${article.source}</a> · <time datetime="${article.date}" data-pagefind-sort="date[datetime]" data-pagefind-meta="date[datetime]" data-pagefind-filter="date:${article.month}">${dayDate(article.date)}</time></p>
<h1 data-pagefind-meta="title">${article.title}</h1>
<dl class="meta">
<div><dt data-pagefind-ignore>Source</dt> <dd>${article.source}</dd></div>
${article.wire ? html`<div><dt data-pagefind-ignore>Wire</dt> <dd>${article.wire} copy</dd></div>` : ""}
<div><dt data-pagefind-ignore>Published</dt> <dd>${longDate(article.date)}</dd></div>
${article.author ? html`<div><dt data-pagefind-ignore>Author</dt> <dd>${article.author}</dd></div>` : ""}
<div data-pagefind-ignore><dt>Original</dt> <dd>${article.url ? html`<a href="${article.url}" rel="noopener noreferrer nofollow">${shortUrl(article.url)}</a>` : "address not known"}</dd></div>
<div data-pagefind-ignore><dt>Length</dt> <dd>${plural(article.wordCount, "word")}</dd></div>
${article.tags.length ? html`<div><dt data-pagefind-ignore>Tags</dt> <dd>${article.tags.join(", ")}</dd></div>` : ""}
${article.notes ? html`<div class="notes"><dt data-pagefind-ignore>Notes</dt> <dd>${article.notes}</dd></div>` : ""}
</dl>
</header>
<div class="article-text">
${raw(text)}
</div>
${quoted.length
  ? html`<section class="quoted-here" aria-labelledby="quoted-heading">
<h2 id="quoted-heading">Who is quoted here</h2>
<ul>
${quoted.map((s) => {
  const theirs = bySpeaker.get(s.id)!;
  const role = theirs.map((q) => q.speakers.find((x) => x.id === s.id)?.role).find(Boolean);
  return html`<li><a href="${href(dir, speakerDir(s.id))}" data-pagefind-filter="speaker:${s.id}">${s.name}</a>${role ? html`, ${role}` : ""} <span class="item-meta">${theirs.map((q, i) => html`${i ? ", " : ""}<a href="#${q.anchor}">${kindLabel(q.kind).toLowerCase()}</a>`)}</span></li>
`;
})}</ul>
</section>`
  : ""}
</article>
<nav class="pager" aria-label="Previous and next article">
${previous ? html`<a rel="prev" href="${href(dir, articleDir(previous.slug))}"><span>Earlier</span> ${previous.title}</a>` : ""}
${next ? html`<a rel="next" href="${href(dir, articleDir(next.slug))}"><span>Later</span> ${next.title}</a>` : ""}
</nav>`;
  // Only a visit from a search result (?highlight=...) loads Pagefind's highlighter; reading needs no script.
  const scripts = html`<script src="${rootOf(dir)}assets/highlight.js" defer></script>`;
  return renderPage(briefing, { dir, title: article.title, section: "article", main, scripts });
}
