// Word counts of article bodies.
import { describe, expect, it } from "vitest";
import { countWords } from "../../src/analysis/words.ts";

describe("countWords", () => {
  it("counts words, not punctuation, Markdown marks or link addresses", () => {
    expect(countWords("Russia's invasion, now on its twelfth day, has seen 1.5 million people flee.")).toBe(13);
    expect(countWords("## A heading\n\n**Bold** and [a link](https://example.com/a/b) here.")).toBe(7);
    expect(countWords("https://twitter.com/i/web/status/1503037717541801991 ...This post")).toBe(2);
  });

  it("counts long text split across many pieces exactly", () => {
    const sentence = "Officials said more than 3.5 million people had fled the country. ";
    expect(countWords(sentence.repeat(5000))).toBe(11 * 5000);
  });

  it("finishes on a long run with no whitespace (the segmenter is quadratic on one long string)", () => {
    const count = countWords(`Start ${".".repeat(400_000)}${"word".repeat(50_000)} end`);
    expect(count).toBeGreaterThanOrEqual(3);
  }, 20_000);
});
