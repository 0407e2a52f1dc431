// What `briefing serve` keeps between rebuilds (src/build-memory.ts) never shows in the output: after
// each of a run of edits of real articles (the sample and Wikinews articles, CC BY 2.5), the folder
// the remembering build updated is byte for byte the folder a fresh build of the same content
// writes. And it renders only what an edit reaches: an edited sentence, one article's page.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuildMemory } from "../../src/build-memory.ts";
import { buildSite, type BuildResult } from "../../src/pipeline.ts";
import { HAS_SHARED, listFiles, removeDir, ROOT, SAMPLE_CONTENT, SHARED, tempDir } from "../helpers.ts";

const WIKINEWS = path.join(SHARED, "corpus", "wikinews");

describe.skipIf(!HAS_SHARED)(`a rebuild with memory of the last one${HAS_SHARED ? "" : " (skipped: ../shared is absent)"}`, () => {
  let tmp: string;
  let content: string;
  let articles: string;
  let site: string;
  const memory = new BuildMemory();
  let fresh = 0;

  beforeAll(async () => {
    tmp = await tempDir();
    content = path.join(tmp, "content");
    articles = path.join(content, "articles");
    site = path.join(tmp, "site");
    await cp(SAMPLE_CONTENT, content, { recursive: true });
    // twenty Wikinews articles beside the sample: other stories, speakers and figures
    const names = (await readdir(WIKINEWS)).filter((n) => n.endsWith(".md")).sort().slice(0, 20);
    for (const name of names) await cp(path.join(WIKINEWS, name), path.join(articles, name));
    const first = await remembered();
    expect(first.ok).toBe(true);
    expect(first.rendered).toBe(first.files);
  }, 120_000);
  afterAll(() => removeDir(tmp));

  const remembered = () => buildSite({ contentDir: content, outDir: site, search: false, skipInvalid: false, memory });

  /** Every file of a built folder, its marker aside, by path. */
  async function folder(dir: string): Promise<Map<string, Buffer>> {
    const files = (await listFiles(dir)).filter((f) => f !== ".briefing-output");
    return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f))] as const)));
  }

  /**
   * The remembering build's folder against a fresh build of the same content, file by file. The
   * fresh build runs in a process of its own: what the model keeps between builds lives in this one.
   */
  async function sameAsFresh(): Promise<void> {
    const other = path.join(tmp, `fresh-${++fresh}`);
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin/briefing.js"), "build", "--content", content, "--out", other, "--no-search", "--quiet"], { cwd: tmp, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const [mine, theirs] = await Promise.all([folder(site), folder(other)]);
    expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
    const differ = [...theirs].filter(([f, bytes]) => !mine.get(f)!.equals(bytes)).map(([f]) => f);
    expect(differ).toEqual([]);
    await rm(other, { recursive: true, force: true });
  }

  async function edit(file: string, change: (text: string) => string): Promise<void> {
    const full = path.join(articles, file);
    const before = await readFile(full, "utf8");
    const after = change(before);
    expect(after).not.toBe(before);
    await writeFile(full, after);
  }

  const SAMPLE = "2022-03-14-russia-and-ukraine-to-hold-talks.md";
  const OTHER = "2022-03-22-kremlin-wants-more-substantial-talks.md";
  /** OTHER once renamed (below). */
  const OTHER_NOW = "kremlin-talks.md";
  /** After the first paragraph of the body. */
  const addParagraph = (paragraph: string) => (text: string) => text.replace(/(\n---\n[\s\S]*?\S[^\n]*\n)\n/, `$1\n${paragraph}\n\n`);

  it("renders only the edited article's page for an edited sentence, and writes what a fresh build writes", { timeout: 60_000 }, async () => {
    await edit(SAMPLE, addParagraph("Officials met again on Tuesday."));
    const told: (string[] | null)[] = [];
    // (whether the marker says the folder is finished, as each step is told: a stop between the two
    // steps must leave it marked unfinished, so that the next build writes it afresh)
    const finished = () => (JSON.parse(readFileSync(path.join(site, ".briefing-output"), "utf8")) as { complete: boolean }).complete;
    const markedFinished: boolean[] = [];
    const result: BuildResult = await buildSite({ contentDir: content, outDir: site, search: false, skipInvalid: false, memory, pagesReady: (_, pages) => (told.push(pages), markedFinished.push(finished())) });
    expect(markedFinished).toEqual([false, false]);
    expect(finished()).toBe(true);
    // first the article's page alone, then the pages made from the whole booklet that changed (the
    // word count on the cover, the print page)
    expect(told[0]).toEqual([`articles/${SAMPLE.replace(/\.md$/, "")}/index.html`]);
    expect(told[1]).toContain("index.html");
    expect(told[1]).toContain("print/index.html");
    expect(told[1]!.some((p) => p.startsWith("articles/") || p.startsWith("speakers/"))).toBe(false);
    // of 100 files and more, the article's page and the 14 made from the whole booklet
    expect(result.files).toBeGreaterThan(100);
    expect(result.rendered).toBe(15);
    await sameAsFresh();
  });

  it("follows a quotation by someone new, and one by a speaker already quoted", { timeout: 60_000 }, async () => {
    await edit(SAMPLE, addParagraph(`"We will return to the table," said Olena Marchuk, a spokeswoman for the delegation.`));
    await remembered();
    await sameAsFresh();
    await edit(OTHER, addParagraph(`"There is no progress yet," Peskov told reporters on Tuesday.`));
    await remembered();
    await sameAsFresh();
  });

  it("follows a figure changed and a figure added", { timeout: 60_000 }, async () => {
    await edit(OTHER, addParagraph("Officials said 40 people were killed in the shelling of the city on Monday."));
    await remembered();
    await sameAsFresh();
    await edit(OTHER, (t) => t.replace("40 people were killed", "45 people were killed"));
    await remembered();
    await sameAsFresh();
  });

  it("follows a new title and a new date, which move the article among its neighbours", { timeout: 60_000 }, async () => {
    await edit(SAMPLE, (t) => t.replace(/^title: .*$/m, 'title: "Delegations agree to meet again"'));
    await remembered();
    await sameAsFresh();
    await edit(SAMPLE, (t) => t.replace(/^date: .*$/m, "date: 2019-01-20"));
    await remembered();
    await sameAsFresh();
  });

  it("follows a new article, a deleted one and a renamed one", { timeout: 60_000 }, async () => {
    const extra = (await readdir(WIKINEWS)).filter((n) => n.endsWith(".md")).sort()[40]!;
    await cp(path.join(WIKINEWS, extra), path.join(articles, extra));
    await remembered();
    await sameAsFresh();
    await rm(path.join(articles, extra));
    await remembered();
    await sameAsFresh();
    await rename(path.join(articles, OTHER), path.join(articles, "kremlin-talks.md"));
    await remembered();
    await sameAsFresh();
  });

  it("follows briefing.yaml: a new title, and aliases that join two spellings of a speaker", { timeout: 60_000 }, async () => {
    const config = path.join(content, "briefing.yaml");
    const text = await readFile(config, "utf8");
    await writeFile(config, text.replace(/^title: .*$/m, 'title: "Talks, in five reports and twenty others"'));
    const retitled = await remembered();
    expect(retitled.rendered).toBe(retitled.files - 8); // every page but the program's own files
    await sameAsFresh();
    await writeFile(config, `${await readFile(config, "utf8")}\naliases:\n  Volodymyr Zelensky: [Zelenskiy, Zelensky]\n`);
    await remembered();
    await sameAsFresh();
  });

  it("follows aliases whose order alone changed: a spelling listed under two names is the later one's", { timeout: 60_000 }, async () => {
    const config = path.join(content, "briefing.yaml");
    const text = (await readFile(config, "utf8")).replace(/\naliases:[\s\S]*$/, "\n");
    await writeFile(config, `${text}\naliases:\n  Peskov One: [Dmitry Peskov]\n  Peskov Two: [Dmitry Peskov]\n`);
    await remembered();
    await sameAsFresh();
    await writeFile(config, `${text}\naliases:\n  Peskov Two: [Dmitry Peskov]\n  Peskov One: [Dmitry Peskov]\n`);
    await remembered();
    await sameAsFresh();
    await writeFile(config, text);
    await remembered();
    await sameAsFresh();
  });

  it("writes again a page deleted by hand, though the edit does not reach it", { timeout: 60_000 }, async () => {
    const page = path.join(site, "articles", SAMPLE.replace(/\.md$/, ""), "index.html");
    await rm(page);
    await edit(OTHER_NOW, addParagraph("Officials met again on Wednesday."));
    await remembered();
    await sameAsFresh();
  });

  it("does not trust its memory of a folder another build has written since", { timeout: 60_000 }, async () => {
    // another build, from other content, into the same folder
    const elsewhere = path.join(tmp, "elsewhere");
    await cp(content, elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, "articles", SAMPLE), (await readFile(path.join(articles, SAMPLE), "utf8")).replace(/^title: .*$/m, 'title: "A title from elsewhere"'));
    expect((await buildSite({ contentDir: elsewhere, outDir: site, search: false, skipInvalid: false })).ok).toBe(true);
    await edit(OTHER_NOW, addParagraph("Officials met again on Thursday."));
    await remembered();
    await sameAsFresh();
  });

  it("leaves the folder as it was after a content error, and follows the correction", { timeout: 60_000 }, async () => {
    const before = await folder(site);
    await edit(SAMPLE, (t) => t.replace(/^date: .*$/m, "date: 2022-02-30"));
    const failed = await remembered();
    expect(failed.ok).toBe(false);
    const after = await folder(site);
    expect([...after.keys()]).toEqual([...before.keys()]);
    await edit(SAMPLE, (t) => t.replace(/^date: .*$/m, "date: 2022-03-15"));
    await remembered();
    await sameAsFresh();
  });
});
