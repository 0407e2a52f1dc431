// `briefing pdf` on the sample: the booklet printed by Chromium, read back with poppler-utils
// (pdfinfo, pdftotext) as a reader checks a printed booklet: the contents and the index of people
// point at the pages where things really are, every page but the cover is numbered, and the
// document carries its title, author, subject and bookmarks.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, removeDir, runCli, SAMPLE_CONTENT, tempDir, writeArticle } from "../helpers.ts";

const HAS_POPPLER = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const why = !HAS_CHROMIUM ? "Chromium is not installed (apt-get install -y chromium)" : !HAS_POPPLER ? "poppler-utils is not installed (apt-get install -y poppler-utils)" : "";
if (why) console.warn(`Skipping the PDF tests: ${why}.`);

const TITLES = [
  "Ukraine wants direct talks between Zelenskiy",
  "Ukraine, Russia disagrees on outcome of the third round",
  "Russia and Ukraine to hold talks as troops edge closer",
  "Kremlin wants more 'substantial' talks",
  "Putin says he is open to direct peace talks",
];

describe.skipIf(!!why)(`the printed booklet${why ? ` (skipped: ${why})` : ""}`, () => {
  let tmp: string;
  let a4: string;
  let letter: string;
  let pages: string[];
  const squash = (s: string) => s.replace(/\s+/g, " ");
  beforeAll(async () => {
    tmp = await tempDir();
    a4 = path.join(tmp, "booklet.pdf");
    letter = path.join(tmp, "letter.pdf");
    const run = await runCli(["pdf", "--content", SAMPLE_CONTENT, "--site", path.join(tmp, "site"), "--out", a4]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Printed \d+ pages \(A4\)/);
    expect((await runCli(["pdf", "--content", SAMPLE_CONTENT, "--site", path.join(tmp, "site"), "--out", letter, "--paper", "letter"])).code).toBe(0);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [a4], { encoding: "utf8" }))![1]);
    pages = Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", a4, "-"], { encoding: "utf8" }));
  }, 180_000);
  afterAll(() => removeDir(tmp));

  it("holds the five articles in a booklet of a sensible length, A4 or Letter", () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThan(60);
    expect(execFileSync("pdfinfo", [a4], { encoding: "utf8" })).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(execFileSync("pdfinfo", [letter], { encoding: "utf8" })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it("sends each contents entry to the page that holds it", () => {
    const contents = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p) && p.includes("Index of people"));
    expect(contents).toBe(1); // the page after the cover
    for (const title of [...TITLES, "Overview", "Quote index", "Figures", "Sources", "Index of people"]) {
      const line = pages[contents]!.split("\n").find((l) => squash(l).trim().startsWith(title))!;
      expect(line, title).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line)![1]);
      expect(squash(pages[page - 1]!), `${title} on page ${page}`).toContain(title);
    }
  });

  it("numbers every page but the cover, 'page N of M', under a running header", () => {
    expect(pages[0]).not.toMatch(/page \d+ of/);
    pages.slice(1).forEach((text, i) => expect(text).toContain(`page ${i + 2} of ${pages.length}`));
    // the header names the booklet and the section the page belongs to
    const figures = pages.find((p) => /^\s*Figures\s*$/m.test(p) && p.includes("Figure as written"))!;
    expect(figures.split("\n").find((l) => l.trim())).toMatch(/Russia–Ukraine peace talks\s+Figures/);
  });

  it("lists in the index of people the pages where each person is quoted", () => {
    const index = pages[pages.length - 1]!;
    for (const [person, said] of [["Vladimir Medinsky", "Medinsky"], ["Dmytro Kuleba", "Kuleba"], ["Leonid Slutsky", "Slutsky"]] as const) {
      // two columns: the person's entry runs from the name to the next wide gap
      const line = index.split("\n").find((l) => l.includes(person))!;
      const refs = line.slice(line.indexOf(person) + person.length).trim().split(/\s{2,}/)[0]!;
      const numbers = refs.split(/,\s*/).map(Number);
      expect(numbers.every((n) => Number.isInteger(n) && n > 0), `${person}: "${refs}"`).toBe(true);
      expect(numbers.length, person).toBeGreaterThan(0);
      for (const n of numbers) expect(pages[n - 1], `${person} quoted on page ${n}`).toContain(said);
    }
  });

  it("has no page holding a paragraph or two: articles and sections follow one another", () => {
    const bodyLines = (text: string) => text.split("\n").map((l) => l.trim()).filter((l) => l && !/^page \d+ of \d+$/.test(l) && !l.startsWith("Russia–Ukraine peace talks"));
    // (each article once started a page, leaving pages of one or two closing paragraphs)
    pages.slice(1, -1).forEach((text, i) => expect(bodyLines(text).length, `page ${i + 2}:\n${text}`).toBeGreaterThanOrEqual(12));
  });

  it("opens with a legend of the marks, for paper has no tooltips", () => {
    const legend = squash(pages[1]!);
    expect(legend).toContain("How to read the marks");
    for (const words of ["A direct quote", "A partial quote", "Reported speech", "A quoted term", "a double box"]) expect(legend).toContain(words);
  });

  it("repeats at a page's head the name of a speaker whose quotations run on to it", () => {
    const heads = pages.map((p) => p.split("\n").find((l) => l.trim()) ?? "");
    const continued = heads.map((h, i) => ({ i, name: /\s{2,}(\S.*?), continued\s{2,}/.exec(h)?.[1] })).filter((c) => c.name);
    expect(continued.length).toBeGreaterThan(0);
    for (const { i, name } of continued) {
      // the name heads its quotations on an earlier page, and this page opens with a quotation, not a name
      expect(pages.slice(0, i).some((p) => p.split("\n").some((l) => l.trim() === name)), name).toBe(true);
      expect(pages[i]!.split("\n").map((l) => l.trim()).filter(Boolean)[1], name).not.toBe(name);
    }
  });

  it("gives in the sources the page each article starts on", () => {
    const from = pages.findIndex((p) => /^\s*Sources\s*$/m.test(p));
    const sources = pages.slice(from).join("\n");
    for (const title of TITLES) {
      const at = squash(sources).indexOf(title);
      expect(at, title).toBeGreaterThanOrEqual(0);
      const page = Number(/ p\. (\d+)/.exec(squash(sources).slice(at))![1]);
      expect(squash(pages[page - 1]!), `${title} on page ${page}`).toContain(title);
    }
  });

  it("has no page that is blank but for its header and footer", () => {
    pages.slice(1).forEach((text, i) => {
      const body = text.split("\n").map((l) => l.trim()).filter((l) => l && !/^page \d+ of \d+$/.test(l) && !l.startsWith("Russia–Ukraine peace talks"));
      expect(body.length, `page ${i + 2}`).toBeGreaterThan(1);
    });
  });

  it("links only inside the booklet or to the articles' own addresses, never to the server it was printed from", async () => {
    const doc = await PDFDocument.load(await readFile(a4));
    const uris: string[] = [];
    for (const page of doc.getPages()) {
      for (const ref of page.node.Annots()?.asArray() ?? []) {
        const action = doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of("A"), PDFDict);
        const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString, PDFHexString);
        if (uri) uris.push(uri.decodeText());
      }
    }
    expect(uris.filter((u) => /127\.0\.0\.1|localhost/.test(u))).toEqual([]);
  });

  it("carries the booklet's title, author and subject, and a bookmark for each section and article", async () => {
    const info = execFileSync("pdfinfo", [a4], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Russia–Ukraine peace talks/);
    expect(info).toMatch(/Author:\s+Briefing sample/);
    expect(info).toMatch(/Subject:\s+What the parties said about negotiations/);
    const doc = await PDFDocument.load(await readFile(a4));
    const titles: string[] = [];
    const walk = (dict: PDFDict | undefined) => {
      for (let item = dict; item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) {
        titles.push(item.lookup(PDFName.of("Title"), PDFString, PDFHexString).decodeText());
        walk(item.lookupMaybe(PDFName.of("First"), PDFDict));
      }
    };
    walk(doc.catalog.lookup(PDFName.of("Outlines"), PDFDict).lookupMaybe(PDFName.of("First"), PDFDict));
    for (const title of [...TITLES, "Contents", "Overview", "Quote index", "Figures", "Sources", "Index of people"]) {
      expect(titles.some((t) => t.startsWith(title)), title).toBe(true);
    }
  });
});

describe.skipIf(!!why)(`a figures table longer than a page${why ? ` (skipped: ${why})` : ""}`, () => {
  let tmp: string;
  let pages: string[];
  beforeAll(async () => {
    tmp = await tempDir();
    const content = path.join(tmp, "content");
    // thirty days of one death toll, one article a day: one group of thirty rows
    for (let day = 1; day <= 30; day++) {
      const date = `2024-04-${String(day).padStart(2, "0")}`;
      await writeArticle(content, `toll-${day}.md`, `---\ntitle: "Toll, day ${day}"\nsource: "Wire ${day % 3}"\ndate: ${date}\n---\n\nAt least ${day * 10} people have been killed in Lagos, officials said.\n`);
    }
    const out = path.join(tmp, "toll.pdf");
    expect((await runCli(["pdf", "--content", content, "--site", path.join(tmp, "site"), "--out", out])).code).toBe(0);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [out], { encoding: "utf8" }))![1]);
    pages = Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", out, "-"], { encoding: "utf8" }));
  }, 180_000);
  afterAll(() => removeDir(tmp));

  it("repeats the table header on every page that shows its rows, and loses no row", () => {
    const withRows = pages.filter((p) => /At least \d+ people\s+at least/.test(p));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toContain("Figure as written");
    const rows = pages.join("\n").match(/At least \d+ people\s+at least/g) ?? [];
    expect(rows).toHaveLength(30);
    // and no page holds only its header and footer, or a section's title alone
    pages.slice(1).forEach((text, i) => {
      const body = text.split("\n").map((l) => l.trim()).filter((l) => l && !/^page \d+ of \d+$/.test(l) && !/^Briefing\b/.test(l));
      expect(body.length, `page ${i + 2}: ${body.join(" / ")}`).toBeGreaterThan(1);
    });
  });
});
