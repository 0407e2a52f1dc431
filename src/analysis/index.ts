// One article's text -> records. Pure: no files, no Eleventy.
import { readBody } from "./body.ts";
import { extractFigures, type ExtractedFigure } from "./figures/extract.ts";
import { recognizeNumbers, type NumberMention } from "./numbers/index.ts";
import { extractQuotes, type ExtractedQuote } from "./quotes/extract.ts";
import { storyNames } from "./story.ts";
import { countWords } from "./words.ts";

export type { ExtractedFigure } from "./figures/extract.ts";
export { REPORTING_MEASURES } from "./figures/lexicon.ts";
export type { NumberKind, NumberMention } from "./numbers/index.ts";
export type { ExtractedQuote, QuoteKind, Speaker } from "./quotes/extract.ts";
export { explainQuotes } from "./quotes/extract.ts";
export { isEnglishWord } from "./nlp.ts";
export { sameStory } from "./story.ts";

export interface TextAnalysis {
  wordCount: number;
  quotes: ExtractedQuote[];
  /** Every number the recogniser found, and those of them that are figures. */
  numbers: NumberMention[];
  figures: ExtractedFigure[];
  /** The names the opening paragraph gives: which story the article tells (`sameStory`). */
  story: string[];
}

/** `date`: the article's date (YYYY-MM-DD), against which "on Sunday" or "last year" are read. */
export function analyzeText(markdown: string, date: string | null = null): TextAnalysis {
  const read = readBody(markdown);
  const quotes = extractQuotes(markdown, read);
  const numbers = recognizeNumbers(markdown);
  const figures = extractFigures({ body: markdown, read, numbers, quotes, date });
  return { wordCount: countWords(markdown), quotes, numbers, figures, story: storyNames(read) };
}
