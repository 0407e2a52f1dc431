// Grouping figures across articles: keyed buckets, the status rule and the labels.
import { describe, expect, it } from "vitest";
import type { ExtractedFigure } from "../../src/analysis/index.ts";
import { countedClass, figureTable } from "../../src/briefing/figures.ts";

function figure(over: Partial<ExtractedFigure>): ExtractedFigure {
  const value = over.value ?? 1;
  return {
    text: String(value), start: 0, end: 1, number: String(value), kind: "cardinal", value, low: value, high: value, qualifier: null, unit: null,
    counted: "people", measure: "killed", place: null, claimedBy: null, subject: null, change: false, ofStory: false, asOf: "2022-03-14", sentence: "", cumulative: false, earlier: false, part: false, ...over,
  };
}

function table(...articles: [string, string, Partial<ExtractedFigure>[]][]) {
  return figureTable(articles.map(([slug, date, figures]) => ({ slug, date, figures: figures.map(figure) })));
}

describe("figure groups", () => {
  it("never compares the tolls of articles that tell different stories (issue 13)", () => {
    const toll = (value: number) => ({ value, low: value, high: value });
    const stories = (a: string[], b: string[]) =>
      figureTable([
        { slug: "a", date: "2019-01-04", figures: [figure(toll(39))], story: a },
        { slug: "b", date: "2019-01-12", figures: [figure(toll(7))], story: b },
      ]).groups.length;
    // the Magnitogorsk collapse and the Viazul bus crash: nothing in common
    expect(stories(["magnitogorsk", "ural", "russia"], ["viazul", "cuban", "havana"])).toBe(2);
    // one country alone is many stories (the Magnitogorsk collapse, the Babyninsky bus crash)
    expect(stories(["magnitogorsk", "russia"], ["smolensk", "babyninsky", "russia"])).toBe(2);
    // a name no dictionary holds, or two names, make one story; a place's people are the place
    expect(stories(["magnitogorsk", "russia"], ["magnitogorsk"])).toBe(1);
    expect(stories(["russia", "ukraine"], ["ukrainian", "russian", "kyiv"])).toBe(1);
    expect(stories(["united states congress", "nancy pelosi"], ["nancy pelosi"])).toBe(1);
    // an article between two others joins them, whatever the order of the articles
    const chain = figureTable([
      { slug: "a", date: "2019-01-01", figures: [figure({ value: 1, low: 1, high: 1 })], story: ["magnitogorsk"] },
      { slug: "c", date: "2019-01-02", figures: [figure({ value: 3, low: 3, high: 3 })], story: ["chelyabinsk"] },
      { slug: "b", date: "2019-01-03", figures: [figure({ value: 2, low: 2, high: 2 })], story: ["magnitogorsk", "chelyabinsk"] },
    ]);
    expect(chain.groups.map((g) => g.figures.length)).toEqual([3]);
    // one name read twice ("philippines", "philippine") is still one name
    expect(stories(["surigao", "philippines", "philippine"], ["mindanao", "philippines"])).toBe(2);
  });

  it("keeps different candidates' shares apart, and a change apart from a level (issue 13)", () => {
    const share = (subject: string | null, value: number) => ({ value, low: value, high: value, unit: "percent", counted: "vote", measure: "won", subject });
    const { groups } = table(["a", "2020-03-04", [share("Bernie Sanders", 25.7), share("Pete Buttigieg", 24.4), share("Bernie Sanders", 25.9)]]);
    expect(groups.map((g) => g.figures.length).sort()).toEqual([1, 2]);
    // a share whose sentence names no candidate may be any candidate's: it is compared with none
    const unnamed = table(["a", "2020-03-04", [share("Bernie Sanders", 25.7), share("Pete Buttigieg", 24.4), share(null, 9.2), share(null, 85)]]);
    expect(unnamed.groups.map((g) => g.figures.length)).toEqual([1, 1, 1, 1]);
    const levels = table(["a", "2004-05-10", [{ value: 75, unit: "GBP", counted: "profit", measure: "rose" }, { value: 5, unit: "GBP", counted: "profit", measure: "rose", change: true }]]);
    expect(levels.groups).toHaveLength(2);
  });

  it("keeps the dead of different places apart, and children apart from all who fled", () => {
    const { groups } = table(
      ["a", "2022-03-14", [{ value: 2200, high: 2200, low: null, qualifier: "nearly", place: "Mariupol" }, { value: 35, place: "training ground" }]],
      ["b", "2022-03-22", [{ value: 3.5e6, measure: "fled", place: "Ukraine" }, { value: 1.5e6, measure: "fled", counted: "children" }]],
    );
    expect(groups.map((g) => g.label).sort()).toEqual(["Children who fled", "Killed at the training ground", "Killed in Mariupol", "People who fled Ukraine"]);
    expect(groups.every((g) => g.status === "single")).toBe(true);
  });

  it("calls a figure that changes over time an update, and joins a figure with no place to the one place of its kind", () => {
    const { groups, figures } = table(
      ["a", "2022-03-07", [{ value: 1.5e6, low: 1.5e6, high: null, qualifier: "more than", measure: "fled", asOf: "2022-03-07" }]],
      ["b", "2022-03-22", [{ value: 3.5e6, low: 3.5e6, high: null, measure: "fled", counted: "Ukrainians", place: "Ukraine", asOf: "2022-03-22" }]],
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ label: "People who fled Ukraine", status: "update" });
    expect(groups[0]!.figures).toEqual(figures.map((f) => f.id));
  });

  it("calls two incompatible tolls for the same day from different claimants a conflict, listed first", () => {
    const { groups } = table(
      ["a", "2022-03-14", [{ value: 35, low: 35, high: null, place: "Yavoriv", claimedBy: "regional governor" }, { value: 3, measure: "wounded" }]],
      ["b", "2022-03-14", [{ value: 180, place: "Yavoriv", claimedBy: "Russian defence ministry" }]],
    );
    expect(groups[0]).toMatchObject({ label: "Killed in Yavoriv", status: "conflict" });
  });

  it("calls figures that can all hold, from several sources, agreement; one source repeating itself is single", () => {
    const agree = table(["a", "2022-03-14", [{ value: 2200, place: "Mariupol" }]], ["b", "2022-03-14", [{ value: 2200, low: null, high: 2200, qualifier: "nearly", place: "Mariupol" }]]);
    expect(agree.groups[0]!.status).toBe("agree");
    const single = table(["a", "2022-03-22", [{ value: 3.5e6, measure: "fled" }, { value: 3.5e6, measure: "fled" }]]);
    expect(single.groups[0]!.status).toBe("single");
  });

  it("reads the same death toll written differently as one group with one place spelling", () => {
    const { groups } = table(["a", "2022-03-01", [{ value: 10, place: "Kiev" }]], ["b", "2022-03-01", [{ value: 10, counted: "civilians", place: "Kyiv" }]]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.status).toBe("agree");
  });

  it("finds a conflict whatever the order of the figures, and names the day it happens", () => {
    const a = ["a", "2022-03-14", [{ value: 10, place: "Kyiv", claimedBy: "the ministry" }, { value: 100, place: "Kyiv", claimedBy: "the ministry" }]] as [string, string, Partial<ExtractedFigure>[]];
    const b = ["b", "2022-03-14", [{ value: 100, place: "Kyiv", claimedBy: "the union" }]] as [string, string, Partial<ExtractedFigure>[]];
    for (const order of [[a, b], [b, a]]) expect(table(...order).groups[0]).toMatchObject({ status: "conflict", conflictOn: "2022-03-14" });
  });

  it("claims no conflict from a figure no one is said to give", () => {
    const { groups } = table(["a", "2022-03-14", [{ value: 10, place: "Kyiv", claimedBy: "the ministry" }]], ["b", "2022-03-14", [{ value: 100, place: "Kyiv" }]]);
    expect(groups[0]!.status).not.toBe("conflict");
  });

  it("gives groups whose labels slug alike ids of their own", () => {
    const { groups, figures } = table(["a", "2022-03-01", [{ value: 10, place: "Київ" }, { value: 20, place: "Одеса" }]]);
    expect(groups).toHaveLength(2);
    expect(new Set(groups.map((g) => g.id)).size).toBe(2);
    expect(new Set(figures.map((f) => f.group)).size).toBe(2);
  });

  it("compares history only with its own year, and sums only with sums", () => {
    const { groups } = table(
      ["a", "2024-09-17", [{ value: 29, counted: "miners", asOf: "2011-12-31" }, { value: 3, counted: "miners" , asOf: "2024-09-17" }]],
      ["b", "2024-09-22", [{ value: 19, counted: "miners", asOf: "2024-09-22" }, { value: 120, counted: "miners", asOf: "2024-09-22", cumulative: true }]],
    );
    expect(groups.map((g) => g.figures.length).sort()).toEqual([1, 1, 2]);
  });

  it("reads no conflict from a value a figure changed from, and no agreement from one article alone", () => {
    const changed = table(["a", "2024-03-10", [{ value: 30, place: "Lagos", claimedBy: "police" }, { value: 12, place: "Lagos", claimedBy: "police", earlier: true }]], ["b", "2024-03-10", [{ value: 30, place: "Lagos", claimedBy: "the Red Cross" }]]);
    expect(changed.groups[0]!.status).not.toBe("conflict");
    const alone = table(["a", "2024-03-10", [{ value: 40, place: "Lagos" }, { value: 40, place: "Lagos", claimedBy: "officials" }]]);
    expect(alone.groups[0]!.status).toBe("single");
  });

  it("folds words for people, and keeps other counted things", () => {
    expect(countedClass("civilians")).toBe("people");
    expect(countedClass("Ukrainians")).toBe(countedClass("people"));
    expect(countedClass("children")).toBe("children");
    expect(countedClass("drone attacks")).toBe("drone attack");
    // how a count is known, or of which disease, is not what it counts (issue 13); suspected cases are other cases
    expect(countedClass("confirmed cases")).toBe(countedClass("cases"));
    expect(countedClass("coronavirus cases")).toBe(countedClass("cases"));
    expect(countedClass("suspected cases")).not.toBe(countedClass("cases"));
  });

  it("keeps percentages, money and counts of the same thing apart", () => {
    const { groups } = table(["a", "2022-03-22", [{ value: 90, unit: "percent", counted: "women and children", measure: "fled" }, { value: 3.5e6, measure: "fled" }, { value: 2e9, unit: "USD", counted: "aid", measure: "pledged" }]]);
    expect(groups.map((g) => g.label).sort()).toEqual(["Aid pledged (USD)", "People who fled", "Women and children among those who fled, percent"]);
  });
});

describe("rounded figures (issue 13)", () => {
  it("groups 'the sale price was $9.3bn' with 'put the sale price at $9.4bn': one noun phrase named as counted or as measure", () => {
    const a = figure({ number: "$9.3bn", text: "$9.3bn", value: 9.3e9, low: 9.3e9, high: 9.3e9, unit: "USD", counted: "sale price", measure: null, claimedBy: "Rosneft", asOf: "2004-12-20" });
    const b = figure({ number: "$9.4bn", text: "$9.4bn", value: 9.4e9, low: 9.4e9, high: 9.4e9, unit: "USD", counted: null, measure: "sale price", claimedBy: "the Kremlin", asOf: "2004-12-20" });
    const { groups } = figureTable([{ slug: "a", date: "2004-12-20", figures: [a] }, { slug: "b", date: "2004-12-20", figures: [b] }]);
    expect(groups.map((g) => [g.figures.length, g.status])).toEqual([[2, "agree"]]);
  });

  it("reads '$9.3bn' and '$9.4bn' of one day as agreeing within their rounding, and two counts that differ by one as different", () => {
    const sale = (number: string, value: number, claimedBy: string) => ({ number, text: number, value, low: value, high: value, unit: "USD", counted: "sale price", measure: "sold", claimedBy, asOf: "2004-12-20" });
    const rounded = figureTable([
      { slug: "a", date: "2004-12-20", figures: [figure(sale("$9.3bn", 9.3e9, "Reuters"))] },
      { slug: "b", date: "2004-12-20", figures: [figure(sale("$9.4bn", 9.4e9, "Rosneft"))] },
    ]);
    expect(rounded.groups.map((g) => [g.figures.length, g.status])).toEqual([[2, "agree"]]);
    const counts = figureTable([
      { slug: "a", date: "2022-03-14", figures: [figure({ value: 42, low: 42, high: 42, claimedBy: "police" })] },
      { slug: "b", date: "2022-03-14", figures: [figure({ value: 43, low: 43, high: 43, claimedBy: "the ministry" })] },
    ]);
    expect(counts.groups[0]!.status).toBe("conflict");
  });
});

describe("figures of a past year (issue 13)", () => {
  it("compares a figure of last year only with that year's, however recent the article", () => {
    const { groups } = table(["a", "2019-01-12", [{ value: 750, asOf: "2018-12-31" }, { value: 7, asOf: "2019-01-12" }]]);
    expect(groups).toHaveLength(2);
  });
});

describe("labels from what a figure measures and of whom (issue 13)", () => {
  it("writes the subject and the measure, never 'Count' or 'Amount' when the figure says what it is", () => {
    const label = (over: Partial<ExtractedFigure>) => table(["a", "2020-02-14", [over]]).groups[0]!.label;
    expect(label({ value: 25.7, unit: "percent", counted: "vote", measure: null, subject: "Sanders" })).toBe("Sanders vote, percent");
    expect(label({ value: 5, counted: null, measure: "killed", subject: "the Kabul car bombing" })).toBe("Killed in the Kabul car bombing");
    expect(label({ value: 75, counted: "miles per hour", measure: "maximum sustained winds", subject: "Humberto" })).toBe("Humberto maximum sustained winds (miles per hour)");
    expect(label({ value: 3e10, unit: "USD", counted: "revenue", measure: "revenue" })).toBe("Revenue (USD)");
    expect(label({ value: 9, counted: "kilometres", measure: "distance" })).toBe("Distance (kilometres)");
  });
});

describe("the story's event (issue 13)", () => {
  it("is one subject in every article of the story, however each names it", () => {
    const toll = (value: number, subject: string) => figure({ value, low: value, high: value, subject, ofStory: true });
    const { groups } = figureTable([
      { slug: "a", date: "2019-02-04", figures: [toll(7, "the Babyninsky bus crash")], story: ["babyninsky", "kaluga"] },
      { slug: "b", date: "2019-02-06", figures: [toll(8, "the bus accident")], story: ["babyninsky", "smolensk"] },
    ]);
    expect(groups.map((g) => [g.figures.length, g.status])).toEqual([[2, "update"]]);
  });
});

describe("a figure that names no subject (issue 13)", () => {
  it("joins the one subject of its kind only from an article that names it, or when the subject is the story's event", () => {
    const flights = (value: number, subject: string | null) => ({ value, low: value, high: value, counted: "flights", measure: "cancelled", subject });
    const across = table(["a", "2022-03-14", [flights(31, "Pellan Air")]], ["b", "2022-03-15", [flights(40, null)]]);
    expect(across.groups.map((g) => g.figures.length)).toEqual([1, 1]);
    const within = table(["a", "2022-03-14", [flights(31, "Pellan Air"), flights(40, null)]]);
    expect(within.groups.map((g) => g.figures.length)).toEqual([2]);
  });
});

describe("measures of a thing (issue 13)", () => {
  it("never compares two distances that do not say of what", () => {
    const distance = (value: number, claimedBy: string, subject: string | null = null) => ({ value, low: value, high: value, counted: "miles", measure: "distance", place: "Okinawa", claimedBy, subject });
    expect(table(["a", "2019-11-13", [distance(50, "Lost 52"), distance(100, "the New York Times")]]).groups.map((g) => g.status)).toEqual(["single", "single"]);
    expect(table(["a", "2019-11-13", [distance(50, "Lost 52", "the wreck"), distance(100, "the New York Times", "the wreck")]]).groups.map((g) => g.status)).toEqual(["conflict"]);
  });
});
