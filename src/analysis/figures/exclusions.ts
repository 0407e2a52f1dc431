// Numbers that are not figures: dates, years, clock times, ages, street numbers, identifiers,
// ordinals, spans of time and the "two" of "the two sides". Each rule reads the words just before
// and after the number and names why it is not a figure.
import type { NumberMention } from "../numbers/index.ts";
import { IDENTIFIER_WORDS, MONTHS, TIME_UNITS } from "./lexicon.ts";

export interface NumberContext {
  mention: NumberMention;
  /** The sentence's text before the number, and after it. */
  before: string;
  after: string;
}

type Rule = (c: NumberContext) => boolean;

const CLOCK_AFTER = /^\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|IST|MSK|EET|EEST|JST|local time|hrs\b|h\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock|o’clock)/i;
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+(?:the\\s+)?$`);
const PERIOD_OF_TIME = new RegExp(`^\\s*(?:more\\s+|full\\s+|long\\s+|straight\\s+|consecutive\\s+|and\\s+a\\s+half\\s+)?(?:${TIME_UNITS})\\b`, "i");
const HALF_TIME = /^\s+an?\s+(?:hour|day|week|month|year|decade|century)\b/i;
const COMPOUND_MODIFIER = new RegExp(`^-(?:(?:${TIME_UNITS})|point|member|page|mile|kilometre|kilometer|km|metre|meter|seat|nation|party|man|person|way|storey|story|floor|lane|hole|game|match|goal|round|minute|inch|foot|ton|tonne)\\b`, "i");
const STREET_AFTER = /^\s+(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard|Blvd\.?|Drive|Way|Square|Place|Close|Terrace|Crescent|Embankment|Prospekt|Strasse|Straße|Ulitsa|Row|Court|Gardens|Parade|Walk|Mews|Quay|Wharf|Alley)\b/u;
const IDENTIFIER_BEFORE = new RegExp(`(?:\\b(?:${IDENTIFIER_WORDS})\\.?\\s*#?|#|\\p{L}-|\\p{L})$`, "u");
const AGE_AFTER = /^(?:-|\s+)years?[-\s]old\b|^-year\b/i;
const AGE_BEFORE = /\b(?:aged\s+\d+\s+(?:and|or|to)|aged\s+(?:over|under|above|below)|aged|age of|ages of|age|(?:children|kids|infants|babies|boys|girls|those|people|anyone|adults)\s+(?:under|over|above|below))\s+$/i;

const RULES: [string, Rule][] = [
  ["ordinal", ({ mention }) => mention.kind === "ordinal"],
  // "the 18.10 service": a departure named by its time
  ["clock time", ({ mention, before, after }) => CLOCK_AFTER.test(after) || (/^(?:[01]?\d|2[0-3])[.:][0-5]\d$/.test(mention.text) && /\bthe\s+$/i.test(before)) || /\d[:.]$/.test(before) || /^[:.]\d/.test(after) || /\bat\s+$/i.test(before) && /^\d{4}$/.test(mention.text)],
  ["date", ({ before, after }) => MONTH_AFTER.test(after.trimStart()) || MONTH_BEFORE.test(before) || /\d[/-]$/.test(before) || /^[/-]\d/.test(after)],
  // a year, unless it counts a plural ("2000 people"); "the 2023 floods" is still a year
  ["year", ({ mention, before, after }) => isYear(mention) && (!/^\s+(?:of\s+)?[a-z]+s\b/.test(after) || /\b(?:the|its|this|last|their|his|her|our|that|next)\s+$/i.test(before))],
  // "1. 300 homes were destroyed": the number of an item in a list
  ["list marker", ({ mention, before, after }) => /^\d{1,3}$/.test(mention.text) && /(?:^|\n)[ \t]*$/.test(before) && /^[.)](?:\s|$)/.test(after)],
  // "Smith, 54, said"; "a shepherd, 71, died": a number between commas after a name or a noun
  ["age", ({ mention, before, after }) => AGE_AFTER.test(after) || AGE_BEFORE.test(before) || (mention.value < 120 && /^\d+$/.test(mention.text) && /\p{L}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*,/.test(after))],
  ["the base of a rate", ({ before }) => /\bper\s+$/i.test(before)],
  ["street number", ({ after }) => STREET_AFTER.test(after)],
  // "Route 9", "Su-25", "the cutter CP 306 rescued", "the OSX 40 index": a code of capitals before a number that names something
  ["identifier", ({ before, after }) => IDENTIFIER_BEFORE.test(before) || (/\b\p{Lu}{1,5}\s$/u.test(before) && /^\s+(?:[a-z]+ed\b|index\b|fund\b|series\b|model\b)/.test(after))],
  ["span of time", ({ mention, after }) => mention.kind !== "money" && mention.kind !== "percent" && (PERIOD_OF_TIME.test(after) || (mention.kind === "fraction" && HALF_TIME.test(after)))],
  ["modifier", ({ after }) => COMPOUND_MODIFIER.test(after)],
];

/** "the two sides", "their three children": a small number in words after a determiner names a set rather than counting. */
export const DETERMINER_BEFORE = /\b(?:the|these|those|its|their|our|his|her|my|your|both|all|first|last|next|other|each of the)\s+$/i;

/** Why the number is not a figure, or null when it may be one. */
export function whyNotAFigure(context: NumberContext): string | null {
  for (const [why, rule] of RULES) if (rule(context)) return why;
  return null;
}

function isYear(mention: NumberMention): boolean {
  if (mention.kind === "range") return /^\d{4}\s*[-–]\s*\d{2,4}$/.test(mention.text) && (mention.low ?? 0) >= 1800 && (mention.low ?? 0) <= 2100;
  return mention.kind === "cardinal" && /^\d{4}$/.test(mention.text) && mention.value >= 1800 && mention.value <= 2100;
}
