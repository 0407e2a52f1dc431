// The page shell shared by every page: head, skip link, navigation, main, footer.
// Links are relative and name index.html, so the site reads the same served or opened from disk.
import type { Briefing } from "../briefing/model.ts";
import { PAGES, pageFile } from "../routes.ts";
import { html, type Html } from "./html.ts";

export interface PageShell {
  /** Folder of the page below the site root, "" for the cover, "articles/x/" for an article. */
  dir: string;
  title: string;
  /** Which navigation entry is current. */
  section: Section;
  main: Html;
  /** Extra tags for <head>. */
  head?: Html;
  /** Scripts at the end of <body>. */
  scripts?: Html;
}

export type Section = "cover" | "article" | "sources" | "timeline" | "quotes" | "figures" | "search" | "print" | "none";

const NAV: { section: Section; dir: string; label: string }[] = [
  { section: "cover", dir: PAGES.cover, label: "Overview" },
  { section: "sources", dir: PAGES.sources, label: "Sources" },
  { section: "timeline", dir: PAGES.timeline, label: "Timeline" },
  { section: "quotes", dir: PAGES.quotes, label: "Quotes" },
  { section: "figures", dir: PAGES.figures, label: "Figures" },
  { section: "search", dir: PAGES.search, label: "Search" },
  { section: "print", dir: PAGES.print, label: "Print" },
];

/** The relative prefix that leads from a page's folder back to the site root. */
export function rootOf(dir: string): string {
  const depth = dir.split("/").filter(Boolean).length;
  return depth ? "../".repeat(depth) : "./";
}

/** A link from the page in `fromDir` to the page in `toDir` (a folder) or to a file. */
export function href(fromDir: string, to: string): string {
  const target = to === "" || to.endsWith("/") ? pageFile(to) : to;
  return rootOf(fromDir) + target;
}

export { articleDir } from "../routes.ts";

/** The <head> every page shares: character set, viewport, no favicon request, title, then its own tags. */
export function documentHead(title: string, own: Html): Html {
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Briefing">
<link rel="icon" href="data:,">
<title>${title}</title>
${own}
</head>`;
}

export function renderPage(briefing: Briefing, page: PageShell): string {
  const root = rootOf(page.dir);
  const siteTitle = briefing.config.title;
  const fullTitle = page.section === "cover" ? siteTitle : `${page.title} · ${siteTitle}`;
  return `<!doctype html>${html`<html lang="en">
${documentHead(fullTitle, html`${page.head ?? ""}
<link rel="stylesheet" href="${root}assets/briefing.css">`)}
<body class="page-${page.section}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="${href(page.dir, "")}">${siteTitle}</a></p>
<nav aria-label="Sections">
<ul>
${NAV.map(
  (item) => html`<li><a href="${href(page.dir, item.dir)}"${item.section === page.section ? html` aria-current="page"` : ""}>${item.label}</a></li>
`,
)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer class="site-footer">
<p>${siteTitle}${briefing.config.preparedBy ? ` · prepared by ${briefing.config.preparedBy}` : ""}. Built with Briefing; <a href="${root}data/articles.json">the data</a>.</p>
</footer>
${page.scripts ?? ""}
</body>
</html>
`}`;
}
