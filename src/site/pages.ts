// The briefing model -> every file of the site, as (output path, renderer) pairs. Eleventy writes them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Briefing } from "../briefing/model.ts";
import { articlesJson, figuresCsv, figuresJson, quotesJson, speakersJson } from "./exports.ts";
import { articleDir, PAGES, pageFile, speakerDir } from "../routes.ts";
import { renderArticle } from "./pages/article.ts";
import { renderCover } from "./pages/cover.ts";
import { renderFigures } from "./pages/figures.ts";
import { renderSources, renderTimeline } from "./pages/lists.ts";
import { renderNotFound } from "./pages/not-found.ts";
import { renderPrint } from "./pages/print.ts";
import { quoteFilterCss, renderQuoteIndex, renderSpeaker } from "./pages/quotes.ts";
import { renderSearch } from "./pages/search.ts";

export interface SiteFile {
  /** Path below the output folder, always relative and inside it. */
  outputPath: string;
  render: () => string;
}

/** Paged.js's browser build: its package exports only the module entry, so the file is found beside it. */
const PAGED_POLYFILL = path.join(path.dirname(createRequire(import.meta.url).resolve("pagedjs")), "../dist/paged.polyfill.js");
const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), "assets");
const asset = (name: string) => () => readFileSync(path.join(ASSETS, name), "utf8");

export function siteFiles(briefing: Briefing): SiteFile[] {
  const files: SiteFile[] = [
    { outputPath: pageFile(PAGES.cover), render: () => renderCover(briefing) },
    ...briefing.articles.map((article, i) => ({ outputPath: pageFile(articleDir(article.slug)), render: () => renderArticle(briefing, article, i) })),
    { outputPath: pageFile(PAGES.sources), render: () => renderSources(briefing) },
    { outputPath: pageFile(PAGES.timeline), render: () => renderTimeline(briefing) },
    { outputPath: pageFile(PAGES.search), render: () => renderSearch(briefing) },
    { outputPath: pageFile(PAGES.quotes), render: () => renderQuoteIndex(briefing) },
    ...briefing.speakers.map((speaker) => ({ outputPath: pageFile(speakerDir(speaker.id)), render: () => renderSpeaker(briefing, speaker) })),
    { outputPath: pageFile(PAGES.figures), render: () => renderFigures(briefing) },
    { outputPath: pageFile(PAGES.print), render: () => renderPrint(briefing) },
    { outputPath: "404.html", render: () => renderNotFound(briefing) },
    { outputPath: "data/articles.json", render: () => articlesJson(briefing) },
    { outputPath: "data/quotes.json", render: () => quotesJson(briefing) },
    { outputPath: "data/speakers.json", render: () => speakersJson(briefing) },
    { outputPath: "data/figures.json", render: () => figuresJson(briefing) },
    { outputPath: "data/figures.csv", render: () => figuresCsv(briefing) },
    { outputPath: "assets/briefing.css", render: asset("briefing.css") },
    { outputPath: "assets/search.js", render: asset("search.js") },
    { outputPath: "assets/highlight.js", render: asset("highlight.js") },
    { outputPath: "assets/figures.js", render: asset("figures.js") },
    { outputPath: "assets/print.css", render: asset("print.css") },
    { outputPath: "assets/print-index.js", render: asset("print-index.js") },
    { outputPath: "assets/print-screen.css", render: asset("print-screen.css") },
    { outputPath: "assets/quote-filter.css", render: () => quoteFilterCss(briefing) },
    { outputPath: "assets/paged.polyfill.js", render: () => readFileSync(PAGED_POLYFILL, "utf8") },
  ];
  for (const file of files) assertInside(file.outputPath);
  return files;
}

/** No output path may leave the output folder, whatever an article's name. */
function assertInside(outputPath: string): void {
  const normal = path.posix.normalize(outputPath);
  if (path.posix.isAbsolute(normal) || normal.startsWith("..") || normal !== outputPath) {
    throw new Error(`refusing to write outside the output folder: ${outputPath}`);
  }
}
