// Relative ordinals, for the Recognizers-Text ordinal view only: "last" (end+0), "next" (current+1),
// "the last but one" (end-1). They name a position without a number, so news mode leaves them out.
import type { Token } from "./tokens.ts";

const PATTERNS: [string, string][] = [
  ["the one before the last one", "end-1"],
  ["the one before the last", "end-1"],
  ["the last but one", "end-1"],
  ["the second to last", "end-1"],
  ["the third to last", "end-2"],
  ["last but one", "end-1"],
  ["second to last", "end-1"],
  ["third to last", "end-2"],
  ["next to last", "end-1"],
  ["previous one", "current-1"],
  ["next one", "current+1"],
  ["current one", "current+0"],
  ["penultimate", "end-1"],
  ["antepenultimate", "end-2"],
  ["last", "end+0"],
  ["next", "current+1"],
  ["previous", "current-1"],
  ["current", "current+0"],
];

/** Patterns by first word, longest first. */
const BY_FIRST_WORD = new Map<string, { words: string[]; value: string }[]>();
for (const [phrase, value] of PATTERNS) {
  const words = phrase.split(" ");
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ words, value });
  BY_FIRST_WORD.set(words[0]!, list);
}

export function startsRelative(token: Token): boolean {
  return BY_FIRST_WORD.has(token.lower);
}

/** The relative ordinal starting at token k: its end (exclusive token index) and value. */
export function readRelative(tokens: Token[], k: number): { end: number; value: string } | null {
  for (const { words, value } of BY_FIRST_WORD.get(tokens[k]!.lower) ?? []) {
    const matches = words.every((w, i) => {
      const t = tokens[k + i];
      return t !== undefined && t.kind === "word" && t.lower === w && (i === 0 || t.gap === "space");
    });
    if (matches) return { end: k + words.length, value };
  }
  return null;
}
