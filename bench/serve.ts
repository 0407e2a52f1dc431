// `npm run bench:serve -- --articles N --edits E`: how soon an edit shows in `briefing serve`. A
// reproducible synthetic corpus of N articles (bench/corpus.ts) is served; then E times, one article
// is edited and the time is taken from the save to the open pages being told to reload (the pages
// written) and to search being current (the index rebuilt), as a page hears it over the live
// channel. Prints each edit and the medians. Options: --articles N (default 2000), --edits E
// (default 5), --seed S (default 1), --keep (leave the working folder).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusFiles } from "./corpus.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, edits: { type: "string", default: "5" }, seed: { type: "string", default: "1" }, keep: { type: "boolean", default: false } } });
const count = Number(values.articles);
const edits = Number(values.edits);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(edits) || edits < 1) throw new Error("--articles and --edits must be whole numbers above 0");

const work = mkdtempSync(path.join(os.tmpdir(), "briefing-bench-serve-"));
const content = path.join(work, "content");
mkdirSync(path.join(content, "articles"), { recursive: true });
const files = corpusFiles(count, Number(values.seed));
for (const f of files) writeFileSync(path.join(content, "articles", f.name), f.text);
console.log(`Synthetic corpus: ${count} articles (seed ${values.seed}), in ${work}`);

const started = performance.now();
const child = spawn(process.execPath, [path.join(ROOT, "bin/briefing.js"), "serve", "--port", "0", "--content", content, "--out", path.join(work, "_site")], { cwd: work, env: { ...process.env, CI: "1" } });
child.stderr.on("data", (chunk) => process.stderr.write(chunk));
const url = await new Promise<string>((resolve, reject) => {
  let seen = "";
  child.stdout.on("data", (chunk) => {
    seen += chunk;
    const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
    if (m) resolve(m[1]!);
  });
  child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
});
console.log(`First build and serve: ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The live channel, as an open page hears it.
type Heard = { type: string };
const listeners: ((event: Heard) => void)[] = [];
http.get(`${url}__briefing/events`, (res) => {
  let buffer = "";
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => {
    buffer += chunk;
    let at: number;
    while ((at = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data) for (const listen of [...listeners]) listen(JSON.parse(data) as Heard);
    }
  });
});
const next = (type: string) => new Promise<number>((resolve) => {
  const listen = (event: Heard) => {
    if (event.type !== type) return;
    listeners.splice(listeners.indexOf(listen), 1);
    resolve(performance.now());
  };
  listeners.push(listen);
});
await new Promise((r) => setTimeout(r, 500));

const visible: number[] = [];
const searchable: number[] = [];
for (let i = 0; i < edits; i++) {
  const file = path.join(content, "articles", files[(i * 397) % files.length]!.name);
  const text = readFileSync(file, "utf8");
  const shown = next("built");
  const searched = next("searched");
  const saved = performance.now();
  writeFileSync(file, text.replace(/\n\n/, `\n\nAn edit for the benchmark, number ${i + 1}.\n\n`));
  const [a, b] = await Promise.all([shown, searched]);
  visible.push((a - saved) / 1000);
  searchable.push((b - saved) / 1000);
  console.log(`edit ${i + 1}: visible after ${visible[i]!.toFixed(2)} s, search current after ${searchable[i]!.toFixed(2)} s`);
  await new Promise((r) => setTimeout(r, 300));
}
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor((xs.length - 1) / 2)]!;
console.log(`Median of ${edits} edits: visible in the served page after ${median(visible).toFixed(2)} s (goal: 1 s), search current after ${median(searchable).toFixed(2)} s.`);
child.kill("SIGTERM");
if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exit(0);
