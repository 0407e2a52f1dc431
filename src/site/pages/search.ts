// `/search/`: a plain GET form (query, source, month, order) that the search script runs through
// Pagefind. The filter choices come from the briefing itself, so the form is complete without script.
import { PAGES } from "../../routes.ts";
import type { Briefing } from "../../briefing/model.ts";
import { html } from "../html.ts";
import { renderPage, rootOf } from "../layout.ts";
import { monthName } from "../format.ts";

export function renderSearch(briefing: Briefing): string {
  const dir = PAGES.search;
  const months = [...new Set(briefing.articles.map((a) => a.month))].sort();
  const main = html`<h1>Search</h1>
<form class="search-form" role="search" action="index.html" method="get" aria-label="Search the briefing">
<p class="search-box">
<label for="search-q">Words to find</label>
<input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</p>
<div class="search-filters">
<fieldset>
<legend>Sources</legend>
${briefing.sources.map(
  (s, i) => html`<label><input type="checkbox" name="source" value="${s.name}" data-filter="${s.id}" id="source-${i}"> ${s.name} <span class="count">(${s.articles.length})</span></label>
`,
)}</fieldset>
<p>
<label for="search-speaker">Speaker</label>
<select id="search-speaker" name="speaker">
<option value="">Anyone</option>
${briefing.speakers.filter((s) => s.kind !== "unnamed").map((s) => html`<option value="${s.name}" data-filter="${s.id}">${s.name}</option>`)}
</select>
</p>
<p>
<label for="search-month">Month</label>
<select id="search-month" name="month">
<option value="">Any month</option>
${months.map((m) => html`<option value="${m}">${monthName(m)}</option>`)}
</select>
</p>
<p>
<label for="search-sort">Order</label>
<select id="search-sort" name="sort">
<option value="">Best match first</option>
<option value="newest">Newest first</option>
<option value="oldest">Oldest first</option>
</select>
</p>
</div>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
<noscript><p class="notice">Search runs in your browser and needs JavaScript. The <a href="../sources/index.html">sources</a> and <a href="../timeline/index.html">timeline</a> pages list every article without it.</p></noscript>`;
  const scripts = html`<script src="${rootOf(dir)}assets/search.js" defer></script>`;
  return renderPage(briefing, { dir, title: "Search", section: "search", main, scripts });
}
