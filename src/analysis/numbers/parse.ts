// The grammar of a written whole number, read left to right over tokens: "one hundred and sixty-one",
// "twenty-one trillion three hundred", "3 hundred and 21", "1.5 million", "three lakh crore",
// "three hundred and two dozens", "two hundred point zero three"; ending, when asked, on an ordinal
// ("one hundred twenty-fifth", "three trillionth"). Each word must fit the slot left open by the
// words before it, so "one one" or "three-nought-four" stop after their first word.
import type { NumLiteral } from "./digits.ts";
import type { Token } from "./tokens.ts";

export interface Reading {
  /** Index just past the last token read. */
  end: number;
  value: number;
  /** The multiplier the reading ends on ("million" in "3.5 million", "bn" in "7bn", 100 in "322 hundred"), else 1. */
  scale: number;
  ordinal: boolean;
  /** Whether any number word was read, not only digits. */
  words: boolean;
  /** The literal, when the reading is one number written in digits. */
  literal: NumLiteral | null;
}

export interface ReadOptions {
  /** Read no token at or after this index. */
  limit?: number;
  /** Number words only, no digits: "100 millionths" has no written numerator. */
  wordsOnly?: boolean;
  /** Let the reading end on an ordinal word; with `plural`, on a plural one ("thirty-fifths"). */
  ordinal?: boolean;
  plural?: boolean;
}

/** What the last token read was: it decides which words may follow. */
type Prev = "start" | "article" | "zero" | "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen" | "digits" | "decimal" | "multiplied";

interface State {
  /** Groups already closed by a scale word ("two million" in "two million three hundred"). */
  total: number;
  /** "X hundred" of the open group. */
  hundreds: number;
  /** The open group below its hundreds. */
  sub: number;
  prev: Prev;
  /** Scales must fall from left to right: "two million three thousand". */
  lastScale: number;
  scale: number;
  /** The word just read came after "and": only tens and units may ("one hundred and six"). */
  afterAnd: boolean;
  /** Nothing may follow (a dozen, a plural, an ordinal, "zero", "10k"). */
  closed: boolean;
  ordinal: boolean;
  words: boolean;
  end: number;
}

const HYPHENS = new Set(["-", "‐", "‑"]);

/**
 * The index of the token after token j inside one phrase, or -1: whitespace may part them but no
 * paragraph break, and a hyphen between two words joins them ("forty-four", "fifty - two").
 */
export function nextAtom(tokens: Token[], j: number, limit = tokens.length): number {
  const k = j + 1;
  const t = tokens[k];
  if (!t || k >= limit || t.gap === "break") return -1;
  if (t.kind === "sym" && HYPHENS.has(t.text) && tokens[j]?.kind === "word") {
    const w = tokens[k + 1];
    if (w && k + 1 < limit && w.kind === "word" && w.gap !== "break") return k + 1;
  }
  return k;
}

/** Whether token k is joined to the word before it by a hyphen. */
export function hyphenBefore(tokens: Token[], k: number): boolean {
  const h = tokens[k - 1];
  return h !== undefined && h.kind === "sym" && HYPHENS.has(h.text) && tokens[k - 2]?.kind === "word";
}

export function readCardinal(tokens: Token[], i: number, opts: ReadOptions = {}): Reading | null {
  const limit = opts.limit ?? tokens.length;
  const st: State = {
    total: 0, hundreds: 0, sub: 0, prev: "start", lastScale: Infinity, scale: 1,
    afterAnd: false, closed: false, ordinal: false, words: false, end: i,
  };
  // The state before the last "and", restored when the words after it belong to a new number.
  let beforeAnd: State | null = null;
  let j = i < limit ? i : -1;
  while (j >= 0 && !st.closed) {
    const t = tokens[j]!;
    if (t.word?.kind === "and") {
      const k = andMayFollow(st) ? nextAtom(tokens, j, limit) : -1;
      const trial: State = { ...st, afterAnd: true };
      if (k < 0 || !step(trial, tokens[k]!, opts)) break;
      beforeAnd = { ...st };
      Object.assign(st, trial, { afterAnd: false, end: k + 1 });
      j = nextAtom(tokens, k, limit);
      continue;
    }
    if (!step(st, t, opts)) break;
    st.end = j + 1;
    if (st.prev === "scale") beforeAnd = null;
    j = nextAtom(tokens, j, limit);
  }
  // "3 hundred and 2 hundred" is two numbers: "2" wanted a multiplier the first number had used.
  const stopper = j >= 0 ? tokens[j] : undefined;
  if (beforeAnd && !st.closed && stopper && isMultiplier(stopper)) Object.assign(st, beforeAnd);
  if (st.prev === "start" || st.prev === "article") return null;
  const reading: Reading = {
    end: st.end,
    value: st.total + st.hundreds + st.sub,
    scale: st.prev === "scale" || st.prev === "hundred" || st.prev === "multiplied" ? st.scale : 1,
    ordinal: st.ordinal,
    words: st.words,
    literal: !st.words && st.end === i + 1 ? tokens[i]!.lit : null,
  };
  // "At one point, ..." is an idiom, not the start of 1.2.
  const idiom = st.end === i + 1 && tokens[i]!.lower === "one" && tokens[i - 1]?.lower === "at";
  return st.ordinal || idiom ? reading : withDecimals(tokens, reading, st, limit);
}

function isMultiplier(t: Token): boolean {
  const e = t.word;
  return e !== null && ((e.kind === "cardinal" && (e.place === "hundred" || e.place === "scale")) || e.kind === "dozen");
}

function andMayFollow(st: State): boolean {
  return st.prev === "hundred" || st.prev === "scale" || (st.prev === "tens" && st.sub % 10 === 0);
}

function step(st: State, t: Token, opts: ReadOptions): boolean {
  if (t.kind === "num") return !opts.wordsOnly && t.lit !== null && stepLiteral(st, t.lit, opts);
  const e = t.word;
  if (!e) return false;
  switch (e.kind) {
    case "article":
      if (st.prev !== "start") return false;
      st.prev = "article";
      return true;
    case "zero":
      if (st.prev !== "start") return false;
      st.prev = "zero";
      st.closed = true;
      st.words = true;
      return true;
    case "cardinal":
      return placeWord(st, e.place, e.value, e.plural) && wordRead(st);
    case "dozen":
      return dozen(st, e.plural) && wordRead(st);
    case "ordinal":
      // "a hundredth" is a fraction, never the hundredth: the article cannot start an ordinal.
      if (!opts.ordinal || (e.plural && !opts.plural) || st.prev === "article") return false;
      if (!placeWord(st, e.place, e.value, false)) return false;
      st.ordinal = true;
      st.closed = true;
      st.words = true;
      return true;
    default:
      return false;
  }
}

function wordRead(st: State): true {
  st.words = true;
  return true;
}

const OPENS_GROUP: ReadonlySet<Prev> = new Set(["start", "hundred", "scale"]);
const CAN_MULTIPLY: ReadonlySet<Prev> = new Set(["unit", "teen", "tens", "digits", "decimal"]);

/** One word of a written number, by the slot it fills. */
function placeWord(st: State, place: string, value: number, plural: boolean): boolean {
  switch (place) {
    case "unit":
      // A unit opens a group or completes tens: "twenty one", "twenty-one", "twenty and three".
      if (!OPENS_GROUP.has(st.prev) && !(st.prev === "tens" && st.sub % 10 === 0)) return false;
      st.sub += value;
      st.prev = "unit";
      return true;
    case "teen":
    case "tens":
      if (!OPENS_GROUP.has(st.prev)) return false;
      st.sub = value;
      st.prev = place;
      return true;
    case "hundred":
      return hundred(st, plural);
    default:
      return scale(st, value, plural);
  }
}

/** "hundred", "one hundred", "ninety-five hundred" (9,500), "322 hundred", "five hundreds". */
function hundred(st: State, plural: boolean): boolean {
  const bare = st.prev === "start" || st.prev === "article";
  // "hundreds" standing alone is a vague amount, read elsewhere.
  if (st.afterAnd || st.hundreds !== 0 || (bare && plural) || (!bare && !CAN_MULTIPLY.has(st.prev))) return false;
  st.hundreds = (bare ? 1 : st.sub) * 100;
  st.sub = 0;
  st.prev = "hundred";
  st.scale = 100;
  st.closed = plural;
  return true;
}

/** "thousand", "two million", "13 lakh", and scales that multiply one another: "three lakh crore". */
function scale(st: State, value: number, plural: boolean): boolean {
  if (st.afterAnd) return false;
  if (st.prev === "scale" && st.hundreds + st.sub === 0 && value > st.lastScale) {
    st.total *= value;
    st.lastScale *= value;
    st.scale *= value;
    st.closed = plural;
    return true;
  }
  const bare = st.prev === "start" || st.prev === "article";
  if ((bare && plural) || (!bare && !CAN_MULTIPLY.has(st.prev) && st.prev !== "hundred") || value >= st.lastScale) return false;
  st.total += (bare ? 1 : st.hundreds + st.sub) * value;
  st.hundreds = 0;
  st.sub = 0;
  st.lastScale = value;
  st.scale = value;
  st.prev = "scale";
  st.closed = plural;
  return true;
}

/** "a dozen", "3 dozens", "three hundred and two dozens" (the dozens multiply the words before them only). */
function dozen(st: State, plural: boolean): boolean {
  if (st.afterAnd) return false;
  if (st.prev === "article" && !plural) st.sub = 12;
  else if (CAN_MULTIPLY.has(st.prev)) st.sub *= 12;
  else return false;
  st.prev = "dozen";
  st.closed = true;
  return true;
}

/** Digits: a whole number alone or before words ("3 hundred"), or filling a group after words ("4 thousand 3 hundred and 21"). */
function stepLiteral(st: State, lit: NumLiteral, opts: ReadOptions): boolean {
  if (lit.fraction) return false;
  if (lit.ordinal) {
    if (!opts.ordinal || st.prev !== "start") return false;
    st.sub = lit.value;
    st.prev = "digits";
    st.ordinal = true;
    st.closed = true;
    return true;
  }
  if (st.prev === "start") {
    st.sub = lit.value;
    st.prev = lit.multiplier !== 1 ? "multiplied" : lit.integer ? "digits" : "decimal";
    st.scale = lit.multiplier;
    st.closed = lit.multiplier !== 1;
    return true;
  }
  // After words only a whole number that fits the open slot: "and 0" or "and 2.12" starts a new number.
  const room = st.prev === "hundred" ? 99 : st.prev === "scale" ? 999 : 0;
  if (!lit.integer || lit.value < 1 || lit.value > room) return false;
  st.sub = lit.value;
  st.prev = "digits";
  return true;
}

/** "two hundred point zero three", "nought point eleven", "two point five million". */
function withDecimals(tokens: Token[], reading: Reading, st: State, limit: number): Reading {
  if (!reading.words || !["zero", "unit", "teen", "tens", "hundred"].includes(st.prev)) return reading;
  const point = nextAtom(tokens, reading.end - 1, limit);
  if (point < 0 || tokens[point]!.word?.kind !== "point") return reading;
  let digits = "";
  let end = -1;
  for (let k = nextAtom(tokens, point, limit); k >= 0; k = nextAtom(tokens, k, limit)) {
    const spoken = spokenDigits(tokens, k, limit);
    if (!spoken) break;
    digits += spoken.digits;
    k = spoken.last;
    end = k + 1;
  }
  if (!digits) return reading;
  const value = reading.value + Number(`0.${digits}`);
  // A scale after the decimals multiplies them when the whole part had none: "two point five million".
  const s = nextAtom(tokens, end - 1, limit);
  const e = s >= 0 ? tokens[s]!.word : null;
  if (st.total === 0 && e?.kind === "cardinal" && e.place === "scale" && !e.plural) {
    return { ...reading, end: s + 1, value: value * e.value, scale: e.value };
  }
  return { ...reading, end, value, scale: 1 };
}

/** The digits a word spells after "point": "nought" 0, "seven" 7, "eleven" 11, "seventy-one" 71. */
function spokenDigits(tokens: Token[], k: number, limit: number): { digits: string; last: number } | null {
  const e = tokens[k]!.word;
  if (e?.kind === "zero") return { digits: "0", last: k };
  if (e?.kind !== "cardinal" || e.plural) return null;
  if (e.place === "unit" || e.place === "teen") return { digits: String(e.value), last: k };
  if (e.place !== "tens") return null;
  const u = nextAtom(tokens, k, limit);
  const unit = u >= 0 ? tokens[u]!.word : null;
  if (unit?.kind === "cardinal" && unit.place === "unit") return { digits: String(e.value + unit.value), last: u };
  return { digits: String(e.value), last: k };
}
