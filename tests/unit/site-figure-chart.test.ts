// The chart of a group whose figure changes: each claimant its own series, so a conflict never reads
// as a trend (issue 15). The figures are written here to test one construction, not as evidence.
import { describe, expect, it } from "vitest";
import type { FigureRecord } from "../../src/briefing/model.ts";
import { roundTicks, trendChart } from "../../src/site/pages/figure-chart.ts";

const figure = (value: number, claimedBy: string, asOf: string): FigureRecord =>
  ({ id: `${claimedBy}-${asOf}`, article: "a", text: String(value), value, low: value, high: value, qualifier: null, unit: null, counted: "people", measure: "killed", place: null, subject: null, change: null, claimedBy, asOf, group: "g", sentence: "", url: "", anchor: "f-1", start: 0, end: 1 }) as unknown as FigureRecord;

describe("the chart of a conflict", () => {
  const figures = [figure(42, "the ministry", "2022-03-01"), figure(17, "the rebels", "2022-03-01"), figure(51, "the ministry", "2022-03-03"), figure(20, "the rebels", "2022-03-03"), figure(30, "the UN", "2022-03-02")];
  const svg = String(trendChart("Killed", figures, (f) => f.claimedBy!));

  it("draws each claimant as its own series, a line through its own figures only", () => {
    const groups = [...svg.matchAll(/<g class="series series-(\d)">([\s\S]*?)<\/g>/g)];
    expect(groups.length).toBe(3);
    const lines = groups.map((g) => /<polyline[^>]*points="([^"]*)"/.exec(g[2]!)?.[1]?.split(" ").length ?? 0);
    expect(lines).toEqual([2, 2, 0]); // in order of first figure: the ministry 42 -> 51, the rebels 17 -> 20, the UN one point (no line)
    expect(svg.match(/<polyline/g)?.length).toBe(2);
  });

  it("labels each point with its value and claimant, and has a legend", () => {
    for (const label of ["42 the ministry", "17 the rebels", "51 the ministry", "20 the rebels", "30 the UN"]) expect(svg).toContain(`>${label}</text>`);
    const legend = /<ul class="chart-legend">([\s\S]*?)<\/ul>/.exec(svg)![1]!;
    expect([...legend.matchAll(/<\/svg> ([^<]+)<\/li>/g)].map((m) => m[1])).toEqual(["the ministry", "the rebels", "the UN"]);
  });

  it("has round ticks up to at least the highest figure", () => {
    expect(roundTicks(51)).toEqual([0, 20, 40, 60]);
    expect(roundTicks(3_500_000)).toEqual([0, 1e6, 2e6, 3e6, 4e6]);
    expect(svg).toContain(">60</text>");
  });
});
