// What `check` and `build` print comes from content: a control character in a date, a key or a file
// name reaches the terminal escaped, never as a command to it (issue 14).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempDir } from "../helpers.ts";
import { printable } from "../../src/terminal.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => removeDir(tmp));

describe("terminal output", () => {
  it("shows control characters escaped: a date that would clear the screen and forge a success line", async () => {
    const content = path.join(tmp, "content");
    await mkdir(path.join(content, "articles"), { recursive: true });
    await writeFile(path.join(content, "briefing.yaml"), 'title: "T"\n');
    // YAML's "\e" is the escape character: the date holds "ESC[2J ESC[H ESC[32m..."
    const forged = "\\e[2J\\e[H\\e[32mContent is valid: 1 article\\e[0m";
    await writeFile(path.join(content, "articles", "a.md"), `---\ntitle: "A"\nsource: "S"\ndate: "2022-03-14${forged}"\n---\n\nText.\n`);
    const run = await runCli(["check", "--content", content]);
    const printed = run.stdout + run.stderr;
    expect(run.code).not.toBe(0);
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(printed).toContain("\\x1b[2J");
  });

  it("keeps line breaks and tabs, and escapes the marks that reverse text", () => {
    expect(printable("a\n\tb")).toBe("a\n\tb");
    expect(printable("evil\u202etxt.md")).toBe("evil\\u202etxt.md");
    expect(printable("\u0007\u009b")).toBe("\\x07\\x9b");
  });
});
