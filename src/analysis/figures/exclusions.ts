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
const AGE_BEFORE = /\b(?:(?:aged|ages?\s+of|ages)\s+\d+\s+(?:and|or|to)|aged\s+(?:over|under|above|below)|aged|age of|ages of|age|(?:children|kids|infants|babies|boys|girls|those|people|anyone|adults)\s+(?:under|over|above|below))\s+$/i;
/** Numbers in words, for lists of them. */
const NUMBER_WORD = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\w+)?";
/** "The deceased were aged nine, ten, thirteen, two aged fourteen, 49, and 59": every number of a list of ages. */
const AGE_LIST_BEFORE = new RegExp(`\\baged\\s+${NUMBER_WORD}(?:,?\\s+(?:and\\s+)?${NUMBER_WORD}(?:\\s+aged\\s+${NUMBER_WORD})?)*,?\\s+(?:and\\s+)?$`, "i");
/** Words before a number that make it a name's or a product's ("Falcon 9", "CentOS 8", "§ 1201"), unless they only start the sentence or qualify a count. */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|By|Of|For|From|To|With|About|Around|Over|Under|Nearly|Almost|Some|Only|Just|All|And|But|Or|As|Of|Since|After|Before|Until|Than|More|Less|Fewer|Up|Down|Between|Among|Approximately|Roughly|Exactly|At least|Another|Its|Their|His|Her|Our|These|Those|This|That|Each|Every|Top|Total)$/;
/** "100% certainty", "with 100% confidence": a manner of speaking, not a share. */
const IDIOM_PERCENT_AFTER = /^\s+(?:confidence|certainty|certain|sure|confident|guaranteed|committed|effort|honest|correct|behind)\b/i;

const RULES: [string, Rule][] = [
  ["ordinal", ({ mention }) => mention.kind === "ordinal"],
  // "the 18.10 service": a departure named by its time
  ["clock time", ({ mention, before, after }) => CLOCK_AFTER.test(after) || (/^(?:[01]?\d|2[0-3])[.:][0-5]\d$/.test(mention.text) && /\bthe\s+$/i.test(before)) || /\d[:.]$/.test(before) || /^[:.]\d/.test(after) || /\bat\s+$/i.test(before) && /^\d{4}$/.test(mention.text)],
  ["date", ({ before, after }) => MONTH_AFTER.test(after.trimStart()) || MONTH_BEFORE.test(before) || /\d[/-]$/.test(before) || /^[/-]\d/.test(after)],
  // a year, unless it counts a plural ("2000 people"); "the 2023 floods" is still a year
  // (a year in a list of years is one too: "his 2008 and 2010 runs"; "the upcoming 2020 census")
  ["year", ({ mention, before, after }) => isYear(mention) && (!/^\s+(?:of\s+)?[a-z]+s\b/.test(after) || /\b(?:the|its|this|last|their|his|her|our|that|next|upcoming|coming|forthcoming|previous)\s+$/i.test(before) || /\b(?:1[6-9]|20)\d{2}\s+(?:and|or|to)\s+$/.test(before) || /^\s+census\b/i.test(after))],
  // "1. 300 homes were destroyed": the number of an item in a list
  ["list marker", ({ mention, before, after }) => /^\d{1,3}$/.test(mention.text) && /(?:^|\n)[ \t]*$/.test(before) && /^[.)](?:\s|$)/.test(after)],
  // "Smith, 54, said"; "a shepherd, 71, died": a number between commas after a name or a noun
  ["age", ({ mention, before, after }) => AGE_AFTER.test(after) || AGE_BEFORE.test(before) || (before.includes("aged") && AGE_LIST_BEFORE.test(before.slice(-160)) && /^\s*(?:[,;.)]|and\b|aged\b|$)/.test(after)) || (mention.value < 120 && /^\d+$/.test(mention.text) && /\p{L}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*,/.test(after))],
  ["the base of a rate", ({ before }) => /\bper\s+$/i.test(before)],
  ["street number", ({ after }) => STREET_AFTER.test(after)],
  // "Route 9", "Su-25", "the cutter CP 306 rescued", "the OSX 40 index": a code of capitals before a number that names something
  ["identifier", ({ before, after }) => IDENTIFIER_BEFORE.test(before) || (/\b\p{Lu}{1,5}\s$/u.test(before) && /^\s+(?:[a-z]+ed\b|index\b|fund\b|series\b|model\b)/.test(after))],
  // "the Falcon 9 rocket", "CentOS 8 reaches end of life", "WESH 2 news", "17 U.S. Code § 1201", "category 1 hurricanes"
  ["name", ({ mention, before, after }) => nameNumber(mention, before, after)],
  // "one of the five demands": the one is not counted; "a fourth from Germany", "a third, Jared Golden": a fourth one, not a quarter
  ["one of a set", ({ mention, after }) => mention.value === 1 && /^one$/i.test(mention.text) && /^\s+of\s+(?:the|its|their|his|her|our|those|these|a|an|them|us)\b/i.test(after)],
  ["one more of a list", ({ mention, before, after }) => mention.kind === "fraction" && /^an?\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(mention.text) && /^\s*,|^\s+(?:from|was|were|is|who|also|one|person|man|woman)\b/i.test(after) && !/\b(?:by|about|around|nearly|almost|roughly|over|than|just|only|some|under)\s+$/i.test(before)],
  // "half staff", "half way", "the first half", "an hour and a half": no share of anything
  ["half as a word", ({ mention, before, after }) => mention.kind === "fraction" && /^(?:a\s+)?half$/i.test(mention.text) && (/\band\s+$/i.test(before) || (!/^a\s/i.test(mention.text) && !/^\s+(?:of|the|a|an|its|their|his|her|our|all|that|this|those|these|them|million|billion|percent)\b/i.test(after)))],
  ["manner of speaking", ({ mention, after }) => mention.kind === "percent" && mention.value === 100 && IDIOM_PERCENT_AFTER.test(after)],
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

/**
 * A bare number right after a name is the name's ("Falcon 9 rocket", "CentOS 7 is expected", "the
 * Lost 52 Project"), and a spelled number with a capital inside a sentence starts one ("a Six Flags
 * theme park"). A count of a plural after a plain name still counts ("Taliban 20 fighters" is rare,
 * "CentOS 8 systems" is not).
 */
function nameNumber(mention: NumberMention, fullBefore: string, after: string): boolean {
  // (the words right before the number are all these rules read)
  const before = fullBefore.slice(-40);
  if (/^\p{Lu}\p{Ll}+$/u.test(mention.text) && /\p{Ll}[,;]?\s$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return true;
  if (!/^\d+(?:\.\d+)?\+?$/.test(mention.text) || mention.kind === "money" || mention.kind === "percent") return false;
  if (/(?:§|\b(?:category|figure|grade|level|phase|tier|class|type|version|stage)\.?)\s*$/i.test(before)) return true;
  const word = /(?:^|[\s(])(\p{Lu}[\p{L}\d&.-]*)\s$/u.exec(before)?.[1];
  if (!word || NOT_A_NAME.test(word) || MONTH_WORD.test(word) || /[.!?]["”’)]?\s*\S+\s$/.test(before.slice(-word.length - 4)) && fullBefore.trim() === word) return false;
  // the name opens the sentence: still a name when it is one ("Lost 52 sailed"), not when it is a word that any sentence may open with
  const plural = /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:is|was|has|reaches|remains|stays|gets|goes|does)\b/.test(after);
  const coined = /\p{Lu}.*\p{Lu}|\d/u.test(word.slice(1)) || /^\p{Lu}{2,}$/u.test(word); // "CentOS", "RHEL", "WESH"
  if (plural && !coined) return false;
  return !/^\s+(?:people|persons|percent|per|of|to|and|or|in|on|at|from)\b|^\s*[,;:%]/.test(after) || coined;
}

const MONTH_WORD = new RegExp(`^(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);

function isYear(mention: NumberMention): boolean {
  if (mention.kind === "range") return /^\d{4}\s*[-–]\s*\d{2,4}$/.test(mention.text) && (mention.low ?? 0) >= 1800 && (mention.low ?? 0) <= 2100;
  return mention.kind === "cardinal" && /^\d{4}$/.test(mention.text) && mention.value >= 1600 && mention.value <= 2100;
}
