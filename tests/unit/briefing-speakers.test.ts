// The quote index's speaker entries: how a description reads, and where its page is.
import { describe, expect, it } from "vitest";
import { quoteIndex } from "../../src/briefing/quotes.ts";
import type { ExtractedQuote } from "../../src/analysis/index.ts";

const said = (text: string, speaker: ExtractedQuote["speaker"]): ExtractedQuote => ({ text, kind: "direct", speaker, speakers: speaker ? [speaker] : [], cue: "said", sentence: text, start: 0, end: text.length, paragraph: 0, segments: [[0, text.length]], why: [] });

describe("speaker entries", () => {
  it("read a description that opened its sentence as it reads inside one, and keep a name's capital", () => {
    const { speakers } = quoteIndex({}, [{ slug: "a", quotes: [
      said("We are ready", { name: "Oleksandr Lysenko", role: "The mayor of Sumy", kind: "person" }),
      said("Nothing has changed", { name: "A spokesperson for Zelenskiy", role: null, kind: "unnamed" }),
      said("Talks go on", { name: "The Kremlin", role: null, kind: "organization" }),
    ] }]);
    expect(speakers.find((s) => s.kind === "person")!.roles).toEqual(["the mayor of Sumy"]);
    expect(speakers.find((s) => s.kind === "unnamed")!.name).toBe("a spokesperson for Zelenskiy");
    expect(speakers.find((s) => s.kind === "organization")!.name).toBe("The Kremlin");
  });

  it("cut an unnamed speaker's address at a word", () => {
    const slug = "2022-03-07-ukraine-wants-direct-zelenskiy-putin-talks";
    const { speakers } = quoteIndex({}, [{ slug, quotes: [said("Immoral", { name: "A spokesperson for Zelenskiy", role: null, kind: "unnamed" })] }]);
    expect(speakers[0]!.id).toBe("a-spokesperson-for-zelenskiy-2022-03-07-ukraine-wants-direct-zelenskiy-putin");
  });
});
