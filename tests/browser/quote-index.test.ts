// The quote index filters by kind and by source with no script at all (issue 15): radio buttons and
// style rules. Opened from the built sample with JavaScript off. Needs Debian's Chromium.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, removeDir, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

describe.skipIf(!HAS_CHROMIUM)(`the quote index's filters${HAS_CHROMIUM ? "" : " (skipped: no Chromium)"}`, () => {
  let tmp: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    tmp = await tempDir();
    const out = path.join(tmp, "site");
    const run = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out, "--no-search", "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(pathToFileURL(path.join(out, "quotes", "index.html")).href);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await removeDir(tmp);
  });

  const visible = (selector: string) => page.$$eval(selector, (nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n) => n.getAttribute("id") ?? (n as HTMLElement).dataset.kind ?? ""));

  it("shows every quotation until a choice is made", async () => {
    expect((await visible(".quote-item")).length).toBe(await page.locator(".quote-item").count());
  });

  it("narrows to one kind, then to one source, hiding speakers left with nothing", async () => {
    await page.check("#qk-partial");
    const kinds = await page.$$eval(".quote-item", (items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["partial"]));
    await page.check("#qs-source-afp");
    // AFP's partial quotes: Joe Biden's "is World War III." among them; David Arakhamia's is reported speech.
    const speakers = await visible(".speaker");
    expect(speakers).toContain("joe-biden");
    expect(speakers).not.toContain("david-arakhamia");
    const sources = await page.$$eval(".quote-item", (items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLElement).dataset.source));
    expect(new Set(sources)).toEqual(new Set(["source-afp"]));
    await page.check("#qk-all");
    await page.check("#qs-all");
    expect((await visible(".quote-item")).length).toBe(await page.locator(".quote-item").count());
  });
});
