// Frontmatter rules for one article (DESIGN.md, "Contracts > Content").
// Expected values come from the contract and from reading each input, not from the code's output.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle, type ArticleResult } from "../../src/content/article.ts";
import type { Diagnostic } from "../../src/content/diagnostics.ts";

const DIR = "content/articles";

function parse(text: string, name = "talks.md"): ArticleResult {
  return parseArticle(text, `${DIR}/${name}`, name);
}

/**
 * A file whose frontmatter holds `lines`: line 1 is `---`, lines[i] is on file line i + 2,
 * the closing `---` on line lines.length + 2, a blank line, then the body.
 */
function file(lines: string[], body = "Delegations met in Belarus on Monday.\n"): string {
  return ["---", ...lines, "---", "", body].join("\n");
}

const TITLE = 'title: "Third round of talks ends without a deal"';
const SOURCE = 'source: "Reuters"';
const DATE = "date: 2022-03-07";
const VALID = [TITLE, SOURCE, DATE];

function errors(result: ArticleResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

function warnings(result: ArticleResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "warning");
}

/** The one diagnostic with this rule (fails the test if there is not exactly one). */
function one(result: ArticleResult, rule: string): Diagnostic {
  const found = result.diagnostics.filter((d) => d.rule === rule);
  expect(found, `diagnostics with rule ${rule}: ${JSON.stringify(result.diagnostics)}`).toHaveLength(1);
  return found[0]!;
}

function expectMeaningful(d: Diagnostic): void {
  expect(d.message.trim().length).toBeGreaterThan(10);
  expect(d.fix.trim().length).toBeGreaterThan(10);
  expect(d.file).toBe(`${DIR}/talks.md`);
}

describe("a valid article", () => {
  it("becomes an Article with the slug from the file name, defaults and the body", () => {
    const result = parse(file(VALID));
    expect(result.diagnostics).toEqual([]);
    const a = result.article!;
    expect(a).not.toBeNull();
    expect(a.slug).toBe("talks");
    expect(a.file).toBe(`${DIR}/talks.md`);
    expect(a.title).toBe("Third round of talks ends without a deal");
    expect(a.source).toBe("Reuters");
    expect(a.date).toBe("2022-03-07");
    expect(a.url).toBeNull();
    expect(a.wire).toBeNull();
    expect(a.author).toBeNull();
    expect(a.notes).toBeNull();
    expect(a.language).toBe("en");
    expect(a.tags).toEqual([]);
    expect(a.body.trim()).toBe("Delegations met in Belarus on Monday.");
    // --- (1), three keys (2-4), --- (5), blank (6): the text starts on line 7.
    expect(a.bodyLine).toBe(7);
  });

  it("keeps every optional field", () => {
    const result = parse(
      file([
        ...VALID,
        'url: "https://www.reuters.com/world/europe/talks-2022-03-07/"',
        'wire: "AFP"',
        'author: "Jane Doe"',
        "language: pt-BR",
        'notes: "Machine translation"',
        "tags: [ukraine, talks]",
      ]),
    );
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([]);
    const a = result.article!;
    expect(a.url).toBe("https://www.reuters.com/world/europe/talks-2022-03-07/");
    expect(a.wire).toBe("AFP");
    expect(a.author).toBe("Jane Doe");
    expect(a.language).toBe("pt-BR");
    expect(a.notes).toBe("Machine translation");
    expect(a.tags).toEqual(["ukraine", "talks"]);
  });

  it("returns the body verbatim: template syntax and HTML are data, not evaluated", () => {
    const body = "Text with {{ title }} and {% include 'x' %} and <script>alert(1)</script>.\n";
    const result = parse(file(VALID, body));
    expect(result.article!.body).toBe(body);
  });

  it("accepts a body that starts right after the closing ---", () => {
    const result = parse(`---\n${VALID.join("\n")}\n---\nFirst line.\n`);
    expect(result.article!.body).toBe("First line.\n");
    expect(result.article!.bodyLine).toBe(6);
  });
});

describe("required fields", () => {
  it.each([
    ["title", [SOURCE, DATE]],
    ["source", [TITLE, DATE]],
    ["date", [TITLE, SOURCE]],
  ] as const)("a missing `%s` is an error naming the field, and the article is refused", (key, lines) => {
    const result = parse(file([...lines]));
    expect(result.article).toBeNull();
    expect(errors(result)).toHaveLength(1);
    const d = one(result, `${key}-missing`);
    expect(d.severity).toBe("error");
    expect(d.field).toBe(key);
    expect(d.fix).toContain(key);
    expectMeaningful(d);
  });

  it("an empty quoted title is missing, reported on the title's line", () => {
    const result = parse(file(['title: ""', SOURCE, DATE]));
    expect(result.article).toBeNull();
    const d = one(result, "title-missing");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("title");
    expect(d.line).toBe(2);
  });

  it("a title of blanks is missing", () => {
    const result = parse(file(['title: "   "', SOURCE, DATE]));
    expect(result.article).toBeNull();
    expect(one(result, "title-missing").line).toBe(2);
  });

  it("a source key with no value is missing, reported on its line", () => {
    const result = parse(file([TITLE, "source:", DATE]));
    expect(result.article).toBeNull();
    const d = one(result, "source-missing");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("source");
    expect(d.line).toBe(3);
  });

  it("an empty date is missing, reported on its line", () => {
    const result = parse(file([TITLE, SOURCE, 'date: ""']));
    expect(result.article).toBeNull();
    const d = one(result, "date-missing");
    expect(d.field).toBe("date");
    expect(d.line).toBe(4);
  });

  it("a number as title is a type error that shows the value and suggests quotes", () => {
    const result = parse(file(["title: 2022", SOURCE, DATE]));
    expect(result.article).toBeNull();
    const d = one(result, "title-type");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("title");
    expect(d.line).toBe(2);
    expect(d.message).toContain("2022");
    expect(d.fix).toContain('"2022"');
  });

  it("a list as source is a type error that says it is a list", () => {
    const result = parse(file([TITLE, "source: [Reuters, AFP]", DATE]));
    expect(result.article).toBeNull();
    const d = one(result, "source-type");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("source");
    expect(d.line).toBe(3);
    expect(d.message).toMatch(/list/);
  });

  it("a boolean as an optional text field (author) is a type error too", () => {
    const result = parse(file([...VALID, "author: true"]));
    expect(result.article).toBeNull();
    const d = one(result, "author-type");
    expect(d.field).toBe("author");
    expect(d.line).toBe(5);
  });

  it("an empty frontmatter block reports all three required fields", () => {
    const result = parse("---\n---\nText.\n");
    expect(result.article).toBeNull();
    expect(errors(result).map((d) => d.rule).sort()).toEqual(["date-missing", "source-missing", "title-missing"]);
  });
});

describe("date", () => {
  it.each(["07/03/2022", "2022-3-7", "2022-03-07T10:00:00Z", "2022-03-07 10:00", "March 7, 2022", "20220307", "22-03-07"])(
    "%s is not YYYY-MM-DD: an error on the date line that shows the value and the format",
    (value) => {
      const result = parse(file([TITLE, SOURCE, `date: ${value}`]));
      expect(result.article).toBeNull();
      const d = one(result, "date-invalid");
      expect(d.severity).toBe("error");
      expect(d.field).toBe("date");
      expect(d.line).toBe(4);
      expect(d.message).toContain(value);
      expect(`${d.message} ${d.fix}`).toMatch(/YYYY-MM-DD|\d{4}-\d{2}-\d{2}/);
    },
  );

  it.each([
    ["2022-02-30", 28],
    ["2023-02-29", 28],
    ["1900-02-29", 28],
    ["2022-04-31", 30],
  ] as const)("%s is not a real calendar day: the fix says how many days the month has (%i)", (value, days) => {
    const result = parse(file([TITLE, SOURCE, `date: ${value}`]));
    expect(result.article).toBeNull();
    const d = one(result, "date-invalid");
    expect(d.severity).toBe("error");
    expect(d.line).toBe(4);
    expect(d.message).toContain(value);
    expect(d.fix).toContain(String(days));
  });

  it.each(["2022-13-01", "2022-00-10", "2022-03-00", "2022-03-32"])("%s is not a real calendar day", (value) => {
    const result = parse(file([TITLE, SOURCE, `date: ${value}`]));
    expect(result.article).toBeNull();
    expect(one(result, "date-invalid").line).toBe(4);
  });

  it("the fix for a month that does not exist does not claim that month has days", () => {
    // Month 13 does not exist; telling the user "month 13 of 2022 has 31 days" is false.
    const result = parse(file([TITLE, SOURCE, "date: 2022-13-01"]));
    const d = one(result, "date-invalid");
    expect(d.fix).not.toMatch(/month 13 of 2022 has \d+ days/);
  });

  it.each(["2024-02-29", "2000-02-29", "2022-12-31"])("%s is a real day and accepted", (value) => {
    const result = parse(file([TITLE, SOURCE, `date: ${value}`]));
    expect(errors(result)).toEqual([]);
    expect(result.article!.date).toBe(value);
  });

  it("an unquoted YAML date stays the text written (no timestamp, no time zone shift)", () => {
    const result = parse(file([TITLE, SOURCE, "date: 2022-03-07"]));
    expect(typeof result.article!.date).toBe("string");
    expect(result.article!.date).toBe("2022-03-07");
  });

  it("an unquoted impossible date is not rolled over into the next month", () => {
    const result = parse(file([TITLE, SOURCE, "date: 2022-02-30"]));
    expect(result.article).toBeNull();
    const d = one(result, "date-invalid");
    expect(d.message).toContain("2022-02-30");
    expect(JSON.stringify(result.diagnostics)).not.toContain("2022-03-02");
  });

  it("a quoted date is accepted like an unquoted one", () => {
    const result = parse(file([TITLE, SOURCE, 'date: "2022-03-07"']));
    expect(result.article!.date).toBe("2022-03-07");
  });
});

describe("url", () => {
  it.each(["javascript:alert(1)", "ftp://example.com/file.txt", "not a url", "www.reuters.com/world", "//example.com/story", "data:text/html,hi"])(
    "%s is refused: only http and https addresses",
    (value) => {
      const result = parse(file([...VALID, `url: "${value}"`]));
      expect(result.article).toBeNull();
      const d = one(result, "url-invalid");
      expect(d.severity).toBe("error");
      expect(d.field).toBe("url");
      expect(d.line).toBe(5);
      expect(d.message).toContain(value);
      expect(d.fix).toMatch(/https?:\/\//);
    },
  );

  it.each(["https://www.reuters.com/world/europe/ukraine-talks-2022-03-07/", "http://example.org/news?id=42"])("%s is accepted", (value) => {
    const result = parse(file([...VALID, `url: "${value}"`]));
    expect(result.diagnostics).toEqual([]);
    expect(result.article!.url).toBe(value);
  });
});

describe("language", () => {
  it("defaults to en", () => {
    expect(parse(file(VALID)).article!.language).toBe("en");
  });

  it.each(["uk", "fr", "pt-BR", "zh-Hant"])("%s is accepted", (code) => {
    const result = parse(file([...VALID, `language: ${code}`]));
    expect(result.diagnostics).toEqual([]);
    expect(result.article!.language).toBe(code);
  });

  it.each(["english", "e", "en_US", "12"])("%s is not a language code: an error on the language line", (code) => {
    const result = parse(file([...VALID, `language: "${code}"`]));
    expect(result.article).toBeNull();
    const d = one(result, "language-invalid");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("language");
    expect(d.line).toBe(5);
    expect(d.message).toContain(code);
  });
});

describe("tags", () => {
  it("a block list of strings is accepted", () => {
    const result = parse(file([...VALID, "tags:", "  - ceasefire", "  - humanitarian corridors"]));
    expect(result.diagnostics).toEqual([]);
    expect(result.article!.tags).toEqual(["ceasefire", "humanitarian corridors"]);
  });

  it("a single string is not a list: an error that shows how to write a list", () => {
    const result = parse(file([...VALID, "tags: ukraine"]));
    expect(result.article).toBeNull();
    const d = one(result, "tags-type");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("tags");
    expect(d.line).toBe(5);
    expect(d.fix).toMatch(/\[ukraine\]|- /);
  });

  it("a number in the list is an error naming which tag", () => {
    const result = parse(file([...VALID, "tags: [ukraine, 5]"]));
    expect(result.article).toBeNull();
    const d = one(result, "tags-type");
    expect(d.line).toBe(5);
    expect(d.message).toMatch(/2/);
  });

  it("a map is not a list of strings", () => {
    const result = parse(file([...VALID, "tags: {topic: talks}"]));
    expect(result.article).toBeNull();
    expect(one(result, "tags-type").severity).toBe("error");
  });
});

describe("unknown keys", () => {
  it("a near miss (autor) is a warning with a did-you-mean hint, and the article is kept", () => {
    const result = parse(file([...VALID, 'autor: "Jane Doe"']));
    expect(errors(result)).toEqual([]);
    expect(result.article).not.toBeNull();
    const d = one(result, "unknown-key");
    expect(d.severity).toBe("warning");
    expect(d.field).toBe("autor");
    expect(d.line).toBe(5);
    expect(d.fix).toMatch(/did you mean/i);
    expect(d.fix).toContain("author");
  });

  it("`titel` gets a warning suggesting `title` (the missing title is a separate error)", () => {
    const result = parse(file(['titel: "Talks"', SOURCE, DATE]));
    const d = one(result, "unknown-key");
    expect(d.severity).toBe("warning");
    expect(d.field).toBe("titel");
    expect(d.line).toBe(2);
    expect(d.fix).toMatch(/did you mean `?title`?/i);
    expect(one(result, "title-missing").severity).toBe("error");
  });

  it("a key far from any known one is a warning listing the known keys", () => {
    const result = parse(file([...VALID, "mood: calm"]));
    expect(errors(result)).toEqual([]);
    expect(result.article).not.toBeNull();
    const d = one(result, "unknown-key");
    expect(d.severity).toBe("warning");
    expect(d.fix).not.toMatch(/did you mean/i);
    expect(d.fix).toContain("source");
  });

  it("unknown keys never make an error, however many", () => {
    const result = parse(file([...VALID, "one: 1", "two: [a]", "three: {x: y}"]));
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toHaveLength(3);
    expect(result.article).not.toBeNull();
  });
});

describe("Eleventy keys", () => {
  it.each([
    ["permalink", 'permalink: "/pwned-address/"'],
    ["layout", 'layout: "pwned-layout.njk"'],
    ["eleventyComputed", "eleventyComputed:\n  title: \"{{ 'pwned' }}\""],
  ] as const)("`%s` is a warning that it has no effect; the article is kept, unchanged", (key, line) => {
    const result = parse(file([...VALID, line]));
    expect(errors(result)).toEqual([]);
    const d = one(result, "template-key");
    expect(d.severity).toBe("warning");
    expect(d.field).toBe(key);
    expect(d.line).toBe(5);
    expect(d.message).toMatch(/no effect/);
    const a = result.article!;
    expect(a).not.toBeNull();
    expect(a.title).toBe("Third round of talks ends without a deal");
    expect(Object.keys(a)).not.toContain(key);
    expect(JSON.stringify(a)).not.toContain("pwned");
  });

  it("`slug` in the frontmatter does not change the slug taken from the file name", () => {
    const result = parse(file([...VALID, 'slug: "elsewhere"']));
    expect(one(result, "template-key").severity).toBe("warning");
    expect(result.article!.slug).toBe("talks");
  });
});

describe("frontmatter syntax", () => {
  it("invalid YAML is an error on the file line where it goes wrong", () => {
    // Line 3 has a second `: `, which YAML cannot read as a plain value.
    const result = parse(file([TITLE, "source: Kyiv: Ukrainska Pravda", DATE]));
    expect(result.article).toBeNull();
    const d = one(result, "frontmatter-syntax");
    expect(d.severity).toBe("error");
    expect(d.line).toBe(3);
    expect(d.message).toMatch(/YAML/);
    expectMeaningful(d);
  });

  it("a tab used for indentation is reported on its line", () => {
    const result = parse(file([...VALID, "\tauthor: x"]));
    expect(result.article).toBeNull();
    expect(one(result, "frontmatter-syntax").line).toBe(5);
  });

  it("a key given twice is reported on the second occurrence", () => {
    const result = parse(file([TITLE, SOURCE, DATE, 'title: "Again"']));
    expect(result.article).toBeNull();
    expect(one(result, "frontmatter-syntax").line).toBe(5);
  });

  it("frontmatter that is a list is an error asking for key: value pairs", () => {
    const result = parse(file(["- title", "- source", "- date"]));
    expect(result.article).toBeNull();
    const d = one(result, "frontmatter-syntax");
    expect(d.severity).toBe("error");
    expect(d.line).toBe(2);
    expect(`${d.message} ${d.fix}`).toMatch(/key/);
  });

  it("frontmatter that is a single sentence is an error", () => {
    const result = parse(file(["Just a sentence"]));
    expect(result.article).toBeNull();
    expect(errors(result)).toHaveLength(1);
  });

  it("frontmatter opened and never closed (end of file) is an error saying so", () => {
    const result = parse(`---\n${VALID.join("\n")}\n`);
    expect(result.article).toBeNull();
    const d = one(result, "frontmatter-syntax");
    expect(d.severity).toBe("error");
    expect(d.message).toMatch(/never closed|not closed/);
    expect(d.fix).toContain("---");
  });

  it("frontmatter opened and never closed, followed by the article's text, is reported as not closed", () => {
    // The usual way to get this wrong: the closing --- is forgotten and the text follows a blank line.
    const text = `---\n${VALID.join("\n")}\n\nThe third round of negotiations between Russia and Ukraine concluded on Monday.\n`;
    const result = parse(text);
    expect(result.article).toBeNull();
    const d = one(result, "frontmatter-syntax");
    expect(d.message).toMatch(/never closed|not closed/);
    expect(d.fix).toContain("---");
  });

  it("a file with no frontmatter at all is an error that explains how to begin one", () => {
    const result = parse("Russia and Ukraine held talks on Monday.\n");
    expect(result.article).toBeNull();
    expect(errors(result)).toHaveLength(1);
    const d = one(result, "frontmatter-missing");
    expect(d.severity).toBe("error");
    expect(d.fix).toContain("---");
    expect(d.fix).toContain("title");
  });

  describe("JavaScript frontmatter", () => {
    const g = globalThis as { __pwned?: unknown };
    beforeEach(() => {
      delete g.__pwned;
    });
    afterEach(() => {
      delete g.__pwned;
    });

    it.each(["js", "javascript", "JS", "JavaScript"])("---%s is refused and never executed", (lang) => {
      const text = `---${lang}\n{ title: (globalThis.__pwned = 1, "x"), source: "y", date: "2022-03-07" }\n---\nBody.\n`;
      const result = parse(text);
      expect(g.__pwned).toBeUndefined();
      expect(result.article).toBeNull();
      const d = errors(result)[0]!;
      expect(d).toBeDefined();
      expect(d.rule).toBe("frontmatter-syntax");
      expect(d.line).toBe(1);
      expect(d.fix).toMatch(/YAML/);
    });

    it("---coffee is refused too", () => {
      const result = parse('---coffee\ntitle: "x"\n---\nBody.\n');
      expect(result.article).toBeNull();
      expect(one(result, "frontmatter-syntax").severity).toBe("error");
    });
  });
});

describe("file names", () => {
  it.each(["2022-03-07-talks.md", "Talks_v2.1.md", "a.md", "UPPER.MD"])("%s is a valid slug", (name) => {
    const result = parse(file(VALID), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.article!.slug).toBe(name.replace(/\.md$/i, ""));
  });

  it.each([
    ["my article.md", "my-article.md"],
    ["..evil.md", "evil.md"],
    ["Café crème.md", "cafe-creme.md"],
    ["talks..md", "talks.md"],
    ["-draft.md", "draft.md"],
  ] as const)("%s is refused with a suggested name (%s)", (name, suggestion) => {
    const result = parseArticle(file(VALID), `${DIR}/${name}`, name);
    expect(result.article).toBeNull();
    const found = result.diagnostics.filter((d) => d.rule === "slug-invalid");
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.severity).toBe("error");
    expect(d.message).toContain(name);
    expect(d.fix).toContain(suggestion);
    // The suggested name must itself be acceptable.
    const again = parse(file(VALID), suggestion);
    expect(again.diagnostics).toEqual([]);
  });

  it("a file named just .md gets a usable suggestion", () => {
    const result = parseArticle(file(VALID), `${DIR}/.md`, ".md");
    const d = result.diagnostics.find((x) => x.rule === "slug-invalid")!;
    expect(d).toBeDefined();
    const suggested = /"([^"]+\.md)"/.exec(d.fix)?.[1];
    expect(suggested).toBeDefined();
    expect(parse(file(VALID), suggested!).diagnostics).toEqual([]);
  });
  // A name containing "/" cannot reach parseArticle: it would be a folder, and the loader passes basenames.
});

describe("body", () => {
  it("an empty body is a warning on the line after the frontmatter; the article is kept", () => {
    const result = parse(`---\n${VALID.join("\n")}\n---\n`);
    expect(errors(result)).toEqual([]);
    expect(result.article).not.toBeNull();
    const d = one(result, "body-empty");
    expect(d.severity).toBe("warning");
    expect(d.line).toBe(6);
    expectMeaningful(d);
  });

  it("a body of blank lines only is empty too", () => {
    const result = parse(file(VALID, "\n   \n\t\n"));
    expect(one(result, "body-empty").severity).toBe("warning");
    expect(result.article).not.toBeNull();
  });
});

describe("line numbers and reporting every problem", () => {
  it("each field error points at its key's line, past comments and blank lines, and all are reported", () => {
    const text = [
      "---", // 1
      "# Copied from the wire", // 2
      'title: "Talks"', // 3
      "", // 4
      'source: "Reuters"', // 5
      "date: 2022-02-30", // 6
      'url: "ftp://example.com/x"', // 7
      'language: "english"', // 8
      "tags: ukraine", // 9
      "---",
      "",
      "Text.",
    ].join("\n");
    const result = parse(text);
    expect(result.article).toBeNull();
    expect(one(result, "date-invalid").line).toBe(6);
    expect(one(result, "url-invalid").line).toBe(7);
    expect(one(result, "language-invalid").line).toBe(8);
    expect(one(result, "tags-type").line).toBe(9);
  });

  it("a quoted key is found on its line too", () => {
    const result = parse(file([TITLE, SOURCE, '"date": 2022-02-30']));
    expect(one(result, "date-invalid").line).toBe(4);
  });

  it("an error and a warning in one file are both reported", () => {
    const result = parse(file([TITLE, SOURCE, "date: 2022-02-30", 'layout: "post"']));
    expect(one(result, "date-invalid").severity).toBe("error");
    expect(one(result, "template-key").severity).toBe("warning");
  });
});

describe("line numbers with a decorated opening line", () => {
  it("counts lines right when the opening --- has trailing spaces", () => {
    const { diagnostics } = parseArticle('---   \ntitle: "T"\nsource: "S"\ndate: 2022-02-30\n---\nBody\n', "f.md", "f.md");
    expect(diagnostics.find((d) => d.field === "date")?.line).toBe(4);
  });
});
