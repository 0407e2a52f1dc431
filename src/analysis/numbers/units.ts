// Number phrases -> quantities: a number with the currency or percent sign or word written around
// it ("$30bn", "1.5 million pounds", "US$ 1MM", "7.5%", "5 per cent"). The text grows to cover them.
import { CODE_ALIASES, CURRENCY_ADJECTIVES, CURRENCY_NOUNS, CURRENCY_SIGNS, DOLLAR_PREFIXES, ISO_CODES } from "./currency.ts";
import type { Phrase } from "./scan.ts";
import type { Token } from "./tokens.ts";

export type QuantityKind = "cardinal" | "ordinal" | "fraction" | "vague" | "money" | "percent" | "range";

export interface Quantity {
  kind: QuantityKind;
  /** The number phrase (for a range, the first end's). */
  phrase: Phrase;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  unit: string | null;
  /** Where the unit is written: a range's ends share one written once ("$2-3bn", "5 to 10 percent"). */
  unitSide: "before" | "after" | null;
}

export const PERCENT_WORDS = new Set(["percent", "percents", "percentage", "pct"]);
const DASHES = new Set(["-", "–", "‐"]);

interface Found {
  kind: "money" | "percent";
  unit: string;
  /** First token of a unit written before, or the end token of one written after. */
  at: number;
  /** Value of one unit: a cent is 0.01 dollars. */
  factor: number;
}

/** Quantities in text order. */
export function attachUnits(tokens: Token[], phrases: Phrase[]): Quantity[] {
  const quantities: Quantity[] = [];
  let free = 0; // the first token no quantity has taken
  for (const phrase of phrases) {
    const plain = plainQuantity(phrase);
    const counted = phrase.kind === "cardinal" || phrase.kind === "fraction";
    const before = counted ? unitBefore(tokens, phrase, free) : null;
    const after = counted && !before ? unitAfter(tokens, phrase) : null;
    const q = before ? withUnit(tokens, plain, before, "before") : after ? withUnit(tokens, plain, after, "after") : plain;
    quantities.push(q);
    free = q.endToken;
  }
  return quantities;
}

function plainQuantity(phrase: Phrase): Quantity {
  const kind = phrase.kind === "relative" ? "ordinal" : phrase.kind;
  const { firstToken, endToken, start, end, value, low, high } = phrase;
  return { kind, phrase, firstToken, endToken, start, end, value, low, high, unit: null, unitSide: null };
}

function withUnit(tokens: Token[], q: Quantity, found: Found, side: "before" | "after"): Quantity {
  const first = side === "before" ? found.at : q.firstToken;
  const end = side === "after" ? found.at : q.endToken;
  const f = found.factor;
  return {
    ...q, kind: found.kind, unit: found.unit, unitSide: side, firstToken: first, endToken: end,
    start: tokens[first]!.start, end: tokens[end - 1]!.end, value: q.value * f, low: q.low * f, high: q.high * f,
  };
}

/** A sign or code before the number: "$", "US$", "€", "USD", "Rs."; or "per cent of twenty-two". */
function unitBefore(tokens: Token[], phrase: Phrase, free: number): Found | null {
  const s = phrase.firstToken;
  const t = tokens[s - 1];
  if (!t || s - 1 < free || tokens[s]!.gap === "break") return null;
  const sign = CURRENCY_SIGNS.get(t.text);
  if (t.kind === "sym" && sign) {
    const prefix = tokens[s - 2];
    const code = prefix && s - 2 >= free && t.gap === "none" && prefix.kind === "word" ? DOLLAR_PREFIXES.get(prefix.text) : undefined;
    return t.text === "$" && code ? money(code, s - 2) : money(sign, s - 1);
  }
  const code = ISO_CODES.has(t.text) ? t.text : CODE_ALIASES.get(t.text);
  if (code) return money(code, s - 1);
  // "Rs. 500"
  if (t.text === "." && tokens[s - 2]?.text === "Rs" && s - 2 >= free) return money("INR", s - 2);
  return percentWordBefore(tokens, phrase, free);
}

function money(unit: string, at: number, factor = 1): Found {
  return { kind: "money", unit, at, factor };
}

/**
 * "per cent of twenty-two", "percent of 10" (a percent word no number has taken). Only a number that
 * ends the phrase: in "the percentage of 18-year-olds" or "percent of 10 million people" it counts people.
 */
function percentWordBefore(tokens: Token[], phrase: Phrase, free: number): Found | null {
  const s = phrase.firstToken;
  const next = tokens[phrase.endToken];
  if (tokens[s - 1]?.lower !== "of" || (near(next) && (next.kind === "word" || DASHES.has(next.text)))) return null;
  const word = tokens[s - 2];
  if (word && s - 2 >= free && PERCENT_WORDS.has(word.lower)) return { kind: "percent", unit: "percent", at: s - 2, factor: 1 };
  if (word?.lower === "cent" && tokens[s - 3]?.lower === "per" && s - 3 >= free) return { kind: "percent", unit: "percent", at: s - 3, factor: 1 };
  return null;
}

/** Within the paragraph, whitespace at most between them. */
function near(t: Token | undefined): t is Token {
  return t !== undefined && t.gap !== "break";
}

/** A percent sign or word, a currency noun (with its country) or a code after the number. */
function unitAfter(tokens: Token[], phrase: Phrase): Found | null {
  const e = phrase.endToken;
  const t = tokens[e];
  if (!near(t)) return null;
  if (t.text === "%") return { kind: "percent", unit: "percent", at: e + 1, factor: 1 };
  if (PERCENT_WORDS.has(t.lower)) {
    const points = t.lower === "percentage" && near(tokens[e + 1]) && /^points?$/.test(tokens[e + 1]!.lower);
    return { kind: "percent", unit: "percent", at: points ? e + 2 : e + 1, factor: 1 };
  }
  if (t.lower === "per" && near(tokens[e + 1]) && tokens[e + 1]!.lower === "cent") return { kind: "percent", unit: "percent", at: e + 2, factor: 1 };
  if (ISO_CODES.has(t.text)) return money(t.text, e + 1);
  return currencyNounAfter(tokens, phrase, e);
}

/** "dollars", "US dollars", "Hong Kong dollars", "Swiss francs", "roubles". */
function currencyNounAfter(tokens: Token[], phrase: Phrase, e: number): Found | null {
  const two = near(tokens[e + 1]) ? `${tokens[e]!.lower} ${tokens[e + 1]!.lower}` : "";
  const [country, n] = CURRENCY_ADJECTIVES.has(two)
    ? [CURRENCY_ADJECTIVES.get(two), e + 2]
    : CURRENCY_ADJECTIVES.has(tokens[e]!.lower)
      ? [CURRENCY_ADJECTIVES.get(tokens[e]!.lower), e + 1]
      : [undefined, e];
  const t = tokens[n];
  const noun = near(t) ? CURRENCY_NOUNS.get(t.lower) : undefined;
  if (!noun || !isMoneyNoun(tokens, phrase, t!.lower, n, country)) return null;
  const sterling = t!.lower.startsWith("pound") && near(tokens[n + 1]) && tokens[n + 1]!.lower === "sterling";
  return money(country ?? noun.code, sterling ? n + 2 : n + 1, noun.factor);
}

/**
 * "Pounds" weigh as often as they pay: money with a scale ("1.5 million pounds"), "sterling" or a
 * country. "Won" is a verb as often: money from a thousand up, or with "Korean".
 */
function isMoneyNoun(tokens: Token[], phrase: Phrase, noun: string, n: number, country: string | undefined): boolean {
  if (country) return true;
  if (noun === "pound" || noun === "pounds") return phrase.scale >= 1e6 || (near(tokens[n + 1]) && tokens[n + 1]!.lower === "sterling");
  if (noun === "won") return phrase.value >= 1000;
  return true;
}
