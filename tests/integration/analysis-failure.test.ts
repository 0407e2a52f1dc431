// An article the analysis stops on (a fault of the analysis, or a limit of the machine it meets)
// costs that article its quotes and figures, said as a warning with its file and line; the other
// articles and the build go on (issue 14). The fault is made here by a rule that throws on one text.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { read, removeDir, tempDir } from "../helpers.ts";

vi.mock("../../src/analysis/quotes/extract.ts", async (original) => {
  const real = await original<typeof import("../../src/analysis/quotes/extract.ts")>();
  return {
    ...real,
    extractQuotes: (body: string, read?: Parameters<typeof real.extractQuotes>[1]) => {
      if (body.includes("TRIGGER")) throw new RangeError("Maximum call stack size exceeded");
      return real.extractQuotes(body, read);
    },
  };
});

const { analyzeText } = await import("../../src/analysis/index.ts");
const { buildSite } = await import("../../src/pipeline.ts");

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

describe("an article the analysis stops on", () => {
  it("gives an empty analysis that says why, never an exception", () => {
    const a = analyzeText("TRIGGER. Nearly 2,200 people have been killed, officials said.", "2022-03-14");
    expect(a.failed).toBe("RangeError: Maximum call stack size exceeded");
    expect([a.quotes, a.figures, a.numbers]).toEqual([[], [], []]);
    expect(a.wordCount).toBe(9);
  });

  it("is built without its quotes and figures, with a warning; the other articles keep theirs", { timeout: 60_000 }, async () => {
    const content = path.join(tmp, "content");
    await mkdir(path.join(content, "articles"), { recursive: true });
    await writeFile(path.join(content, "briefing.yaml"), 'title: "T"\n');
    const head = (title: string) => `---\ntitle: "${title}"\nsource: "S"\ndate: 2022-03-14\n---\n\n`;
    await writeFile(path.join(content, "articles", "good.md"), `${head("Good")}"We will not give up," Zelensky said.\n`);
    await writeFile(path.join(content, "articles", "bad.md"), `${head("Bad")}TRIGGER. "We are still here," Zelensky said.\n`);
    const result = await buildSite({ contentDir: content, outDir: path.join(tmp, "site"), skipInvalid: false, search: false, threads: 1 });
    expect(result.ok).toBe(true);
    const warning = result.diagnostics.find((d) => d.rule === "analysis-failed");
    expect(warning).toMatchObject({ severity: "warning", file: expect.stringMatching(/bad\.md$/), line: 7 });
    expect(warning!.message).toContain("RangeError: Maximum call stack size exceeded");
    expect(result.diagnostics.filter((d) => d.rule === "analysis-failed")).toHaveLength(1);
    const quotes = JSON.parse(await read(path.join(tmp, "site"), "data/quotes.json")) as { quotes: { text: string; article: string }[] };
    expect(quotes.quotes.map((q) => [q.article, q.text])).toEqual([["good", "We will not give up"]]);
    expect(await read(path.join(tmp, "site"), "articles/bad/index.html")).toContain("We are still here");
  });
});
