// A content folder -> the articles, the booklet's metadata, and every problem found on the way.
import { readdir, readFile, stat } from "node:fs/promises";
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
  /**
   * Each article file as last read, by path: a file whose size and times are unchanged is not read
   * again (`briefing serve` keeps one between rebuilds). Entries are added and replaced as files are read.
   */
  memo?: Map<string, ReadArticle>;
}

/** One article file read: its article (null when it has errors) and its problems. */
export interface ReadArticle {
  /** The file's size and times when it was read: any change means reading it again. */
  stamp: string;
  /**
   * Whether the file was changed so shortly before it was read that a change after the read could
   * leave its times as they were (file systems that keep times to the second): read again, then.
   */
  racy: boolean;
  /** The file's text as read. */
  text: string;
  /** False when the file could not be read or decoded (it then takes no part in the check of slugs). */
  parsed: boolean;
  article: Article | null;
  diagnostics: Diagnostic[];
}

/**
 * Every `*.md` file below `dir`, at any depth, symbolic links to files included. Names starting with a
 * dot (.git, .drafts) and node_modules are skipped; links to folders are not followed (no loops).
 * Folders that cannot be read are returned in `unreadable`.
 */
export async function findArticleFiles(dir: string, unreadable: string[] = [], passed: { file: string; why: string }[] = []): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => null);
    if (!entries) {
      unreadable.push(current);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(current, entry.name);
      const isMarkdown = entry.name.toLowerCase().endsWith(".md");
      if (entry.isDirectory()) {
        // a folder named like an article is a folder: its articles are read, and the name is said
        if (isMarkdown) passed.push({ file: full, why: "is a folder, not an article file: the articles in it are read" });
        await walk(full);
      } else if (isMarkdown && entry.isFile()) found.push(full);
      else if (isMarkdown && entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => null);
        if (target?.isFile()) found.push(full);
        else passed.push({ file: full, why: target ? "is a link to something that is not a file, so it is not read" : "is a link that leads nowhere, so it is not read" });
      } else if (isMarkdown) passed.push({ file: full, why: "is not a regular file (a pipe, a socket or a device), so it is not read" });
    }
  }
  await walk(dir);
  return found.sort();
}

/** briefing.yaml holds a title, a date and a summary: more than this is not one. */
const MAX_CONFIG_BYTES = 1_000_000;

/**
 * A file's bytes, read only when it is a regular file (a FIFO would hang the read, a link to
 * /dev/zero would never end) of at most `max` bytes; null when it does not exist; else why not.
 */
async function readRegularFile(file: string, max: number): Promise<Buffer | { message: string; fix: string } | null> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === "ENOENT") return null;
    return { message: `the file cannot be read (${info.code ?? info.message})`, fix: "give it read permission, or move it out of the content folder" };
  }
  if (!info.isFile()) return { message: "it is not a regular file (a device, a pipe or a link to one), so it is not read", fix: "replace it with a plain text file" };
  if (info.size > max) return { message: `the file is ${info.size.toLocaleString("en")} bytes, more than the ${max.toLocaleString("en")} it may hold`, fix: "keep it to the booklet's title, date, summary and aliases" };
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) return { message: `the file cannot be read (${bytes.code ?? bytes.message})`, fix: "give it read permission, or move it out of the content folder" };
  // (a file that grew between the two looks is cut at the limit's reading, never read without end)
  return bytes.length > max ? { message: `the file is more than the ${max.toLocaleString("en")} bytes it may hold`, fix: "keep it to the booklet's title, date, summary and aliases" } : bytes;
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
  const configRead = await readRegularFile(configFile, MAX_CONFIG_BYTES);
  const configBytes = Buffer.isBuffer(configRead) ? configRead : null;
  if (configRead !== null && !Buffer.isBuffer(configRead)) {
    diagnostics.push({ severity: "error", file: show(configFile), line: null, field: null, rule: "unreadable", message: configRead.message, fix: configRead.fix });
  }
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

  const unreadable: string[] = [];
  const passed: { file: string; why: string }[] = [];
  const files = await findArticleFiles(dir, unreadable, passed);
  for (const p of passed) {
    diagnostics.push({ severity: "warning", file: show(p.file), line: null, field: null, rule: "not-an-article", message: `it ${p.why}`, fix: "rename it so that it does not end in .md, or replace it with the article file" });
  }
  for (const folder of unreadable) {
    diagnostics.push({ severity: "error", file: show(folder), line: null, field: null, rule: "unreadable", message: "the folder cannot be read", fix: "give it read permission, or move it out of the content folder" });
  }
  const bySlug = new Map<string, string>();
  const stamps = options.memo ? await fileStamps(files) : null;
  if (options.memo) {
    // (files gone from the folder are forgotten)
    const present = new Set(files);
    for (const file of options.memo.keys()) if (!present.has(file)) options.memo.delete(file);
  }
  for (const [i, file] of files.entries()) {
    const shown = show(file);
    const name = path.basename(file);
    const stamp = stamps?.[i] ?? null;
    const known = stamp !== null ? options.memo?.get(file) : undefined;
    let result: ReadArticle;
    if (known && known.stamp === stamp && !known.racy) result = known;
    else {
      const read = await readArticle(file, shown, name);
      const racy = stamp !== null && Date.now() - Number(BigInt(stamp.split(":")[1]!) / 1_000_000n) < RACY_MS;
      // (the same text read again is the same article: what was made from it is kept)
      result = known && known.text === read.text && read.parsed ? { ...known, stamp: stamp ?? "", racy } : { stamp: stamp ?? "", racy, ...read };
    }
    if (stamp !== null) options.memo?.set(file, result);
    diagnostics.push(...result.diagnostics);
    if (!result.parsed) continue;
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

/** A file changed less than this long before it was read is read again next time (see ReadArticle.racy). */
const RACY_MS = 3_000;

/** An article file read, decoded and parsed. */
async function readArticle(file: string, shown: string, name: string): Promise<Omit<ReadArticle, "stamp" | "racy">> {
  const bytes = await readRegularFile(file, Infinity);
  if (!Buffer.isBuffer(bytes)) {
    const problem = bytes ?? { message: "the file cannot be read (ENOENT)", fix: "give it read permission, or move it out of the content folder" };
    return { parsed: false, text: "", article: null, diagnostics: [{ severity: "error", file: shown, line: null, field: null, rule: "unreadable", message: problem.message, fix: problem.fix }] };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    return { parsed: false, text: "", article: null, diagnostics: [{ severity: "error", file: shown, line: decoded.line, field: null, rule: "encoding", message: `the file ${decoded.message}`, fix: "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)" }] };
  }
  const { article, diagnostics } = parseArticle(decoded.text, shown, name);
  return { parsed: true, text: decoded.text, article, diagnostics };
}

/**
 * Each file's size, change time and modification time (to the nanosecond where the file system
 * keeps them), or null for one that cannot be looked at (it is then read, and its problem said).
 */
async function fileStamps(files: string[]): Promise<(string | null)[]> {
  const stamps: (string | null)[] = new Array(files.length).fill(null);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const info = await stat(files[i]!, { bigint: true }).catch(() => null);
      stamps[i] = info?.isFile() ? `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}` : null;
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, lane));
  return stamps;
}
