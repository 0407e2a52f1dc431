// The copy of the search index a booklet opened from disk loads (issue 16): what it holds, and what
// it says when the index is too large or Pagefind's code is not of the shape it knows.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptName, writeDiskBundle } from "../../src/search/disk-bundle.ts";
import { removeDir, tempDir } from "../helpers.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

/** An index folder of Pagefind's shape, its module cut down to the parts the copy changes. */
async function index(name: string, module: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(path.join(dir, "fragment"), { recursive: true });
  await writeFile(path.join(dir, "pagefind-entry.json"), '{"version":"1.5.2"}');
  await writeFile(path.join(dir, "fragment", "en_1.pf_fragment"), Buffer.from([1, 2, 3, 250]));
  await writeFile(path.join(dir, "pagefind.js"), module);
  await writeFile(path.join(dir, "pagefind-ui.js"), "ui");
  return dir;
}
const MODULE = 'let base=import.meta.url;async function get(u){return await fetch(u)}var w=typeof Worker!=="undefined";export{get as search};';

describe("the search index's copy for disk", () => {
  it("wraps each data file as a script and makes Pagefind's module a classic script that fetches from them", async () => {
    const dir = await index("ok", MODULE);
    expect(await writeDiskBundle(dir)).not.toBeNull();
    const data = await readdir(path.join(dir, "disk", "data"));
    expect(data.sort()).toEqual([scriptName("fragment/en_1.pf_fragment"), scriptName("pagefind-entry.json")].sort());
    expect(await readFile(path.join(dir, "disk", "data", scriptName("fragment/en_1.pf_fragment")), "utf8")).toBe('__briefingDiskData("fragment/en_1.pf_fragment", "AQID+g==");\n');
    const code = await readFile(path.join(dir, "disk", "pagefind.js"), "utf8");
    expect(code).toContain("window.__briefingDisk.moduleUrl");
    expect(code).toContain("await window.__briefingDisk.fetch(u)");
    expect(code).toContain("var w=false");
    expect(code).toContain("window.__briefingDisk.pagefind={get as search};");
    expect(code).not.toMatch(/import\.meta|^export/m);
  });

  it("says so, and writes no data, when the index is too large to load from disk", async () => {
    const dir = await index("large", MODULE);
    expect(await writeDiskBundle(dir, 10)).toBeNull();
    expect(await readFile(path.join(dir, "disk", "pagefind.js"), "utf8")).toMatch(/unavailable.*too large to load from disk/);
    expect(await readdir(path.join(dir, "disk", "data"))).toEqual([]);
  });

  it("says so when Pagefind's module is not of the shape it knows", async () => {
    const dir = await index("other", "export default 1;");
    expect(await writeDiskBundle(dir)).toBeNull();
    expect(await readFile(path.join(dir, "disk", "pagefind.js"), "utf8")).toMatch(/cannot be run from disk/);
  });
});
