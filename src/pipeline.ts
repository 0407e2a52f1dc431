// The stages in order: content -> analysis -> briefing -> site -> search. The command line calls these.
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_RUN } from "./analysis/index.ts";
import { buildBriefing, type Briefing } from "./briefing/model.ts";
import type { AnalysisCache } from "./cache/analysis-cache.ts";
import type { Progress } from "./progress.ts";
import type { BriefingConfig } from "./content/briefing-config.ts";
import { hasErrors, type Diagnostic } from "./content/diagnostics.ts";
import { loadContent } from "./content/load.ts";
import { draftOutput, outputFile, readManifest, searchKey, SEARCH_FOLDER, type Draft } from "./output-folder.ts";
import { INDEX_FORMAT, indexSite, isSearched } from "./search/index-site.ts";
import { renderSite } from "./site/render.ts";
import { analyseAll } from "./parallel/analysis-pool.ts";

export interface PrepareOptions {
  contentDir: string;
  /** Build from the valid articles and report the invalid ones as warnings. */
  skipInvalid: boolean;
  /** Analyses kept from earlier builds; none when absent. */
  cache?: AnalysisCache;
  /** Told of each stage and of each article analysed. */
  progress?: Progress;
  /** Threads for the analysis; one per core but one when absent. */
  threads?: number;
  /** Told when each stage ends: "load", "analysis", "aggregation". */
  lap?: (stage: string) => void;
}

export interface Prepared {
  /** Null when the content has errors and `skipInvalid` is off. */
  briefing: Briefing | null;
  diagnostics: Diagnostic[];
}

export async function prepareBriefing(options: PrepareOptions): Promise<Prepared> {
  const exists = await stat(options.contentDir).then((s) => s.isDirectory(), () => false);
  if (!exists) {
    return {
      briefing: null,
      diagnostics: [{ severity: "error", file: options.contentDir, line: null, field: null, rule: "content-missing", message: "the content folder does not exist", fix: "create it with your articles in it, or give another folder with --content DIR" }],
    };
  }
  const content = await loadContent(options.contentDir);
  options.lap?.("load");
  let diagnostics = content.diagnostics;
  if (hasErrors(diagnostics)) {
    if (!options.skipInvalid) return { briefing: null, diagnostics };
    const configFile = path.join(options.contentDir, "briefing.yaml");
    diagnostics = diagnostics.map((d) => {
      if (d.severity !== "error") return d;
      const isConfig = path.resolve(d.file) === path.resolve(configFile);
      return { ...d, severity: "warning", message: `${isConfig ? "ignored, defaults used" : "skipped"}: ${d.message}` };
    });
  }
  if (content.articles.length === 0) {
    diagnostics.push({ severity: "warning", file: options.contentDir, line: null, field: null, rule: "no-articles", message: "no articles were found", fix: "add Markdown files (*.md) with frontmatter to the content folder" });
  }
  // analyses kept from earlier builds first; the rest across the machine's cores
  const analyses = content.articles.map((a) => options.cache?.lookup(a.body, a.date) ?? null);
  const missing = content.articles.filter((_, i) => !analyses[i]);
  const reused = content.articles.length - missing.length;
  const total = content.articles.length;
  options.progress?.("Analysing articles:", reused, total);
  const fresh = await analyseAll(
    missing.map((a) => ({ body: a.body, date: a.date })),
    { threads: options.threads, onProgress: (done) => options.progress?.("Analysing articles:", reused + done, total) },
  );
  let f = 0;
  const analysed = content.articles.map((article, i) => {
    let analysis = analyses[i];
    if (!analysis) {
      analysis = fresh[f++]!;
      if (!analysis.failed) options.cache?.store(article.body, article.date, analysis);
    }
    return { article, analysis };
  });
  // text left out of the analysis is said, with its line: the article is still built and shown in full
  for (const { article, analysis } of analysed) {
    for (const run of analysis.skipped) {
      const line = article.bodyLine + (article.body.slice(0, run.start).match(/\n/g)?.length ?? 0);
      diagnostics.push({ severity: "warning", file: article.file, line, field: null, rule: "not-prose", message: `${(run.end - run.start).toLocaleString("en")} characters without a space are not read for quotes and figures (no word is longer than ${MAX_RUN.toLocaleString("en")})`, fix: "if it is not text (a data URI, a pasted blob), remove it; else break it into words" });
    }
  }
  for (const { article, analysis } of analysed) {
    if (analysis.failed) diagnostics.push({ severity: "warning", file: article.file, line: article.bodyLine, field: null, rule: "analysis-failed", message: `the analysis stopped on this article (${analysis.failed}): it is built without its quotes and figures`, fix: "remove any text that is not prose (a pasted page, a table of data); if the article is plain news copy, report it with the article attached" });
  }
  options.lap?.("analysis");
  const briefing = buildBriefing(content.config, analysed);
  options.lap?.("aggregation");
  return { briefing, diagnostics };
}

export interface BuildOptions extends PrepareOptions {
  outDir: string;
  search: boolean;
  /** Write a fresh folder even when the last build's output could be updated in place. */
  clean?: boolean;
  /**
   * Told when the pages are in place, before the search index is built: at once for a build that
   * updates the folder in place (`briefing serve` reloads the open pages then, and says that search
   * is catching up), at the end for one that writes a fresh folder.
   */
  pagesReady?: (searchPending: boolean) => void;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articles: number;
  files: number;
  /** Files written by this build: all of them the first time, those that changed after. */
  written: number;
  searchPages: number | null;
  /** The booklet's own metadata (briefing.yaml), for what comes after the build: the PDF's properties. */
  config: BriefingConfig | null;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/**
 * Renders every page in memory, writes the output folder (src/output-folder.ts: afresh, or only
 * what changed), then indexes it for search. Content errors stop the build before anything is
 * written: the previous output stays as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const prepared = await prepareBriefing({ ...options, lap });
  if (!prepared.briefing) return { ok: false, diagnostics: prepared.diagnostics, articles: 0, files: 0, written: 0, searchPages: null, config: null, timings };

  const outDir = path.resolve(options.outDir);
  options.progress?.("Rendering pages");
  // each page encoded once: its hash, the marker and the write all read those bytes, and each
  // rendered text is let go as soon as it is encoded (the two never all held at once)
  const rendered: ({ path: string; content: string } | undefined)[] = await renderSite(prepared.briefing);
  const files = rendered.map((file, i) => {
    rendered[i] = undefined;
    return outputFile(file!);
  });
  lap("pages");
  const previous = options.clean ? null : await readManifest(outDir);
  options.progress?.("Writing files");
  const draft = await draftOutput({ outDir, files, previous });
  lap("write");
  const inPlace = path.resolve(draft.root) === outDir;
  if (inPlace) options.pagesReady?.(options.search);
  let searchPages: number | null = null;
  const searchDir = `${outDir}.search-${process.pid}`;
  try {
    let search: Parameters<Draft["finish"]>[0] = null;
    if (options.search) {
      // (the index is kept only for the same pages and the same way of writing it, its copy for disk included)
      const key = `${INDEX_FORMAT}:${searchKey(files.filter((f) => isSearched(f.path)))}`;
      const indexThere = await stat(path.join(outDir, SEARCH_FOLDER, "pagefind-entry.json")).then(() => true, () => false);
      if (previous?.search?.key === key && indexThere) {
        // the searched pages are as they were: the index there is the one they would make
        search = "keep";
        searchPages = previous.search.pages;
      } else {
        options.progress?.("Building the search index");
        await rm(searchDir, { recursive: true, force: true });
        searchPages = (await indexSite(draft.root, searchDir)).pages;
        search = { dir: searchDir, key, pages: searchPages };
      }
      lap("search index");
    }
    await draft.finish(search);
    if (!inPlace) options.pagesReady?.(false);
    return { ok: true, diagnostics: prepared.diagnostics, articles: prepared.briefing.articles.length, files: files.length, written: draft.written, searchPages, config: prepared.briefing.config, timings };
  } catch (error) {
    await draft.abandon();
    throw error;
  } finally {
    await rm(searchDir, { recursive: true, force: true });
  }
}
