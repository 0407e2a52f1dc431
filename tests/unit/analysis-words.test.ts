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

  it("joins words as the Unicode rules do: apostrophes, abbreviations, decimals, not hyphens", () => {
    expect(countWords("Don't call the U.S. envoy's 3,500-word memo 'e-mail'.")).toBe(10);
    expect(countWords("Ukraine’s 2.5% growth")).toBe(3);
  });

  it("counts the words of a script written without spaces by its dictionary, not as one run", () => {
    // 東京都 / に / 住む: the ICU segmenter finds three words (or more), never one.
    expect(countWords("東京都に住む")).toBeGreaterThan(1);
  });
});
