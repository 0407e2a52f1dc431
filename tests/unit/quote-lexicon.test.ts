// The quote rules' word lists: data in one place, each word once.
import { describe, expect, it } from "vitest";
import { alternation, WORD_LISTS } from "../../src/analysis/quotes/lexicon.ts";

describe("the quote lexicon", () => {
  it.each(Object.entries(WORD_LISTS))("lists each word of %s once", (_name, words) => {
    const seen = new Set<string>();
    const twice = words.filter((w) => seen.has(w.toLowerCase()) || !seen.add(w.toLowerCase()));
    expect(twice).toEqual([]);
  });

  it("builds alternations that match whole entries, the longest first", () => {
    const re = new RegExp(`^(?:${alternation(["said", "said in", "a.m."])})`);
    expect(re.exec("said in a statement")?.[0]).toBe("said in");
    expect(re.test("aXm.")).toBe(false);
  });
});
