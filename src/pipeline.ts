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
import { draftOutput, markerHash, notAsRecorded, outputFile, outputFolderProblem, readManifest, searchKey, SEARCH_FOLDER, type Draft, type Manifest, type OutputFile } from "./output-folder.ts";
import { INDEX_FORMAT, indexSite, isSearched } from "./search/index-site.ts";
import { renderSite } from "./site/render.ts";
import { siteFiles, type SiteFile } from "./site/pages.ts";
import type { BuildMemory } from "./build-memory.ts";
import { sameValues } from "./same-values.ts";
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
  /** What this process kept from its last build of the booklet (`briefing serve`); none when absent. */
  memory?: BuildMemory;
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
  const content = await loadContent(options.contentDir, { memo: options.memory?.files });
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
  const analyses = content.articles.map((a) => options.memory?.analyses.get(a) ?? options.cache?.lookup(a.body, a.date) ?? null);
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
    options.memory?.analyses.set(article, analysis);
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
   * Told when pages are in place, before the search index is built, with the output paths written
   * or deleted then (null: the whole folder, swapped in). A build that updates the folder in place
   * tells it at once (`briefing serve` reloads those pages, and says that search is catching up);
   * one that writes a fresh folder, at the end. A build with memory tells it twice: first for the
   * pages of articles and speakers, which are quick to render, then for the pages of the whole booklet.
   */
  pagesReady?: (searchPending: boolean, pages: string[] | null) => void;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articles: number;
  files: number;
  /** Files written by this build: all of them the first time, those that changed after. */
  written: number;
  /** Files rendered by this build: all of them, but with memory only those whose inputs changed. */
  rendered: number;
  searchPages: number | null;
  /** The booklet's own metadata (briefing.yaml), for what comes after the build: the PDF's properties. */
  config: BriefingConfig | null;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/**
 * Renders the pages in memory, writes the output folder (src/output-folder.ts: afresh, or only
 * what changed), then indexes it for search. Content errors stop the build before anything is
 * written: the previous output stays as it was. With memory of the last build into the same
 * folder, only the files whose inputs changed and those made from the whole booklet are rendered.
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
  if (!prepared.briefing) return { ok: false, diagnostics: prepared.diagnostics, articles: 0, files: 0, written: 0, rendered: 0, searchPages: null, config: null, timings };
  const briefing = prepared.briefing;

  const outDir = path.resolve(options.outDir);
  const memory = options.memory;
  const site = siteFiles(briefing);
  const remembered = memory?.pages?.outDir === outDir ? memory.pages : null;
  // (forgotten while this build writes: one that stops midway leaves the next to render everything)
  if (memory) memory.pages = null;
  const recalled = remembered && !options.clean && remembered.marker === (await markerHash(outDir)) ? remembered.inputs : null;
  const inputs = memory ? new Map(site.flatMap((f) => (f.inputs ? [[f.outputPath, f.inputs()] as const] : []))) : null;
  const previous = options.clean ? null : await readManifest(outDir);
  let written = 0;
  let rendered = site.length;
  let draft: Draft | null = null;
  if (recalled && inputs && previous) {
    const update = await writeChanged(briefing, site, { inputs, recalled, previous, outDir, search: options.search, pagesReady: options.pagesReady, progress: options.progress });
    if (update) ({ draft, written, rendered } = update);
    lap("pages and write");
  }
  if (!draft) {
    if (remembered) {
      // (the command line looked for files not the build's own only when it did not remember the folder)
      const problem = await outputFolderProblem(options.contentDir, outDir);
      if (problem) throw new Error(problem);
    }
    options.progress?.("Rendering pages");
    // each page encoded once: its hash, the marker and the write all read those bytes, and each
    // rendered text is let go as soon as it is encoded (the two never all held at once)
    const files = encode(await renderSite(briefing));
    lap("pages");
    options.progress?.("Writing files");
    draft = await draftOutput({ outDir, files, previous });
    written = draft.written;
    lap("write");
    if (path.resolve(draft.root) === outDir) options.pagesReady?.(options.search, draft.changed);
  }
  const inPlace = path.resolve(draft.root) === outDir;
  let searchPages: number | null = null;
  const searchDir = `${outDir}.search-${process.pid}`;
  try {
    let search: Parameters<Draft["finish"]>[0] = null;
    if (options.search) {
      // (the index is kept only for the same pages and the same way of writing it, its copy for disk included)
      const searched = Object.entries(draft.records).filter(([p]) => isSearched(p)).map(([p, r]) => ({ path: p, hash: r.hash }));
      const key = `${INDEX_FORMAT}:${searchKey(searched)}`;
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
    if (!inPlace) options.pagesReady?.(false, null);
    const marker = memory && inputs ? await markerHash(outDir) : null;
    if (memory && inputs && marker) memory.pages = { outDir, marker, inputs };
    return { ok: true, diagnostics: prepared.diagnostics, articles: briefing.articles.length, files: site.length, written, rendered, searchPages, config: briefing.config, timings };
  } catch (error) {
    await draft.abandon();
    throw error;
  } finally {
    await rm(searchDir, { recursive: true, force: true });
  }
}

/** Rendered files made ready to write, each rendered text let go as soon as it is encoded. */
function encode(rendered: ({ path: string; content: string } | undefined)[]): OutputFile[] {
  return rendered.map((file, i) => {
    rendered[i] = undefined;
    return outputFile(file!);
  });
}

interface ChangedOptions {
  /** What each file with inputs is made from now, and was made from when the folder was last written. */
  inputs: Map<string, unknown>;
  recalled: Map<string, unknown>;
  previous: Manifest;
  outDir: string;
  search: boolean;
  pagesReady?: BuildOptions["pagesReady"];
  progress?: Progress;
}

/**
 * The folder updated in place from memory of the build that wrote it, in two steps, each written
 * and told before the next is rendered: first the files of one part of the booklet whose inputs
 * changed (an edited article's page, its neighbours', its speakers'), then every file made from the
 * whole booklet (the cover, the indexes, the print page, the data), of which only those that came
 * out different are written, and any other page not as it was written (deleted or edited by hand).
 * Files of deleted articles and speakers go in the first step. The marker says the folder is
 * unfinished until the search index is placed with the second step's draft, which this answers; or
 * null when the folder cannot be updated so (a file of it missing from its marker, a link on the way).
 */
async function writeChanged(briefing: Briefing, site: SiteFile[], options: ChangedOptions): Promise<{ draft: Draft; written: number; rendered: number } | null> {
  const { inputs, recalled, previous, outDir } = options;
  const stale = (f: SiteFile) => !previous.files[f.outputPath] || (f.inputs ? !(recalled.has(f.outputPath) && sameValues(inputs.get(f.outputPath), recalled.get(f.outputPath))) : true);
  const parts = site.filter((f) => f.inputs && stale(f)).map((f) => f.outputPath);
  const whole = site.filter((f) => !f.inputs).map((f) => f.outputPath);
  const all = site.map((f) => f.outputPath);
  const partSet = new Set(parts);
  const render = async (paths: string[]) => (paths.length ? encode(await renderSite(briefing, new Set(paths))) : []);
  options.progress?.("Rendering the changed pages");
  const first = await render(parts);
  // (the marker says the folder is unfinished from here until the search index is in place)
  const step1 = await draftOutput({ outDir, files: first, previous, kept: new Set(all.filter((p) => !partSet.has(p))) });
  if (!step1) return null;
  options.pagesReady?.(options.search, step1.changed);
  options.progress?.("Rendering the pages of the whole booklet");
  // with them, any page left as it was that is not as it was written (deleted or edited by hand)
  const kept = site.filter((f) => f.inputs && !partSet.has(f.outputPath)).map((f) => f.outputPath);
  const again = [...whole, ...(await notAsRecorded(outDir, step1.records, kept))];
  const againSet = new Set(again);
  const second = await render(again);
  const afterFirst: Manifest = { version: 1, complete: true, files: { ...step1.records }, search: previous.search };
  const step2 = await draftOutput({ outDir, files: second, previous: afterFirst, kept: new Set(all.filter((p) => !againSet.has(p))) });
  if (!step2) return null;
  options.pagesReady?.(options.search, step2.changed);
  return { draft: step2, written: step1.written + step2.written, rendered: first.length + second.length };
}
