// Bad and hostile content, built into temporary folders: invalid articles stop the build and leave
// the previous output alone; hostile but valid ones build safely with --skip-invalid.
import { existsSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frontmatter, listFiles, read, removeDir, runCli, tempDir, VALID, writeArticle } from "../helpers.ts";

describe("a folder with invalid articles", () => {
  let tmp: string;
  let content: string;
  let out: string;
  beforeAll(async () => {
    tmp = await tempDir();
    content = path.join(tmp, "content");
    out = path.join(tmp, "site");
    await writeArticle(content, "good.md", VALID("Good one"));
    await writeArticle(content, "no-title.md", frontmatter({ source: "AFP", date: "2022-03-07" }) + "\nText.\n");
    await writeArticle(content, "bad-date.md", frontmatter({ title: "x", source: "AFP", date: "2022-02-30" }) + "\nText.\n");
    await writeArticle(content, "nested/deeper/bad-url.md", frontmatter({ title: "x", source: "AFP", date: "2022-03-07", url: "javascript:alert(1)" }) + "\nText.\n");
    await writeArticle(content, "latin1.md", Buffer.concat([Buffer.from(VALID("Caf")), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]));
    await writeArticle(content, "a/same.md", VALID("One"));
    await writeArticle(content, "b/same.md", VALID("Two"));
  });
  afterAll(() => removeDir(tmp));

  it("fails with exit 1, names every bad file with its problem, and leaves the previous output unchanged", async () => {
    // A previous good build.
    const good = path.join(tmp, "good-content");
    await writeArticle(good, "earlier.md", VALID("Earlier build"));
    expect((await runCli(["build", "--content", good, "--out", out, "--no-search"])).code).toBe(0);
    const before = await read(out, "index.html");
    const beforeFiles = await listFiles(out);
    const beforeTime = (await stat(path.join(out, "index.html"))).mtimeMs;

    const run = await runCli(["build", "--content", content, "--out", out, "--no-search"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no-title\.md: error \[title\] `title` is required/);
    expect(run.stderr).toMatch(/bad-date\.md:4: error \[date\] `date` "2022-02-30" is not a real calendar date/);
    expect(run.stderr).toMatch(/nested\/deeper\/bad-url\.md:5: error \[url\]/);
    expect(run.stderr).toMatch(/latin1\.md:\d+: error the file is not valid UTF-8/);
    expect(run.stderr).toMatch(/a\/same\.md: error two articles have the slug "same"/);
    expect(run.stderr).toMatch(/b\/same\.md: error two articles have the slug "same"/);
    expect(run.stderr).toMatch(/fix: /);
    expect(run.stderr).toMatch(/was left as it was/);
    expect(run.stderr).not.toMatch(/^\s+at /m);

    expect(await read(out, "index.html")).toBe(before);
    expect(await listFiles(out)).toEqual(beforeFiles);
    expect((await stat(path.join(out, "index.html"))).mtimeMs).toBe(beforeTime);
    expect(before).toContain("Earlier build");
  });

  it("`check` lists the same problems with exit 1, and exit 0 for valid content", async () => {
    const run = await runCli(["check", "--content", content]);
    expect(run.code).toBe(1);
    for (const name of ["no-title.md", "bad-date.md", "bad-url.md", "latin1.md", "same.md"]) expect(run.stderr).toContain(name);
    const good = path.join(tmp, "good-content");
    const ok = await runCli(["check", "--content", good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Content is valid: 1 article/);
  });

  it("--skip-invalid builds the valid articles and reports the rest as warnings", async () => {
    const run = await runCli(["build", "--content", content, "--out", out, "--no-search", "--skip-invalid"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/bad-date\.md:4: warning \[date\] skipped: /);
    const data = JSON.parse(await read(out, "data/articles.json"));
    expect(data.articles.map((a: { slug: string }) => a.slug)).toEqual(["good"]);
  });

  it("answers usage errors with exit 2", async () => {
    expect((await runCli(["build", "--bogus"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
    expect((await runCli(["serve", "--port", "eighty"])).code).toBe(2);
    const help = await runCli(["build", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--skip-invalid");
  });

  it("refuses an output folder that holds the content or is not a built site", async () => {
    const run = await runCli(["build", "--content", content, "--out", content]);
    expect(run.code).toBe(2);
    const other = path.join(tmp, "other");
    await mkdir(other);
    await writeFile(path.join(other, "precious.txt"), "keep me");
    expect((await runCli(["build", "--content", path.join(tmp, "good-content"), "--out", other])).code).toBe(2);
    expect(await readFile(path.join(other, "precious.txt"), "utf8")).toBe("keep me");
    // A folder with an index.html of its own is not a built briefing either.
    await writeFile(path.join(other, "index.html"), "<!doctype html><title>My own site</title>");
    expect((await runCli(["build", "--content", path.join(tmp, "good-content"), "--out", other])).code).toBe(2);
    expect(await readFile(path.join(other, "precious.txt"), "utf8")).toBe("keep me");
    // Nor is a file.
    const file = path.join(tmp, "notes.txt");
    await writeFile(file, "precious");
    const intoFile = await runCli(["build", "--content", path.join(tmp, "good-content"), "--out", file]);
    expect(intoFile.code).toBe(2);
    expect(intoFile.stderr).toContain("is a file");
    expect(await readFile(file, "utf8")).toBe("precious");
  });
});

describe("hostile but valid articles", () => {
  let tmp: string;
  let content: string;
  let out: string;
  let pages: Map<string, string>;
  beforeAll(async () => {
    tmp = await tempDir();
    content = path.join(tmp, "content");
    out = path.join(tmp, "site");
    await writeArticle(
      content,
      "scripts.md",
      frontmatter({ title: JSON.stringify('<script>alert("title")</script>'), source: JSON.stringify('"><img src=x onerror=alert(1)>'), date: "2022-03-07", notes: JSON.stringify("<b onmouseover=alert(2)>note</b>") }) +
        '\n<script>alert("body")</script>\n\n<img src=x onerror="alert(3)"> and <a href="#" onclick="alert(4)">click</a>\n\n[bad link](javascript:alert(5)) and [also bad](JAVASCRIPT:alert(6)) and <javascript:alert(7)>\n\n<div style="background:url(javascript:alert(8))">styled</div>\n\n![tracking pixel](https://tracker.example/p.gif) and ![inline](data:image/png;base64,iVBORw0KGgo=)\n',
    );
    await writeArticle(content, "templates.md", VALID("Template {{ 7 * 7 }} title") + "\nLiquid {{ 6 * 7 }} and {% raw %}tags{% endraw %} and {% include 'x' %} and ${1+1}.\n");
    await writeArticle(
      content,
      "paths.md",
      frontmatter({ title: '"Path tricks"', source: '"Test"', date: "2022-03-07", permalink: '"../../escaped.html"', layout: '"../../../etc/passwd"', eleventyComputed: "\n  permalink: '../../computed.html'", slug: '"../../../slug-escape"' }) + "\nText.\n",
    );
    await writeArticle(content, "bom-crlf.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID("BOM and CRLF", "2022-03-08").replace(/\n/g, "\r\n") + "\r\nSecond paragraph.\r\n")]));
    await writeArticle(content, "utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID("Sixteen bits, naïve café", "2022-03-09"), "utf16le")]));
    const paragraph = "Officials said more than 3.5 million people had fled the country since the invasion began, according to the UN refugee agency. ";
    await writeArticle(content, "huge.md", VALID("A very long article", "2022-03-10") + `\n${(paragraph.repeat(8) + "\n\n").repeat(3200)}`);
    await writeArticle(content, "invalid.md", frontmatter({ title: '"No source or date"' }) + "\nText.\n");
    await writeArticle(content, "marks.md", VALID("Marks in links", "2022-03-12") + '\nOfficials said [300 people were killed](https://example.com/a) and `50 people were killed` and [40 people were killed][r] in the attack.\n\n[r]: https://example.com/r "12 people were killed in Mariupol"\n\nMore than 2,000 people were killed in Mariupol, officials said.\n');
    await writeArticle(content, "quote-marks.md", VALID("Quotes in code and links", "2022-03-13") + '\n```"not a language," he said\ncode\n```\n\nShe pointed to [the report](https://example.com/"a" "He said \\"we will fight,\\" aides said") and `"we will win," he said` in print.\n\n"We are still here," Zelensky said.\n');
    // Bare addresses beside marks, and marks an article forges with entities (found in review).
    await writeArticle(content, "bare-links.md", VALID("Bare addresses and forged marks", "2022-03-14") + `\nThe health ministry said that details are available at https://example.org/help.\n\nMore than 300 people were killed, https://example.org/toll/300 reported.\n\nRead it here https://example.com/track?x=${"a".repeat(1_100)} today.\n\nA &#xE000;7&#xE001;x&#xE002;7&#xE001; b and &#xE002;0&#xE001;&#xE002;0&#xE001; and &#xE003;0&#xE001; c.\n`);
    await writeArticle(content, "formula.md", VALID("Spreadsheet tricks", "2022-03-11") + '\n=HYPERLINK("https://evil.example","x") said 12 people <i>were</i> killed in <b>Mariupol</b>, according to "<script>x</script>" officials.\n');
    const run = await runCli(["build", "--content", content, "--out", out, "--skip-invalid"]);
    expect(run.code).toBe(0);
    pages = new Map();
    for (const file of await listFiles(out)) if (file.endsWith(".html")) pages.set(file, await read(out, file));
  }, 180_000);
  afterAll(() => removeDir(tmp));

  it("is at least 3 MB for the large article and builds it", async () => {
    expect((await stat(path.join(content, "huge.md"))).size).toBeGreaterThan(3_000_000);
    expect(pages.get("articles/huge/index.html")).toContain("A very long article");
  });

  it("shows raw HTML as text and runs no script or event handler from an article", () => {
    const page = withoutQuoteMarks(pages.get("articles/scripts/index.html")!);
    expect(page).toContain("&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;");
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(3)&quot;&gt;");
    for (const [file, html] of pages) {
      const tags = elements(html);
      expect(tags.filter((t) => Object.keys(t.attribs).some((a) => a.startsWith("on"))), file).toEqual([]);
      expect(tags.filter((t) => t.name === "script" && !t.attribs.src), file).toEqual([]);
      expect(tags.filter((t) => ["img", "b", "iframe", "object", "embed", "style"].includes(t.name) || "style" in t.attribs), file).toEqual([]);
    }
    expect(page).toContain("<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;");
    expect(pages.get("index.html")).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps a figure's sentence from running as a spreadsheet formula, and escapes it on every page", async () => {
    const csv = await read(out, "data/figures.csv");
    const row = csv.split("\r\n").find((line) => line.includes("HYPERLINK"))!;
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""x"") said 12 people`);
    expect(row.split(",").some((field) => field.startsWith("="))).toBe(false);
    const figures = pages.get("figures/index.html")!;
    expect(figures).toContain("12 people");
    expect(figures).not.toContain("<script>x</script>");
  });

  it("never marks a figure inside link text, code or a link's title, and marks it elsewhere", () => {
    const page = pages.get("articles/marks/index.html")!;
    const tags = elements(page);
    expect(tags.filter((t) => Object.values(t.attribs).some((v) => /<|data value|[\uE000-\uE00F]/.test(v)))).toEqual([]);
    expect(page).not.toMatch(/<a [^>]*>[^<]*<a /);
    expect(page).toContain("<code>50 people were killed</code>");
    expect(page).toMatch(/<a class="figure-mark[^>]*><data value="2000">More than 2,000 people<\/data><\/a>/);
  });

  it("never puts a quote's mark into a code fence's language, a link's address or title, or code (issue 14)", () => {
    const page = pages.get("articles/quote-marks/index.html")!;
    const tags = elements(page);
    expect(tags.filter((t) => Object.values(t.attribs).some((v) => /<|[\uE000-\uE00F]/.test(v)))).toEqual([]);
    expect(page).not.toMatch(/class="language-[^"]*<span/);
    expect(page).not.toMatch(/[\uE000-\uE00F]/);
    // the quotation in plain text is still marked
    expect(page).toMatch(/<span class="quote quote-direct"[^>]*>&quot;We are still here/);
  });

  it("keeps marks and bare addresses apart: no marker in an address, no link in a link, no mark forged with an entity", () => {
    const page = pages.get("articles/bare-links/index.html")!;
    const tags = elements(page);
    expect(tags.filter((t) => t.name === "a" && /%EE%80|[\uE000-\uE00F]/.test(t.attribs.href ?? ""))).toEqual([]);
    expect(nestedLinks(page)).toEqual([]);
    // the reported clause holds its address whole, and the mark closes after the link
    expect(page).toMatch(/<span class="quote quote-reported"[^>]*>details are available at <a href="https:\/\/example\.org\/help"[^>]*>https:\/\/example\.org\/help<\/a><\/span>/);
    // the long address is shown, linked, inside the block left out of search
    expect(page).toMatch(/<span class="not-prose"[^>]*><a href="https:\/\/example\.com\/track\?x=a{1100}"/);
    // entities spelling markers are dropped: the words between them stay plain text
    expect(page).toContain("<p>A 7x7 b and 00 and 0 c.</p>");
    expect(page).not.toMatch(/[\uE000-\uE00F]/);
  });

  it("loads no image from an article: images become links to them", () => {
    const page = pages.get("articles/scripts/index.html")!;
    expect(page).toContain('<a class="image-ref" href="https://tracker.example/p.gif" rel="noopener noreferrer nofollow">[image: tracking pixel]</a>');
    expect(page).toContain('<span class="image-ref">[image: inline]</span>');
    expect(page).not.toContain("data:image");
  });

  it("never makes a javascript: link", () => {
    for (const [file, html] of pages) expect(html, file).not.toMatch(/href="\s*javascript:/i);
    expect(pages.get("articles/scripts/index.html")).toContain("[bad link](javascript:alert(5))");
  });

  it("keeps {{ }} and {% %} literal", () => {
    const page = withoutQuoteMarks(pages.get("articles/templates/index.html")!);
    expect(page).toContain("Liquid {{ 6 * 7 }} and {% raw %}tags{% endraw %} and {% include 'x' %} and ${1+1}.");
    expect(page).toContain("Template {{ 7 * 7 }} title");
    expect(page).not.toContain("42");
    expect(page).not.toContain("49");
  });

  it("lets no frontmatter put a file outside the output folder", async () => {
    expect(existsSync(path.join(tmp, "escaped.html"))).toBe(false);
    expect(existsSync(path.join(tmp, "computed.html"))).toBe(false);
    expect(existsSync(path.join(path.dirname(tmp), "escaped.html"))).toBe(false);
    expect(existsSync(path.join(tmp, "slug-escape"))).toBe(false);
    expect(pages.has("articles/paths/index.html")).toBe(true);
    const files = await listFiles(tmp);
    expect(files.filter((f) => !f.startsWith("content/") && !f.startsWith("site/"))).toEqual([]);
  });

  it("decodes a byte-order mark, CRLF line endings and UTF-16 correctly", () => {
    const bom = pages.get("articles/bom-crlf/index.html")!;
    expect(bom).toContain("<h1 data-pagefind-meta=\"title\">BOM and CRLF</h1>");
    expect(bom).toContain("<p>Second paragraph.</p>");
    expect(bom).not.toContain("\r");
    expect(bom).not.toContain("\uFEFF");
    expect(pages.get("articles/utf16/index.html")).toContain("Sixteen bits, naïve café");
  });

  it("reports the invalid article as a warning and leaves it out", () => {
    expect(pages.has("articles/invalid/index.html")).toBe(false);
  });
});

/** The page with the quote index's marks taken out (`"body"` in the script is a quoted word). */
function withoutQuoteMarks(page: string): string {
  return page.replace(/<span class="quote quote-[a-z]+"[^>]*>|<\/span>/g, "");
}

/** Every element of a page, as a browser's parser would see it. */
/** Links opened inside another link, by their address. */
function nestedLinks(html: string): string[] {
  const open: string[] = [];
  const nested: string[] = [];
  const parser = new Parser({
    onopentag: (name, attribs) => {
      if (name !== "a") return;
      if (open.length) nested.push(attribs.href ?? "");
      open.push(attribs.href ?? "");
    },
    onclosetag: (name) => {
      if (name === "a") open.pop();
    },
  });
  parser.write(html);
  parser.end();
  return nested;
}

function elements(html: string): { name: string; attribs: Record<string, string> }[] {
  const found: { name: string; attribs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => found.push({ name, attribs }) });
  parser.write(html);
  parser.end();
  return found;
}
