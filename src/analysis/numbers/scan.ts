// Tokens -> number phrases, left to right: at each token the longest reading wins (a fraction over
// an ordinal over a cardinal when they tie), and the scan resumes after it, so phrases never overlap
// and each token starts at most one bounded reading.
import { CURRENCY_SIGNS } from "./currency.ts";
import type { NumLiteral } from "./digits.ts";
import { nounFollows, readDigitFraction, readPrepositional, readWordFraction, type FractionReading } from "./fractions.ts";
import { nextAtom, readCardinal, type Reading } from "./parse.ts";
import { readRelative, startsRelative } from "./relative.ts";
import type { Token } from "./tokens.ts";
import { PRONOUN_DETERMINERS } from "./words.ts";

/** What a view reads: news mode and the Recognizers-Text views differ only in these. */
export interface Profile {
  ordinals: boolean;
  fractions: boolean;
  /** "thousands", "tens of thousands". */
  vague: boolean;
  /** Recognizers-Text reads "- 5" as minus five; news text uses "- " for list bullets and dashes. */
  spacedMinus: boolean;
  /** "last", "next", "the last but one". */
  relative: boolean;
}

export type PhraseKind = "cardinal" | "ordinal" | "fraction" | "vague" | "relative";

export interface Phrase {
  kind: PhraseKind;
  /** Tokens [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Text offsets [start, end). */
  start: number;
  end: number;
  value: number;
  /** What the words allow: the value twice, or the bounds of a vague amount. */
  low: number;
  high: number;
  /** The multiplier the number ends on ("million", "bn"), 1 when none: a range's first end may share it. */
  scale: number;
  /** "end-1", "current+1" for relative ordinals. */
  relative: string | null;
  /** The literal when the phrase is one number written in digits. */
  literal: NumLiteral | null;
}

const MINUS_SIGNS = new Set(["-", "−"]);
/** Marks a minus sign may stand against: "(-5)", "[−3", "=-2". */
const OPENERS = new Set(["(", "[", "{", '"', "'", "“", "‘", "«", ":", "=", "/", "~", "≈", "<", ">"]);

export function scanPhrases(tokens: Token[], text: string, profile: Profile): Phrase[] {
  const phrases: Phrase[] = [];
  for (let k = 0; k < tokens.length; ) {
    const phrase = mayStart(tokens[k]!, profile) ? phraseAt(tokens, text, k, profile) : null;
    if (!phrase) {
      k++;
      continue;
    }
    if (!isPronounOne(tokens, phrase)) phrases.push(phrase);
    k = phrase.endToken;
  }
  return phrases;
}

function mayStart(t: Token, profile: Profile): boolean {
  const vague = profile.vague && (VAGUE.has(t.lower) || VAGUE_OF.has(t.lower));
  return t.kind === "num" || t.word !== null || MINUS_SIGNS.has(t.text) || vague || (profile.relative && startsRelative(t));
}

function phraseAt(tokens: Token[], text: string, k: number, profile: Profile): Phrase | null {
  if (profile.relative) {
    const relative = readRelative(tokens, k);
    if (relative) return { ...span(tokens, k, relative.end, "relative", NaN), relative: relative.value };
  }
  const after = minusAt(tokens, text, k, profile);
  if (after < 0) return numberAt(tokens, text, k, profile);
  const inner = numberAt(tokens, text, after, profile);
  if (!inner || (inner.kind !== "cardinal" && inner.kind !== "fraction")) return null;
  return { ...inner, firstToken: k, start: tokens[k]!.start, value: -inner.value, low: -inner.high, high: -inner.low };
}

/**
 * The token after a minus at k ("minus five", "negative one", "-1"), or -1. A sign stands after a
 * space or an opening mark; against anything else it is a hyphen or dash: "SCP-173", "5%-10%".
 */
function minusAt(tokens: Token[], text: string, k: number, profile: Profile): number {
  const t = tokens[k]!;
  if (t.word?.kind === "minus") return nextAtom(tokens, k);
  if (!MINUS_SIGNS.has(t.text)) return -1;
  const next = tokens[k + 1];
  if ((t.gap === "none" && k > 0 && !OPENERS.has(text[t.start - 1]!)) || next?.kind !== "num") return -1;
  return next.gap === "none" || (profile.spacedMinus && next.gap === "space") ? k + 1 : -1;
}

/** Every reading that starts at token k; the longest wins. */
function numberAt(tokens: Token[], text: string, k: number, profile: Profile): Phrase | null {
  const candidates: Phrase[] = [];
  if (profile.fractions) {
    const afterMoney = k > 0 && CURRENCY_SIGNS.has(tokens[k - 1]!.text);
    for (const f of [readWordFraction(tokens, k), readPrepositional(tokens, k, afterMoney), readDigitFraction(text, tokens, k)]) {
      if (f) candidates.push(fromFraction(tokens, k, f));
    }
  }
  if (profile.ordinals) {
    const ordinal = readCardinal(tokens, k, { ordinal: true });
    if (ordinal?.ordinal && !isSpanOfTime(tokens, k, ordinal)) candidates.push(fromReading(tokens, k, ordinal, "ordinal"));
  }
  const cardinal = readCardinal(tokens, k);
  if (cardinal) candidates.push(fromReading(tokens, k, cardinal, "cardinal"));
  if (profile.vague) {
    const vague = readVague(tokens, k);
    if (vague) candidates.push(vague);
  }
  let best: Phrase | null = null;
  for (const c of candidates) if (!best || c.endToken > best.endToken) best = c;
  return best;
}

function span(tokens: Token[], first: number, end: number, kind: PhraseKind, value: number): Phrase {
  return {
    kind, firstToken: first, endToken: end, start: tokens[first]!.start, end: tokens[end - 1]!.end,
    value, low: value, high: value, scale: 1, relative: null, literal: null,
  };
}

function fromReading(tokens: Token[], k: number, r: Reading, kind: PhraseKind): Phrase {
  return { ...span(tokens, k, r.end, kind, r.value), scale: r.scale, literal: r.literal };
}

function fromFraction(tokens: Token[], k: number, f: FractionReading): Phrase {
  return span(tokens, k, f.end, f.scaled ? "cardinal" : "fraction", f.value);
}

/** "a second", "per second", "one second": a span of time, unless a noun follows ("a second term"). */
function isSpanOfTime(tokens: Token[], k: number, r: Reading): boolean {
  if (r.end !== k + 1 || tokens[k]!.lower !== "second") return false;
  const before = tokens[k - 1];
  const counted = before !== undefined && tokens[k]!.gap !== "break" && ["a", "one", "per", "every", "each", "split"].includes(before.lower);
  return counted && !nounFollows(tokens, k);
}

/** "the one you mentioned", "which one", "no one": a pronoun, not the number 1. */
function isPronounOne(tokens: Token[], phrase: Phrase): boolean {
  const t = tokens[phrase.firstToken]!;
  if (phrase.kind !== "cardinal" || phrase.endToken !== phrase.firstToken + 1 || t.lower !== "one") return false;
  const before = tokens[phrase.firstToken - 1];
  const after = tokens[phrase.endToken];
  return (before !== undefined && t.gap !== "break" && PRONOUN_DETERMINERS.has(before.lower)) || after?.lower === "another";
}

/** Plural scales standing alone: "dozens" means 24 to 143, "thousands" 2,000 to 9,999. */
const VAGUE = new Map<string, [number, number]>([
  ["dozens", [24, 143]],
  ["hundreds", [200, 999]],
  ["thousands", [2000, 9999]],
  ["millions", [2e6, 1e9 - 1]],
  ["billions", [2e9, 1e12 - 1]],
  ["trillions", [2e12, 1e15 - 1]],
]);
/** "tens of thousands" (20,000 to 99,999), "hundreds of millions" (200 million to 999,999,999). */
const VAGUE_OF = new Map<string, number>([["tens", 10], ["hundreds", 100]]);
const SCALE_OF = new Map<string, number>([["thousands", 1e3], ["millions", 1e6], ["billions", 1e9], ["trillions", 1e12]]);

function readVague(tokens: Token[], k: number): Phrase | null {
  const head = tokens[k]!.lower;
  const of = nextAtom(tokens, k);
  const s = of >= 0 && tokens[of]!.lower === "of" ? nextAtom(tokens, of) : -1;
  const times = VAGUE_OF.get(head);
  const scale = s >= 0 ? SCALE_OF.get(tokens[s]!.lower) : undefined;
  if (times !== undefined && scale !== undefined) {
    return { ...span(tokens, k, s + 1, "vague", 2 * times * scale), high: 10 * times * scale - 1 };
  }
  const bounds = VAGUE.get(head);
  return bounds ? { ...span(tokens, k, k + 1, "vague", bounds[0]), high: bounds[1] } : null;
}
