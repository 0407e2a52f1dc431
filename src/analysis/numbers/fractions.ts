// Fractions: in words ("two thirds", "a hundred trillionths", "one and a half", "half a dozen",
// "one million and a half"), with a preposition ("one in four", "two out of five hundred", "1 over
// 3"), and in digits ("3/4", "2 1/4", "⅔").
import { isDigit, isLetter } from "./digits.ts";
import { hyphenBefore, nextAtom, readCardinal, type Reading } from "./parse.ts";
import type { Token } from "./tokens.ts";
import { asDenominator, denominatorOf, FUNCTION_WORDS, type DenominatorEntry } from "./words.ts";

export interface FractionReading {
  /** Index just past the last token read. */
  end: number;
  value: number;
  /** Multiplied by a scale ("half a million", "one million and a half"): a whole amount, not a fraction. */
  scaled: boolean;
}

/** Longest run of number words looked at for one fraction: keeps every reading short and the scan linear. */
const MAX_ATOMS = 32;

/** "in" and "over" before these name a time, not a denominator: "5 in 10 days", "2000 over 3 years". */
const SPANS = new Set([
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
  "decade", "decades", "season", "seasons", "game", "games", "match", "matches", "round", "rounds", "race", "races", "attempts",
]);

/**
 * "two thirds", "twenty and three fifths", "one and a half", "half a dozen", "five and a half million".
 * The words up to the first ordinal (or "half", "quarter") split into a numerator and a denominator.
 */
export function readWordFraction(tokens: Token[], k: number): FractionReading | null {
  const atoms = atomsUpToDenominator(tokens, k);
  if (!atoms) return null;
  const o = atoms[atoms.length - 1]!;
  if (atoms.length === 1) return halfOrQuarter(tokens, k);
  const mixed = mixedFraction(tokens, atoms);
  if (mixed) return withScale(tokens, o, mixed.whole, mixed.part);
  const split = splitFraction(tokens, atoms);
  if (!split || readsAsOrdinal(tokens, atoms)) return null;
  return withScale(tokens, o, null, split.num / split.den);
}

/** Token indices from k to the first denominator word, when only number words come before it. */
function atomsUpToDenominator(tokens: Token[], k: number): number[] | null {
  const atoms: number[] = [];
  for (let j = k; j >= 0 && atoms.length < MAX_ATOMS; j = nextAtom(tokens, j)) {
    const t = tokens[j]!;
    atoms.push(j);
    if (asDenominator(t.word)) return atoms;
    const e = t.word;
    const numberish = t.lit !== null ? !t.lit.ordinal && !t.lit.fraction : e !== null && e.kind !== "point" && e.kind !== "minus";
    if (!numberish || (e?.kind === "and" && j === k)) return null;
  }
  return null;
}

/** "and" splits a whole from a proper fraction: "one hundred and three quarters" is 100.75. The last "and" that does wins. */
function mixedFraction(tokens: Token[], atoms: number[]): { whole: Reading; part: number } | null {
  for (let a = atoms.length - 2; a >= 1; a--) {
    if (tokens[atoms[a]!]!.word?.kind !== "and") continue;
    const whole = readCardinal(tokens, atoms[0]!, { limit: atoms[a] });
    if (!whole || whole.end !== atoms[a - 1]! + 1) continue;
    const split = splitFraction(tokens, atoms.slice(a + 1));
    if (split && split.num < split.den) return { whole, part: split.num / split.den };
  }
  return null;
}

/**
 * Splits number words ending on a denominator: the denominator takes as many words as still make
 * one ordinal ("twenty twenty fifths" is 20/25, "one one hundred fifth" 1/105), but never starts
 * on "hundred" or a scale ("one hundred thirty fifths" is 100/35) nor inside "ninety-five".
 * A singular denominator needs "a", "an" or "one" just before it.
 */
function splitFraction(tokens: Token[], atoms: number[]): { num: number; den: number } | null {
  const last = atoms.length - 1;
  const entry = asDenominator(tokens[atoms[last]!]!.word);
  if (!entry) return null;
  const singular = !entry.plural;
  for (let idx = 1; idx <= (singular ? 1 : last); idx++) {
    const s = atoms[idx]!;
    if (idx < last && !mayOpenDenominator(tokens, s)) continue;
    const num = numerator(tokens, atoms, idx, singular);
    const den = idx === last ? bareDenominator(entry) : compoundDenominator(tokens, s, atoms[last]!);
    if (num !== null && den !== null && den > 0) return { num, den };
  }
  return null;
}

function mayOpenDenominator(tokens: Token[], s: number): boolean {
  const e = tokens[s]!.word;
  if (e === null || e.kind === "and") return false;
  if (e.kind === "cardinal" && (e.place === "hundred" || e.place === "scale")) return false;
  return !(e.kind === "cardinal" && hyphenBefore(tokens, s));
}

function numerator(tokens: Token[], atoms: number[], idx: number, singular: boolean): number | null {
  const first = tokens[atoms[0]!]!;
  if (idx === 1 && first.word?.kind === "article") return 1;
  if (singular && first.lower !== "one") return null;
  const reading = readCardinal(tokens, atoms[0]!, { limit: atoms[idx], wordsOnly: true });
  return reading && reading.end === atoms[idx - 1]! + 1 ? reading.value : null;
}

/** "a first" and "two seconds" are no fractions. */
function bareDenominator(entry: DenominatorEntry): number | null {
  return entry.kind === "ordinal" && entry.place === "unit" && entry.value <= 2 ? null : denominatorOf(entry);
}

function compoundDenominator(tokens: Token[], s: number, o: number): number | null {
  const reading = readCardinal(tokens, s, { limit: o + 1, wordsOnly: true, ordinal: true, plural: true });
  return reading?.ordinal && reading.end === o + 1 ? reading.value : null;
}

/** "a third term" is the third term: "a" and an ordinal before a noun. "a third of", "a third." stay fractions. */
function readsAsOrdinal(tokens: Token[], atoms: number[]): boolean {
  const entry = tokens[atoms[atoms.length - 1]!]!.word;
  if (atoms.length !== 2 || tokens[atoms[0]!]!.word?.kind !== "article" || entry?.kind !== "ordinal") return false;
  return nounFollows(tokens, atoms[1]!);
}

/** Whether a word that is neither a number word nor a function word follows token j in the phrase. */
export function nounFollows(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && next.gap !== "break" && next.kind === "word" && next.word === null && !FUNCTION_WORDS.has(next.lower);
}

/**
 * A scale after the fraction multiplies it: "five and a half million" (5.5 million), "one billion and
 * a half million" (the half is of the million), "two thirds of a million". A whole that ends on a
 * scale lends it to the fraction: "three million and a half" is 3.5 million.
 */
function withScale(tokens: Token[], o: number, whole: Reading | null, part: number): FractionReading {
  const base = whole?.value ?? 0;
  const s = nextAtom(tokens, o);
  const scale = scaleAt(tokens, s);
  if (scale !== null) return { end: s + 1, value: base >= scale ? base + part * scale : (base + part) * scale, scaled: true };
  const of = whole ? null : ofAScale(tokens, o);
  if (of) return { end: of.end, value: part * of.scale, scaled: true };
  if (whole && whole.scale >= 1000) return { end: o + 1, value: base + part * whole.scale, scaled: true };
  return { end: o + 1, value: base + part, scaled: false };
}

/** A singular scale word ("million") or "dozen" at token s. */
function scaleAt(tokens: Token[], s: number): number | null {
  const e = s >= 0 ? tokens[s]!.word : null;
  if (e?.kind === "dozen" && !e.plural) return 12;
  return e?.kind === "cardinal" && e.place === "scale" && !e.plural ? e.value : null;
}

/** "of a million" after token o. */
function ofAScale(tokens: Token[], o: number): { scale: number; end: number } | null {
  const of = nextAtom(tokens, o);
  if (of < 0 || tokens[of]!.lower !== "of") return null;
  const article = nextAtom(tokens, of);
  if (article < 0 || tokens[article]!.word?.kind !== "article") return null;
  const s = nextAtom(tokens, article);
  const scale = scaleAt(tokens, s);
  return scale === null ? null : { scale, end: s + 1 };
}

/** "half", "half a dozen", "half million", "half-dozen", "quarter million" ("quarter" alone is a period, not 1/4). */
function halfOrQuarter(tokens: Token[], k: number): FractionReading | null {
  const e = tokens[k]!.word;
  if ((e?.kind !== "half" && e?.kind !== "quarter") || e.plural) return null;
  const part = e.kind === "half" ? 0.5 : 0.25;
  const next = nextAtom(tokens, k);
  const s = next >= 0 && tokens[next]!.word?.kind === "article" ? nextAtom(tokens, next) : next;
  const scale = scaleAt(tokens, s);
  if (scale !== null) return { end: s + 1, value: part * scale, scaled: true };
  if (e.kind === "quarter" || isHalfANoun(tokens, k)) return null;
  return { end: k + 1, value: 0.5, scaled: false };
}

/** "the second half", "half-time", "first-half": a half of a match or season, not 0.5. */
function isHalfANoun(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (hyphenBefore(tokens, k) && tokens[k - 1]!.gap === "none") return true;
  if (after && after.gap === "none" && after.text === "-" && tokens[k + 2]?.kind === "word" && tokens[k + 2]!.word === null) return true;
  if (!before || tokens[k]!.gap === "break" || before.kind !== "word") return false;
  return ["the", "this", "that", "each", "every", "his", "her", "their"].includes(before.lower) || before.word?.kind === "ordinal";
}

/** "one in four", "two out of five hundred", "1 over 3". Not after a currency sign: "$2000 over 3 years". */
export function readPrepositional(tokens: Token[], k: number, afterMoney: boolean): FractionReading | null {
  if (afterMoney) return null;
  const num = readCardinal(tokens, k);
  if (!num || !Number.isInteger(num.value)) return null;
  const p = nextAtom(tokens, num.end - 1);
  const word = p >= 0 ? tokens[p]!.lower : "";
  let q = -1;
  if (word === "over" || word === "in") q = nextAtom(tokens, p);
  else if (word === "out") {
    const of = nextAtom(tokens, p);
    q = of >= 0 && tokens[of]!.lower === "of" ? nextAtom(tokens, of) : -1;
  }
  const den = q >= 0 ? readCardinal(tokens, q) : null;
  if (!den || !Number.isInteger(den.value) || den.value <= 0 || !prepositionFits(tokens, word, num, den)) return null;
  return { end: den.end, value: num.value / den.value, scaled: false };
}

/** "12 out of 10", "8 in 5", "5 in 2020" and "3 in 10 days" are two numbers each. */
function prepositionFits(tokens: Token[], word: string, num: Reading, den: Reading): boolean {
  const after = tokens[den.end];
  const wordAfter = after !== undefined && after.gap !== "break" && after.kind === "word";
  if (word === "out") return num.value <= den.value;
  if (word === "in") return num.value < den.value && !isYear(den) && !(wordAfter && SPANS.has(after.lower));
  // "over" is mostly "more than" or "during": only a bare "one over three" is a fraction.
  return !wordAfter;
}

function isYear(reading: Reading): boolean {
  const lit = reading.literal;
  return lit !== null && lit.plainDigits === 4 && lit.value >= 1000 && lit.value < 3000;
}

/** "3/4", "-4/5" (the sign is read by the caller), "2 1/4", "⅔", "2 ½". Not dates ("5/17/2018") nor "9/11". */
export function readDigitFraction(text: string, tokens: Token[], k: number): FractionReading | null {
  const first = tokens[k]!;
  if (first.lit?.fraction) return { end: k + 1, value: first.lit.value, scaled: false };
  const simple = slashFraction(text, tokens, k);
  if (simple) return simple;
  // A mixed number: a small whole number, a space, a fraction.
  const lit = first.lit;
  if (!lit || !lit.integer || lit.plainDigits === 0 || lit.plainDigits > 3 || tokens[k + 1]?.gap !== "space") return null;
  const vulgar = tokens[k + 1]!.lit?.fraction ? { end: k + 2, value: tokens[k + 1]!.lit!.value, scaled: false } : null;
  const part = vulgar ?? slashFraction(text, tokens, k + 1);
  return part ? { end: part.end, value: lit.value + part.value, scaled: false } : null;
}

function slashFraction(text: string, tokens: Token[], k: number): FractionReading | null {
  const [a, slash, b, after] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!a?.lit?.integer || slash?.text !== "/" || slash.gap !== "none" || !b?.lit?.integer || b.gap !== "none") return null;
  // Part of a date or a run of numbers: "5/17/2018", "+1-222-2222/2222".
  const before = text[a.start - 1];
  if (before === "/" || (before === "-" && (isDigit(text[a.start - 2]) || isLetter(text[a.start - 2])))) return null;
  if (after?.text === "/" && after.gap === "none") return null;
  // Improper "fractions" are scores, seasons and ratios ("2020/21", "50/50"); "9/11" names a day.
  if (a.lit.value >= b.lit.value || `${a.text}/${b.text}` === "9/11") return null;
  return { end: k + 3, value: a.lit.value / b.lit.value, scaled: false };
}
