// One article's text -> records. Pure: no files, no Eleventy.
import { readBody } from "./body.ts";
import { extractFigures, type ExtractedFigure } from "./figures/extract.ts";
import { recognizeNumbers, type NumberMention } from "./numbers/index.ts";
import { extractQuotes, type ExtractedQuote } from "./quotes/extract.ts";
import { sentenceWindow, withinBudget, type SkippedRun } from "./budget.ts";
import { storyNames } from "./story.ts";
import { countWords } from "./words.ts";

export type { ExtractedFigure } from "./figures/extract.ts";
export { REPORTING_MEASURES } from "./figures/lexicon.ts";
export type { NumberKind, NumberMention } from "./numbers/index.ts";
export type { ExtractedQuote, QuoteKind, Speaker } from "./quotes/extract.ts";
export { explainQuotes } from "./quotes/extract.ts";
export { isEnglishWord } from "./nlp.ts";
export { sameStory } from "./story.ts";
export { MAX_RUN, type SkippedRun } from "./budget.ts";

export interface TextAnalysis {
  wordCount: number;
  quotes: ExtractedQuote[];
  /** Every number the recogniser found, and those of them that are figures. */
  numbers: NumberMention[];
  figures: ExtractedFigure[];
  /** The names the opening paragraph gives: which story the article tells (`sameStory`). */
  story: string[];
  /** Runs of text left out of the analysis (no white space for more than MAX_RUN characters), by offset. */
  skipped: SkippedRun[];
}

/** `date`: the article's date (YYYY-MM-DD), against which "on Sunday" or "last year" are read. */
export function analyzeText(text: string, date: string | null = null): TextAnalysis {
  // runs that are no prose are left out (and said): the analysis's cost stays in line with length
  const { text: markdown, skipped } = withinBudget(text);
  const read = readBody(markdown);
  const quotes = extractQuotes(markdown, read).map((q) => ({ ...q, sentence: sentenceWindow(q.sentence, q.text) }));
  const numbers = recognizeNumbers(markdown);
  const figures = extractFigures({ body: markdown, read, numbers, quotes, date }).map((f) => ({ ...f, sentence: sentenceWindow(f.sentence, f.text) }));
  return { wordCount: countWords(markdown), quotes, numbers, figures, story: storyNames(read), skipped };
}
