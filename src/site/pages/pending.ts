// Pages whose features come in later issues. They say so plainly and show no invented data.
import type { Briefing } from "../../briefing/model.ts";
import { html } from "../html.ts";
import { renderPage, type Section } from "../layout.ts";

const PENDING: Record<"print", { title: string; what: string }> = {
  print: { title: "Printable booklet", what: "the whole briefing as one document to print or save as PDF. Until then, every page of the site prints cleanly on its own" },
};

export function renderPending(briefing: Briefing, section: keyof typeof PENDING): string {
  const { title, what } = PENDING[section];
  const main = html`<h1>${title}</h1>
<p class="notice" role="note"><strong>Not built yet.</strong> This page will hold ${what}. Briefing does not produce it yet, so nothing is shown here rather than something made up.</p>`;
  return renderPage(briefing, { dir: `${section}/`, title, section: section as Section, main });
}

export function renderNotFound(briefing: Briefing): string {
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address in the briefing. The <a href="index.html">overview</a> lists every article.</p>`;
  // Served for any missing address, at any depth: <base> keeps its relative links pointing at the root.
  return renderPage(briefing, { dir: "", title: "Page not found", section: "none", main, head: html`<base href="/">` });
}
