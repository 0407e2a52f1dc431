// `npm run bench:serve -- --articles N --edits E`: how soon an edit shows in `briefing serve`. A
// reproducible synthetic corpus of N articles (bench/corpus.ts) is served; then E times for each of
// two kinds of edit, one article is edited and the time is taken from the save to the edited page,
// fetched as an open page does when told to reload, showing the edit; to the last pages of the edit
// being written; and to search being current (the index rebuilt). Prints each edit and the medians. Options: --articles N (default 2000), --edits E
// (default 5), --seed S (default 1), --keep (leave the working folder).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
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
await new Promise((r) => setTimeout(r, 500));

// Two kinds of edit: a sentence added (no one's name changes), and a quotation by someone new (the
// quote index changes). "Visible" is when the served page of the edited article, fetched as soon as
// the page is told to reload, shows the edit; "every page" when the last pages written for the edit
// (the indexes, the print page) are; "search" when the index is current.
const KINDS = {
  text: (n: number) => `An edit for the benchmark, number ${n}.`,
  quote: (n: number) => `"We will keep to the plan, whatever it costs," said Ottoline Benchmark${"x".repeat(n)}, a spokeswoman for the council.`,
} as const;
const fetchText = (address: string) => new Promise<string>((resolve, reject) => {
  http.get(address, (res) => {
    let body = "";
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => (body += chunk));
    res.on("end", () => resolve(body));
  }).on("error", reject);
});
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor((xs.length - 1) / 2)]!;
const results: Record<string, { visible: number[]; every: number[]; searched: number[] }> = {};
let n = 0;
for (const [kind, edit] of Object.entries(KINDS)) {
  const r: { visible: number[]; every: number[]; searched: number[] } = { visible: [], every: [], searched: [] };
  results[kind] = r;
  for (let i = 0; i < edits; i++) {
    n++;
    const name = files[(n * 397) % files.length]!.name;
    const file = path.join(content, "articles", name);
    const page = `${url}articles/${encodeURIComponent(name.replace(/\.md$/, ""))}/`;
    const added = edit(n);
    const shows = (html: string) => html.includes(kind === "text" ? added : `Benchmark${"x".repeat(n)}`);
    const text = readFileSync(file, "utf8");
    let visibleAt = 0;
    let lastBuilt = 0;
    const seen = new Promise<void>((resolve) => {
      const listen = (event: Heard) => {
        if (event.type === "built") {
          lastBuilt = performance.now();
          if (!visibleAt) void fetchText(page).then((html) => {
            if (!visibleAt && shows(html)) {
              visibleAt = performance.now();
            }
          });
        }
        if (event.type === "searched") {
          listeners.splice(listeners.indexOf(listen), 1);
          resolve();
        }
      };
      listeners.push(listen);
    });
    const saved = performance.now();
    writeFileSync(file, text.replace(/\n\n/, `\n\n${added}\n\n`));
    await seen;
    const searchedAt = performance.now();
    if (!visibleAt) throw new Error(`edit ${n}: the served page never showed the edit`);
    r.visible.push((visibleAt - saved) / 1000);
    r.every.push((lastBuilt - saved) / 1000);
    r.searched.push((searchedAt - saved) / 1000);
    console.log(`${kind} edit ${i + 1}: visible after ${r.visible[i]!.toFixed(2)} s, every page after ${r.every[i]!.toFixed(2)} s, search current after ${r.searched[i]!.toFixed(2)} s`);
    await new Promise((done) => setTimeout(done, 300));
  }
}
for (const [kind, r] of Object.entries(results)) {
  console.log(`Median of ${edits} edits (${kind === "text" ? "a sentence added" : "a quotation by someone new added"}): visible in the served page after ${median(r.visible).toFixed(2)} s (goal: 1 s), every page after ${median(r.every).toFixed(2)} s, search current after ${median(r.searched).toFixed(2)} s.`);
}
// (the serving process's peak resident memory, as the kernel counts it, where it does)
const peak = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${child.pid}/status`, "utf8").catch(() => ""))?.[1];
if (peak) console.log(`Peak memory of briefing serve over the first build and the ${n} edits: ${Math.round(Number(peak) / 1024)} MB (Pagefind's own process aside).`);
child.kill("SIGTERM");
if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exit(0);
