// Rebuilds: after the first build, a build writes only the files whose content changed and removes
// those no longer made, and what it leaves is what a fresh build would have written. The search
// index is kept when the searched pages are as they were.
import { appendFile, cp, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, removeDir, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

/** Every file of a built folder but the marker, with its content. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).filter((f) => f !== ".briefing-output" && !f.startsWith("pagefind/"));
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), "utf8")] as [string, string])));
}

/** A run that should succeed, with what it printed as the message when it did not. */
const succeeded = (run: { code: number; stdout: string; stderr: string }) => expect(run.code, `${run.stderr}\n${run.stdout}`).toBe(0);

const changedCount = (stdout: string) => Number(/(\d+) of them changed/.exec(stdout)?.[1] ?? NaN);

describe("a rebuild", () => {
  let tmp: string;
  let content: string;
  let out: string;
  const build = (...extra: string[]) => runCli(["build", "--content", content, "--out", out, ...extra]);

  beforeAll(async () => {
    tmp = await tempDir();
    content = path.join(tmp, "content");
    out = path.join(tmp, "site");
    await cp(SAMPLE_CONTENT, content, { recursive: true });
    succeeded(await build());
  }, 60_000);
  afterAll(() => removeDir(tmp));

  it("writes nothing and keeps the search index when nothing changed", async () => {
    const before = await listFiles(path.join(out, "pagefind"));
    const entry = path.join(out, "pagefind", "pagefind-entry.json");
    const written = (await stat(entry)).mtimeMs;
    const run = await build();
    succeeded(run);
    expect(changedCount(run.stdout)).toBe(0);
    // five articles and their speakers, counted from the index that was kept
    expect(Number(/search index of (\d+) pages/.exec(run.stdout)?.[1])).toBeGreaterThan(5);
    expect(before).toContain("pagefind-entry.json");
    expect(await listFiles(path.join(out, "pagefind"))).toEqual(before);
    // kept, not made again: Pagefind names its files by their content, so the time tells
    expect((await stat(entry)).mtimeMs).toBe(written);
  }, 60_000);

  it("after one article is edited, writes the files that changed and leaves what a fresh build leaves", async () => {
    const [article] = (await listFiles(path.join(content, "articles"))).filter((f) => f.endsWith(".md"));
    await appendFile(path.join(content, "articles", article!), "\nA late paragraph: 14 people were evacuated from the village.\n");
    const pdf = path.join(out, "briefing.pdf");
    await writeFile(pdf, "%PDF- a file the build did not write");
    const indexBefore = await listFiles(path.join(out, "pagefind"));
    const run = await build();
    // the edited page is searched: the index is built again (its fragments are named by their content)
    expect(await listFiles(path.join(out, "pagefind"))).not.toEqual(indexBefore);
    succeeded(run);
    const files = Number(/\((\d+) files/.exec(run.stdout)?.[1]);
    const changed = changedCount(run.stdout);
    // the article's page, the pages and exports that list its figures and words; not every page
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(files / 2);
    expect(await readFile(pdf, "utf8")).toContain("did not write");

    const fresh = path.join(tmp, "fresh");
    succeeded(await runCli(["build", "--content", content, "--out", fresh]));
    await unlink(pdf);
    expect(await snapshot(out)).toEqual(await snapshot(fresh));
    // the index made in place holds the pages a fresh build's holds: a page's fragment is named by
    // its content (Pagefind's filter files differ from run to run even on the same pages)
    const fragments = async (site: string) => (await listFiles(path.join(site, "pagefind"))).filter((f) => f.startsWith("fragment/"));
    expect(await fragments(out)).toEqual(await fragments(fresh));
    expect((await fragments(out)).length).toBeGreaterThan(5);
    const pages = (await snapshot(out)).entries();
    expect([...pages].filter(([file, text]) => file.startsWith("articles/") && text.includes("A late paragraph"))).toHaveLength(1);
  }, 60_000);

  it("writes again a page deleted or edited by hand, and removes the pages of a removed article", async () => {
    await unlink(path.join(out, "sources", "index.html"));
    await writeFile(path.join(out, "timeline", "index.html"), "edited by hand");
    const articles = (await listFiles(path.join(content, "articles"))).filter((f) => f.endsWith(".md"));
    const removed = articles[articles.length - 1]!;
    const before = await listFiles(path.join(out, "articles"));
    await rm(path.join(content, "articles", removed));
    const run = await build();
    succeeded(run);
    expect(await readFile(path.join(out, "sources", "index.html"), "utf8")).toContain("<!doctype html>");
    expect(await readFile(path.join(out, "timeline", "index.html"), "utf8")).toContain("<!doctype html>");
    const after = await listFiles(path.join(out, "articles"));
    expect(after.length).toBe(before.length - 1);
    const fresh = path.join(tmp, "fresh2");
    succeeded(await runCli(["build", "--content", content, "--out", fresh]));
    expect(await snapshot(out)).toEqual(await snapshot(fresh));
  }, 60_000);

  it("never deletes outside the output folder, whatever its marker lists", async () => {
    const victim = path.join(tmp, "victim.txt");
    await writeFile(victim, "not the build's");
    const marker = path.join(out, ".briefing-output");
    const manifest = JSON.parse(await readFile(marker, "utf8")) as { files: Record<string, unknown> };
    for (const bad of ["../victim.txt", "articles/../../victim.txt", "/etc/hostname"]) manifest.files[bad] = { hash: "0", size: 1, mtimeMs: 1 };
    const good = await readFile(marker, "utf8");
    await writeFile(marker, JSON.stringify(manifest));
    const run = await build();
    expect(await readFile(victim, "utf8")).toBe("not the build's");
    // a marker that cannot be trusted says nothing of whose the folder is: the build is refused with the reason (issue 14)
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("no valid .briefing-output");
    await writeFile(marker, good);
  }, 60_000);

  it("starts afresh when the last build did not finish, or with --clean", async () => {
    const marker = path.join(out, ".briefing-output");
    const manifest = JSON.parse(await readFile(marker, "utf8")) as { complete: boolean };
    await writeFile(marker, JSON.stringify({ ...manifest, complete: false }));
    const unfinished = await build();
    succeeded(unfinished);
    expect(unfinished.stdout).not.toMatch(/of them changed/);
    const clean = await build("--clean");
    expect(clean.stdout).not.toMatch(/of them changed/);
  }, 60_000);
});
