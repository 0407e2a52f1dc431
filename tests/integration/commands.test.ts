// The `briefing` command as a user runs it: the bin script, `serve`, and `import`.
import http from "node:http";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_SHARED, read, removeDir, runCli, SAMPLE_CONTENT, SHARED, startServe, tempDir } from "../helpers.ts";

if (!HAS_SHARED) console.warn(`Skipping the import of the raw sample articles: ${SHARED} is absent (it sits beside the project in CI).`);

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

describe("briefing serve", () => {
  it("builds, then serves the site on 127.0.0.1 with the search index, and nothing outside it", async () => {
    const out = path.join(tmp, "served");
    const { child, url } = await startServe(["--content", SAMPLE_CONTENT, "--out", out], tmp);
    try {
      const cover = await fetch(url);
      expect(cover.status).toBe(200);
      expect(await cover.text()).toContain("Russia–Ukraine peace talks");
      const search = await fetch(`${url}search/`);
      expect(search.status).toBe(200);
      const index = await fetch(`${url}pagefind/pagefind.js`);
      expect(index.headers.get("content-type")).toContain("javascript");
      const redirect = await fetch(`${url}sources`, { redirect: "manual" });
      expect(redirect.status).toBe(301);
      const missing = await fetch(`${url}no/such/page`);
      expect(missing.status).toBe(404);
      const notFound = await missing.text();
      expect(notFound).toContain("Page not found");
      // At a nested address its style sheet is found: <base> comes before the link it resolves.
      expect(notFound.indexOf('<base href="/">')).toBeGreaterThan(0);
      expect(notFound.indexOf('<base href="/">')).toBeLessThan(notFound.indexOf('<link rel="stylesheet"'));
      const css = await fetch(new URL(/<link rel="stylesheet" href="([^"]+)"/.exec(notFound)![1]!, new URL("/", `${url}no/such/page`)));
      expect(css.status).toBe(200);
      // Raw requests (fetch would normalise the path first) for a file that does exist beside the site.
      await writeFile(path.join(tmp, "secret.txt"), "not for the web");
      for (const attempt of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/articles/../../secret.txt"]) {
        const res = await rawGet(url, attempt);
        expect(res.body, attempt).not.toContain("not for the web");
        expect(res.status, attempt).toBe(404);
      }
    } finally {
      child.kill("SIGTERM");
    }
  });
});

function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("briefing import", () => {
  it("turns plain-text articles into content files that pass `check`", async () => {
    const to = path.join(tmp, "imported");
    const text = path.join(tmp, "story.txt");
    await writeFile(text, "Talks resumed in Istanbul on Tuesday, the foreign ministry said.\n# Not a heading\nBoth delegations said progress was slow.\n");
    const run = await runCli(["import", text, "--source", "Wire Service", "--date", "2022-03-29", "--title", "Talks resume in Istanbul", "--to", to]);
    expect(run.code).toBe(0);
    const files = await readdir(to);
    expect(files).toEqual(["2022-03-29-talks-resume-in-istanbul.md"]);
    const written = await read(to, files[0]!);
    expect(written).toMatch(/^---\ntitle: "Talks resume in Istanbul"\nsource: "Wire Service"\ndate: 2022-03-29\n---\n/);
    expect(written).toContain("\n\n\\# Not a heading\n\n");
    expect((await runCli(["check", "--content", to])).code).toBe(0);
    // A second import of the same file would overwrite: refused without --force.
    const again = await runCli(["import", text, "--source", "Wire Service", "--date", "2022-03-29", "--title", "Talks resume in Istanbul", "--to", to]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("never lets two files of one run overwrite each other, even with --force", async () => {
    const to = path.join(tmp, "clash");
    const one = path.join(tmp, "one.txt");
    const two = path.join(tmp, "two.txt");
    await writeFile(one, "Talks resumed on Tuesday. The first story.\n");
    await writeFile(two, "Talks resumed on Tuesday. The second story.\n");
    const run = await runCli(["import", one, two, "--source", "S", "--date", "2022-03-29", "--to", to, "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/two\.txt: error it would be written to .* as .*one\.txt just was/);
    const files = await readdir(to);
    expect(files).toHaveLength(1);
    expect(await read(to, files[0]!)).toContain("The first story.");
  });

  it("refuses a bad date or a missing source as usage errors", async () => {
    const text = path.join(tmp, "story.txt");
    expect((await runCli(["import", text, "--source", "S", "--date", "2022-02-30"])).code).toBe(2);
    expect((await runCli(["import", text, "--date", "2022-03-01"])).code).toBe(2);
    expect((await runCli(["import", "--source", "S", "--date", "2022-03-01"])).code).toBe(2);
  });

  it.skipIf(!HAS_SHARED)("imports the five raw sample articles (needs ../shared)", async () => {
    const raw = path.join(SHARED, "corpus/raw");
    const files = (await readdir(raw)).map((f) => path.join(raw, f));
    const to = path.join(tmp, "raw-imported");
    const run = await runCli(["import", ...files, "--source", "Sample", "--date", "2022-03-07", "--to", to]);
    expect(run.code).toBe(0);
    expect(await readdir(to)).toHaveLength(5);
    expect(run.stderr).toMatch(/warning \[title\] the title was taken from the first sentence/);
    const check = await runCli(["check", "--content", to]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("5 articles");
  });
});

describe("briefing pdf", () => {
  it("says how to install Chromium when it is missing, and refuses a paper it does not know", async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const run = await runCli(["pdf", "--content", SAMPLE_CONTENT]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Chromium was not found at /nonexistent/chromium");
      expect(run.stderr).toContain("apt-get install -y chromium");
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
    const paper = await runCli(["pdf", "--paper", "a3"]);
    expect(paper.code).toBe(2);
    expect(paper.stderr).toContain("--paper must be a4 or letter");
  });

  it("refuses a thread count that is not a whole number above 0", async () => {
    for (const threads of ["0", "two", "1.5"]) {
      const run = await runCli(["build", "--threads", threads]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--threads ${threads}: give a whole number of threads`);
    }
  });
});

describe("briefing build and its analysis cache", () => {
  it("reuses the analyses of unchanged articles, and analyses afresh with --no-cache", async () => {
    const tmp = await tempDir();
    try {
      const out = path.join(tmp, "site");
      expect((await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out, "--no-search"])).code).toBe(0);
      const again = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out, "--no-search"]);
      expect(again.stdout).toMatch(/Built 5 articles .*5 analyses reused/);
      const fresh = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out, "--no-search", "--no-cache"]);
      expect(fresh.code).toBe(0);
      expect(fresh.stdout).not.toContain("reused");
    } finally {
      await removeDir(tmp);
    }
  });
});
