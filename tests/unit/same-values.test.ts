// The comparison that tells `briefing serve` which pages an edit reaches (src/same-values.ts), and
// the addresses the live channel names them by.
import { describe, expect, it } from "vitest";
import { LIVE_SCRIPT } from "../../src/live.ts";
import { addressOf } from "../../src/routes.ts";
import { sameValues } from "../../src/same-values.ts";

describe("sameValues", () => {
  it("finds equal data equal, however it was made", () => {
    const body = "Talks resumed on Tuesday.".repeat(100);
    expect(sameValues({ a: [1, "x", null], b: { c: body } }, { b: { c: body.slice(0) }, a: [1, "x", null] })).toBe(true);
    expect(sameValues(NaN, NaN)).toBe(true);
  });

  it("finds any difference of value or shape", () => {
    expect(sameValues({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameValues({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValues([1], { 0: 1 })).toBe(false);
    expect(sameValues({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValues({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameValues({ a: null }, { a: {} })).toBe(false);
    expect(sameValues("1", 1)).toBe(false);
    expect(sameValues({ title: "Talks" }, { title: "Talks resume" })).toBe(false);
  });
});

describe("the live channel's addresses", () => {
  it("names a page by the address it is served at", () => {
    expect(addressOf("index.html")).toBe("/");
    expect(addressOf("articles/2022-03-14-talks/index.html")).toBe("/articles/2022-03-14-talks/");
    expect(addressOf("data/quotes.json")).toBe("/data/quotes.json");
    expect(addressOf("404.html")).toBe("/404.html");
  });

  it("gives the pages a script that parses", () => {
    expect(() => new Function(LIVE_SCRIPT)).not.toThrow();
  });
});

describe("sameValues on what is not plain data", () => {
  it("finds two different Maps, Sets or Dates different, and one the same as itself", () => {
    const m = new Map([["a", 1]]);
    expect(sameValues(m, new Map([["a", 2]]))).toBe(false);
    expect(sameValues(new Set([1]), new Set([2]))).toBe(false);
    expect(sameValues(new Date(0), new Date(1))).toBe(false);
    expect(sameValues(m, m)).toBe(true);
  });
});
