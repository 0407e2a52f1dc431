// A content folder -> the articles, the booklet's metadata, and every problem found on the way.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArticle, type Article } from "./article.ts";
import { DEFAULT_CONFIG, parseBriefingConfig, type BriefingConfig } from "./briefing-config.ts";
import { decodeBytes } from "./decode.ts";
import type { Diagnostic } from "./diagnostics.ts";

export interface Content {
  articles: Article[];
  config: BriefingConfig;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  relativeTo?: string;
}

/** Every `*.md` file below `dir`, at any depth; folders and files whose names start with a dot are skipped. */
export async function findArticleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(full);
    }
  }
  await walk(dir);
  return found.sort();
}

export async function loadContent(dir: string, options: LoadOptions = {}): Promise<Content> {
  const base = options.relativeTo ?? process.cwd();
  const show = (p: string) => {
    const rel = path.relative(base, p);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
  };
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  let config = DEFAULT_CONFIG;

  const configFile = path.join(dir, "briefing.yaml");
  const configBytes = await readFile(configFile).catch(() => null);
  if (configBytes) {
    const decoded = decodeBytes(configBytes);
    if (!decoded.ok) {
      diagnostics.push({ severity: "error", file: show(configFile), line: decoded.line, field: null, rule: "encoding", message: `the file ${decoded.message}`, fix: "save the file as UTF-8" });
    } else {
      const parsed = parseBriefingConfig(decoded.text, show(configFile));
      config = parsed.config;
      diagnostics.push(...parsed.diagnostics);
    }
  }

  const files = await findArticleFiles(dir);
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const shown = show(file);
    const name = path.basename(file);
    const bytes = await readFile(file);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) {
      diagnostics.push({ severity: "error", file: shown, line: decoded.line, field: null, rule: "encoding", message: `the file ${decoded.message}`, fix: "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)" });
      continue;
    }
    const result = parseArticle(decoded.text, shown, name);
    diagnostics.push(...result.diagnostics);
    const slug = name.replace(/\.md$/i, "");
    const earlier = bySlug.get(slug.toLowerCase());
    if (earlier !== undefined) {
      const message = `two articles have the slug "${slug}": ${earlier} and ${shown}`;
      const fix = "rename one of the two files: the file name is the article's address";
      diagnostics.push({ severity: "error", file: earlier, line: null, field: null, rule: "slug-duplicate", message, fix });
      diagnostics.push({ severity: "error", file: shown, line: null, field: null, rule: "slug-duplicate", message, fix });
      const i = articles.findIndex((a) => a.slug.toLowerCase() === slug.toLowerCase());
      if (i >= 0) articles.splice(i, 1);
      continue;
    }
    bySlug.set(slug.toLowerCase(), shown);
    if (result.article) articles.push(result.article);
  }
  return { articles, config, diagnostics };
}
