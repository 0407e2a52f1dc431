// Prints the Wikinews quote scores of one annotated part, and with --misses every miss:
//   npx tsx tests/quality/wikinews-report.ts dev [--misses] [--only missed,speaker,...] [--src DIR]
// --src runs the extractor of another checkout (its src/ folder), to measure an earlier version.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadPart, scoreWikinews, summary, type FoundQuote } from "./wikinews-eval.ts";

const args = process.argv.slice(2);
const part = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--src" && args[args.indexOf(a) - 1] !== "--only") ?? "dev";
const src = args.includes("--src") ? path.resolve(args[args.indexOf("--src") + 1]!) : path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../src");
const only = args.includes("--only") ? new Set(args[args.indexOf("--only") + 1]!.split(",")) : null;

const { extractQuotes } = (await import(pathToFileURL(path.join(src, "analysis/quotes/extract.ts")).href)) as { extractQuotes: (body: string) => FoundQuote[] };
const { buildSpeakerRegistry } = (await import(pathToFileURL(path.join(src, "briefing/speakers.ts")).href)) as {
  buildSpeakerRegistry: (m: { article: string; speaker: { name: string; role: string | null; kind: string } }[], aliases: Record<string, string[]>) => { idOf: (m: { article: string; speaker: { name: string; role: string | null; kind: string } }) => string };
};

const runs = loadPart(part).map((a) => ({ ...a, found: extractQuotes(a.body) }));
const s = scoreWikinews(runs, (mentions) => {
  const r = buildSpeakerRegistry(mentions, {});
  const kinds = new Map(mentions.map((m) => [`${m.article}|${m.speaker.name}`, m.speaker.kind]));
  return (article, name) => r.idOf({ article, speaker: { name, role: null, kind: kinds.get(`${article}|${name}`) ?? "person" } });
});
console.log(summary(part, s));
// --outcomes FILE: every annotated quotation with whether it was found with its right speakers, to compare two runs.
if (args.includes("--outcomes")) {
  const { writeFileSync } = await import("node:fs");
  const wrong = new Set(s.misses.filter((m) => m.gold && (m.problem === "missed" || m.problem === "speaker")).map((m) => `${m.article}|${m.gold!.text}`));
  const lines = runs.flatMap((r) => r.gold.quotes.filter((q) => q.kind !== "term").map((q) => `${wrong.has(`${r.article}|${q.text}`) ? "WRONG" : "right"} ${r.article.slice(0, 40)} | ${q.text.slice(0, 70)}`));
  writeFileSync(args[args.indexOf("--outcomes") + 1]!, `${lines.join("\n")}\n`);
}
if (args.includes("--misses")) {
  for (const m of s.misses) {
    if (only && !only.has(m.problem)) continue;
    const g = m.gold ? `gold ${m.gold.kind} [${m.gold.speakers.join(" + ")}] «${m.gold.text.slice(0, 140)}»` : "";
    const sp = m.found ? (m.found.speakers?.length ? m.found.speakers : m.found.speaker ? [m.found.speaker] : []).map((x) => x.name).join(" + ") : "";
    const f = m.found ? `found ${m.found.kind} [${sp}] «${m.found.text.slice(0, 140)}»` : "";
    console.log(`- ${m.problem} ${m.article.slice(0, 50)}: ${[g, f, m.detail ?? ""].filter(Boolean).join(" | ")}`);
  }
}
