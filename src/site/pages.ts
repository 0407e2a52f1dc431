// The briefing model -> every file of the site, as (output path, renderer) pairs. Eleventy writes them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Briefing } from "../briefing/model.ts";
import { articlesJson, figuresCsv, figuresJson, quotesJson, speakersJson } from "./exports.ts";
import { articleDir, PAGES, pageFile, speakerDir } from "../routes.ts";
import { articleInputs, renderArticle } from "./pages/article.ts";
import { renderCover } from "./pages/cover.ts";
import { renderFigures } from "./pages/figures.ts";
import { renderSources, renderTimeline } from "./pages/lists.ts";
import { renderNotFound } from "./pages/not-found.ts";
import { renderPrint } from "./pages/print.ts";
import { quoteFilterCss, renderQuoteIndex, renderSpeaker, speakerInputs } from "./pages/quotes.ts";
import { renderSearch } from "./pages/search.ts";

export interface SiteFile {
  /** Path below the output folder, always relative and inside it. */
  outputPath: string;
  render: () => string;
  /**
   * Everything the file is rendered from, for a file that depends on a part of the booklet only (an
   * article's page, a speaker's, the assets): while it is unchanged (src/build-memory.ts compares
   * it), so is the file, and `briefing serve` renders it no more. Absent for the files made from the
   * whole booklet.
   */
  inputs?: () => unknown;
}

/** Paged.js's browser build: its package exports only the module entry, so the file is found beside it. */
const PAGED_POLYFILL = path.join(path.dirname(createRequire(import.meta.url).resolve("pagedjs")), "../dist/paged.polyfill.js");
const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), "assets");
/** A file shipped with the program: the same for every booklet, so rendered once per process at most. */
const asset = (name: string, file = path.join(ASSETS, name)) => ({ render: () => readFileSync(file, "utf8"), inputs: () => file });

export function siteFiles(briefing: Briefing): SiteFile[] {
  const files: SiteFile[] = [
    { outputPath: pageFile(PAGES.cover), render: () => renderCover(briefing) },
    ...briefing.articles.map((article, i) => ({ outputPath: pageFile(articleDir(article.slug)), render: () => renderArticle(briefing, article, i), inputs: () => articleInputs(briefing, article, i) })),
    { outputPath: pageFile(PAGES.sources), render: () => renderSources(briefing) },
    { outputPath: pageFile(PAGES.timeline), render: () => renderTimeline(briefing) },
    { outputPath: pageFile(PAGES.search), render: () => renderSearch(briefing) },
    { outputPath: pageFile(PAGES.quotes), render: () => renderQuoteIndex(briefing) },
    ...briefing.speakers.map((speaker) => ({ outputPath: pageFile(speakerDir(speaker.id)), render: () => renderSpeaker(briefing, speaker), inputs: () => speakerInputs(briefing, speaker) })),
    { outputPath: pageFile(PAGES.figures), render: () => renderFigures(briefing) },
    { outputPath: pageFile(PAGES.print), render: () => renderPrint(briefing) },
    { outputPath: "404.html", render: () => renderNotFound(briefing) },
    { outputPath: "data/articles.json", render: () => articlesJson(briefing) },
    { outputPath: "data/quotes.json", render: () => quotesJson(briefing) },
    { outputPath: "data/speakers.json", render: () => speakersJson(briefing) },
    { outputPath: "data/figures.json", render: () => figuresJson(briefing) },
    { outputPath: "data/figures.csv", render: () => figuresCsv(briefing) },
    { outputPath: "assets/briefing.css", ...asset("briefing.css") },
    { outputPath: "assets/search.js", ...asset("search.js") },
    { outputPath: "assets/highlight.js", ...asset("highlight.js") },
    { outputPath: "assets/figures.js", ...asset("figures.js") },
    { outputPath: "assets/print.css", ...asset("print.css") },
    { outputPath: "assets/print-index.js", ...asset("print-index.js") },
    { outputPath: "assets/print-screen.css", ...asset("print-screen.css") },
    { outputPath: "assets/quote-filter.css", render: () => quoteFilterCss(briefing) },
    { outputPath: "assets/paged.polyfill.js", ...asset("paged.polyfill.js", PAGED_POLYFILL) },
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
