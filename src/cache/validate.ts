// An analysis read back from the cache is data from disk, not the analysis's own output: a `.cache`
// folder can come with a project from anyone. It is used only when every record has the shape and
// the types the analysis writes (kinds from their lists, offsets inside the text, dates as
// YYYY-MM-DD); anything else is a miss, and the text is analysed again.
import type { TextAnalysis } from "../analysis/index.ts";

type Check = (value: unknown) => boolean;

const string: Check = (v) => typeof v === "string";
const number: Check = (v) => typeof v === "number" && Number.isFinite(v);
const boolean: Check = (v) => typeof v === "boolean";
const orNull = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: string[]): Check => (v) => typeof v === "string" && values.includes(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const date: Check = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

function record(fields: Record<string, Check>): Check {
  return (v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.entries(fields).every(([k, check]) => check((v as Record<string, unknown>)[k]));
}

const NUMBER_KINDS = ["cardinal", "ordinal", "percent", "money", "fraction", "range"];
const speaker = record({ name: string, role: orNull(string), kind: oneOf("person", "organization", "group", "unnamed") });

/** Whether `value` is an analysis of a text of `length` characters, as the analysis writes it. */
export function isTextAnalysis(value: unknown, length: number): value is TextAnalysis {
  const offset: Check = (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= length;
  const quote = record({
    text: string, kind: oneOf("direct", "partial", "term", "reported"), speaker: orNull(speaker), speakers: arrayOf(speaker), cue: orNull(string), sentence: string,
    start: offset, end: offset, segments: arrayOf((s) => Array.isArray(s) && s.length === 2 && offset(s[0]) && offset(s[1])), paragraph: offset, why: arrayOf(string),
  });
  const mention = record({ text: string, start: offset, end: offset, value: number, kind: oneOf(...NUMBER_KINDS), low: orNull(number), high: orNull(number), unit: orNull(string) });
  const figure = record({
    text: string, start: offset, end: offset, number: string, kind: oneOf(...NUMBER_KINDS), value: number, low: orNull(number), high: orNull(number),
    qualifier: orNull(string), unit: orNull(string), counted: orNull(string), measure: orNull(string), place: orNull(string), claimedBy: orNull(string),
    subject: orNull(string), change: boolean, ofStory: boolean, asOf: orNull(date), sentence: string, cumulative: boolean, earlier: boolean, part: boolean,
  });
  return record({ wordCount: offset, quotes: arrayOf(quote), numbers: arrayOf(mention), figures: arrayOf(figure), story: arrayOf(string), skipped: arrayOf(record({ start: offset, end: offset })) })(value);
}
