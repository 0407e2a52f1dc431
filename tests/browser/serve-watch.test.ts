// `briefing serve` watches the content and the open page follows (issue 16): an edit, a new file and
// a deletion each show after the rebuild, a content error shows on the page with its file and line
// while the last good site stays served, and the built site holds no trace of the listening script.
// Needs Debian's Chromium.
import type { ChildProcess } from "node:child_process";
import { cp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, removeDir, SAMPLE_CONTENT, startServe, tempDir } from "../helpers.ts";

describe.skipIf(!HAS_CHROMIUM)(`briefing serve, watching${HAS_CHROMIUM ? "" : " (skipped: no Chromium)"}`, () => {
  let tmp: string;
  let content: string;
  let child: ChildProcess;
  let url: string;
  let printed: () => string;
  let browser: Browser;
  let page: Page;
  const article = (title: string, date = "2022-03-15") => `---\ntitle: "${title}"\nsource: "Test Wire"\ndate: ${date}\n---\n\nTalks resumed on Tuesday, officials said.\n`;

  beforeAll(async () => {
    tmp = await tempDir();
    content = path.join(tmp, "content");
    await cp(SAMPLE_CONTENT, content, { recursive: true });
    ({ child, url, printed } = await startServe(["--content", content, "--out", path.join(tmp, "site")], tmp));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    child?.kill("SIGTERM");
    await removeDir(tmp);
  });

  const shows = (words: string) => page.waitForFunction((w) => document.body.innerText.includes(w), words, { timeout: 30_000 });
  const gone = (words: string) => page.waitForFunction((w) => !document.body.innerText.includes(w), words, { timeout: 30_000 });

  it("shows an edit to an article in its open page", { timeout: 60_000 }, async () => {
    const slug = "2022-03-14-russia-and-ukraine-to-hold-talks";
    await page.goto(`${url}articles/${slug}/`);
    const file = path.join(content, "articles", `${slug}.md`);
    const text = await readFile(file, "utf8");
    expect(text).toContain("Kyiv");
    await writeFile(file, text.replace(/\n\n/, "\n\nAn editor's first line, added while the page was open.\n\n"));
    await shows("An editor's first line, added while the page was open.");
  });

  it("shows a new article on the open cover, and drops a deleted one", { timeout: 60_000 }, async () => {
    await page.goto(url);
    await writeFile(path.join(content, "articles", "new-talks.md"), article("Talks resume in Istanbul"));
    await shows("Talks resume in Istanbul");
    await rm(path.join(content, "articles", "new-talks.md"));
    await gone("Talks resume in Istanbul");
  });

  it("shows a content error on the page, with its file and line, and keeps the last good site", { timeout: 60_000 }, async () => {
    await page.goto(url);
    const bad = path.join(content, "articles", "bad-date.md");
    await writeFile(bad, article("A story with a bad date", "2022-02-30"));
    await page.waitForSelector(".briefing-live", { timeout: 30_000 });
    const panel = await page.textContent(".briefing-live");
    expect(panel).toMatch(/bad-date\.md:4: /);
    expect(panel).toContain("fix:");
    // the site served is the last good one
    expect(await (await fetch(url)).text()).not.toContain("A story with a bad date");
    await writeFile(bad, article("A story with a good date"));
    await shows("A story with a good date");
    expect(await page.$(".briefing-live")).toBeNull();
  });

  it("brings an open search up to date once the index has caught up with an edit", { timeout: 60_000 }, async () => {
    await page.goto(`${url}search/?q=Samarkand`);
    await shows("Nothing matches.");
    await writeFile(path.join(content, "articles", "samarkand.md"), article("Talks move to Samarkand"));
    await page.waitForFunction(() => /found/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 30_000 });
    expect(await page.textContent("#search-results")).toContain("Talks move to Samarkand");
    expect(await page.$(".briefing-catching-up")).toBeNull();
  });

  it("follows a renamed file: the article moves to its new address", { timeout: 60_000 }, async () => {
    // (no open page to reload while this test looks by fetching)
    await page.goto("about:blank");
    await rename(path.join(content, "articles", "samarkand.md"), path.join(content, "articles", "samarkand-talks.md"));
    const status = (slug: string) => fetch(`${url}articles/${slug}/`).then((r) => r.status);
    for (let waited = 0; (await status("samarkand-talks")) !== 200 && waited < 30_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
    expect(await status("samarkand-talks")).toBe(200);
    expect(await status("samarkand")).toBe(404);
  });

  const rebuilds = () => printed().match(/Rebuilt in/g)?.length ?? 0;
  /** Until the rebuilds of the tests before, their search index included, have finished. */
  const settled = async () => {
    for (let last = -1; last !== rebuilds(); ) {
      last = rebuilds();
      await new Promise((r) => setTimeout(r, 1_500));
    }
  };

  it("reloads the open quote index when an edit adds a quotation, and leaves a page the edit does not reach", { timeout: 90_000 }, async () => {
    await settled();
    const other = await browser.newPage();
    try {
      await other.goto(`${url}articles/2025-04-21-putin-open-to-bilateral-talks/`);
      await other.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await page.goto(`${url}quotes/`);
      const before = rebuilds();
      const file = path.join(content, "articles", "2022-03-07-third-round-of-talks-in-belarus.md");
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace(/\n\n/, '\n\n"We expect a long night," said Taras Melnyk, a member of the delegation.\n\n'));
      await shows("Taras Melnyk");
      for (let waited = 0; rebuilds() === before && waited < 30_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
      // the article two stories away was not rewritten, so its page was not reloaded
      expect(await other.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it("makes one rebuild of a burst of saves", { timeout: 90_000 }, async () => {
    await settled();
    await page.goto(url);
    const before = rebuilds();
    const file = path.join(content, "articles", "burst.md");
    for (let i = 1; i <= 5; i++) {
      await writeFile(file, article(`Draft number ${i} of a story`));
      await new Promise((r) => setTimeout(r, 20));
    }
    await shows("Draft number 5 of a story");
    await new Promise((r) => setTimeout(r, 1_000));
    expect(rebuilds() - before).toBe(1);
  });

  it("adds the listening script only as pages are served, never to the built site", async () => {
    expect(await (await fetch(url)).text()).toContain("/__briefing/live.js");
    expect(await readFile(path.join(tmp, "site", "index.html"), "utf8")).not.toContain("__briefing");
  });
});
