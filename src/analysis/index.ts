// One article's text -> records. Pure: no files, no Eleventy.
import { readBody } from "./body.ts";
import { extractFigures, type ExtractedFigure } from "./figures/extract.ts";
import { recognizeNumbers, type NumberMention } from "./numbers/index.ts";
import { explainQuotes, extractQuotes, type ExtractedQuote } from "./quotes/extract.ts";
import { sentenceWindow, withinBudget, type SkippedRun } from "./budget.ts";
import { firstIndex } from "./sorted.ts";
import { storyNames } from "./story.ts";
import { countWords } from "./words.ts";

export type { ExtractedFigure } from "./figures/extract.ts";
export { REPORTING_MEASURES } from "./figures/lexicon.ts";
export type { NumberKind, NumberMention } from "./numbers/index.ts";
export type { ExtractedQuote, QuoteKind, Speaker } from "./quotes/extract.ts";
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
  /** Set when the analysis stopped on this text: why. Its records are then empty. */
  failed?: string;
}

/** `date`: the article's date (YYYY-MM-DD), against which "on Sunday" or "last year" are read. */
export function analyzeText(text: string, date: string | null = null): TextAnalysis {
  // One text the analysis cannot read (a fault of the analysis, or a limit of the machine it meets)
  // costs that text its quotes and figures, never the other articles or the build.
  try {
    return analyse(text, date);
  } catch (error) {
    return { wordCount: (text.match(/\S+/g) ?? []).length, quotes: [], numbers: [], figures: [], story: [], skipped: [], failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function analyse(text: string, date: string | null): TextAnalysis {
  // runs that are no prose are left out (and said): the analysis's cost stays in line with length
  const { text: markdown, skipped } = withinBudget(text);
  const read = readBody(markdown);
  // (where a record's sentence starts: its words are looked for in a long one from about there)
  const sentenceStart = (at: number): number => {
    const p = Math.max(0, firstIndex(read.paragraphs, (x) => x.start > at) - 1);
    const paragraph = read.paragraphs[p];
    if (!paragraph) return 0;
    const sentences = read.sentences[p]!;
    const s = sentences[Math.min(firstIndex(sentences, (x) => x.end > at - paragraph.start), sentences.length - 1)];
    return paragraph.start + (s?.start ?? 0);
  };
  const quotes = extractQuotes(markdown, read).map((q) => ({ ...q, sentence: sentenceWindow(q.sentence, q.text, q.start - sentenceStart(q.start)) }));
  const numbers = recognizeNumbers(markdown);
  const figures = extractFigures({ body: markdown, read, numbers, quotes, date }).map((f) => ({ ...f, sentence: sentenceWindow(f.sentence, f.text, f.start - sentenceStart(f.start)) }));
  return { wordCount: countWords(markdown), quotes, numbers, figures, story: storyNames(read), skipped };
}

/** The notes of the quote rules on a text (what they looked at and found no quotation in), within the same budget. */
export function explainText(text: string): ReturnType<typeof explainQuotes>["notes"] {
  const { text: markdown } = withinBudget(text);
  return explainQuotes(markdown).notes;
}
