// One article of text that is not prose (a pasted data URI, a run of one character) costs the
// analysis no more than its length, is said with its line, and leaves the other articles as they
// were (issue 14). Bounded by a timeout, not timed.
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeText, explainText } from "../../src/analysis/index.ts";
import { analyzeWithin, read, removeDir, runCli, tempDir } from "../helpers.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

const GOOD = '---\ntitle: "Good"\nsource: "S"\ndate: 2022-03-14\n---\n\n"We will not give up," Zelensky said. Nearly 2,200 people have been killed in Mariupol, officials said.\n';

describe("text that is not prose", () => {
  it("builds a booklet holding a 400 KB data URI, 200 KB of x, 100 KB of quote marks and 100 KB of \"1,\", warning with each line", { timeout: 60_000 }, async () => {
    const content = path.join(tmp, "content");
    await mkdir(path.join(content, "articles"), { recursive: true });
    await writeFile(path.join(content, "briefing.yaml"), 'title: "T"\n');
    await writeFile(path.join(content, "articles", "good.md"), GOOD);
    const blob = `data:image/png;base64,${"iVBORw0KGgoAAAANSUhEUgAA".repeat(17_000)}`;
    const bad = `---\ntitle: "Bad"\nsource: "S"\ndate: 2022-03-14\n---\n\nThe photo: ${blob}\n\n${"x".repeat(200_000)}\n\n${"'".repeat(100_000)}\n\n${"1,".repeat(50_000)}\n\n"We are still here," Zelensky said.\n`;
    await writeFile(path.join(content, "articles", "bad.md"), bad);
    const out = path.join(tmp, "site");
    const run = await runCli(["build", "--content", content, "--out", out, "--no-search", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/bad\.md:(\d+): warning .*without a space/g)?.length).toBe(4);
    expect(run.stderr).toContain("bad.md:7: warning");
    const quotes = JSON.parse(await read(out, "data/quotes.json")) as { quotes: { text: string; article: string }[] };
    expect(quotes.quotes.map((q) => q.text)).toEqual(expect.arrayContaining(["We will not give up", "We are still here"]));
    // (a list of numbers without spaces once made figures.json 3 GB: it holds the good article's figure only)
    const figures = JSON.parse(await read(out, "data/figures.json")) as { figures: { value: number }[] };
    expect(figures.figures.map((f) => f.value)).toEqual([2_200]);
  });

  it("keeps offsets and cuts a sentence too long to be one in each record to a window around its words", () => {
    const filler = "and then it went on ".repeat(500);
    const body = `${"z".repeat(1_500)} Officials said ${filler}that 35 people were killed ${filler}in the town.`;
    const a = analyzeText(body, "2022-03-14");
    expect(a.skipped).toEqual([{ start: 0, end: 1_500 }]);
    const f = a.figures.find((x) => x.value === 35)!;
    expect(body.slice(f.start, f.end)).toBe(f.text);
    expect(f.sentence.length).toBeLessThan(1_000);
    expect(f.sentence).toContain("35 people");
  });
});

// Text that has spaces but is still not prose: a paragraph of thousands of quotes, reporting verbs
// or counts. Each cost the square of its length before (20 s to several minutes at these sizes); each
// now costs about a second. Bounded: the analysis runs in a worker stopped after 15 s, not timed.
const LIMIT = 15_000;
describe("paragraphs too long to be paragraphs", () => {
  it("reads one 200 KB sentence of 40,000 short quotes, each record keeping only a window of it", { timeout: 30_000 }, async () => {
    const body = `Officials said ${'"ab" '.repeat(40_000)}in the town.`;
    const a = await analyzeWithin(body, "2022-03-14", LIMIT);
    expect(a.failed).toBeUndefined();
    expect(a.quotes.length).toBe(40_000);
    expect(Math.max(...a.quotes.map((q) => q.sentence.length))).toBeLessThan(1_000);
    for (const q of a.quotes.slice(0, 50)) expect(body.slice(q.start, q.end)).toBe("ab");
  });

  it("reads a paragraph of 7,000 quoted sentences, each credited as written", { timeout: 30_000 }, async () => {
    const body = '"We will stay," she said. '.repeat(7_000);
    const a = await analyzeWithin(body, "2022-03-14", LIMIT);
    expect(a.quotes.length).toBe(7_000);
    expect(a.quotes.every((q) => q.text === "We will stay" && q.cue === "said")).toBe(true);
  });

  it("does not read a 100 KB sentence of reporting verbs for reports, and says so", { timeout: 30_000 }, async () => {
    const body = `Officials said ${"said ".repeat(20_000)}nothing.`;
    expect((await analyzeWithin(body, "2022-03-14", LIMIT)).quotes).toEqual([]);
    expect(explainText(body).map((n) => n.why)).toContainEqual(expect.stringMatching(/^a sentence of 100,\d{3} characters is not read for reports/));
  });

  it("reads a 500 KB sentence listing 40,000 counts", { timeout: 30_000 }, async () => {
    const body = `${Array.from({ length: 40_000 }, (_, i) => `${i + 1} people`).join(", ")} were killed.`;
    const a = await analyzeWithin(body, "2022-03-14", LIMIT);
    expect(a.failed).toBeUndefined();
    const last = a.figures.find((f) => f.value === 40_000)!;
    expect(body.slice(last.start, last.end)).toBe(last.text);
    expect(last.sentence).toMatch(/39,?999 people, 40,?000 people were killed\.$/);
  });

  it("skips a 50 MB token without overflowing the pattern engine's stack", { timeout: 30_000 }, async () => {
    const body = `Before it.\n\n${"A".repeat(50_000_000)}\n\n"We are here," Zelensky said.`;
    const a = await analyzeWithin(body, "2022-03-14", LIMIT);
    expect(a.failed).toBeUndefined();
    expect(a.skipped).toEqual([{ start: 12, end: 50_000_012 }]);
    expect(a.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["We are here", "Zelensky"]]);
  });

  it("builds a booklet with a 50 MB token, showing it but keeping it out of the search index", { timeout: 120_000 }, async () => {
    const content = path.join(tmp, "big");
    await mkdir(path.join(content, "articles"), { recursive: true });
    await writeFile(path.join(content, "briefing.yaml"), 'title: "T"\n');
    await writeFile(path.join(content, "articles", "good.md"), GOOD);
    await writeFile(path.join(content, "articles", "big.md"), `---\ntitle: "Big"\nsource: "S"\ndate: 2022-03-14\n---\n\nBefore it.\n\n${"A".repeat(50_000_000)}\n\n"We are here," Zelensky said.\n`);
    const out = path.join(tmp, "big-site");
    const run = await runCli(["build", "--content", content, "--out", out, "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("big.md:9: warning 50,000,000 characters without a space");
    const page = await read(out, "articles/big/index.html");
    expect(page).toMatch(/<p><span class="not-prose" data-pagefind-ignore [^>]*>A{1000}/);
    // (Pagefind's index holds the words of the pages, none of the blob: its fragments stay small)
    const fragments = await readdir(path.join(out, "pagefind", "fragment"));
    const sizes = await Promise.all(fragments.map((f) => stat(path.join(out, "pagefind", "fragment", f)).then((s) => s.size)));
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThan(10_000);
  });
});
