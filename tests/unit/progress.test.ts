// The progress line: drawn in place on a terminal, and nowhere else.
import { describe, expect, it } from "vitest";
import { progressLine } from "../../src/progress.ts";

function target(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("the progress line", () => {
  it("draws each stage in place on a terminal and clears itself at the end", () => {
    const tty = target(true);
    const line = progressLine(tty, { quiet: false, ci: false });
    line.update("Analysing articles:", 5, 5);
    line.update("Writing pages");
    line.done();
    expect(tty.written).toEqual(["\r\u001b[2KAnalysing articles: 5 of 5…", "\r\u001b[2KWriting pages…", "\r\u001b[2K"]);
  });

  it("draws nothing when the output is not a terminal, in CI, or with --quiet", () => {
    for (const [t, options] of [
      [target(false), { quiet: false, ci: false }],
      [target(true), { quiet: false, ci: true }],
      [target(true), { quiet: true, ci: false }],
    ] as const) {
      const line = progressLine(t, options);
      line.update("Analysing articles:", 1, 2);
      line.done();
      expect(t.written).toEqual([]);
    }
  });
});
