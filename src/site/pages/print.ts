// `/print/`: the whole booklet as one document in reading order, laid out in pages by Paged.js:
// cover, contents with page numbers and a legend of the marks, overview, the articles and the
// sections running on from one another (the quote index, the figures table, the sources with each
// article's page), and an index of people with the pages where they are quoted.
// `briefing pdf` prints this page with Chromium. Served (`briefing serve`), it shows the pages to
// come; Paged.js fetches the print style, so opened from disk it shows the plain document.
import { PAGES } from "../../routes.ts";
import type { Briefing, QuoteRecord } from "../../briefing/model.ts";
import { html, raw, type Html } from "../html.ts";
import { documentHead, rootOf } from "../layout.ts";
import { renderMarked } from "../markdown.ts";
import { dayDate, longDate, period, plural, shortUrl } from "../format.ts";
import { articleText } from "./article.ts";
import { keyGroups, keySummary } from "./cover.ts";
import { groupBlock, isLone, loneTable, type GroupBlockOptions } from "./figures.ts";

const DIR = PAGES.print;


/** An id of the print document for an article's own anchor ("q-3" in article x -> "x--q-3"). */
const inPrint = (slug: string, anchor: string) => `in-${slug}--${anchor}`;
/** A figure group in print: its label a paragraph, rows in tables kept on a page, links inside the booklet. */
const printedGroup: GroupBlockOptions = { labelTag: "p", rowsPerTable: 12, articleHref: (slug) => `#article-${slug}`, inContext: (f) => html`<a class="page-link" href="#${inPrint(f.article, f.anchor)}">page</a>` };

export function renderPrint(briefing: Briefing): string {
  const { config } = briefing;
  const root = rootOf(DIR);
  const people = briefing.speakers.filter((s) => s.kind === "person" && (briefing.quotesBySpeaker.get(s.id)?.length ?? 0) > 0);
  const sections: [string, string][] = [
    ["overview", "Overview"],
    ...briefing.articles.map((a): [string, string] => [`article-${a.slug}`, a.title]),
    ...(briefing.speakers.length ? [["quote-index", "Quote index"] as [string, string]] : []),
    ...(briefing.figureGroups.length ? [["figures", "Figures"] as [string, string]] : []),
    ...(briefing.sources.length ? [["sources", "Sources"] as [string, string]] : []),
    ...(people.length ? [["people", "Index of people"] as [string, string]] : []),
  ];
  const has = (id: string) => sections.some(([s]) => s === id);
  const body = html`<main id="main">
<section class="print-cover" aria-labelledby="booklet-title">
<h1 id="booklet-title" class="booklet-title">${config.title}</h1>
${config.subtitle ? html`<p class="subtitle">${config.subtitle}</p>` : ""}
<dl class="cover-facts">
${config.preparedBy ? html`<div><dt>Prepared by</dt> <dd>${config.preparedBy}</dd></div>` : ""}
${config.date ? html`<div><dt>Date</dt> <dd>${longDate(config.date)}</dd></div>` : ""}
<div><dt>Period covered</dt> <dd>${briefing.period ? period(briefing.period.from, briefing.period.to) : "no articles"}</dd></div>
<div><dt>Sources</dt> <dd>${briefing.sources.map((s) => s.name).join(", ") || "none"} (${plural(briefing.articles.length, "article")})</dd></div>
</dl>
</section>
<nav class="print-contents" aria-labelledby="contents-heading">
<h2 id="contents-heading" class="running">Contents</h2>
<ol>
${sections.map(([id, label]) => html`<li class="${id.startsWith("article-") ? "toc-article" : "toc-section"}"><a href="#${id}-title">${label}</a></li>
`)}</ol>
</nav>
${legend()}
${overview(briefing)}
${briefing.articles.map(
  (a) => html`<article class="print-article" id="article-${a.slug}" aria-labelledby="article-${a.slug}-title">
<h2 id="article-${a.slug}-title" class="running">${a.title}</h2>
<p class="print-meta">${a.source}${a.wire ? ` (${a.wire} copy)` : ""} · <time datetime="${a.date}">${dayDate(a.date)}</time>${a.author ? ` · ${a.author}` : ""}${a.url ? html` · <a href="${a.url}" data-short="${shortUrl(a.url)}">${shortUrl(a.url)}</a>` : ""}</p>
${a.notes ? html`<p class="print-notes">${a.notes}</p>` : ""}
<div class="article-text">${raw(articleText(briefing, a, { dir: DIR, id: (anchor) => inPrint(a.slug, anchor), groupHref: (group) => `#${group}` }, { topLevel: 3, shortLinks: true }))}</div>
</article>
`,
)}
${has("quote-index") ? html`<section class="print-section" id="quote-index" aria-labelledby="quote-index-title">
<h2 id="quote-index-title" class="running">Quote index</h2>
${briefing.speakers.map((s) => {
  const quotes = briefing.quotesBySpeaker.get(s.id) ?? [];
  const item = (q: QuoteRecord) => html`<li>${q.kind === "reported" ? html`<span class="reported-text">${q.text}</span>` : html`<q>${q.text}</q>`} <span class="item-meta">${briefing.bySlug.get(q.article)!.source}, ${longDate(briefing.bySlug.get(q.article)!.date)}</span></li>`;
  // the name stays on the page of the first quotation; the rest may run on, under "Name, continued" at the page's head
  return html`<section class="print-speaker" id="speaker-${s.id}"><div class="keep"><p class="subhead">${s.name}</p><span class="running-speaker" aria-hidden="true">${s.name}, continued</span>
<ul>${quotes.slice(0, 1).map(item)}</ul></div>
${quotes.length > 1 ? html`<ul>${quotes.slice(1).map(item)}</ul>` : ""}<span class="running-speaker" aria-hidden="true"></span>
</section>`;
})}
</section>` : ""}
${has("figures") ? html`<section class="print-section" id="figures" aria-labelledby="figures-title">
<h2 id="figures-title" class="running">Figures</h2>
${briefing.figureGroups.filter((g) => !isLone(briefing, g)).map((g) => groupBlock(briefing, DIR, g, printedGroup))}
${loneTable(briefing, DIR, briefing.figureGroups.filter((g) => isLone(briefing, g)), printedGroup)}
</section>` : ""}
${has("sources") ? html`<section class="print-section" id="sources" aria-labelledby="sources-title">
<h2 id="sources-title" class="running">Sources</h2>
${briefing.sources.map(
  (s) => html`<section class="print-source"><p class="subhead">${s.name}</p><ul>${s.articles.map((slug) => {
    const a = briefing.bySlug.get(slug)!;
    return html`<li>${a.title} · ${longDate(a.date)}${a.url ? html` · ${shortUrl(a.url)}` : ""} · <a class="page-link" href="#article-${a.slug}-title">page</a></li>`;
  })}</ul></section>`,
)}
</section>` : ""}
${has("people") ? html`<section class="print-section" id="people" aria-labelledby="people-title">
<h2 id="people-title" class="running">Index of people</h2>
<ul class="people-index">
${people.map((s) => html`<li><span class="person">${s.name}</span> ${pageRefs(briefing.quotesBySpeaker.get(s.id)!)}</li>
`)}</ul>
</section>` : ""}
</main>`;
  // Paged.js lays the document out in pages; `briefing pdf` sets the paper and starts it itself.
  return `<!doctype html>${html`<html lang="en">
${documentHead(config.title, html`<link rel="stylesheet" href="${root}assets/print.css">
<link rel="stylesheet" href="${root}assets/print-screen.css" media="screen">
<script src="${root}assets/print-index.js"></script>
<script src="${root}assets/paged.polyfill.js"></script>`)}
<body class="page-print-booklet">
${body}
</body>
</html>
`}`;
}

function overview(briefing: Briefing): Html {
  const mostQuoted = [...briefing.speakers].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name)).slice(0, 10);
  return html`<section class="print-section" id="overview" aria-labelledby="overview-title">
<h2 id="overview-title" class="running">Overview</h2>
${briefing.config.summary ? raw(renderMarked(briefing.config.summary, { topLevel: 3, shortLinks: true })) : ""}
${briefing.figureGroups.length
  ? html`<h3>Key figures and conflicts</h3>
<ul class="key-figures">${keyGroups(briefing).map((g) => html`<li><strong>${g.label}</strong>${keySummary(briefing, g, false)}</li>`)}</ul>`
  : ""}
${mostQuoted.length
  ? html`<h3>Most-quoted speakers</h3>
<ol class="most-quoted">${mostQuoted.map((s) => html`<li>${s.name} <span class="item-meta">${plural(s.quoteCount, "quotation")} in ${plural(s.articles.length, "article")}</span></li>`)}</ol>`
  : ""}
</section>`;
}

/** How to read the marks: on paper there are no tooltips. */
function legend(): Html {
  return html`<section class="print-legend" aria-labelledby="legend-title">
<p id="legend-title" class="subhead">How to read the marks</p>
<ul>
<li><span class="quote quote-direct" data-speaker="Name">A direct quote</span>: the speaker's own words, underlined, and who says them after it, as the article writes the name.</li>
<li><span class="quote quote-partial">A partial quote</span>: a few of the speaker's words inside the writer's sentence, a thinner line.</li>
<li><span class="quote quote-reported">Reported speech</span>: the outlet's summary of what was said, a dashed line.</li>
<li><span class="quote quote-term">A quoted term</span>: words in quotation marks as a name or label, a dotted line.</li>
<li><span class="figure-mark figure-single">A figure</span> in a box, listed under Figures; <span class="figure-mark figure-update">a dashed box</span>: the figure changes over time; <span class="figure-mark figure-conflict">a double box</span>: sources give figures that cannot all be true.</li>
</ul>
</section>`;
}

/** Links to a person's quotes in the document: Paged.js writes the page each one lands on. */
function pageRefs(quotes: QuoteRecord[]): Html {
  return html`<span class="page-refs">${quotes.map((q) => html`<a class="page-ref" href="#${inPrint(q.article, q.anchor)}"></a>`)}</span>`;
}

