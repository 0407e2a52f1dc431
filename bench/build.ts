// `npm run bench -- --articles N`: a whole build against a baseline, on a reproducible synthetic
// corpus of N articles (bench/corpus.ts). Each run is a child process, timed with its peak memory:
//   baseline  bare Eleventy on the same Markdown files (a minimal layout, no analysis), then the
//             Pagefind CLI on its output;
//   cold      `briefing build` with an empty analysis cache and no earlier output;
//   rebuild   `briefing build` again after one article changed (the cache and the output there).
// Each is run --runs times (default 3), all of them in turn round by round, and its median run is
// reported.
// Prints each run's time, the briefing stages (load, analysis, aggregation, pages, write, search index), the
// ratios to the baseline and peak memory; then the Pagefind CLI alone on the pages Briefing indexes,
// the search index's share of any build. Options: --articles N (default 1000), --seed S (default 1),
// --threads N (passed to the builds), --keep (leave the working folder).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusFiles } from "./corpus.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "node_modules/.bin");
const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, threads: { type: "string" }, runs: { type: "string", default: "3" }, keep: { type: "boolean", default: false } } });
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1) throw new Error("--articles must be a whole number above 0");
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number above 0");

const work = mkdtempSync(path.join(os.tmpdir(), "briefing-bench-"));
const content = path.join(work, "content");
mkdirSync(path.join(content, "articles"), { recursive: true });
const files = corpusFiles(count, Number(values.seed));
for (const f of files) writeFileSync(path.join(content, "articles", f.name), f.text);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
console.log(`Synthetic corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB (seed ${values.seed}), in ${work}; each figure the median of ${runs} run${runs === 1 ? "" : "s"}`);

interface Run {
  seconds: number;
  peakMB: number;
  stdout: string;
}

/** Runs a command under GNU time: wall-clock seconds and peak resident memory. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const report = path.join(work, "time.txt");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", report, cmd, ...args], { cwd, env: { ...process.env, CI: "1", ...env }, encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${result.stderr}`);
  const [seconds, kb] = readFileSync(report, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  return { seconds: seconds!, peakMB: kb! / 1024, stdout: result.stdout };
}

// Baseline: bare Eleventy over the same Markdown, a minimal layout, no template engine on the text.
const bare = path.join(work, "bare");
mkdirSync(path.join(bare, "src/_includes"), { recursive: true });
for (const f of files) writeFileSync(path.join(bare, "src", f.name), f.text);
writeFileSync(path.join(bare, "src/src.json"), JSON.stringify({ layout: "base.njk" }));
writeFileSync(path.join(bare, "src/_includes/base.njk"), "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n");
writeFileSync(path.join(bare, "eleventy.config.mjs"), "export default function () { return { dir: { input: \"src\", output: \"_site\" }, markdownTemplateEngine: false }; }\n");
/** The run of median time among several (a disk or a neighbour's burst moves a single run by half). */
function median(all: Run[]): Run {
  return [...all].sort((a, b) => a.seconds - b.seconds)[Math.floor((all.length - 1) / 2)]!;
}

const cwd = path.join(work, "briefing");
mkdirSync(cwd);
const site = path.join(cwd, "_site");
const build = () => run(process.execPath, [path.join(ROOT, "bin/briefing.js"), "build", "--content", content, "--out", site, "--timings", ...(values.threads ? ["--threads", values.threads] : [])], cwd);
const edited = path.join(content, "articles", files[Math.floor(files.length / 2)]!.name);
const original = readFileSync(edited, "utf8");

// Each round runs everything once, in turn, so that a machine slowing down or speeding up over the
// minutes weighs on the baseline and on Briefing alike: the baseline (bare Eleventy, then the
// Pagefind CLI on its output); Briefing cold (empty cache, no earlier output); the Pagefind CLI
// alone on the pages Briefing's search covers (no build can take less and still index them); then
// Briefing again after one article changed (the cache and the output there).
const rounds: { eleventy: Run; pagefind: Run; cold: Run; searchAlone: Run; rebuild: Run }[] = [];
for (let i = 0; i < runs; i++) {
  rmSync(path.join(bare, "_site"), { recursive: true, force: true });
  const eleventy = run(path.join(BIN, "eleventy"), ["--quiet"], bare);
  const pagefind = run(path.join(BIN, "pagefind"), ["--site", "_site", "--silent"], bare);
  writeFileSync(edited, original);
  rmSync(path.join(cwd, ".cache"), { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  const cold = build();
  rmSync(path.join(work, "pagefind-alone"), { recursive: true, force: true });
  const searchAlone = run(path.join(BIN, "pagefind"), ["--site", site, "--glob", "{articles,speakers}/**/*.html", "--output-path", path.join(work, "pagefind-alone"), "--force-language", "en", "--silent"], cwd);
  writeFileSync(edited, `${original}\nOne more paragraph, added to time a rebuild: ${12 + i} people were evacuated.\n`);
  const rebuild = build();
  rounds.push({ eleventy, pagefind, cold, searchAlone, rebuild });
}
const eleventy = median(rounds.map((r) => r.eleventy));
const pagefind = median(rounds.map((r) => r.pagefind));
const cold = median(rounds.map((r) => r.cold));
const searchAlone = median(rounds.map((r) => r.searchAlone));
const rebuild = median(rounds.map((r) => r.rebuild));
const baseline = { seconds: eleventy.seconds + pagefind.seconds, peakMB: Math.max(eleventy.peakMB, pagefind.peakMB) };

const stages = (r: Run) => JSON.parse(/Timings \(ms\): (\{.*\})/.exec(r.stdout)?.[1] ?? "{}") as Record<string, number>;
const row = (name: string, r: { seconds: number; peakMB: number }, ratio = true) =>
  `${name.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s ${ratio ? `${(r.seconds / baseline.seconds).toFixed(2).padStart(6)}×` : "       "} ${r.peakMB.toFixed(0).padStart(6)} MB ${ratio ? `${(r.peakMB / baseline.peakMB).toFixed(2)}×` : ""}`;
console.log(`${"run".padEnd(34)} ${"time".padStart(9)} ${"÷ base".padStart(7)} ${"peak".padStart(9)} ${"÷ base"}`);
console.log(row("baseline: Eleventy", eleventy, false));
console.log(row("baseline: Pagefind CLI", pagefind, false));
console.log(row("baseline, together", baseline, false));
console.log(row("briefing build, cold", cold));
console.log(`  stages (ms): ${JSON.stringify(stages(cold))}`);
console.log(row("briefing build, one article edited", rebuild));
console.log(`  stages (ms): ${JSON.stringify(stages(rebuild))}`);
console.log(row("Pagefind CLI on Briefing's searched pages", searchAlone));
console.log(`Budgets from the targets: cold ${(1.3 * baseline.seconds).toFixed(2)} s, rebuild ${(0.5 * baseline.seconds).toFixed(2)} s, peak ${(1.3 * baseline.peakMB).toFixed(0)} MB.`);
console.log(`Analysis, cold: ${(bytes / 1e6 / ((stages(cold).analysis ?? NaN) / 1000)).toFixed(2)} MB/s (${values.threads ? `--threads ${values.threads}` : "default threads"}; cache writes included)`);
console.log("Targets (issue 6): cold at most 1.3× the baseline, rebuild at most 0.5×, peak memory at most 1.3×, analysis at least 4 MB/s per core.");
if (!values.keep) rmSync(work, { recursive: true, force: true });

