// The number-word lexicon: cardinals, ordinals, scales, fraction words and the small words that
// join them ("and", "point", "minus"). One Map lookup per word token.

/** Where a word sits in a written number: "seven" fills the units, "forty" the tens, "million" a scale. */
export type Place = "unit" | "teen" | "tens" | "hundred" | "scale";

export type WordEntry =
  | { kind: "zero" }
  | { kind: "cardinal"; place: Place; value: number; plural: boolean }
  | { kind: "ordinal"; place: Place; value: number; plural: boolean }
  | { kind: "dozen"; plural: boolean }
  /** "half" and "quarter": denominators (2, 4) that are not ordinals. */
  | { kind: "half" | "quarter"; plural: boolean }
  | { kind: "article" | "and" | "point" | "minus" };

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [string, number][] = [
  ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12], ["quadrillion", 1e15],
  // Indian scales: a lakh is a hundred thousand, a crore ten million.
  ["lakh", 1e5], ["crore", 1e7],
];
const ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ORDINAL_TEENS = [
  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
];
const ORDINAL_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

function build(): Map<string, WordEntry> {
  const map = new Map<string, WordEntry>();
  const cardinal = (word: string, place: Place, value: number, plural = false): void => {
    map.set(word, { kind: "cardinal", place, value, plural });
  };
  const ordinal = (word: string, place: Place, value: number): void => {
    map.set(word, { kind: "ordinal", place, value, plural: false });
    map.set(`${word}s`, { kind: "ordinal", place, value, plural: true });
  };
  UNITS.forEach((w, i) => cardinal(w, "unit", i + 1));
  TEENS.forEach((w, i) => cardinal(w, "teen", i + 10));
  TENS.forEach((w, i) => cardinal(w, "tens", (i + 2) * 10));
  cardinal("hundred", "hundred", 100);
  cardinal("hundreds", "hundred", 100, true);
  for (const [word, value] of SCALES) {
    cardinal(word, "scale", value);
    cardinal(`${word}s`, "scale", value, true);
  }
  ORDINAL_UNITS.forEach((w, i) => ordinal(w, "unit", i + 1));
  ordinal("nineth", "unit", 9); // a common misspelling, read as meant
  ORDINAL_TEENS.forEach((w, i) => ordinal(w, "teen", i + 10));
  ORDINAL_TENS.forEach((w, i) => ordinal(w, "tens", (i + 2) * 10));
  ordinal("hundredth", "hundred", 100);
  for (const [word, value] of SCALES) ordinal(`${word}th`, "scale", value);
  for (const w of ["zero", "nought", "naught"]) map.set(w, { kind: "zero" });
  for (const w of ["dozen", "dz", "doz"]) map.set(w, { kind: "dozen", plural: false });
  for (const w of ["dozens", "dzs", "dozs"]) map.set(w, { kind: "dozen", plural: true });
  map.set("half", { kind: "half", plural: false });
  map.set("halves", { kind: "half", plural: true });
  map.set("quarter", { kind: "quarter", plural: false });
  map.set("quarters", { kind: "quarter", plural: true });
  for (const w of ["a", "an"]) map.set(w, { kind: "article" });
  map.set("and", { kind: "and" });
  map.set("point", { kind: "point" });
  for (const w of ["minus", "negative"]) map.set(w, { kind: "minus" });
  return map;
}

const LEXICON = build();

/** The entry for a lower-cased word, or null when it is no number word. */
export function lookupWord(lower: string): WordEntry | null {
  return LEXICON.get(lower) ?? null;
}

/** A word that can end a fraction: an ordinal ("fifths"), "half" or "quarter". */
export type DenominatorEntry = Extract<WordEntry, { kind: "ordinal" | "half" | "quarter" }>;

export function asDenominator(entry: WordEntry | null): DenominatorEntry | null {
  return entry !== null && (entry.kind === "ordinal" || entry.kind === "half" || entry.kind === "quarter") ? entry : null;
}

/** Denominator of a fraction word: "half" 2, "quarters" 4, "fifths" 5. */
export function denominatorOf(entry: DenominatorEntry): number {
  if (entry.kind === "ordinal") return entry.value;
  return entry.kind === "half" ? 2 : 4;
}

/**
 * Words after which a following noun is not read: "a third of", "a third." and "a third more" are
 * fractions, while "a third term" is an ordinal; "a second" before one of these is a span of time.
 */
export const FUNCTION_WORDS = new Set([
  "of", "in", "on", "at", "to", "for", "by", "from", "with", "into", "over", "under", "than", "as", "since", "until", "per",
  "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "because", "that", "this", "these", "those", "the", "a", "an",
  "more", "less", "fewer", "most", "least", "again", "ago", "later", "earlier", "last", "next", "each", "every", "all",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
  "must", "can", "do", "does", "did", "not", "it", "its", "their", "his", "her", "our", "my", "your", "they", "he", "she",
  "we", "you", "i", "them", "him", "us", "there", "here", "now", "then", "too", "also", "only", "just",
]);

/** Words before "one" that make it a pronoun ("the one you mentioned", "which one", "no one"). */
export const PRONOUN_DETERMINERS = new Set([
  "the", "this", "that", "which", "each", "every", "any", "no", "some", "another", "a", "last", "next", "previous", "current",
  "first", "only", "same", "other", "right", "wrong", "new", "old", "big", "little", "latest", "whichever", "what",
]);
