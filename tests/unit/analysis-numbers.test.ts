// The number recogniser in news mode: what a careful editor reads as a number in news copy, with
// its kind, value, bounds, unit and exact place in the text.
import { describe, expect, it } from "vitest";
import { numberModel, ordinalModel, percentModel, recognizeNumbers, type NumberMention } from "../../src/analysis/numbers/index.ts";

/** Each mention as [text, kind, value]. */
function read(text: string): [string, string, number][] {
  return recognizeNumbers(text).map((m) => [m.text, m.kind, m.value]);
}

/** The one mention in a text. */
function only(text: string): NumberMention {
  const mentions = recognizeNumbers(text);
  expect(mentions, text).toHaveLength(1);
  return mentions[0]!;
}

function value(text: string): number {
  return only(text).value;
}

describe("numbers written in digits", () => {
  it("reads thousands separators, decimals and the Indian grouping", () => {
    expect(value("2,200")).toBe(2200);
    expect(value("1,234,567")).toBe(1234567);
    expect(value("12,34,567.89")).toBe(1234567.89);
    expect(value("1,111.11")).toBe(1111.11);
    expect(value("9.2321312")).toBe(9.2321312);
  });

  it("reads a full stop with three digits after it as a decimal point: 4.800 is 4.8", () => {
    expect(value("4.800")).toBe(4.8);
  });

  it("reads digits grouped by spaces in threes, and not a date followed by a count", () => {
    expect(value("1 234 567")).toBe(1234567);
    expect(value("40\u202f000")).toBe(40000);
    expect(value("1\u202f234\u202f567.89")).toBe(1234567.89);
    expect(read("On May 5 200 protesters gathered")).toEqual([["5", "cardinal", 5], ["200", "cardinal", 200]]);
    expect(read("In 2019, 20 people died")).toEqual([["2019", "cardinal", 2019], ["20", "cardinal", 20]]);
  });

  it("reads runs of dots or commas that make no one number as several numbers", () => {
    expect(read("192.168.1.2").map(([, , v]) => v)).toEqual([192, 168, 1, 2]);
    expect(read("exercises 22,24,26").map(([, , v]) => v)).toEqual([22, 24, 26]);
  });

  it("applies scale words and suffixes", () => {
    expect(value("3.5 million")).toBe(3.5e6);
    expect(value("7bn")).toBe(7e9);
    expect(value("7 bln")).toBe(7e9);
    expect(value("2.33 k")).toBeCloseTo(2330);
    expect(value("10k")).toBe(10000);
    expect(value("10M")).toBe(1e7);
    expect(value("1.2b")).toBe(1.2e9);
    expect(value("10G")).toBe(1e10);
    expect(value("2mil")).toBe(2e6);
    expect(value("1MM")).toBe(1e6);
    expect(value("13 lakh")).toBe(1.3e6);
    expect(value("1 crore")).toBe(1e7);
    expect(value("three lakh crore")).toBe(3e12);
    expect(value("322 hundred")).toBe(32200);
  });

  it("reads scientific forms", () => {
    expect(value("1e10")).toBe(1e10);
    expect(value("1.3e6")).toBe(1.3e6);
    expect(value("1.1^23")).toBeCloseTo(8.9543024, 6);
    expect(value("1.3x10^6")).toBeCloseTo(1.3e6);
  });
});

describe("numbers written in words", () => {
  it("reads cardinals with hyphens, 'and' and scales", () => {
    expect(value("nine")).toBe(9);
    expect(value("forty-four")).toBe(44);
    expect(value("one hundred and sixty-one")).toBe(161);
    expect(value("twenty-one trillion three hundred")).toBe(21e12 + 300);
    expect(value("two hundred and two thousand")).toBe(202000);
    expect(value("ninety-five hundred")).toBe(9500);
    expect(value("A hundred people")).toBe(100);
  });

  it("mixes digits and words", () => {
    expect(value("3 hundred and 21")).toBe(321);
    expect(value("4 thousand 3 hundred and 21")).toBe(4321);
    expect(read("3 hundred and 2 hundred").map(([t]) => t)).toEqual(["3 hundred", "2 hundred"]);
  });

  it("reads dozens, zero and spoken decimals", () => {
    expect(value("a dozen")).toBe(12);
    expect(value("half a dozen")).toBe(6);
    expect(value("3 dozens")).toBe(36);
    expect(value("3 dzs")).toBe(36);
    for (const zero of ["nought", "naught", "zero"]) expect(value(zero)).toBe(0);
    expect(value("two hundred point zero three")).toBeCloseTo(200.03);
    expect(value("two point five million")).toBe(2.5e6);
  });

  it("keeps words that do not combine apart: 'nineteen ninety', 'three-nought-four'", () => {
    expect(read("nineteen ninety").map(([, , v]) => v)).toEqual([19, 90]);
    expect(read("three-nought-four").map(([, , v]) => v)).toEqual([3, 0, 4]);
  });

  it("does not read the idiom 'at one point' as a decimal", () => {
    expect(read("At one point two officers were hurt").map(([t]) => t)).toEqual(["one", "two"]);
  });
});

describe("negative numbers", () => {
  it("reads a minus sign or word", () => {
    expect(value("-1")).toBe(-1);
    expect(value("It was −3 overnight")).toBe(-3);
    expect(value("minus five")).toBe(-5);
    expect(value("negative one")).toBe(-1);
  });

  it("reads a hyphen against a letter, digit or sign as a hyphen", () => {
    expect(only("SCP-173")).toMatchObject({ text: "173", value: 173 });
    expect(read("+1-222-2222").map(([t, k]) => [t, k])).toEqual([["1", "cardinal"], ["222", "cardinal"], ["2222", "cardinal"]]);
  });

  it("reads a list bullet as a bullet, not a minus", () => {
    expect(read("- 5 people died\n- 6 were hurt").map(([, , v]) => v)).toEqual([5, 6]);
  });
});

describe("ordinals", () => {
  it("reads ordinals in words and digits", () => {
    expect(only("the twelfth day")).toMatchObject({ text: "twelfth", kind: "ordinal", value: 12, low: 12, high: 12, unit: null });
    expect(only("on the 12th")).toMatchObject({ text: "12th", kind: "ordinal", value: 12 });
    expect(only("the 21st century")).toMatchObject({ kind: "ordinal", value: 21 });
    expect(only("its one hundred twenty-fifth anniversary")).toMatchObject({ text: "one hundred twenty-fifth", kind: "ordinal", value: 125 });
  });

  it("tells an ordinal from a fraction by what follows 'a'", () => {
    expect(only("the third round")).toMatchObject({ kind: "ordinal", value: 3 });
    expect(only("a third of the budget")).toMatchObject({ text: "a third", kind: "fraction" });
    expect(only("cut by a fifth.")).toMatchObject({ text: "a fifth", kind: "fraction", value: 0.2 });
    expect(only("he won a third term")).toMatchObject({ text: "third", kind: "ordinal", value: 3 });
  });

  it("reads 'a second' alone as a span of time, and 'a second term' as an ordinal", () => {
    expect(recognizeNumbers("Wait a second.")).toEqual([]);
    expect(only("a second term")).toMatchObject({ kind: "ordinal", value: 2 });
  });

  it("leaves relative positions out: they hold no number", () => {
    expect(recognizeNumbers("the last time, the next round, the previous day")).toEqual([]);
  });
});

describe("fractions", () => {
  it("reads fractions in words", () => {
    expect(only("more than half of them")).toMatchObject({ text: "half", kind: "fraction", value: 0.5 });
    expect(value("a half")).toBe(0.5);
    expect(value("three-quarters")).toBe(0.75);
    expect(value("two thirds")).toBeCloseTo(2 / 3);
    expect(value("one and a half")).toBe(1.5);
    expect(value("2 and a half years")).toBe(2.5);
  });

  it("reads fractions with a preposition when the first number is the smaller", () => {
    expect(value("one over three")).toBeCloseTo(1 / 3);
    expect(value("one out of three")).toBeCloseTo(1 / 3);
    expect(only("eight in ten adults")).toMatchObject({ text: "eight in ten", kind: "fraction", value: 0.8 });
    expect(value("1 in twenty-one")).toBeCloseTo(1 / 21);
    expect(read("12 out of 10").map(([t]) => t)).toEqual(["12", "10"]);
    expect(read("8 in 5").map(([t]) => t)).toEqual(["8", "5"]);
  });

  it("does not read a year or a span of time as a denominator", () => {
    expect(read("1 in 2020").map(([t]) => t)).toEqual(["1", "2020"]);
    expect(read("He scored 2 in 3 minutes").map(([t]) => t)).toEqual(["2", "3"]);
    expect(read("500 over 3 days").map(([t]) => t)).toEqual(["500", "3"]);
  });

  it("reads fractions in digits and vulgar fractions, but not dates", () => {
    expect(value("3/4")).toBe(0.75);
    expect(only("2 1/4 miles")).toMatchObject({ text: "2 1/4", kind: "fraction", value: 2.25 });
    expect(read("⅔ ¾ ½").map(([, k, v]) => [k, v])).toEqual([["fraction", 2 / 3], ["fraction", 0.75], ["fraction", 0.5]]);
    expect(read("on 5/17/2018").map(([t, k]) => [t, k])).toEqual([["5", "cardinal"], ["17", "cardinal"], ["2018", "cardinal"]]);
    expect(read("since 9/11").map(([t]) => t)).toEqual(["9", "11"]);
  });

  it("reads a fraction of a scale as a whole amount", () => {
    expect(only("one million and a half")).toMatchObject({ kind: "cardinal", value: 1.5e6 });
    expect(only("half million")).toMatchObject({ kind: "cardinal", value: 500000 });
    expect(only("Half a million people")).toMatchObject({ text: "Half a million", kind: "cardinal", value: 500000 });
    expect(value("five and a half million")).toBe(5.5e6);
  });

  it("reads the half of a match as no fraction", () => {
    expect(read("in the second half").map(([t, k]) => [t, k])).toEqual([["second", "ordinal"]]);
    expect(recognizeNumbers("at half-time")).toEqual([]);
  });
});

describe("percentages", () => {
  it("reads signs and words, with the value in percent", () => {
    expect(only("rose 7.5%")).toMatchObject({ text: "7.5%", kind: "percent", value: 7.5, low: 7.5, high: 7.5, unit: "percent" });
    expect(only("90 percent")).toMatchObject({ text: "90 percent", value: 90, unit: "percent" });
    expect(only("5 per cent")).toMatchObject({ text: "5 per cent", value: 5 });
    expect(only("100 percentage")).toMatchObject({ value: 100, kind: "percent" });
    expect(only("twenty percent")).toMatchObject({ value: 20, kind: "percent" });
    expect(only("per cent of twenty-two")).toMatchObject({ text: "per cent of twenty-two", value: 22, kind: "percent" });
    expect(only("minus five percent")).toMatchObject({ value: -5, kind: "percent" });
  });

  it("does not take the count after 'percentage of' for a percentage", () => {
    expect(only("the percentage of 18-year-olds")).toMatchObject({ text: "18", kind: "cardinal" });
  });
});

describe("money", () => {
  it("reads signs, scales and currency words, in currency units", () => {
    expect(only("raised $30bn")).toMatchObject({ text: "$30bn", kind: "money", value: 30e9, low: 30e9, high: 30e9, unit: "USD" });
    expect(only("1.5 million pounds")).toMatchObject({ text: "1.5 million pounds", value: 1.5e6, unit: "GBP" });
    expect(only("€2.3 billion")).toMatchObject({ value: 2.3e9, unit: "EUR" });
    expect(only("£400m")).toMatchObject({ text: "£400m", value: 4e8, unit: "GBP" });
    expect(only("US$ 1MM")).toMatchObject({ text: "US$ 1MM", value: 1e6, unit: "USD" });
    expect(only("$20")).toMatchObject({ text: "$20", value: 20, unit: "USD" });
    expect(only("20 million hryvnias")).toMatchObject({ value: 2e7, unit: "UAH" });
    expect(only("50 roubles")).toMatchObject({ value: 50, unit: "RUB" });
    expect(only("400m euros")).toMatchObject({ value: 4e8, unit: "EUR" });
  });

  it("names the currency by its country, or readably when the text does not say", () => {
    expect(only("900 million crowns")).toMatchObject({ kind: "money", value: 9e8, unit: "crown" });
    expect(only("900 million Swedish crowns")).toMatchObject({ unit: "SEK" });
    expect(only("10 Swiss francs")).toMatchObject({ unit: "CHF" });
  });

  it("reads pounds of weight and metres as no money", () => {
    expect(only("she lost 50 pounds")).toMatchObject({ text: "50", kind: "cardinal" });
    expect(recognizeNumbers("the 100m sprint")).toEqual([]);
  });
});

describe("ranges", () => {
  it("reads both ends, with value the low end", () => {
    expect(only("between 300 and 400 people")).toMatchObject({ text: "between 300 and 400", kind: "range", value: 300, low: 300, high: 400, unit: null });
    expect(only("20-30")).toMatchObject({ low: 20, high: 30 });
    expect(only("20–30")).toMatchObject({ low: 20, high: 30 });
    expect(only("20 to 30")).toMatchObject({ low: 20, high: 30 });
    expect(only("from 20 to 30 people")).toMatchObject({ text: "from 20 to 30", low: 20, high: 30 });
    expect(only("300,000-400,000")).toMatchObject({ low: 300000, high: 400000 });
  });

  it("shares a unit or scale written once", () => {
    expect(only("$2bn-$3bn")).toMatchObject({ kind: "range", low: 2e9, high: 3e9, unit: "USD" });
    expect(only("$2-3bn")).toMatchObject({ kind: "range", low: 2e9, high: 3e9, unit: "USD" });
    expect(only("5 to 10 percent")).toMatchObject({ kind: "range", low: 5, high: 10, unit: "percent" });
    expect(only("3 to 4 million")).toMatchObject({ kind: "range", value: 3e6, low: 3e6, high: 4e6 });
    expect(only("300 to 4 million")).toMatchObject({ low: 300, high: 4e6 });
  });

  it("reads scores, seasons, spans of years and changes as separate numbers", () => {
    expect(read("the 2021-22 season").map(([t]) => t)).toEqual(["2021", "22"]);
    expect(read("won 3-1").map(([t]) => t)).toEqual(["3", "1"]);
    expect(read("from 2019 to 2021").map(([t]) => t)).toEqual(["2019", "2021"]);
    expect(read("Unemployment rose from 5 to 7 percent").map(([t, k]) => [t, k])).toEqual([["5", "cardinal"], ["7 percent", "percent"]]);
  });
});

describe("vague amounts", () => {
  it("reads plural scales as intervals, with value the low end", () => {
    const cases: [string, number, number][] = [
      ["dozens", 24, 143],
      ["hundreds", 200, 999],
      ["thousands", 2000, 9999],
      ["tens of thousands", 20000, 99999],
      ["hundreds of thousands", 200000, 999999],
      ["millions", 2e6, 999999999],
      ["tens of millions", 2e7, 99999999],
    ];
    for (const [text, low, high] of cases) expect(only(`${text} of people`)).toMatchObject({ text, kind: "cardinal", value: low, low, high });
  });
});

describe("what is no number", () => {
  it("does not read an article or the pronoun 'one'", () => {
    expect(recognizeNumbers("a")).toEqual([]);
    expect(recognizeNumbers("an hour")).toEqual([]);
    expect(recognizeNumbers("Which one do you prefer?")).toEqual([]);
    expect(recognizeNumbers("The one you mentioned")).toEqual([]);
    expect(recognizeNumbers("no one was hurt")).toEqual([]);
    expect(only("one of the soldiers")).toMatchObject({ text: "one", value: 1 });
  });

  it("does not read numbers glued to units or inside names", () => {
    for (const text of ["180ml", "29km", "the .25ml dose", "155mm shells", "G7 summit", "5G network", "the 1990s"]) {
      expect(recognizeNumbers(text), text).toEqual([]);
    }
    expect(only("COVID-19")).toMatchObject({ text: "19", value: 19 });
    expect(only("Su-25 jets")).toMatchObject({ text: "25", value: 25 });
  });

  it("skips web addresses and link targets, and reads the text of a link", () => {
    expect(recognizeNumbers("see https://example.com/2022/03/07/5-things?q=30%25 and www.site.com/7")).toEqual([]);
    expect(only("[5 dead](https://x.com/2022/10)")).toMatchObject({ text: "5", start: 1, end: 2 });
  });
});

describe("offsets", () => {
  const paragraph =
    "Russia's invasion, now on its twelfth day, has seen 1.5 million people flee. Between 300 and 400 civilians\n" +
    "died, officials said, and prices rose 7.5% as $30bn left the country — two thirds of it in a week.\n\n" +
    "Thousands queued; [one report](https://x.com/1) put the figure at 2,200.";

  it("gives each mention exactly its text, in order, without overlap", () => {
    const mentions = recognizeNumbers(paragraph);
    expect(mentions.map((m) => m.text)).toEqual([
      "twelfth", "1.5 million", "Between 300 and 400", "7.5%", "$30bn", "two thirds", "Thousands", "one", "2,200",
    ]);
    let last = 0;
    for (const m of mentions) {
      expect(paragraph.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });

  it("counts offsets in UTF-16 code units, as JavaScript strings do", () => {
    const text = "🇺🇦 Kyiv: 5 killed";
    expect(only(text)).toMatchObject({ start: text.indexOf("5"), end: text.indexOf("5") + 1 });
  });
});

describe("Recognizers-Text views", () => {
  it("reports the bare number inside money and percentages", () => {
    expect(numberModel("I want to earn $10000 in 3 years")).toEqual([
      { text: "10000", start: 16, end: 21, value: 10000 },
      { text: "3", start: 25, end: 26, value: 3 },
    ]);
  });

  it("reports relative ordinals as strings", () => {
    expect(ordinalModel("Show me the last but one.")).toEqual([{ text: "the last but one", start: 8, end: 24, value: "end-1" }]);
    expect(ordinalModel("Turn to previous page.")).toEqual([{ text: "previous", start: 8, end: 16, value: "current-1" }]);
  });

  it("reports a percent word with no number with the value NaN", () => {
    const [result] = percentModel("Only a small percent attain the top ranks");
    expect(result).toMatchObject({ text: "percent", start: 13, end: 20 });
    expect(result!.value).toBeNaN();
  });
});
