// `briefing <command>`: parses arguments, runs the stages, prints problems, returns the exit code.
// Exit codes: 0 ok, 1 content errors (or a failed build), 2 usage errors.
import { LiveReload, type LiveProblem } from "./live.ts";
import { watchFolder } from "./watch.ts";
import { lstat, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { formatDiagnostic, hasErrors, sortDiagnostics, summarize, type Diagnostic } from "./content/diagnostics.ts";
import { decodeBytes } from "./content/decode.ts";
import { importOptionsProblem, importPlainText } from "./content/import.ts";
import { analyzeFile } from "./analyze.ts";
import { analyzeText } from "./analysis/index.ts";
import { checkDate } from "./content/rules.ts";
import type { BriefingConfig } from "./content/briefing-config.ts";
import { outputFolderProblem, PDF_FILE } from "./output-folder.ts";
import { buildSite, prepareBriefing, type BuildOptions, type BuildResult } from "./pipeline.ts";
import { BuildMemory } from "./build-memory.ts";
import { addressOf } from "./routes.ts";
import { AnalysisCache } from "./cache/analysis-cache.ts";
import type { Paper } from "./print/pdf.ts";
import { progressLine } from "./progress.ts";
import { createSiteServer, listen } from "./serve.ts";
import { printable } from "./terminal.ts";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

const HELP: Record<string, string> = {
  main: `Usage: briefing <command> [options]

Turns a folder of news articles (Markdown with YAML frontmatter) into a briefing booklet.

Commands:
  build    build the site into _site/
  check    validate the content only, printing every problem
  serve    build, then serve the site on 127.0.0.1 with search working
  pdf      build, then print the booklet to a PDF with Chromium
  pack     build and print, then zip the booklet and its PDF to hand round
  analyze  print the quotes, figures and numbers found in article files, as JSON Lines
  import   turn plain-text articles into content files with frontmatter

Run \`briefing <command> --help\` for a command's options.`,
  build: `Usage: briefing build [--content DIR] [--out DIR] [--skip-invalid] [--no-search] [--clean]
                      [--timings] [--no-cache] [--threads N] [--quiet]

Builds the briefing site. Content errors stop the build before anything is written: the previous
output stays as it was. The first build writes a fresh folder, indexes it and swaps it in; later
builds write only the files that changed (and remove those no longer made), then index the folder
again, leaving files the build did not write, such as briefing.pdf, where they are. Should the
search index fail after that, the new pages stay with the old index and the next build starts afresh.

Options:
  --content DIR    folder of articles (every *.md below it) and briefing.yaml (default: content)
  --out DIR        output folder (default: _site)
  --skip-invalid   build the valid articles; report the invalid ones as warnings
  --no-search      do not build the Pagefind search index
  --clean          write a fresh output folder and swap it in, as a first build does
  --timings        print the time of each stage (milliseconds, as JSON)
  --no-cache       analyse every article afresh (analyses are kept in .cache/, safe to delete,
                   and reused while an article's text and the analysis code are unchanged)
  --threads N      analyse on N threads (default: one per core but one; 1 analyses on the main thread)
  --quiet          print problems only

Exit status: 0 built, 1 content errors (nothing written), 2 usage error.`,
  check: `Usage: briefing check [--content DIR]

Validates every article and briefing.yaml and prints every problem with file, line, field and fix.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`,
  pdf: `Usage: briefing pdf [--content DIR] [--site DIR] [--out FILE] [--paper a4|letter] [--skip-invalid]

Builds the site into --site (default _site), then prints its /print/ page, the whole booklet, with
headless Chromium into FILE (default <site>/briefing.pdf): a cover, contents and an index of people
with the pages things are really on, running headers, "page N of M", PDF bookmarks for sections and
articles, and the booklet's title, author and subject in the document's properties.

Chromium comes from the system (/usr/bin/chromium; set CHROMIUM_PATH for another). Without it the
command says how to install it and exits with 1.

A later build that updates the site folder leaves the PDF in it where it is, though it no longer
matches the site; one that writes a fresh folder (with --clean, or the first) removes it. Print
again after a build, or write the PDF elsewhere with --out.

Options:
  --content DIR    folder of articles and briefing.yaml (default: content)
  --site DIR       folder the site is built into (default: _site)
  --out FILE       where the PDF goes (default: <site>/briefing.pdf)
  --paper P        a4 (default) or letter
  --skip-invalid   build the valid articles; report the invalid ones as warnings

Exit status: 0 printed, 1 content errors or no Chromium, 2 usage error.`,
  pack: `Usage: briefing pack [--content DIR] [--site DIR] [--out FILE.zip] [--paper a4|letter] [--no-pdf]
                     [--skip-invalid]

Builds the site into --site (default _site), prints its PDF into it (as briefing pdf does), then
writes the whole booklet as one zip to hand round (default briefing.zip): unpacked, its folder opens
from disk (index.html), links and search included, with briefing.pdf beside the pages.

Options:
  --content DIR    folder of articles and briefing.yaml (default: content)
  --site DIR       folder the site is built into (default: _site)
  --out FILE.zip   where the zip goes (default: briefing.zip); not inside the site folder
  --paper P        a4 (default) or letter
  --no-pdf         leave the PDF out (no Chromium needed)
  --skip-invalid   build the valid articles; report the invalid ones as warnings

Exit status: 0 packed, 1 content errors or no Chromium, 2 usage error.`,
  serve: `Usage: briefing serve [--port N] [--content DIR] [--out DIR] [--skip-invalid] [--no-watch]

Builds the site, then serves it on http://127.0.0.1:PORT/ (default port 8080) until interrupted.

It watches the content folder (articles and briefing.yaml: new, changed, deleted and renamed files)
and rebuilds once the saves stop, rendering only the pages a change reaches: first the edited
article's page and those of its neighbours and speakers, then the cover, the indexes and the print
page; an open page reloads as soon as it is rewritten, and search follows. A rebuild with
content errors changes nothing: the last good site stays served, and the open pages show each
problem with its file, line and fix until it is corrected. The script that listens is added to the
pages as they are served; the built site holds none of it.

Options:
  --port N         port on 127.0.0.1 (default 8080; 0 takes any free one)
  --content DIR    folder of articles and briefing.yaml (default: content)
  --out DIR        output folder (default: _site)
  --skip-invalid   build the valid articles; report the invalid ones as warnings
  --no-watch       build and serve once, without watching or reloading`,
  analyze: `Usage: briefing analyze [--date YYYY-MM-DD] [--explain] FILE...

Analyses each file and prints one JSON object per file, one per line (JSON Lines):
{file, date, quotes, figures, numbers}. Quotes are the records of quotes.json without \`url\`, with
\`start\` and \`end\` offsets into the article's body; speaker ids are those of the file alone.
Figures are the records of figures.json without \`url\`, with \`start\` and \`end\`; their \`asOf\` is
null when the file has no date. Numbers are every number the recogniser found, figure or not:
{text, start, end, value, kind, low, high}, kind one of cardinal, ordinal, percent, money, fraction,
range.

--explain adds to each quote \`why\`: the rules that gave it its cue and speaker, or why none did
("no cue: no reporting word beside the quote ..."); and to each file \`notes\`: where a rule of
reported speech looked at a reporting word and found no quotation, and why ({at, rule, why}, \`at\`
an offset into the body). For tracing a wrong or missing attribution to the rule that made it.

FILE may be Markdown with frontmatter (.md; only the body is analysed, and only \`date\` is read),
plain text (.txt), or - for standard input (Markdown if it opens with ---, plain text otherwise).

Options:
  --date D   the date of files that give none in their frontmatter (plain text, standard input)

Exit status: 0 every file analysed, 1 a file could not be read or its frontmatter is broken (the
others are still printed), 2 usage error.`,
  import: `Usage: briefing import FILE.txt... --source S --date YYYY-MM-DD [--title T] [--url U] [--to DIR] [--force]

Turns plain-text articles (one paragraph a line, or paragraphs separated by blank lines) into content
files with frontmatter, named DATE-title-words.md, in DIR (default: content/articles).

Options:
  --source S   the outlet that published the articles (required)
  --date D     their publication date, YYYY-MM-DD (required)
  --title T    the headline (only with a single file; otherwise taken from the first sentence)
  --url U      the original address (only with a single file)
  --to DIR     where to write the files (default: content/articles)
  --force      overwrite files that already exist`,
};

class UsageError extends Error {}

type Values = Record<string, string | boolean | undefined>;

function parse(args: string[], options: ParseArgsConfig["options"], positionals = false): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function main(argv: string[], output: Io = defaultIo): Promise<number> {
  // (content reaches the terminal: file names, dates, keys; none may bring a control character with it)
  const io: Io = { out: (t) => output.out(printable(t)), err: (t) => output.err(printable(t)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return await build(rest, io);
      case "check":
        return await check(rest, io);
      case "serve":
        return await serve(rest, io);
      case "pdf":
        return await pdf(rest, io);
      case "pack":
        return await pack(rest, io);
      case "import":
        return await importCommand(rest, io);
      case "analyze":
        return await analyze(rest, io);
      case undefined:
        io.err(HELP.main!);
        return 2;
      case "help":
      case "--help":
      case "-h":
        io.out(HELP.main!);
        return 0;
      default:
        io.err(`briefing: unknown command "${command}"\n\n${HELP.main}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`briefing ${command}: ${error.message}\n\n${HELP[command ?? "main"] ?? HELP.main}`);
      return 2;
    }
    io.err(`briefing ${command}: failed: ${(error as Error).message}`);
    if (process.env.BRIEFING_DEBUG) io.err(String((error as Error).stack));
    return 1;
  }
}

function report(diagnostics: Diagnostic[], io: Io): void {
  for (const d of sortDiagnostics(diagnostics)) io.err(formatDiagnostic(d));
}

/** `briefing build`; `built` is told of a successful build's result (the pdf command reads its metadata). */
/** What a caller of `build` is told: `built`, a build that succeeded; `finished`, any build that ran, failed ones included; `pagesReady`, the pages in place before the search index. */
interface BuildHooks {
  built?: (result: BuildResult) => void;
  finished?: (result: BuildResult) => void;
  pagesReady?: BuildOptions["pagesReady"];
  /** What `briefing serve` keeps from one build to the next. */
  memory?: BuildMemory;
}

async function build(args: string[], io: Io, { built, finished, pagesReady, memory }: BuildHooks = {}): Promise<number> {
  const { values } = parse(args, {
    content: { type: "string", default: "content" },
    out: { type: "string", default: "_site" },
    "skip-invalid": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
    clean: { type: "boolean", default: false },
    threads: { type: "string" },
    timings: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
  });
  if (values.help) return help("build", io);
  const cache = values["no-cache"] ? undefined : analysisCache();
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 256)) throw new UsageError(`--threads ${values.threads as string}: give a whole number of threads, 1 or more`);
  const contentDir = values.content as string;
  const outDir = values.out as string;
  await checkContentFolder(contentDir);
  // (a folder this process wrote and remembers is updated file by file, its own files only: the
  // walk through all of it that looks for files not its own is spared, and made only if the build
  // cannot update it so)
  const problem = memory?.pages?.outDir === path.resolve(outDir) ? null : await outputFolderProblem(contentDir, outDir);
  if (problem) throw new UsageError(problem);
  const started = performance.now();
  // the progress line draws only on a terminal, and only for the real standard error
  const line = progressLine(io === defaultIo ? process.stderr : { write: () => {} }, { quiet: values.quiet as boolean, ci: !!process.env.CI });
  const result = await buildSite({ contentDir, outDir, skipInvalid: values["skip-invalid"] as boolean, search: !values["no-search"], clean: values.clean as boolean, cache, threads, progress: line.update, pagesReady, memory }).finally(line.done);
  report(result.diagnostics, io);
  finished?.(result);
  if (!result.ok) {
    io.err(`\nBuild failed: ${summarize(result.diagnostics)}. ${outDir}/ was left as it was.`);
    io.err(`Fix the problems above, or build the valid articles only with --skip-invalid.`);
    return 1;
  }
  if (!values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const search = result.searchPages === null ? "no search index" : `search index of ${result.searchPages} page${result.searchPages === 1 ? "" : "s"}`;
    const warned = result.diagnostics.length ? `; ${summarize(result.diagnostics)}` : "";
    const reused = cache?.hits ? `, ${cache.hits} analys${cache.hits === 1 ? "is" : "es"} reused` : "";
    io.out(`Built ${result.articles} article${result.articles === 1 ? "" : "s"} into ${outDir}/ (${result.files} files${result.written < result.files ? `, ${result.written} of them changed` : ""}, ${search}${reused}) in ${seconds} s${warned}.`);
  }
  if (values.timings) io.out(`Timings (ms): ${JSON.stringify(result.timings)}`);
  built?.(result);
  return 0;
}

/** Analyses kept between builds, in .cache/ under the working folder (safe to delete). */
function analysisCache(): AnalysisCache {
  return new AnalysisCache(path.resolve(".cache/briefing/analysis"));
}

async function checkContentFolder(contentDir: string): Promise<void> {
  const isDir = await stat(contentDir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new UsageError(`--content ${contentDir} is not a folder: give the folder that holds your articles`);
}

async function check(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { content: { type: "string", default: "content" } });
  if (values.help) return help("check", io);
  await checkContentFolder(values.content as string);
  const prepared = await prepareBriefing({ contentDir: values.content as string, skipInvalid: false });
  report(prepared.diagnostics, io);
  const articles = prepared.briefing?.articles.length;
  io.out(hasErrors(prepared.diagnostics) ? `Content has problems: ${summarize(prepared.diagnostics)}.` : `Content is valid: ${articles} article${articles === 1 ? "" : "s"}, ${summarize(prepared.diagnostics)}.`);
  return hasErrors(prepared.diagnostics) ? 1 : 0;
}

async function pdf(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    content: { type: "string", default: "content" },
    site: { type: "string", default: "_site" },
    out: { type: "string" },
    paper: { type: "string", default: "a4" },
    "skip-invalid": { type: "boolean", default: false },
  });
  if (values.help) return help("pdf", io);
  const paper = String(values.paper).toLowerCase();
  if (paper !== "a4" && paper !== "letter") throw new UsageError(`--paper must be a4 or letter, not "${values.paper}"`);
  // loaded here only: Chromium's driver and the PDF library take a quarter of a second to load
  const { chromiumProblem, printBooklet } = await import("./print/pdf.ts");
  const problem = chromiumProblem();
  if (problem) {
    io.err(`briefing pdf: ${problem}`);
    return 1;
  }
  const siteDir = values.site as string;
  const out = (values.out as string | undefined) ?? path.join(siteDir, PDF_FILE);
  let config: BriefingConfig | null = null;
  const code = await build(["--content", values.content as string, "--out", siteDir, "--quiet", ...(values["skip-invalid"] ? ["--skip-invalid"] : [])], io, { built: (result) => (config = result.config) });
  if (code !== 0 || !config) return code || 1;
  const started = performance.now();
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const { title, preparedBy, subtitle } = config as BriefingConfig;
  const pages = await printBooklet({ siteDir, out, paper: paper as Paper, metadata: { title, author: preparedBy, subject: subtitle } });
  io.out(`Printed ${pages} pages (${paper === "a4" ? "A4" : "US Letter"}) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

async function pack(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    content: { type: "string", default: "content" },
    site: { type: "string", default: "_site" },
    out: { type: "string", default: "briefing.zip" },
    paper: { type: "string", default: "a4" },
    "no-pdf": { type: "boolean", default: false },
    "skip-invalid": { type: "boolean", default: false },
  });
  if (values.help) return help("pack", io);
  const siteDir = path.resolve(values.site as string);
  const out = path.resolve(values.out as string);
  if (!out.toLowerCase().endsWith(".zip")) throw new UsageError(`--out ${values.out as string}: give a file name ending in .zip`);
  if (out.startsWith(siteDir + path.sep)) throw new UsageError(`--out ${values.out as string} is inside the site folder, which a build rewrites: write the zip elsewhere`);
  const started = performance.now();
  const common = ["--content", values.content as string, ...(values["skip-invalid"] ? ["--skip-invalid"] : [])];
  const code = values["no-pdf"] ? await build([...common, "--out", siteDir], io) : await pdf([...common, "--site", siteDir, "--paper", values.paper as string], io);
  if (code !== 0) return code;
  const { packFolder } = await import("./pack.ts");
  const top = path.basename(out).replace(/\.zip$/i, "") || "briefing";
  // (without the PDF, one printed before into the site folder is left out too: it may be older than the site)
  const { files, bytes } = await packFolder(siteDir, out, top, values["no-pdf"] ? [PDF_FILE] : []);
  io.out(`Packed ${files} files (${(bytes / 1e6).toFixed(1)} MB) into ${values.out as string} in ${((performance.now() - started) / 1000).toFixed(1)} s: unpacked, open ${top}/index.html.`);
  return 0;
}

async function serve(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    port: { type: "string", short: "p", default: "8080" },
    content: { type: "string", default: "content" },
    out: { type: "string", default: "_site" },
    "skip-invalid": { type: "boolean", default: false },
    "no-watch": { type: "boolean", default: false },
  });
  if (values.help) return help("serve", io);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const buildArgs = ["--content", values.content as string, "--out", values.out as string, ...(values["skip-invalid"] ? ["--skip-invalid"] : [])];
  const watching = !values["no-watch"];
  // (kept from each build to the next: a rebuild reads, analyses and renders only what an edit reaches)
  const memory = watching ? new BuildMemory() : undefined;
  const code = await build(buildArgs, io, { memory });
  if (code !== 0) return code;
  // (the language model loaded, and the analysis run once on an article of the booklet, now, while
  // the reader reads, rather than on the first save: a build whose analyses were all kept has done neither)
  if (watching) {
    setImmediate(() => {
      const article = [...memory!.files.values()].find((f) => f.article)?.article;
      void analyzeText(article?.body.slice(0, 20_000) ?? "The minister said on Monday that three people were hurt.", article?.date ?? null);
    });
  }
  const live = watching ? new LiveReload() : undefined;
  const server = createSiteServer(values.out as string, live);
  let actual: number;
  try {
    actual = await listen(server, port);
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    io.err(busy ? `briefing serve: port ${port} is in use; choose another with --port N` : `briefing serve: cannot listen: ${(error as Error).message}`);
    return busy ? 2 : 1;
  }
  io.out(`Serving ${values.out}/ at http://127.0.0.1:${actual}/ (Ctrl+C to stop)${watching ? `; watching ${values.content}/ and rebuilding on every change` : ""}`);
  const unwatch = live ? watchFolder(values.content as string, rebuilder(buildArgs, live, io, memory!), { ignore: [values.out as string] }) : () => {};
  await new Promise<void>((resolve) => {
    const stop = () => {
      unwatch();
      live?.close();
      server.close(() => resolve());
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

/**
 * One rebuild at a time: a change during a rebuild makes one more after it. A rebuild with content
 * errors writes nothing, so the last good site stays served; the open pages show the problems, and
 * reload after the next rebuild that succeeds.
 */
function rebuilder(buildArgs: string[], live: LiveReload, io: Io, memory: BuildMemory): () => void {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    live.send({ type: "building" });
    const started = performance.now();
    let failed: LiveProblem[] | null = null;
    const quiet: Io = { out: () => {}, err: (text) => io.err(text) };
    try {
      let shown = false;
      const code = await build([...buildArgs, "--quiet"], quiet, {
        finished: (result) => {
          failed = result.diagnostics.filter((d) => d.severity === "error").map((d) => ({ file: d.file, line: d.line, message: d.message, fix: d.fix }));
        },
        // the pages reload as soon as they are written (the changed ones: an edited article's
        // first, then the indexes); the search index follows
        pagesReady: (searchPending, pages) => {
          shown = true;
          live.send({ type: "built", seconds: (performance.now() - started) / 1000, searchPending, pages: pages && pages.map(addressOf) });
        },
        memory,
      });
      if (code === 0) {
        const seconds = (performance.now() - started) / 1000;
        io.out(`Rebuilt in ${seconds.toFixed(1)} s.`);
        live.send(shown ? { type: "searched", seconds } : { type: "built", seconds, searchPending: false, pages: null });
      } else live.send({ type: "failed", problems: failed ?? [] });
    } catch (error) {
      io.err(`briefing serve: the rebuild failed: ${(error as Error).message}`);
      live.send({ type: "failed", problems: [{ file: buildArgs[1] ?? "content", line: null, message: (error as Error).message, fix: "correct it and save again" }] });
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  return () => void run();
}

async function analyze(args: string[], io: Io, stdin: () => Promise<Buffer> = readStdin): Promise<number> {
  const { values, positionals } = parse(args, { date: { type: "string" }, explain: { type: "boolean" } }, true);
  if (values.help) return help("analyze", io);
  if (!positionals.length) throw new UsageError("give at least one file to analyse, or - for standard input");
  let date: string | null = null;
  if (values.date !== undefined) {
    const checked = checkDate(values.date);
    if (!checked.ok) throw new UsageError(`${checked.message.replace("`date`", "--date")}; ${checked.fix}`);
    date = checked.date;
  }
  const problems: Diagnostic[] = [];
  for (const file of positionals) {
    const text = await readText(file, problems, file === "-" ? stdin : undefined);
    if (text === null) continue;
    const { result, diagnostics } = analyzeFile({ file, text, date, explain: values.explain === true });
    problems.push(...diagnostics);
    if (result) io.out(JSON.stringify(result));
  }
  report(problems, io);
  return hasErrors(problems) ? 1 : 0;
}

/** A file's text, decoded; or null, with the reason among the problems. */
async function readText(file: string, problems: Diagnostic[], read: () => Promise<Buffer | null> = () => readFile(file).catch(() => null)): Promise<string | null> {
  const bytes = await read();
  if (!bytes) {
    problems.push({ severity: "error", file, line: null, field: null, rule: "unreadable", message: "the file cannot be read", fix: "check the path" });
    return null;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push({ severity: "error", file, line: decoded.line, field: null, rule: "encoding", message: `the file ${decoded.message}`, fix: "save the file as UTF-8" });
    return null;
  }
  return decoded.text;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      source: { type: "string" },
      date: { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      to: { type: "string", default: "content/articles" },
      force: { type: "boolean", default: false },
    },
    true,
  );
  if (values.help) return help("import", io);
  if (!positionals.length) throw new UsageError("give at least one plain-text file to import");
  if (!values.source) throw new UsageError("--source is required: the outlet that published the article");
  if (!values.date) throw new UsageError("--date is required, as YYYY-MM-DD");
  if (positionals.length > 1 && (values.title || values.url)) throw new UsageError("--title and --url apply to a single file; import the files one by one to give each its own");
  const optionsProblem = importOptionsProblem({ source: values.source as string, date: values.date as string, url: values.url as string | undefined });
  if (optionsProblem) throw new UsageError(optionsProblem);
  const to = values.to as string;
  await mkdir(to, { recursive: true });
  const problems: Diagnostic[] = [];
  const writtenNow = new Map<string, string>();
  let written = 0;
  for (const file of positionals) {
    const text = await readText(file, problems);
    if (text === null) continue;
    const result = importPlainText({ text, source: values.source as string, date: values.date as string, title: values.title as string | undefined, url: values.url as string | undefined });
    if (!result.ok) {
      problems.push({ severity: "error", file, line: null, field: null, rule: "import", message: result.message, fix: result.fix });
      continue;
    }
    const target = path.join(to, result.fileName);
    const earlier = writtenNow.get(result.fileName);
    if (earlier) {
      problems.push({ severity: "error", file, line: null, field: null, rule: "import-clash", message: `it would be written to ${target}, as ${earlier} just was`, fix: "import it on its own with a --title of its own" });
      continue;
    }
    // anything at that name counts, a link that leads nowhere included (lstat, not stat): nothing is written through it
    const there = await lstat(target).catch(() => null);
    if (there && (!values.force || there.isDirectory())) {
      problems.push({ severity: "error", file, line: null, field: null, rule: "import-exists", message: `${target} already exists${there.isSymbolicLink() ? " (as a link)" : ""}`, fix: "give another --title, remove the file, or pass --force to overwrite it" });
      continue;
    }
    if (there) await unlink(target); // --force: the file (or the link itself) goes, then a new file is made
    await writeFile(target, result.content, { flag: "wx" });
    writtenNow.set(result.fileName, file);
    written++;
    io.out(`${file} -> ${target}`);
    for (const note of result.notes) problems.push({ severity: "warning", file: target, line: 2, field: "title", rule: "import-title", message: note, fix: "open the file and write the real headline" });
  }
  report(problems, io);
  io.out(`Imported ${written} of ${positionals.length} file${positionals.length === 1 ? "" : "s"}.`);
  return hasErrors(problems) ? 1 : 0;
}

function help(command: string, io: Io): number {
  io.out(HELP[command]!);
  return 0;
}
