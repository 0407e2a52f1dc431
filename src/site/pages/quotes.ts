// `/quotes/` (speakers A–Z, each with their quotes) and `/speakers/<id>/` (one speaker's quotes by date).
import type { Briefing, QuoteRecord } from "../../briefing/model.ts";
import type { SpeakerEntry } from "../../briefing/speakers.ts";
import { html, type Html } from "../html.ts";
import { PAGES, speakerDir } from "../../routes.ts";
import { articleDir, href, renderPage, rootOf } from "../layout.ts";
import { longDate, plural } from "../format.ts";
import { kindLabel } from "../text-marks.ts";

const KIND_NAMES: Record<SpeakerEntry["kind"], string> = { person: "person", organization: "organisation", group: "group", unnamed: "unnamed source" };

export { speakerDir } from "../../routes.ts";

function quotesOf(briefing: Briefing, speaker: SpeakerEntry): QuoteRecord[] {
  return briefing.quotesBySpeaker.get(speaker.id) ?? [];
}

function sourcesOf(briefing: Briefing, speaker: SpeakerEntry): string[] {
  return [...new Set(speaker.articles.map((slug) => briefing.bySlug.get(slug)!.source))];
}

/** One quotation under a speaker (`speakerId`), with that speaker's role and whoever else made the statement. */
function quoteItem(briefing: Briefing, dir: string, q: QuoteRecord, speakerId?: string): Html {
  const article = briefing.bySlug.get(q.article)!;
  const text = q.kind === "reported" ? html`<span class="reported-text">${q.text}</span>` : html`<q>${q.text}</q>`;
  const own = q.speakers.find((s) => s.id === speakerId) ?? q.speakers[0];
  const others = q.speakers.filter((s) => s !== own);
  return html`<li class="quote-item quote-item-${q.kind}" data-kind="${q.kind}" data-source="${article.sourceId}">
<p class="quote-text">${text}</p>
<p class="item-meta"><span data-pagefind-ignore><span class="kind-badge kind-${q.kind}">${kindLabel(q.kind)}</span>${q.cue ? ` · ${q.cue}` : ""}${own?.role ? ` · as ${own.role}` : ""}</span>${others.length ? html` · with ${others.map((s, i) => html`${i ? " and " : ""}<a href="${href(dir, speakerDir(s.id))}">${s.name}</a>`)}` : ""} · <a href="${href(dir, articleDir(q.article))}#${q.anchor}">${article.title}</a> · ${article.source} · <time datetime="${article.date}">${longDate(article.date)}</time></p>
</li>
`;
}

function letterOf(briefing: Briefing, s: SpeakerEntry): string {
  void briefing;
  const key = s.kind === "person" ? s.name.split(" ").pop()! : s.name.replace(/^(?:the|a|an)\s+/i, "");
  const letter = key.normalize("NFKD")[0]?.toUpperCase() ?? "#";
  return /[A-Z]/.test(letter) ? letter : "#";
}

export function renderQuoteIndex(briefing: Briefing): string {
  const dir = PAGES.quotes;
  const speakers = briefing.speakers;
  const terms = briefing.quotes.filter((q) => !q.speakers.length);
  const letters = [...new Set(speakers.map((s) => letterOf(briefing, s)))];
  const spoken = briefing.quotes.length - terms.length;
  const main = html`<h1>Quote index</h1>
<p class="lede">${plural(spoken, "quotation")} from ${plural(speakers.length, "speaker")} in ${plural(new Set(briefing.quotes.map((q) => q.article)).size, "article")}, speakers A–Z. Direct and partial quotes are the speaker's own words; reported speech is the outlet's summary of them.</p>
${letters.length ? quoteFilter(briefing) : ""}
${letters.length ? html`<nav class="letters" aria-label="Speakers by letter"><ul>${letters.map((l) => html`<li><a href="#letter-${l === "#" ? "other" : l}">${l}</a></li>`)}</ul></nav>` : html`<p>No quotations were found in the articles.</p>`}
${letters.map(
  (letter) => html`<section class="letter-group" aria-labelledby="letter-${letter === "#" ? "other" : letter}">
<h2 id="letter-${letter === "#" ? "other" : letter}" class="letter">${letter}</h2>
${speakers
  .filter((s) => letterOf(briefing, s) === letter)
  .map((s) => {
    const quotes = quotesOf(briefing, s);
    const sources = sourcesOf(briefing, s);
    return html`<section class="speaker" id="${s.id}" aria-labelledby="${s.id}-name">
<h3 id="${s.id}-name"><a href="${href(dir, speakerDir(s.id))}">${s.name}</a> <span class="count">${plural(quotes.length, "quote")} · ${sources.join(", ")}</span></h3>
${s.roles.length || s.kind !== "person" ? html`<p class="item-meta">${s.kind !== "person" ? html`${KIND_NAMES[s.kind]}${s.roles.length ? "; " : ""}` : ""}${s.roles.join("; ")}</p>` : ""}
<ol class="quote-list">
${quotes.map((q) => quoteItem(briefing, dir, q, s.id))}</ol>
</section>
`;
  })}</section>
`,
)}
${terms.length ? html`<section class="terms" aria-labelledby="terms-heading"><h2 id="terms-heading">Quoted terms and labels</h2>
<p class="item-meta">Words the articles put in quotation marks as a name or label, not as anyone's statement.</p>
<ul class="quote-list">${terms.map((q) => quoteItem(briefing, dir, q))}</ul></section>` : ""}`;
  // (the filters' rules are a style sheet of their own, written with the booklet: no page holds a style element)
  return renderPage(briefing, { dir, title: "Quote index", section: "quotes", main, head: html`<link rel="stylesheet" href="${rootOf(dir)}assets/quote-filter.css">` });
}

const KINDS = ["direct", "partial", "reported", "term"] as const;

/**
 * Filters of the quote index by kind and by source, that work without a script: a choice of each
 * (radio buttons), and style rules that hide the quotations, speakers and letters that do not match.
 */
function quoteFilter(briefing: Briefing): Html {
  const choice = (name: string, id: string, label: string, checked: boolean) => html`<label><input type="radio" name="${name}" id="${id}"${checked ? html` checked` : ""}> ${label}</label> `;
  return html`<form class="quote-filter" aria-label="Filter the quotations">
<fieldset><legend>Kind</legend>${choice("kind", "qk-all", "All", true)}${KINDS.map((k) => choice("kind", `qk-${k}`, kindLabel(k), false))}</fieldset>
<fieldset><legend>Source</legend>${choice("source", "qs-all", "All", true)}${briefing.sources.map((s) => choice("source", `qs-${s.id}`, s.name, false))}</fieldset>
</form>`;
}

/** The style sheet behind the filters (assets/quote-filter.css): for each choice of kind and source, what is hidden. */
export function quoteFilterCss(briefing: Briefing): string {
  const rules: string[] = [];
  const kinds: (string | null)[] = [null, ...KINDS];
  const sources: (string | null)[] = [null, ...briefing.sources.map((s) => s.id).filter((id) => /^[a-z0-9-]+$/.test(id))];
  for (const k of KINDS) rules.push(`main:has(#qk-${k}:checked) .quote-item:not([data-kind="${k}"])`);
  for (const s of sources.slice(1)) rules.push(`main:has(#qs-${s}:checked) .quote-item:not([data-source="${s}"])`);
  for (const k of kinds) {
    for (const s of sources) {
      if (!k && !s) continue;
      const chosen = `${k ? `:has(#qk-${k}:checked)` : ""}${s ? `:has(#qs-${s}:checked)` : ""}`;
      const item = `.quote-item${k ? `[data-kind="${k}"]` : ""}${s ? `[data-source="${s}"]` : ""}`;
      rules.push(`main${chosen} :is(.speaker, .letter-group, .terms):not(:has(${item}))`);
    }
  }
  // (only slugs of letters, digits and hyphens go in)
  return `/* The quote index's filters by kind and by source, without a script. Written with the booklet. */\n${rules.join(",\n")} { display: none; }\n`;
}

/**
 * Everything `renderSpeaker` reads: the speaker, their quotes, the articles those
 * come from, and the booklet's metadata (the page's frame). Change both together: `briefing serve`
 * renders a speaker's page again only when these change.
 */
export function speakerInputs(briefing: Briefing, speaker: SpeakerEntry): unknown[] {
  const quotes = quotesOf(briefing, speaker);
  const slugs = new Set([...speaker.articles, ...quotes.map((q) => q.article)]);
  const articles = [...slugs].map((slug) => {
    const a = briefing.bySlug.get(slug);
    return [slug, a?.title, a?.source, a?.sourceId, a?.date];
  });
  // (of the quotes, the fields a quote's item reads)
  return [briefing.config, speaker, quotes.map((q) => [q.article, q.anchor, q.kind, q.text, q.cue, q.speakers]), articles];
}

export function renderSpeaker(briefing: Briefing, speaker: SpeakerEntry): string {
  const dir = speakerDir(speaker.id);
  const quotes = quotesOf(briefing, speaker).sort((a, b) => briefing.bySlug.get(a.article)!.date.localeCompare(briefing.bySlug.get(b.article)!.date));
  const main = html`<article data-pagefind-body>
<p class="kicker"><a href="${href(dir, PAGES.quotes)}#${speaker.id}">Quote index</a> · ${KIND_NAMES[speaker.kind]}</p>
<h1 data-pagefind-meta="title" data-pagefind-filter="speaker:${speaker.id}">${speaker.name}</h1>
<dl class="meta">
${speaker.roles.length ? html`<div><dt>Described as</dt> <dd>${speaker.roles.join("; ")}</dd></div>` : ""}
${speaker.aliases.length ? html`<div><dt>Also written</dt> <dd>${speaker.aliases.join("; ")}</dd></div>` : ""}
<div><dt>Quoted</dt> <dd>${plural(quotes.length, "time")} in ${plural(speaker.articles.length, "article")}, by ${sourcesOf(briefing, speaker).join(", ")}</dd></div>
</dl>
<h2>Quotations by date</h2>
<ol class="quote-list">
${quotes.map((q) => quoteItem(briefing, dir, q, speaker.id))}</ol>
</article>`;
  return renderPage(briefing, { dir, title: speaker.name, section: "quotes", main });
}
