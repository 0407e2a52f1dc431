// The booklet model: order, sources with unique ids, period and timeline.
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/content/article.ts";
import { DEFAULT_CONFIG } from "../../src/content/briefing-config.ts";
import { buildBriefing } from "../../src/briefing/model.ts";

function article(slug: string, source: string, date: string, wire: string | null = null): { article: Article; analysis: { wordCount: number; quotes: []; numbers: []; figures: []; story: []; skipped: [] } } {
  return {
    article: { slug, file: `${slug}.md`, title: slug, source, date, url: null, wire, author: null, language: "en", notes: null, tags: [], body: "Text.", bodyLine: 6 },
    analysis: { wordCount: 10, quotes: [], numbers: [], figures: [], story: [], skipped: [] },
  };
}

describe("buildBriefing", () => {
  it("orders articles by date and gives the period they cover", () => {
    const b = buildBriefing(DEFAULT_CONFIG, [article("c", "X", "2022-03-22"), article("a", "Y", "2022-03-07"), article("b", "X", "2022-03-14")]);
    expect(b.articles.map((a) => a.slug)).toEqual(["a", "b", "c"]);
    expect(b.period).toEqual({ from: "2022-03-07", to: "2022-03-22" });
    expect(b.timeline.map((d) => d.date)).toEqual(["2022-03-07", "2022-03-14", "2022-03-22"]);
    expect(b.wordCount).toBe(30);
  });

  it("gives outlets whose names differ only in punctuation, or are not in Latin script, distinct ids", () => {
    const b = buildBriefing(DEFAULT_CONFIG, [
      article("a", "Press TV", "2022-03-07"),
      article("b", "Press-TV", "2022-03-07"),
      article("c", "Радио Свобода", "2022-03-07"),
      article("d", "ТАСС", "2022-03-07"),
    ]);
    const ids = b.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain("source-press-tv");
    for (const a of b.articles) expect(b.sources.find((s) => s.name === a.source)!.id).toBe(a.sourceId);
  });

  it("lists sources A–Z with their articles and the wires they carry", () => {
    const b = buildBriefing(DEFAULT_CONFIG, [article("a", "ynet", "2022-03-07", "Reuters"), article("b", "AFP", "2022-03-08"), article("c", "ynet", "2022-03-09", "AP")]);
    expect(b.sources.map((s) => s.name)).toEqual(["AFP", "ynet"]);
    expect(b.sources[1]).toMatchObject({ articles: ["a", "c"], wires: ["Reuters", "AP"] });
  });

  it("has no period when there are no articles", () => {
    expect(buildBriefing(DEFAULT_CONFIG, []).period).toBeNull();
  });
});
