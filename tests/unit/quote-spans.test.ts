// Quote spans: the marks of real news text.
import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/analysis/quotes/spans.ts";

const spans = (...paragraphs: string[]) => {
  let at = 0;
  return findQuoteSpans(paragraphs.map((text) => ({ text, start: (at += text.length + 2) - text.length - 2 }))).map((s) => s.text);
};

describe("findQuoteSpans", () => {
  it("reads straight and curly double quotes, and a straight mark closed by a curly one", () => {
    expect(spans('He said "not easy" and “completely immoral” then "many days ago,” Peskov said.')).toEqual(["not easy", "completely immoral", "many days ago,"]);
  });

  it("does not take apostrophes for quotes", () => {
    expect(spans("Russia's position and the country’s economy, the union's vote and voters' anger.")).toEqual([]);
    expect(spans("Moscow’s list of conditions was long.")).toEqual([]);
  });

  it("reads British single quotes beside apostrophes and plural possessives", () => {
    expect(spans("The minister called it 'a betrayal of the country's workers', aides said.")).toEqual(["a betrayal of the country's workers"]);
    expect(spans("'The voters' anger is real,' she said.")).toEqual(["The voters' anger is real,"]);
  });

  it("keeps a nested quote inside the outer one", () => {
    expect(spans('"They told us \'wait\' and we waited," he said.')).toEqual(["They told us 'wait' and we waited,"]);
    expect(spans('“He called it a “stunt”,” she said.')).toEqual(["He called it a “stunt”,"]);
  });

  it("joins a quote continued in the next paragraph that reopens it", () => {
    expect(spans('"The first part ends here.', '"The second part goes on," he said.')).toEqual(["The first part ends here. The second part goes on,"]);
  });

  it("keeps several sentences in one quote", () => {
    expect(spans("“One. Two? Three!” she said.")).toEqual(["One. Two? Three!"]);
  });
});
