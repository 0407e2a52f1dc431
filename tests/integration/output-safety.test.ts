// A build writes, renames and deletes only real paths inside its output folder (issue 14): a link
// planted in the folder is never followed, a folder is a previous build only when its marker names
// what it holds, and what a stopped build left is cleaned up by the next.
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync, lstatSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

let tmp: string;
let content: string;
beforeAll(async () => {
  tmp = await tempDir();
  content = path.join(tmp, "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
});
afterAll(() => removeDir(tmp));

const build = (out: string) => runCli(["build", "--content", content, "--out", out, "--no-search", "--quiet"]);
const succeeded = (run: { code: number; stdout: string; stderr: string }) => expect(run.code, `${run.stderr}\n${run.stdout}`).toBe(0);

async function outside(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "secret.txt"), "keep me");
  return dir;
}

describe("the output folder", () => {
  it("never writes through a folder replaced by a link to another place", { timeout: 60_000 }, async () => {
    const out = path.join(tmp, "site1");
    succeeded(await build(out));
    const elsewhere = await outside("elsewhere1");
    await rm(path.join(out, "articles"), { recursive: true });
    await symlink(elsewhere, path.join(out, "articles"));
    // the link is no file the marker names: the build is refused with the reason, and nothing is written through it
    const run = await build(out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("articles");
    expect(await readdir(elsewhere)).toEqual(["secret.txt"]);
    expect(lstatSync(path.join(out, "articles")).isSymbolicLink()).toBe(true);
  });

  it("never deletes through a planted link, even when the marker names the file", { timeout: 60_000 }, async () => {
    const out = path.join(tmp, "site2");
    succeeded(await build(out));
    const elsewhere = await outside("elsewhere2");
    await symlink(elsewhere, path.join(out, "x"));
    const markerFile = path.join(out, ".briefing-output");
    const marker = JSON.parse(await readFile(markerFile, "utf8")) as { files: Record<string, unknown> };
    marker.files["x/secret.txt"] = { hash: "0", size: 7, mtimeMs: 0 };
    await writeFile(markerFile, JSON.stringify(marker));
    await build(out);
    expect(await readFile(path.join(elsewhere, "secret.txt"), "utf8")).toBe("keep me");
  });

  it("never writes its marker through a link at a temporary name", { timeout: 60_000 }, async () => {
    const out = path.join(tmp, "site3");
    succeeded(await build(out));
    const target = path.join(await outside("elsewhere3"), "secret.txt");
    await symlink(target, path.join(out, ".briefing-output.tmp"));
    await build(out);
    expect(await readFile(target, "utf8")).toBe("keep me");
  });

  it("refuses a folder whose marker is empty or names not what it holds, and one that only looks built", { timeout: 60_000 }, async () => {
    const empty = path.join(tmp, "site4");
    await mkdir(empty);
    await writeFile(path.join(empty, ".briefing-output"), "");
    await writeFile(path.join(empty, "thesis.docx"), "mine");
    const looks = path.join(tmp, "site5");
    await mkdir(looks);
    await writeFile(path.join(looks, "index.html"), '<meta name="generator" content="Briefing">');
    await writeFile(path.join(looks, "thesis.docx"), "mine");
    for (const out of [empty, looks]) {
      const run = await build(out);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain("did not write");
      expect(await readFile(path.join(out, "thesis.docx"), "utf8")).toBe("mine");
    }
    const built = path.join(tmp, "site6");
    succeeded(await build(built));
    await writeFile(path.join(built, "notes.txt"), "mine");
    const run = await build(built);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("notes.txt");
    expect(await readFile(path.join(built, "notes.txt"), "utf8")).toBe("mine");
  });

  it("cleans up what a stopped build left beside and inside the output folder", { timeout: 60_000 }, async () => {
    const out = path.join(tmp, "site7");
    succeeded(await build(out));
    const gone = 2 ** 22 + 12345; // above the kernel's pid limit: no process has it
    await mkdir(`${out}.building-${gone}`);
    await mkdir(`${out}.previous-${gone}`);
    await writeFile(path.join(out, "articles", `index.html.${gone}.tmp`), "half");
    succeeded(await build(out));
    expect(existsSync(`${out}.building-${gone}`)).toBe(false);
    expect(existsSync(`${out}.previous-${gone}`)).toBe(false);
    expect(existsSync(path.join(out, "articles", `index.html.${gone}.tmp`))).toBe(false);
  });
});

describe("writing in place", () => {
  it("writes afresh and swaps the folder in whole when a link is found in it, whatever the marker says", async () => {
    const { draftOutput, outputFile } = await import("../../src/output-folder.ts");
    const out = path.join(tmp, "site8");
    const first = await draftOutput({ outDir: out, files: [outputFile({ path: "a/index.html", content: "one" })], previous: null });
    await first.finish(null);
    const manifest = JSON.parse(await readFile(path.join(out, ".briefing-output"), "utf8"));
    const elsewhere = await outside("elsewhere8");
    await rm(path.join(out, "a"), { recursive: true });
    await symlink(elsewhere, path.join(out, "a"));
    const second = await draftOutput({ outDir: out, files: [outputFile({ path: "a/index.html", content: "two" })], previous: manifest });
    await second.finish(null);
    expect(await readdir(elsewhere)).toEqual(["secret.txt"]);
    expect(lstatSync(path.join(out, "a")).isDirectory()).toBe(true);
    expect(await readFile(path.join(out, "a", "index.html"), "utf8")).toBe("two");
  });
});
