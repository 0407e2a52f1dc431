// `briefing import`: plain text (one paragraph a line) -> a content file with frontmatter.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/article.ts";
import { importPlainText, type ImportInput, type Imported } from "../../src/content/import.ts";

const TEXT = [
  "Russia and Ukraine held a third round of talks in Belarus on Monday. Little was agreed.",
  "Ukraine's negotiator said there were small positive developments.",
  "Russia's delegation head said expectations were not fulfilled.",
].join("\n");

function ok(result: Imported): Extract<Imported, { ok: true }> {
  if (!result.ok) throw new Error(`expected the import to succeed: ${result.message}`);
  return result;
}

/** Imports, then reads the produced file back as the loader would. */
function roundTrip(input: ImportInput) {
  const imported = ok(importPlainText(input));
  return { imported, parsed: parseArticle(imported.content, `content/articles/${imported.fileName}`, imported.fileName) };
}

/** The frontmatter block of a produced file, as text. */
function frontmatterOf(content: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  expect(m, content).not.toBeNull();
  return m![1]!;
}

// Same options as the site's renderer: raw HTML is text.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

describe("plain text to a content file", () => {
  it("writes frontmatter with title, source and date, and one paragraph per line separated by blank lines", () => {
    const imported = ok(importPlainText({ text: TEXT, source: "Reuters", date: "2022-03-07", title: "Third round of talks" }));
    expect(imported.content.startsWith("---\n")).toBe(true);
    const front = frontmatterOf(imported.content);
    expect(front).toMatch(/^title: .*Third round of talks/m);
    expect(front).toMatch(/^source: .*Reuters/m);
    expect(front).toMatch(/^date: "?2022-03-07"?$/m);
    const body = imported.content.slice(imported.content.indexOf("\n---\n") + 5).trim();
    expect(body.split("\n\n")).toEqual(TEXT.split("\n"));
    expect(imported.notes).toEqual([]);
  });

  it("names the file after the date and title, with a valid slug", () => {
    const { imported, parsed } = roundTrip({ text: TEXT, source: "Reuters", date: "2022-03-07", title: "Third round of talks" });
    expect(imported.fileName).toMatch(/^2022-03-07-.*\.md$/);
    expect(imported.fileName).toMatch(/third-round/);
    expect(parsed.diagnostics.filter((d) => d.rule === "slug-invalid")).toEqual([]);
  });

  it("keeps blank-line-separated paragraphs and drops extra blank lines and spaces", () => {
    const imported = ok(importPlainText({ text: "\n\nFirst   paragraph.\n\n\n  Second paragraph.  \n\n", source: "S", date: "2022-03-07", title: "T" }));
    const body = imported.content.slice(imported.content.indexOf("\n---\n") + 5).trim();
    expect(body).toBe("First paragraph.\n\nSecond paragraph.");
  });

  it("handles a BOM and CRLF line endings in the text", () => {
    const { parsed } = roundTrip({ text: "\uFEFFLine one.\r\nLine two.\r\n", source: "S", date: "2022-03-07", title: "T" });
    expect(parsed.article!.body.trim()).toBe("Line one.\n\nLine two.");
  });

  it("passes a url through to the frontmatter", () => {
    const { parsed } = roundTrip({ text: TEXT, source: "Reuters", date: "2022-03-07", title: "T", url: "https://www.reuters.com/x/" });
    expect(parsed.article!.url).toBe("https://www.reuters.com/x/");
  });
});

describe("title", () => {
  it("without --title, the title is the first sentence, and a note says so", () => {
    const imported = ok(importPlainText({ text: TEXT, source: "Reuters", date: "2022-03-07" }));
    const parsed = parseArticle(imported.content, imported.fileName, imported.fileName);
    const title = parsed.article!.title;
    expect(title.replace(/\.$/, "")).toBe("Russia and Ukraine held a third round of talks in Belarus on Monday");
    expect(title).not.toContain("Little was agreed");
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes[0]).toMatch(/title/);
    expect(imported.notes[0]).toMatch(/first sentence/);
  });

  it("a very long first sentence gives a shortened title", () => {
    const long = "In a statement issued late on Monday evening after many hours of negotiations in the Belarusian border region the delegations said that nothing had been agreed.";
    const { parsed } = roundTrip({ text: long, source: "S", date: "2022-03-07" });
    const title = parsed.article!.title;
    expect(title.length).toBeLessThan(long.length);
    expect(long.startsWith(title.replace(/…$/, ""))).toBe(true);
  });

  it("a given title is trimmed and no note is added", () => {
    const imported = ok(importPlainText({ text: TEXT, source: "Reuters", date: "2022-03-07", title: "  Talks  " }));
    expect(imported.notes).toEqual([]);
    expect(parseArticle(imported.content, "t.md", "t.md").article!.title).toBe("Talks");
  });
});

describe("Markdown in plain text stays text", () => {
  it.each(["# Not a heading", "## Nor this", "- not a list item", "* not a list item", "+ not a list item", "> not a quote", "---", "***", "___"])(
    "a line %j is escaped and renders as the same text in a paragraph",
    (line) => {
      const imported = ok(importPlainText({ text: `First line.\n${line}\nLast line.`, source: "S", date: "2022-03-07", title: "T" }));
      const parsed = parseArticle(imported.content, "t.md", "t.md");
      const html = md.render(parsed.article!.body);
      expect(html).toBe(`<p>First line.</p>\n<p>${escapeHtml(line)}</p>\n<p>Last line.</p>\n`);
    },
  );

  it.each(["1. First, a ceasefire.", "2) Then, talks.", "2022. A year of war."])(
    "a line %j that looks like a numbered list renders as the same text (no list, no stray backslash)",
    (line) => {
      const imported = ok(importPlainText({ text: `First line.\n${line}\nLast line.`, source: "S", date: "2022-03-07", title: "T" }));
      const parsed = parseArticle(imported.content, "t.md", "t.md");
      const html = md.render(parsed.article!.body);
      expect(html).toBe(`<p>First line.</p>\n<p>${escapeHtml(line)}</p>\n<p>Last line.</p>\n`);
    },
  );

  it.each(["[1]: https://example.org/report", "[Source]: Reuters, 7 March"])("a line %j that looks like a link definition stays text instead of vanishing (issue 14)", (line) => {
    const imported = ok(importPlainText({ text: `First line.\n${line}\nLast line.`, source: "S", date: "2022-03-07", title: "T" }));
    const parsed = parseArticle(imported.content, "t.md", "t.md");
    const html = md.render(parsed.article!.body);
    // the line's words are all there once the tags are taken out (an address may be made a link)
    expect(html.replace(/<[^>]+>/g, "")).toContain(escapeHtml(line));
    expect(html).toContain("<p>Last line.</p>");
  });

  it("a line starting with ``` does not turn the rest of the article into code", () => {
    const imported = ok(importPlainText({ text: "First line.\n```\nLast line.", source: "S", date: "2022-03-07", title: "T" }));
    const parsed = parseArticle(imported.content, "t.md", "t.md");
    const html = md.render(parsed.article!.body);
    expect(html).not.toContain("<code>");
    expect(html).toContain("<p>Last line.</p>");
  });
});

describe("refusals", () => {
  it.each(["2022-02-30", "07/03/2022", "2022-3-7", "2022-03-07T10:00"])("an invalid date %s is refused, naming --date", (date) => {
    const result = importPlainText({ text: TEXT, source: "Reuters", date });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("--date");
    expect(result.message).toContain(date);
    expect(result.fix.length).toBeGreaterThan(10);
  });

  it("a text with nothing in it is refused", () => {
    const result = importPlainText({ text: " \n\n\t\n", source: "Reuters", date: "2022-03-07" });
    expect(result.ok).toBe(false);
  });
});

describe("round trip", () => {
  it("the produced file is a valid article with the same title, source and date", () => {
    const { parsed } = roundTrip({ text: TEXT, source: "Reuters", date: "2022-03-07", title: "Third round of talks" });
    expect(parsed.diagnostics).toEqual([]);
    const a = parsed.article!;
    expect(a.title).toBe("Third round of talks");
    expect(a.source).toBe("Reuters");
    expect(a.date).toBe("2022-03-07");
    expect(a.body.trim().split("\n\n")).toEqual(TEXT.split("\n"));
  });

  it("titles and sources with YAML-special characters survive the round trip", () => {
    const title = 'Zelensky: "We want peace" — 100% #1 \\ [sic] {ok} & \'more\' - yes';
    const source = "BBC: World # News";
    const { parsed } = roundTrip({ text: TEXT, source, date: "2024-02-29", title });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.article!.title).toBe(title);
    expect(parsed.article!.source).toBe(source);
    expect(parsed.article!.date).toBe("2024-02-29");
  });

  it("a title derived from the first sentence survives the round trip", () => {
    const { parsed } = roundTrip({ text: 'Peskov: "Talks are not easy." Nothing else.', source: "TASS", date: "2022-03-14" });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.article!.title).toContain('Peskov: "Talks are not easy');
  });

  it.each([
    ["a blank source", { source: "   " }],
    ["a url that is not http(s)", { url: "javascript:alert(1)" }],
  ] as const)("with %s, import either refuses or produces a valid article (never a broken file)", (_label, extra) => {
    const result = importPlainText({ text: TEXT, source: "Reuters", date: "2022-03-07", title: "T", ...extra });
    if (!result.ok) {
      expect(result.message.length).toBeGreaterThan(5);
      return;
    }
    const parsed = parseArticle(result.content, result.fileName, result.fileName);
    expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("a headline on the first line", () => {
  const PAGE = ["Kremlin wants more 'substantial' talks as refugees pass 3.5 million", ...TEXT.split("\n")].join("\n");

  it("becomes the title, not the first paragraph too", () => {
    const { imported, parsed } = roundTrip({ text: PAGE, source: "Press TV", date: "2022-03-22" });
    expect(parsed.article!.title).toBe("Kremlin wants more 'substantial' talks as refugees pass 3.5 million");
    expect(parsed.article!.body.trim().split("\n\n")).toEqual(TEXT.split("\n"));
    expect(imported.notes[0]).toMatch(/headline/);
  });

  it("is dropped from the text when --title gives it", () => {
    const { parsed } = roundTrip({ text: PAGE, source: "Press TV", date: "2022-03-22", title: "Kremlin wants more 'substantial' talks as refugees pass 3.5 million." });
    expect(parsed.article!.body).not.toContain("refugees pass");
  });

  it("is kept when the first line is a sentence of the story", () => {
    const { parsed } = roundTrip({ text: TEXT, source: "Reuters", date: "2022-03-07" });
    expect(parsed.article!.body.startsWith("Russia and Ukraine held a third round")).toBe(true);
  });
});
