// A content folder -> articles, booklet metadata and every problem, in one run.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/content/diagnostics.ts";
import { findArticleFiles, loadContent } from "../../src/content/load.ts";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "briefing-load-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(relative: string, content: string | Uint8Array): Promise<void> {
  const full = path.join(dir, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, content);
}

function article(title: string, date = "2022-03-07", source = "Reuters"): string {
  return `---\ntitle: "${title}"\nsource: "${source}"\ndate: ${date}\n---\n\n${title} happened.\n`;
}

function load() {
  return loadContent(dir, { relativeTo: dir });
}

function errorsOf(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error" && d.file === file);
}

describe("finding articles", () => {
  it("finds .md files at any depth, in a stable order", async () => {
    await put("top.md", article("Top"));
    await put("2022/march/deep.md", article("Deep"));
    await put("a/b/c/d/e/deepest.md", article("Deepest"));
    const { articles, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.slug).sort()).toEqual(["deep", "deepest", "top"]);
    const deep = articles.find((a) => a.slug === "deep")!;
    expect(deep.file).toBe(path.join("2022", "march", "deep.md"));
    expect(deep.title).toBe("Deep");
    const files = await findArticleFiles(dir);
    expect(files).toEqual([...files].sort());
    expect(files).toHaveLength(3);
  });

  it("ignores dot-folders, dot-files and files that are not .md", async () => {
    await put("kept.md", article("Kept"));
    await put(".drafts/draft.md", "not even frontmatter");
    await put(".git/HEAD.md", "garbage");
    await put("sub/.hidden.md", "garbage");
    await put("notes.txt", "garbage");
    await put("story.markdown", "garbage");
    await put("README", "garbage");
    await put("image.md.bak", "garbage");
    await put("data.json", "{}");
    const { articles, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.slug)).toEqual(["kept"]);
  });

  it("an upper-case .MD extension is an article too", async () => {
    await put("SHOUT.MD", article("Shout"));
    const { articles } = await load();
    expect(articles.map((a) => a.slug)).toEqual(["SHOUT"]);
  });

  it("an empty folder loads with no articles and no problems", async () => {
    const { articles, diagnostics, config } = await load();
    expect(articles).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(config.title).toBe("Briefing");
  });
});

describe("duplicate slugs", () => {
  it("two files with the same slug in different folders: an error on each naming both; neither is kept", async () => {
    await put("reuters/talks.md", article("Reuters on the talks"));
    await put("afp/talks.md", article("AFP on the talks", "2022-03-08", "AFP"));
    await put("other.md", article("Other"));
    const { articles, diagnostics } = await load();
    const a = path.join("afp", "talks.md");
    const r = path.join("reuters", "talks.md");
    for (const file of [a, r]) {
      const errs = errorsOf(diagnostics, file);
      expect(errs, file).toHaveLength(1);
      const d = errs[0]!;
      expect(d.rule).toBe("slug-duplicate");
      expect(d.message).toContain(a);
      expect(d.message).toContain(r);
      expect(d.message).toContain("talks");
      expect(d.fix).toMatch(/rename/i);
    }
    expect(articles.map((x) => x.slug)).toEqual(["other"]);
  });
});

describe("reporting", () => {
  it("reports the problems of every bad file in one run, and keeps the good articles", async () => {
    await put("good.md", article("Good"));
    await put("no-title.md", '---\nsource: "Reuters"\ndate: 2022-03-07\n---\n\nText.\n');
    await put("bad-date.md", article("Bad date", "2022-02-30"));
    await put("sub/bad-yaml.md", '---\ntitle: "x"\nsource: Kyiv: Pravda\ndate: 2022-03-07\n---\n\nText.\n');
    await put("bad name.md", article("Bad name"));
    const { articles, diagnostics } = await load();
    expect(articles.map((a) => a.slug)).toEqual(["good"]);
    expect(errorsOf(diagnostics, "no-title.md").map((d) => d.rule)).toEqual(["title-missing"]);
    const date = errorsOf(diagnostics, "bad-date.md");
    expect(date.map((d) => d.rule)).toEqual(["date-invalid"]);
    expect(date[0]!.line).toBe(4);
    const yaml = errorsOf(diagnostics, path.join("sub", "bad-yaml.md"));
    expect(yaml.map((d) => d.rule)).toEqual(["frontmatter-syntax"]);
    expect(yaml[0]!.line).toBe(3);
    expect(errorsOf(diagnostics, "bad name.md").map((d) => d.rule)).toEqual(["slug-invalid"]);
  });

  it("a non-UTF-8 file is reported by name and line; the other files still load", async () => {
    await put("good.md", article("Good"));
    await put("latin1.md", Buffer.from('---\ntitle: "Talks"\nsource: "Le Monde caf\xe9"\ndate: 2022-03-07\n---\n\nText.\n', "latin1"));
    const { articles, diagnostics } = await load();
    expect(articles.map((a) => a.slug)).toEqual(["good"]);
    const errs = errorsOf(diagnostics, "latin1.md");
    expect(errs).toHaveLength(1);
    const d = errs[0]!;
    expect(d.rule).toBe("encoding");
    expect(d.line).toBe(3);
    expect(d.message).toMatch(/UTF-8/);
    expect(d.fix).toMatch(/UTF-8/);
  });

  it("UTF-16 and CRLF files load like UTF-8 ones", async () => {
    const text = article("Wide").replace(/\n/g, "\r\n");
    await put("wide.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    await put("crlf.md", text.replace("Wide", "Crlf"));
    const { articles, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.title).sort()).toEqual(["Crlf", "Wide"]);
    for (const a of articles) expect(a.body).not.toContain("\r");
  });

  it("shows paths relative to relativeTo", async () => {
    await put("x/bad.md", article("Bad", "2022-13-01"));
    const { diagnostics } = await loadContent(path.join(dir, "x"), { relativeTo: dir });
    expect(diagnostics[0]!.file).toBe(path.join("x", "bad.md"));
  });
});

describe("briefing.yaml", () => {
  it("is read: title, summary and the aliases map; it is not taken for an article", async () => {
    await put(
      "briefing.yaml",
      [
        'title: "Peace talks"',
        "summary: |",
        "  Five **reports**.",
        "aliases:",
        '  "Volodymyr Zelensky": ["Zelenskiy", "Zelenskyy"]',
        "",
      ].join("\n"),
    );
    await put("a.md", article("A"));
    const { config, articles, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(config.title).toBe("Peace talks");
    expect(config.summary).toBe("Five **reports**.");
    expect(config.aliases).toEqual({ "Volodymyr Zelensky": ["Zelenskiy", "Zelenskyy"] });
    expect(articles.map((a) => a.slug)).toEqual(["a"]);
  });

  it("its errors are reported with the file and line, together with the articles' problems", async () => {
    await put("briefing.yaml", 'title: "T"\nsubtitle: "S"\ndate: 2022-02-30\nsumary: "x"\n');
    await put("bad.md", article("Bad", "2022-3-7"));
    const { diagnostics } = await load();
    const cfg = diagnostics.filter((d) => d.file === "briefing.yaml");
    const date = cfg.find((d) => d.rule === "date-invalid")!;
    expect(date).toBeDefined();
    expect(date.severity).toBe("error");
    expect(date.line).toBe(3);
    const unknown = cfg.find((d) => d.rule === "unknown-key")!;
    expect(unknown.severity).toBe("warning");
    expect(unknown.line).toBe(4);
    expect(unknown.fix).toContain("summary");
    expect(errorsOf(diagnostics, "bad.md").map((d) => d.rule)).toEqual(["date-invalid"]);
  });

  it("invalid YAML in it is an error with its line", async () => {
    await put("briefing.yaml", 'title: "T"\nsummary: Talks: round three\n');
    const { diagnostics, config } = await load();
    const d = errorsOf(diagnostics, "briefing.yaml")[0]!;
    expect(d).toBeDefined();
    expect(d.line).toBe(2);
    expect(config.title).toBe("Briefing");
  });

  it("a non-UTF-8 briefing.yaml is reported by name", async () => {
    await put("briefing.yaml", Buffer.from('title: "Caf\xe9"\n', "latin1"));
    const { diagnostics } = await load();
    const d = errorsOf(diagnostics, "briefing.yaml")[0]!;
    expect(d).toBeDefined();
    expect(d.rule).toBe("encoding");
    expect(d.line).toBe(1);
  });
});

describe("symbolic links", () => {
  it("reads a .md file reached through a symbolic link", async () => {
    const { symlink } = await import("node:fs/promises");
    const outside = await mkdtemp(path.join(os.tmpdir(), "briefing-link-"));
    try {
      await writeFile(path.join(outside, "real.md"), article("Linked"));
      await symlink(path.join(outside, "real.md"), path.join(dir, "linked.md"));
      const { articles } = await load();
      expect(articles.map((a) => a.title)).toEqual(["Linked"]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe("loadContent with a memo of the files read (briefing serve)", () => {
  it("keeps a file that did not change, reads one that did (even at the same size), and forgets a deleted one", async () => {
    await put("a.md", article("Talks resume"));
    await put("b.md", article("Talks stall"));
    const memo = new Map();
    const first = await loadContent(dir, { relativeTo: dir, memo });
    expect(first.articles.map((a) => a.title)).toEqual(["Talks resume", "Talks stall"]);
    // the same length, other words
    await put("b.md", article("Talks halt!"));
    const second = await loadContent(dir, { relativeTo: dir, memo });
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles[1]!.title).toBe("Talks halt!");
    await rm(path.join(dir, "a.md"));
    const third = await loadContent(dir, { relativeTo: dir, memo });
    expect(third.articles.map((a) => a.title)).toEqual(["Talks halt!"]);
    expect([...memo.keys()].map((f) => path.basename(f))).toEqual(["b.md"]);
  });

  it("says the problems of a kept file again on every load", async () => {
    await put("bad.md", article("A bad date", "2022-02-30"));
    const memo = new Map();
    const first = await loadContent(dir, { relativeTo: dir, memo });
    const second = await loadContent(dir, { relativeTo: dir, memo });
    expect(first.diagnostics.map((d) => d.rule)).toContain("date-invalid");
    expect(second.diagnostics).toEqual(first.diagnostics);
  });
});
