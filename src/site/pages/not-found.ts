// The page for a missing address.
import type { Briefing } from "../../briefing/model.ts";
import { html } from "../html.ts";
import { renderPage } from "../layout.ts";

export function renderNotFound(briefing: Briefing): string {
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address in the briefing. The <a href="index.html">overview</a> lists every article.</p>`;
  // Served for any missing address, at any depth: <base> keeps its relative links pointing at the root.
  return renderPage(briefing, { dir: "", title: "Page not found", section: "none", main, head: html`<base href="/">` });
}
