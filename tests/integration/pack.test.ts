// `briefing pack`: the booklet as one zip to hand round (issue 16), read back with yauzl and opened
// from disk in Chromium when it is there.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, removeDir, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

/** Every entry of a zip: its name and its bytes. */
function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

describe("briefing pack", () => {
  it("zips the built booklet under one folder, without the build's marker", { timeout: 60_000 }, async () => {
    const out = path.join(tmp, "talks.zip");
    const run = await runCli(["pack", "--content", SAMPLE_CONTENT, "--site", path.join(tmp, "site"), "--out", out, "--no-pdf"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Packed \d+ files .* into .*talks\.zip .*open talks\/index\.html/);
    const entries = await unzip(out);
    const names = [...entries.keys()];
    expect(names.every((n) => n.startsWith("talks/"))).toBe(true);
    for (const name of ["talks/index.html", "talks/articles/2022-03-14-russia-and-ukraine-to-hold-talks/index.html", "talks/pagefind/pagefind-entry.json", "talks/data/quotes.json", "talks/print/index.html"]) expect(names, name).toContain(name);
    expect(names.some((n) => n.includes(".briefing-output") || n.endsWith("briefing.pdf"))).toBe(false);
    expect(entries.get("talks/index.html")!.toString("utf8")).toContain("Russia–Ukraine peace talks");

    if (!HAS_CHROMIUM) return;
    // unpacked, it opens from disk: the cover, and an article one link away
    const unpacked = path.join(tmp, "unpacked");
    for (const [name, bytes] of entries) {
      await mkdir(path.dirname(path.join(unpacked, name)), { recursive: true });
      await writeFile(path.join(unpacked, name), bytes);
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(path.join(unpacked, "talks", "index.html")).href);
      await page.click("text=Russia and Ukraine to hold talks as troops edge closer to Kyiv");
      expect(await page.textContent("h1")).toBe("Russia and Ukraine to hold talks as troops edge closer to Kyiv");
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
      // and searches from disk
      await page.goto(`${pathToFileURL(path.join(unpacked, "talks", "search", "index.html")).href}?q=refugee`);
      await page.waitForFunction(() => /found|Nothing|serve/.test(document.getElementById("search-status")?.textContent ?? ""));
      expect(await page.textContent("#search-status")).toMatch(/\d+ pages found/);
    } finally {
      await browser.close();
    }
  });

  it("refuses a zip inside the site folder, or a name that is no zip", async () => {
    const site = path.join(tmp, "site");
    expect((await runCli(["pack", "--content", SAMPLE_CONTENT, "--site", site, "--out", path.join(site, "b.zip"), "--no-pdf"])).code).toBe(2);
    expect((await runCli(["pack", "--content", SAMPLE_CONTENT, "--site", site, "--out", path.join(tmp, "b.tar"), "--no-pdf"])).code).toBe(2);
  });
});
