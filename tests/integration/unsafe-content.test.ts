// Content that would stop a build or never end it (issue 14): a YAML alias bomb in the frontmatter,
// and a briefing.yaml that is a pipe or a link to an endless device. Each is refused with a
// diagnostic, at once; the test is bounded by a timeout, not timed.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempDir } from "../helpers.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

async function content(name: string, config: string | null, article: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(path.join(dir, "articles"), { recursive: true });
  if (config !== null) await writeFile(path.join(dir, "briefing.yaml"), config);
  await writeFile(path.join(dir, "articles", "a.md"), article);
  return dir;
}

const ARTICLE = '---\ntitle: "A"\nsource: "S"\ndate: 2022-03-14\n---\n\nNearly 2,200 people have died, officials said.\n';

describe("content that would stop or hang a build", () => {
  it("refuses a YAML alias bomb in a scalar field, naming the file and a fix", { timeout: 20_000 }, async () => {
    const levels = ['a0: &a0 ["xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx","xxxxxxxxxx"]'];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]`);
    const bomb = `---\ntitle: "A"\nsource: "S"\n${levels.join("\n")}\ndate: *a9\n---\n\nText.\n`;
    const dir = await content("bomb", 'title: "T"\n', bomb);
    const run = await runCli(["check", "--content", dir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/a\.md:\d+: error .*alias/);
    expect(run.stderr).toContain("write each value out in full");
  });

  it("refuses a briefing.yaml that is a pipe or a link to /dev/zero, and still checks the articles", { timeout: 20_000 }, async () => {
    const fifo = await content("fifo", null, ARTICLE);
    execFileSync("mkfifo", [path.join(fifo, "briefing.yaml")]);
    const zero = await content("zero", null, ARTICLE);
    await symlink("/dev/zero", path.join(zero, "briefing.yaml"));
    for (const dir of [fifo, zero]) {
      const run = await runCli(["check", "--content", dir]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain("briefing.yaml");
      expect(run.stderr).toContain("not a regular file");
      expect(run.stdout + run.stderr).toContain("1 error");
    }
  });

  it("refuses a briefing.yaml larger than a booklet's metadata", { timeout: 20_000 }, async () => {
    const dir = await content("huge", `title: "T"\nsummary: "${"x".repeat(1_100_000)}"\n`, ARTICLE);
    const run = await runCli(["check", "--content", dir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/briefing\.yaml: error .*bytes/);
  });

  it("says so, as a warning, when a dangling link, a pipe or a folder is named like an article", { timeout: 20_000 }, async () => {
    const dir = await content("odd-files", 'title: "T"\n', ARTICLE);
    await symlink(path.join(tmp, "nowhere.md"), path.join(dir, "articles", "dangling.md"));
    execFileSync("mkfifo", [path.join(dir, "articles", "pipe.md")]);
    await mkdir(path.join(dir, "articles", "folder.md"));
    const run = await runCli(["check", "--content", dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/dangling\.md: warning .*leads nowhere/);
    expect(run.stderr).toMatch(/pipe\.md: warning .*not a regular file/);
    expect(run.stderr).toMatch(/folder\.md: warning .*is a folder/);
  });
});

describe("briefing import", () => {
  it("never writes through a link at the target name, even a dangling one, with or without --force", { timeout: 20_000 }, async () => {
    const to = path.join(tmp, "import-to");
    await mkdir(to);
    const text = path.join(tmp, "story.txt");
    await writeFile(text, "Talks resume\n\nThe delegations met again on Monday, officials said.\n");
    const victim = path.join(tmp, "victim.md");
    // the name import would choose, from the headline
    const probe = await runCli(["import", text, "--source", "Wire", "--date", "2022-03-14", "--to", path.join(tmp, "probe")]);
    const name = path.basename(/-> (.*)$/m.exec(probe.stdout)![1]!);
    await symlink(victim, path.join(to, name));
    const refused = await runCli(["import", text, "--source", "Wire", "--date", "2022-03-14", "--to", to]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("already exists (as a link)");
    const forced = await runCli(["import", text, "--source", "Wire", "--date", "2022-03-14", "--to", to, "--force"]);
    expect(forced.code).toBe(0);
    expect(existsSync(victim)).toBe(false);
    expect(lstatSync(path.join(to, name)).isFile()).toBe(true);
  });
});
