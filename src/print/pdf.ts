// The built site's /print/ page -> a PDF, by Debian's Chromium driven with playwright-core. Paged.js
// lays the booklet out in pages inside the browser (contents and index page numbers, running
// headers, "page N of M"); Chromium prints those pages with bookmarks for the headings; pdf-lib sets
// the document's title, author and subject.
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";
import { chromium } from "playwright-core";
import { createSiteServer, listen } from "../serve.ts";

export type Paper = "a4" | "letter";

export interface PrintOptions {
  /** The built site's folder (it holds print/index.html). */
  siteDir: string;
  out: string;
  paper: Paper;
  /** The browser to drive; Debian's by default. */
  chromiumPath?: string;
  metadata: { title: string; author: string | null; subject: string | null };
}

/** Debian's Chromium, or the browser CHROMIUM_PATH names (when it names one). */
export function defaultChromium(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Why Chromium cannot be used, with how to install it, or null when it can. */
export function chromiumProblem(chromiumPath = defaultChromium()): string | null {
  const hint = "Install it (Debian or Ubuntu: apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.";
  if (!existsSync(chromiumPath)) return `Chromium was not found at ${chromiumPath}. ${hint}`;
  try {
    if (!statSync(chromiumPath).isFile()) return `${chromiumPath} is not a program. ${hint}`;
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    return `${chromiumPath} cannot be run. ${hint}`;
  }
  return null;
}

const LAUNCH_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Prints the booklet; resolves to the number of pages. */
export async function printBooklet(options: PrintOptions): Promise<number> {
  const server = createSiteServer(options.siteDir);
  const port = await listen(server, 0);
  const browser = await chromium.launch({ executablePath: options.chromiumPath ?? defaultChromium(), args: LAUNCH_FLAGS }).catch((error: unknown) => {
    server.close();
    throw error;
  });
  try {
    const page = await browser.newPage();
    // Paged.js waits to be started, so that the paper is set before it lays out a page.
    await page.addInitScript(() => {
      (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
    });
    // served, not opened from disk: Paged.js fetches the print style, which browsers refuse from file://
    await page.goto(`http://127.0.0.1:${port}/print/`);
    // started, not awaited here: the wait below is what times out if Paged.js never finishes
    await page.evaluate((paper) => {
      if (paper === "letter") {
        const style = document.createElement("style");
        style.textContent = "@page { size: letter; }";
        document.head.appendChild(style);
      }
      const w = window as unknown as { PagedPolyfill: { preview: () => Promise<unknown> }; briefingPrint: { finish: () => void } };
      void w.PagedPolyfill.preview().then(() => w.briefingPrint.finish()); // then the index of people's pages, now they are known
    }, options.paper);
    await page.waitForFunction(() => document.documentElement.dataset.paged === "done", null, { timeout: 120_000 });
    const headings = await page.evaluate(() => Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim()));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const doc = await PDFDocument.load(pdf);
    mendBookmarks(doc, headings);
    doc.setTitle(options.metadata.title, { showInWindowTitleBar: true });
    if (options.metadata.author) doc.setAuthor(options.metadata.author);
    if (options.metadata.subject) doc.setSubject(options.metadata.subject);
    doc.setCreator("Briefing");
    doc.setProducer("Briefing, with Chromium and Paged.js");
    await writeFile(options.out, await doc.save());
    return doc.getPageCount();
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Chromium drops the space where a heading wraps from its bookmark ("andRussia's"): each bookmark
 * whose letters match a heading's takes the heading's text.
 */
function mendBookmarks(doc: PDFDocument, headings: string[]): void {
  const bare = (s: string) => s.replace(/\s+/g, "");
  const byLetters = new Map(headings.map((h) => [bare(h), h]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const visit = (ref: unknown) => {
    for (let item = ref ? doc.context.lookupMaybe(ref as PDFRef, PDFDict) : undefined; item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const title = item.lookupMaybe(PDFName.of("Title"), PDFString, PDFHexString);
      const mended = title && byLetters.get(bare(title.decodeText()));
      if (mended) item.set(PDFName.of("Title"), PDFHexString.fromText(mended));
      visit(item.get(PDFName.of("First")));
    }
  };
  visit(outlines?.get(PDFName.of("First")));
}
