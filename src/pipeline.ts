// The stages in order: content -> analysis -> briefing -> site -> search. The command line calls these.
import { rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { analyzeText } from "./analysis/index.ts";
import { buildBriefing, type Briefing } from "./briefing/model.ts";
import { hasErrors, type Diagnostic } from "./content/diagnostics.ts";
import { loadContent } from "./content/load.ts";
import { indexSite } from "./search/index-site.ts";
import { writeSite } from "./site/write.ts";

export interface PrepareOptions {
  contentDir: string;
  /** Build from the valid articles and report the invalid ones as warnings. */
  skipInvalid: boolean;
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
    diagnostics = diagnostics.map((d) => (d.severity === "error" ? { ...d, severity: "warning", message: `skipped: ${d.message}` } : d));
  }
  if (content.articles.length === 0) {
    diagnostics.push({ severity: "warning", file: options.contentDir, line: null, field: null, rule: "no-articles", message: "no articles were found", fix: "add Markdown files (*.md) with frontmatter to the content folder" });
  }
  const analysed = content.articles.map((article) => ({ article, analysis: analyzeText(article.body) }));
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
  if (!prepared.briefing) return { ok: false, diagnostics: prepared.diagnostics, articles: 0, files: 0, searchPages: null, timings };

  const outDir = path.resolve(options.outDir);
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const files = await writeSite(prepared.briefing, staging);
    lap("pages");
    let searchPages: number | null = null;
    if (options.search) {
      searchPages = (await indexSite(staging)).pages;
      lap("search index");
    }
    await swapInto(staging, outDir);
    return { ok: true, diagnostics: prepared.diagnostics, articles: prepared.briefing.articles.length, files, searchPages, timings };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
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
