// `briefing analyze`: JSON Lines of each file's quotes, from Markdown, plain text and standard input.
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";
import { removeDir, ROOT, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

const ARTICLE = path.join(SAMPLE_CONTENT, "articles/2022-03-07-third-round-of-talks-in-belarus.md");
let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l));

describe("briefing analyze", () => {
  it("prints one JSON object for a Markdown article, with its date, quotes and offsets into the body", async () => {
    const run = await runCli(["analyze", ARTICLE]);
    expect(run.code).toBe(0);
    const [record, ...more] = lines(run.stdout);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ file: ARTICLE, date: "2022-03-07" });
    // The article's one numeric claim: the refugees of its last paragraph, from the "more than".
    expect(record.figures).toEqual([
      expect.objectContaining({ text: "more than 1.5 million people", value: 1_500_000, low: 1_500_000, high: null, qualifier: "more than", measure: "fled", asOf: "2022-03-07", group: expect.any(String) }),
    ]);
    expect(record.figures[0]).not.toHaveProperty("url");
    // Every number it recognised, figure or not: the round, the clock time, the date, the day of the war.
    const numbers = record.numbers.map((n: { text: string; kind: string }) => `${n.text}:${n.kind}`);
    expect(numbers).toEqual(expect.arrayContaining(["third:ordinal", "12.30:cardinal", "27:cardinal", "twelfth:ordinal", "1.5 million:cardinal"]));
    const medinsky = record.quotes.find((q: { text: string }) => q.text.startsWith("Our expectations from negotiations"));
    expect(medinsky).toMatchObject({ kind: "direct", speaker: { id: "vladimir-medinsky", name: "Vladimir Medinsky" }, article: "2022-03-07-third-round-of-talks-in-belarus" });
    expect(medinsky).not.toHaveProperty("url");
    const fm = splitFrontmatter(await readFile(ARTICLE, "utf8"));
    if (!fm.ok) throw new Error("sample article unreadable");
    for (const q of record.quotes) expect(fm.body.slice(q.start, q.end).startsWith(q.text.slice(0, 12)), q.text).toBe(true);
    for (const n of [...record.figures, ...record.numbers]) expect(fm.body.slice(n.start, n.end)).toBe(n.text);
  });

  it("reads plain text with --date, and keeps going past a file it cannot read (exit 1)", async () => {
    const txt = path.join(tmp, "note.txt");
    await writeFile(txt, "Peskov said that Moscow would halt operations if Kyiv met its terms.\n");
    const run = await runCli(["analyze", "--date", "2022-03-09", txt, path.join(tmp, "missing.md")]);
    expect(run.code).toBe(1);
    const [record] = lines(run.stdout);
    expect(record).toMatchObject({ file: txt, date: "2022-03-09" });
    expect(record.quotes).toEqual([expect.objectContaining({ kind: "reported", cue: "said", text: "Moscow would halt operations if Kyiv met its terms", speaker: expect.objectContaining({ name: "Peskov" }) })]);
    expect(run.stderr).toMatch(/missing\.md: error the file cannot be read/);
  });

  it("dates figures by --date, and leaves them undated when a file has no date", async () => {
    const txt = path.join(tmp, "toll.txt");
    await writeFile(txt, "At least 35 people were killed on Sunday, officials said.\n");
    const dated = lines((await runCli(["analyze", "--date", "2022-03-14", txt])).stdout)[0];
    expect(dated.figures).toEqual([expect.objectContaining({ text: "At least 35 people", low: 35, high: null, measure: "killed", asOf: "2022-03-13" })]);
    const undated = lines((await runCli(["analyze", txt])).stdout)[0];
    expect(undated).toMatchObject({ date: null });
    expect(undated.figures).toEqual([expect.objectContaining({ text: "At least 35 people", asOf: null })]);
  });

  it("with --explain, says which rules gave each quote its speaker, and why a reporting word gave none", async () => {
    const txt = path.join(tmp, "explain.txt");
    await writeFile(txt, "\"We are ready,\" said Tom Hale. The ban was announced on Monday.\n");
    const plain = lines((await runCli(["analyze", txt])).stdout)[0];
    expect(plain.quotes[0]).not.toHaveProperty("why");
    expect(plain).not.toHaveProperty("notes");
    const [record] = lines((await runCli(["analyze", "--explain", txt])).stdout);
    expect(record.quotes[0]).toMatchObject({ text: "We are ready", speaker: { name: "Tom Hale" }, why: ["cue: after: said X", "speaker: name -> Tom Hale"] });
    // "was announced": a passive, whose subject says nothing
    expect(record.notes).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'reported speech: "announced"', why: expect.stringMatching(/passive/) })]));
  });

  it("reports broken frontmatter with its line and a fix", async () => {
    const bad = path.join(tmp, "bad.md");
    await writeFile(bad, "---\ntitle: x\ndate: 2022-02-30\n---\nText.\n");
    const run = await runCli(["analyze", bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/bad\.md:3: error \[date\] `date` "2022-02-30" is not a real calendar date/);
  });

  it("answers usage errors with exit 2", async () => {
    expect((await runCli(["analyze"])).code).toBe(2);
    expect((await runCli(["analyze", "--date", "March 9", ARTICLE])).code).toBe(2);
    expect((await runCli(["analyze", "--help"])).stdout).toContain("JSON Lines");
  });

  it("reads standard input given as -", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/briefing.js"), "analyze", "--date", "2022-03-10", "-"], { cwd: tmp });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stdin.end('"We are ready to talk," Kremlin spokesman Dmitry Peskov told reporters.\n');
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    const [record] = lines(out);
    expect(record).toMatchObject({ file: "-", date: "2022-03-10" });
    expect(record.quotes[0]).toMatchObject({ text: "We are ready to talk", kind: "direct", cue: "told", speaker: { name: "Dmitry Peskov", role: "Kremlin spokesman" } });
  });
});

describe("every command's help", () => {
  it.each(["build", "pdf", "pack", "serve", "analyze", "import"])("names each option of %s in its usage line too", async (command) => {
    const help = (await runCli([command, "--help"])).stdout;
    const usage = help.slice(0, help.indexOf("\n\n"));
    const listed = [...help.slice(help.indexOf("Options:")).matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]!);
    expect(listed.length, help).toBeGreaterThan(0);
    for (const option of listed) expect(usage, `${command}: ${option}`).toContain(option);
  });
});
