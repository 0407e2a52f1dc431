// Every page kind of the served sample site, and of a booklet with conflicting figures, checked with
// axe-core in Chromium: no serious or critical violation (WCAG A and AA rules, axe's defaults).
import type { Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSiteServer, listen } from "../../src/serve.ts";
import { CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, removeDir, ROOT, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!HAS_CHROMIUM)(`accessibility of every page kind${HAS_CHROMIUM ? "" : " (skipped: no Chromium)"}`, () => {
  let tmp: string;
  const servers: Server[] = [];
  const bases: Record<string, string> = {};
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    tmp = await tempDir();
    for (const [name, content] of [["sample", SAMPLE_CONTENT], ["conflicts", path.join(ROOT, "tests/fixtures/figures/story3")]] as const) {
      const out = path.join(tmp, name);
      expect((await runCli(["build", "--content", content, "--out", out])).code).toBe(0);
      const server = createSiteServer(out);
      servers.push(server);
      bases[name] = `http://127.0.0.1:${await listen(server, 0)}`;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    await removeDir(tmp);
  });

  /** axe-core's violations on the page as it stands. */
  async function violations(): Promise<Violation[]> {
    await page.addScriptTag({ path: AXE });
    return (await page.evaluate(async () => (await (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { resultTypes: ["violations"] })).violations)) as Violation[];
  }

  /** Every violation axe finds on a page, of any impact (serious and critical ones are the bar). */
  async function found(url: string): Promise<string[]> {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    // the booklet is checked as Paged.js lays it out in pages
    if (url.includes("/print/")) await page.waitForFunction(() => document.documentElement.dataset.paged === "done", null, { timeout: 60_000 });
    return (await violations()).map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  it("catches a violation when there is one (the check itself works)", async () => {
    await page.setContent('<!doctype html><html lang="en"><head><title>x</title></head><body><main><img src="x.png"></main></body></html>');
    expect((await violations()).map((v) => v.id)).toContain("image-alt");
  });

  it.each([
    ["the cover", "sample", "/"],
    ["an article", "sample", "/articles/2022-03-14-russia-and-ukraine-to-hold-talks/"],
    ["the sources", "sample", "/sources/"],
    ["the timeline", "sample", "/timeline/"],
    ["the quote index", "sample", "/quotes/"],
    ["a speaker", "sample", "/speakers/vladimir-medinsky/"],
    ["the figures table", "sample", "/figures/"],
    ["the figures table with a conflict", "conflicts", "/figures/"],
    ["the cover with a conflict", "conflicts", "/"],
    ["the search page", "sample", "/search/"],
    ["search results", "sample", "/search/?q=Peskov"],
    ["the page for a missing address", "sample", "/no/such/page/"],
    ["the printed booklet, laid out in pages", "sample", "/print/"],
    ["the printed booklet with a conflict", "conflicts", "/print/"],
  ])("%s has no violation: none serious or critical, and headings in order, landmarks whole", async (_, site, url) => {
    expect(await found(`${bases[site]}${url}`)).toEqual([]);
  });

  // 320 CSS pixels is a phone; 640 is a 1280-pixel window zoomed to 200%, which lays out the same
  it.each([320, 640])("reads %i CSS pixels wide without scrolling sideways, tables scrolling in their own box", async (width) => {
    const narrow = await browser.newPage({ viewport: { width, height: 640 } });
    try {
      for (const url of ["/", "/articles/2022-03-14-russia-and-ukraine-to-hold-talks/", "/quotes/", "/speakers/vladimir-medinsky/", "/figures/", "/search/?q=Peskov", "/sources/", "/timeline/"]) {
        await narrow.goto(`${bases.sample}${url}`);
        await narrow.waitForLoadState("networkidle");
        const scrolled = await narrow.evaluate(() => document.documentElement.scrollWidth);
        expect(scrolled, url).toBeLessThanOrEqual(width);
      }
    } finally {
      await narrow.close();
    }
  });

  it("can be used from the keyboard: the first Tab reaches the skip link, which moves focus to the content", async () => {
    await page.goto(`${bases.sample}/articles/2022-03-14-russia-and-ukraine-to-hold-talks/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
