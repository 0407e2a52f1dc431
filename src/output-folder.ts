// The output folder: what a build leaves in it and how. A first build (or --clean, or a folder whose
// last build did not finish) writes a fresh folder beside the output, indexes it and swaps it in
// whole. Later builds, once every page is rendered, write only the files whose content changed and
// delete those they no longer make, then index the folder and put the new index in place. Content
// errors stop a build before either, so they never cost the last good output. The marker file
// records each file's hash, so an unchanged page is not written again.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Dirent } from "node:fs";
import { lstat, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/** Written into every built site: the build replaces only folders that carry it (or empty ones). */
export const OUTPUT_MARKER = ".briefing-output";
/** The search index's folder inside the site. */
export const SEARCH_FOLDER = "pagefind";
/** Where `briefing pdf` prints the booklet by default: Briefing's own, though no build writes it. */
export const PDF_FILE = "briefing.pdf";

export interface OutputFile {
  /** Path below the output folder, with forward slashes. */
  path: string;
  /** The file as written (UTF-8). */
  bytes: Buffer;
  /** contentHash(bytes). */
  hash: string;
}

export interface FileRecord {
  hash: string;
  size: number;
  mtimeMs: number;
}

/** The marker's content: what the last finished build wrote. */
export interface Manifest {
  version: 1;
  /** False while a build is writing into the folder: the next build then starts afresh. */
  complete: boolean;
  files: Record<string, FileRecord>;
  /** A hash of the searched pages the index in SEARCH_FOLDER was built from, and its page count. */
  search: { key: string; pages: number } | null;
}

export function contentHash(bytes: Buffer): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** A rendered file made ready to write: encoded once, hashed from those bytes. */
export function outputFile(file: { path: string; content: string }): OutputFile {
  const bytes = Buffer.from(file.content);
  return { path: file.path, bytes, hash: contentHash(bytes) };
}

/** The last finished build's manifest, or null when there is none to trust (then the build starts afresh). */
export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, OUTPUT_MARKER), "utf8")) as Manifest;
    if (manifest?.version !== 1 || manifest.complete !== true || !manifest.files || typeof manifest.files !== "object") return null;
    // the marker lies in the folder it describes, where anyone may have changed it: a path that
    // would lead outside the folder (the build deletes files the marker lists) voids it whole
    return Object.keys(manifest.files).every(isOwnPath) ? manifest : null;
  } catch {
    return null;
  }
}

/** A hash of the marker as it is now, or null when there is none: another build's marker differs from the last one this process wrote. */
export async function markerHash(outDir: string): Promise<string | null> {
  const bytes = await readFile(path.join(outDir, OUTPUT_MARKER)).catch(() => null);
  return bytes && contentHash(bytes);
}

/**
 * Of these files, those not as the marker's records say (missing, or of another size or time: a
 * file edited or deleted by hand), looked at a few at once.
 */
export async function notAsRecorded(outDir: string, records: Readonly<Record<string, FileRecord>>, paths: string[]): Promise<string[]> {
  const differ: string[] = [];
  await eachAtOnce(paths, async (p) => {
    const info = await stat(path.join(outDir, p)).catch(() => null);
    const record = records[p];
    if (!record || !info || info.size !== record.size || info.mtimeMs !== record.mtimeMs) differ.push(p);
  }, 32);
  return differ;
}

/** A plain relative path inside the output folder: no "..", no absolute path, no backslash. */
function isOwnPath(file: string): boolean {
  const normal = path.posix.normalize(file);
  return file.length > 0 && normal === file && !path.posix.isAbsolute(file) && !file.startsWith("../") && file !== ".." && !file.includes("\\") && !file.includes("\0");
}

/** A key for a set of searched pages: the same pages with the same content make the same index. */
export function searchKey(pages: readonly { path: string; hash: string }[]): string {
  const hash = createHash("sha1");
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(page.path).update("\0").update(page.hash).update("\0");
  return hash.digest("hex");
}

export interface DraftOptions {
  outDir: string;
  files: OutputFile[];
  /** What the last build wrote; null writes a fresh folder to swap in. */
  previous: Manifest | null;
  /**
   * Files this build did not render, to stay as the last build wrote them (their records carried
   * over as they are): an update of a folder this process wrote, file by file (`briefing serve`).
   * The folder is then not swept, only the folders of the files written or deleted are checked for
   * links, and draftOutput answers null when the folder cannot be updated in place.
   */
  kept?: ReadonlySet<string>;
}

/** The site's files written, the search index not yet placed. */
export interface Draft {
  /** Where the files are: a fresh folder beside the output, or the output itself. */
  root: string;
  /** Files written (the others were already there, unchanged). */
  written: number;
  /** The paths written or deleted. */
  changed: string[];
  /** Each file's record as the marker will hold it. */
  records: Readonly<Record<string, FileRecord>>;
  /** Places the search index (a freshly built folder, "keep" the one there, or null for none) and finishes the output. */
  finish(search: { dir: string; key: string; pages: number } | "keep" | null): Promise<void>;
  /** After a failure: a fresh folder is removed; an output written in place stays marked unfinished. */
  abandon(): Promise<void>;
}

export async function draftOutput(options: DraftOptions & { kept: ReadonlySet<string> }): Promise<Draft | null>;
export async function draftOutput(options: DraftOptions): Promise<Draft>;
export async function draftOutput(options: DraftOptions): Promise<Draft | null> {
  const outDir = path.resolve(options.outDir);
  if (options.kept) {
    const previous = options.previous;
    if (!previous || [...options.kept].some((p) => !previous.files[p])) return null;
    const touched = [...options.files.map((f) => f.path), ...Object.keys(previous.files).filter((p) => !options.kept!.has(p))];
    return (await linkOnTheWay(outDir, touched)) ? null : draftInPlace(outDir, options.files, previous, options.kept);
  }
  const { links } = await sweep(outDir);
  // in place only through real folders: a link planted in the output (site/articles -> elsewhere)
  // would lead writes and deletions out of it; then the folder is written afresh and swapped in whole
  if (options.previous && !links) return draftInPlace(outDir, options.files, options.previous);
  return draftFresh(outDir, options.files);
}

/**
 * Every entry below `dir`, folders before what they hold, but not inside a folder `prune` names;
 * nothing is followed (a link is an entry, never a folder).
 */
async function* entriesBelow(dir: string, prune: (rel: string) => boolean = () => false): AsyncGenerator<{ path: string; rel: string; entry: Dirent }> {
  const folders = [""];
  while (folders.length) {
    const rel = folders.pop()!;
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [] as Dirent[])) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      yield { path: path.join(dir, child), rel: child, entry };
      if (entry.isDirectory() && !prune(child)) folders.push(child);
    }
  }
}

/** Whether a process of this id is running (a leftover of one that is not was left by a stopped build). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One pass over the output folder before a build: removes what a build stopped midway (kill -9, a
 * full disk) left, the fresh folder, search index and previous output beside it
 * ("site.building-PID", "site.search-PID", "site.previous-PID") and half-written files in it
 * ("page.html.PID.tmp"), once the process that made them is gone (links removed as links, never
 * followed); and says whether any symbolic link is in it (a build never makes one).
 */
async function sweep(outDir: string): Promise<{ links: boolean }> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const beside = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?:building|search|previous)-(\\d+)$`);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const m = beside.exec(name);
    if (m && !running(Number(m[1]))) await rm(path.join(parent, name), { recursive: true, force: true });
  }
  let links = false;
  for await (const { path: full, entry } of entriesBelow(outDir)) {
    const temp = /\.(\d+)\.tmp$/.exec(entry.name);
    if (temp && !entry.isDirectory() && !running(Number(temp[1]))) await unlink(full).catch(() => {});
    else if (entry.isSymbolicLink()) links = true;
  }
  return { links };
}

/** Whether the output folder, or any folder on the way to these files inside it, is a symbolic link. */
async function linkOnTheWay(outDir: string, files: string[]): Promise<boolean> {
  const folders = new Set<string>([""]);
  for (const file of files) for (let f = path.posix.dirname(file); f !== "." && f !== ""; f = path.posix.dirname(f)) folders.add(f);
  for (const folder of folders) {
    const info = await lstat(path.join(outDir, folder)).catch(() => null);
    if (info?.isSymbolicLink()) return true;
  }
  return false;
}

async function draftFresh(outDir: string, files: OutputFile[]): Promise<Draft> {
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const records: Record<string, FileRecord> = {};
  try {
    makeFolders(staging, files);
    // nothing reads the staging folder before the swap: each file is written under its own name
    await eachAtOnce(files, async (file) => (records[file.path] = await writeOne(staging, file, false)));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return {
    root: staging,
    written: files.length,
    changed: files.map((f) => f.path),
    records,
    async finish(search) {
      const placed = await placeSearch(staging, search, null);
      await writeManifest(staging, { version: 1, complete: true, files: records, search: placed });
      await swapInto(staging, outDir);
    },
    abandon: () => rm(staging, { recursive: true, force: true }),
  };
}

async function draftInPlace(outDir: string, files: OutputFile[], previous: Manifest, kept: ReadonlySet<string> = new Set()): Promise<Draft> {
  // marked unfinished first: a build stopped midway makes the next one start afresh
  await writeManifest(outDir, { ...previous, complete: false });
  const records: Record<string, FileRecord> = {};
  for (const p of kept) records[p] = previous.files[p]!;
  const changed: OutputFile[] = [];
  for (const file of files) {
    const before = previous.files[file.path];
    const now = before?.hash === file.hash ? await stat(path.join(outDir, file.path)).catch(() => null) : null;
    // unchanged, and untouched since (a file edited or deleted by hand is written again)
    if (before && now && now.size === before.size && now.mtimeMs === before.mtimeMs) records[file.path] = before;
    else changed.push(file);
  }
  makeFolders(outDir, changed);
  await eachAtOnce(changed, async (file) => (records[file.path] = await writeOne(outDir, file, true)));
  // on a file system that ignores case, "articles/Talks/" and "articles/talks/" are one file:
  // an old path that differs from a new one only in case is not deleted
  const made = new Set(Object.keys(records).map((p) => p.toLowerCase()));
  const deleted = Object.keys(previous.files).filter((p) => !(p in records) && !made.has(p.toLowerCase()));
  for (const gone of deleted) {
    const target = path.join(outDir, gone);
    // never through a link planted in the folder: only plain files are deleted
    if ((await lstat(target).catch(() => null))?.isFile()) await unlink(target).catch(() => {});
    await removeEmptyFolders(outDir, path.posix.dirname(gone));
  }
  return {
    root: outDir,
    written: changed.length,
    changed: [...changed.map((f) => f.path), ...deleted],
    records,
    async finish(search) {
      const placed = await placeSearch(outDir, search, previous.search);
      await writeManifest(outDir, { version: 1, complete: true, files: records, search: placed });
    },
    abandon: async () => {},
  };
}

/** Every folder the files need, each made once (at once: thousands of small calls, each quicker than a trip to the thread pool). */
function makeFolders(root: string, files: OutputFile[]): void {
  const folders = new Set(files.map((f) => path.posix.dirname(f.path)));
  mkdirSync(root, { recursive: true });
  for (const folder of [...folders].sort()) if (folder !== ".") mkdirSync(path.join(root, folder), { recursive: true });
}

/** With `atomic`, written under a temporary name, then renamed: a reader never sees half a file. */
async function writeOne(root: string, file: OutputFile, atomic: boolean): Promise<FileRecord> {
  const target = path.join(root, file.path);
  const bytes = file.bytes;
  if (atomic) {
    // created afresh, never written through something already at that name (a link planted there)
    const temp = `${target}.${process.pid}.tmp`;
    await unlink(temp).catch(() => {});
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } else {
    await writeFile(target, bytes);
  }
  const info = await stat(target);
  return { hash: file.hash, size: info.size, mtimeMs: info.mtimeMs };
}

/** Runs `task` on every item, a few at once: the file system's threads kept busy, its handles not exhausted. */
async function eachAtOnce<T>(items: T[], task: (item: T) => Promise<unknown>, width = 16): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failed = true; // the other lanes stop after their current item
        throw error;
      }
    }
  };
  // every lane settled before a failure is reported: nothing is still writing when the caller cleans up
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(width, items.length) }, lane));
  const failure = lanes.find((l): l is PromiseRejectedResult => l.status === "rejected");
  if (failure) throw failure.reason;
}

async function placeSearch(root: string, search: Parameters<Draft["finish"]>[0], before: Manifest["search"]): Promise<Manifest["search"]> {
  const target = path.join(root, SEARCH_FOLDER);
  if (search === "keep") return before;
  const old = `${target}.old-${process.pid}`;
  const had = await rename(target, old).then(() => true, () => false);
  if (search) {
    try {
      await rename(search.dir, target);
    } catch (error) {
      if (had) await rename(old, target); // the old index back rather than none
      throw error;
    }
  }
  await rm(old, { recursive: true, force: true });
  return search ? { key: search.key, pages: search.pages } : null;
}

async function writeManifest(root: string, manifest: Manifest): Promise<void> {
  const file = path.join(root, OUTPUT_MARKER);
  // a temporary name of this build's own, made afresh: never written through a link at that name
  const temp = `${file}.${process.pid}.tmp`;
  await unlink(temp).catch(() => {});
  await writeFile(temp, JSON.stringify(manifest), { flag: "wx" });
  await rename(temp, file);
}

/** Removes `folder` and the folders above it while they are empty (never the output folder itself). */
async function removeEmptyFolders(root: string, folder: string): Promise<void> {
  for (let f = folder; f !== "." && f !== "/" && f !== ""; f = path.posix.dirname(f)) {
    if (!(await rmdir(path.join(root, f)).then(() => true, () => false))) return;
  }
}

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
  if (entries.length === 0) return null;
  const foreign = await notOwnFiles(out);
  if (foreign === null) return `--out ${outDir} holds files that a briefing build did not write (it has no valid ${OUTPUT_MARKER}): the build replaces the whole folder, so choose an empty or new one`;
  if (foreign.length) return `--out ${outDir} holds files its ${OUTPUT_MARKER} does not name (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""}): a build replaces the whole folder, so move them out or choose another folder`;
  return null;
}

/**
 * The files below `out` that the marker of the build that wrote it does not name (its search index,
 * its marker and half-written files of its own aside), or null when there is no valid marker.
 */
async function notOwnFiles(out: string): Promise<string[] | null> {
  let named: Set<string>;
  try {
    const marker = JSON.parse(await readFile(path.join(out, OUTPUT_MARKER), "utf8")) as Partial<Manifest>;
    // (a marker of a build stopped midway, "complete": false, still says whose the folder is)
    if (marker?.version !== 1 || !marker.files || typeof marker.files !== "object" || !Object.keys(marker.files).every(isOwnPath)) return null;
    named = new Set(Object.keys(marker.files));
  } catch {
    return null;
  }
  const foreign: string[] = [];
  for await (const { rel, entry } of entriesBelow(out, (folder) => folder === SEARCH_FOLDER)) {
    // (the search index, the marker, half-written files of a build, and the PDF `briefing pdf` prints there)
    if (rel === SEARCH_FOLDER || rel === OUTPUT_MARKER || rel === PDF_FILE || /\.\d+\.tmp$/.test(entry.name) || entry.isDirectory()) continue;
    if (!named.has(rel)) foreign.push(rel);
    if (foreign.length >= 10) break;
  }
  return foreign;
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
