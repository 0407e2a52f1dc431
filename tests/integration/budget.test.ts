// One article of text that is not prose (a pasted data URI, a run of one character) costs the
// analysis no more than its length, is said with its line, and leaves the other articles as they
// were (issue 14). Bounded by a timeout, not timed.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/index.ts";
import { read, removeDir, runCli, tempDir } from "../helpers.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

const GOOD = '---\ntitle: "Good"\nsource: "S"\ndate: 2022-03-14\n---\n\n"We will not give up," Zelensky said. Nearly 2,200 people have been killed in Mariupol, officials said.\n';

describe("text that is not prose", () => {
  it("builds a booklet holding a 400 KB data URI, 200 KB of x and 100 KB of quote marks, warning with each line", { timeout: 60_000 }, async () => {
    const content = path.join(tmp, "content");
    await mkdir(path.join(content, "articles"), { recursive: true });
    await writeFile(path.join(content, "briefing.yaml"), 'title: "T"\n');
    await writeFile(path.join(content, "articles", "good.md"), GOOD);
    const blob = `data:image/png;base64,${"iVBORw0KGgoAAAANSUhEUgAA".repeat(17_000)}`;
    const bad = `---\ntitle: "Bad"\nsource: "S"\ndate: 2022-03-14\n---\n\nThe photo: ${blob}\n\n${"x".repeat(200_000)}\n\n${"'".repeat(100_000)}\n\n"We are still here," Zelensky said.\n`;
    await writeFile(path.join(content, "articles", "bad.md"), bad);
    const out = path.join(tmp, "site");
    const run = await runCli(["build", "--content", content, "--out", out, "--no-search", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/bad\.md:(\d+): warning .*without a space/g)?.length).toBe(3);
    expect(run.stderr).toContain("bad.md:7: warning");
    const quotes = JSON.parse(await read(out, "data/quotes.json")) as { quotes: { text: string; article: string }[] };
    expect(quotes.quotes.map((q) => q.text)).toEqual(expect.arrayContaining(["We will not give up", "We are still here"]));
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
