// The names of an article's story, read from its opening paragraph.
import { describe, expect, it } from "vitest";
import { readBody } from "../../src/analysis/body.ts";
import { storyNames } from "../../src/analysis/story.ts";

describe("story names", () => {
  it("reads the names of the opening paragraph, without titles or calendar words", () => {
    const body = "# Collapse\n\nOn Monday, a ten-storey apartment building in Magnitogorsk, in Russia's Ural Mountains, partially collapsed after a gas explosion, President Vladimir Putin's office said.\n\nLater, Moscow sent help.\n";
    const names = storyNames(readBody(body));
    expect(names).toEqual(expect.arrayContaining(["magnitogorsk", "vladimir putin"]));
    expect(names).not.toContain("monday");
    expect(names.some((n) => n.includes("president"))).toBe(false);
    // only the opening paragraph tells the story
    expect(names).not.toContain("moscow");
  });

  it("is empty for an article with no prose paragraph", () => {
    expect(storyNames(readBody("# Title only\n"))).toEqual([]);
  });
});
