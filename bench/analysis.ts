// `npm run bench`: how fast the analysis stage reads article text, on a reproducible synthetic
// corpus recombined from the sample and fixture articles (paragraphs shuffled across articles, names
// and numbers varied). Prints MB per second on one core, overall and per analysis step, and peak
// memory. Options: --articles N (default 2000), --seed S (default 1).
import { parseArgs } from "node:util";
import { analyzeText } from "../src/analysis/index.ts";
import { readBody } from "../src/analysis/body.ts";
import { extractFigures } from "../src/analysis/figures/extract.ts";
import { recognizeNumbers } from "../src/analysis/numbers/index.ts";
import { extractQuotes } from "../src/analysis/quotes/extract.ts";
import { countWords } from "../src/analysis/words.ts";
import { corpus } from "./corpus.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, seed: { type: "string", default: "1" } } });
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1) throw new Error("--articles must be a whole number above 0");

function time(label: string, bodies: string[], step: (body: string) => unknown, bytes: number): void {
  for (const body of bodies.slice(0, 50)) step(body); // warm the JIT
  const started = performance.now();
  for (const body of bodies) step(body);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(26)} ${seconds.toFixed(2).padStart(7)} s  ${(bytes / 1e6 / seconds).toFixed(2).padStart(6)} MB/s on one core`);
}

const bodies = corpus(count, Number(values.seed));
const bytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0);
console.log(`Synthetic corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB of text (seed ${values.seed}).`);
time("analysis (all of it)", bodies, (b) => analyzeText(b, "2024-01-01"), bytes);
time("  sentences and tags", bodies, readBody, bytes);
const read = new Map(bodies.map((b) => [b, readBody(b)]));
time("  quotes and speakers", bodies, (b) => extractQuotes(b, read.get(b)), bytes);
time("  numbers", bodies, recognizeNumbers, bytes);
const prepared = new Map(bodies.map((b) => [b, { numbers: recognizeNumbers(b), quotes: extractQuotes(b, read.get(b)) }]));
time("  figures", bodies, (b) => extractFigures({ body: b, read: read.get(b)!, ...prepared.get(b)!, date: "2024-01-01" }), bytes);
time("  word count", bodies, countWords, bytes);
// One very long article: analysis time must grow in a straight line with length, not faster.
const long = bodies.join("\n\n").slice(0, 3_000_000);
time("  one 3 MB article", [long], (b) => analyzeText(b, "2024-01-01"), Buffer.byteLength(long));
// Long runs that a quadratic rule would choke on: number-dense copy (numbers alone, and one tenth of
// it, to compare), and a single sentence of 4,000 figures.
const dense = "Between 300 and 400 people fled; $2-3bn, 7.5%, one hundred and sixty-one, two thirds, 1,234,567. ".repeat(32000);
time("  numbers, dense 3 MB", [dense], recognizeNumbers, Buffer.byteLength(dense));
time("  numbers, dense 0.3 MB", [dense.slice(0, dense.length / 10)], recognizeNumbers, Buffer.byteLength(dense) / 10);
const sentence = `${Array.from({ length: 4000 }, (_, i) => `${i + 2} people were killed in Town${i}`).join(", and ")}.`;
time("  one sentence, 4,000 figures", [sentence], (b) => analyzeText(b, "2024-01-01"), Buffer.byteLength(sentence));
console.log(`Peak memory (resident set): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log("Target (issue 3): at least 4 MB/s on one core for the whole analysis.");
