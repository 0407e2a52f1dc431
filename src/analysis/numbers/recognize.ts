// The public views. News mode: every number mention, with money, percentages, ranges and vague
// amounts composed around the number phrases. The Recognizers-Text views: numbers, ordinals and
// percentages as that library reports them, for the conformance test.
import { joinRanges } from "./ranges.ts";
import { scanPhrases, type Phrase, type Profile } from "./scan.ts";
import { tokenize, type Token } from "./tokens.ts";
import type { ModelResult, NumberKind, NumberMention } from "./types.ts";
import { attachUnits, PERCENT_WORDS, type Quantity } from "./units.ts";

const NEWS: Profile = { ordinals: true, fractions: true, vague: true, spacedMinus: false, relative: false };
/** Ordinals are left out of the number view rather than read: " two millionth" gives "two". */
const NUMBER_VIEW: Profile = { ordinals: false, fractions: true, vague: false, spacedMinus: true, relative: false };
/** Fractions are left out of the ordinal view: in "forty two and a third" it finds "third". */
const ORDINAL_VIEW: Profile = { ordinals: true, fractions: false, vague: false, spacedMinus: false, relative: true };

/** News mode: every number mention in the text, non-overlapping, longest match wins, sorted by start. */
export function recognizeNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const quantities = joinRanges(tokens, attachUnits(tokens, scanPhrases(tokens, text, NEWS)));
  // a number too large for a double ("1" and 400 zeros) is not a quantity anyone can compare
  return quantities.map((q) => mention(text, q)).filter((m) => Number.isFinite(m.value) && (m.low === null || Number.isFinite(m.low)) && (m.high === null || Number.isFinite(m.high)));
}

const KINDS: Record<Quantity["kind"], NumberKind> = {
  cardinal: "cardinal", vague: "cardinal", ordinal: "ordinal", fraction: "fraction", money: "money", percent: "percent", range: "range",
};

function mention(text: string, q: Quantity): NumberMention {
  return { text: text.slice(q.start, q.end), start: q.start, end: q.end, value: q.value, kind: KINDS[q.kind], low: q.low, high: q.high, unit: q.unit };
}

function result(text: string, start: number, end: number, value: number | string): ModelResult {
  return { text: text.slice(start, end), start, end, value };
}

/** Cardinals and fractions; a number inside money or a percentage is reported bare ("$20" -> "20"). */
export function numberModel(text: string): ModelResult[] {
  const phrases = scanPhrases(tokenize(text), text, NUMBER_VIEW);
  return phrases.filter((p) => p.kind === "cardinal" || p.kind === "fraction").map((p) => result(text, p.start, p.end, p.value));
}

/** Ordinals, with relative ones ("last" -> "end+0", "next" -> "current+1"). */
export function ordinalModel(text: string): ModelResult[] {
  const tokens = tokenize(text);
  return scanPhrases(tokens, text, ORDINAL_VIEW)
    .filter((p) => (p.kind === "ordinal" && !isArticleRoundOrdinal(tokens, p)) || p.kind === "relative")
    .map((p) => result(text, p.start, p.end, p.relative ?? p.value));
}

/** "a trillionth" is a fraction: Recognizers-Text reports no ordinal for a round ordinal after "a". */
function isArticleRoundOrdinal(tokens: Token[], p: Phrase): boolean {
  const e = tokens[p.firstToken]!.word;
  const round = e?.kind === "ordinal" && (e.place === "hundred" || e.place === "scale");
  return round && p.endToken === p.firstToken + 1 && tokens[p.firstToken - 1]?.word?.kind === "article";
}

/** Percentages as news mode reads them (each end of a range apart), and a percent word or sign with no number ("a small percent", "the %"), with the value NaN. */
export function percentModel(text: string): ModelResult[] {
  const tokens = tokenize(text);
  const quantities = attachUnits(tokens, scanPhrases(tokens, text, NEWS));
  const taken = new Set<number>();
  const results: ModelResult[] = [];
  for (const q of quantities) {
    for (let i = q.firstToken; i < q.endToken; i++) taken.add(i);
    if (q.kind === "percent") results.push(result(text, q.start, q.end, q.value));
  }
  tokens.forEach((t, i) => {
    if (taken.has(i) || !(t.text === "%" || PERCENT_WORDS.has(t.lower) || (t.lower === "per" && tokens[i + 1]?.lower === "cent"))) return;
    const end = t.lower === "per" ? tokens[i + 1]!.end : t.end;
    results.push(result(text, t.start, end, NaN));
  });
  return results.sort((x, y) => x.start - y.start);
}
