// The stages in order: content -> analysis -> briefing -> site -> search. The command line calls these.
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildBriefing, type Briefing } from "./briefing/model.ts";
import type { AnalysisCache } from "./cache/analysis-cache.ts";
import type { Progress } from "./progress.ts";
import type { BriefingConfig } from "./content/briefing-config.ts";
import { hasErrors, type Diagnostic } from "./content/diagnostics.ts";
import { loadContent } from "./content/load.ts";
import { indexSite } from "./search/index-site.ts";
import { writeSite } from "./site/write.ts";
import { analyseAll } from "./parallel/analysis-pool.ts";

export interface PrepareOptions {
  contentDir: string;
  /** Build from the valid articles and report the invalid ones as warnings. */
  skipInvalid: boolean;
  /** Analyses kept from earlier builds; none when absent. */
  cache?: AnalysisCache;
  /** Told of each stage and of each article analysed. */
  progress?: Progress;
  /** Threads for the analysis; the machine's cores when absent. */
  threads?: number;
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
      options.cache?.store(article.body, article.date, analysis);
    }
    return { article, analysis };
  });
  return { briefing: buildBriefing(content.config, analysed), diagnostics };
}

export interface BuildOptions extends PrepareOptions {
  outDir: string;
  search: boolean;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articles: number;
  files: number;
  searchPages: number | null;
  /** The booklet's own metadata (briefing.yaml), for what comes after the build: the PDF's properties. */
  config: BriefingConfig | null;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/**
 * Builds into a fresh folder beside the output, then swaps it in: a failed build leaves the previous
 * output as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const prepared = await prepareBriefing(options);
  lap("content and analysis");
  if (!prepared.briefing) return { ok: false, diagnostics: prepared.diagnostics, articles: 0, files: 0, searchPages: null, config: null, timings };

  const outDir = path.resolve(options.outDir);
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    options.progress?.("Writing pages");
    const files = await writeSite(prepared.briefing, staging);
    await writeFile(path.join(staging, OUTPUT_MARKER), "This folder is built by `briefing build`, which replaces it whole.\n");
    lap("pages");
    let searchPages: number | null = null;
    if (options.search) {
      options.progress?.("Building the search index");
      searchPages = (await indexSite(staging)).pages;
      lap("search index");
    }
    await swapInto(staging, outDir);
    return { ok: true, diagnostics: prepared.diagnostics, articles: prepared.briefing.articles.length, files, searchPages, config: prepared.briefing.config, timings };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Written into every built site: the build replaces only folders that carry it (or empty ones). */
export const OUTPUT_MARKER = ".briefing-output";

/** Why `outDir` must not be replaced by a build, or null when it may. */
export async function outputFolderProblem(contentDir: string, outDir: string): Promise<string | null> {
  const out = path.resolve(outDir);
  const content = path.resolve(contentDir);
  const inside = (a: string, b: string) => a === b || a.startsWith(b + path.sep);
  if (inside(content, out) || inside(out, content) || inside(process.cwd(), out)) {
    return `--out ${outDir} would replace the content or the working folder: choose a folder of its own, such as _site`;
  }
  const info = await stat(out).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return `--out ${outDir} is a file, not a folder: choose a folder for the site`;
  const entries = await readdir(out);
  const builtBefore = entries.includes(OUTPUT_MARKER) || (await readFile(path.join(out, "index.html"), "utf8").then((t) => t.includes('<meta name="generator" content="Briefing">'), () => false));
  if (entries.length > 0 && !builtBefore) {
    return `--out ${outDir} holds files that a briefing build did not write (it has no ${OUTPUT_MARKER}): the build replaces the whole folder, so choose an empty or new one`;
  }
  return null;
}

async function swapInto(staging: string, outDir: string): Promise<void> {
  const previous = `${outDir}.previous-${process.pid}`;
  const had = await stat(outDir).then(() => true, () => false);
  if (had) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (had) await rename(previous, outDir);
    throw error;
  }
  if (had) await rm(previous, { recursive: true, force: true });
}
