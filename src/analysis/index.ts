// One article's text -> records. Pure: no files, no Eleventy.
import { extractQuotes, type ExtractedQuote } from "./quotes/extract.ts";
import { countWords } from "./words.ts";

export type { ExtractedQuote, QuoteKind, Speaker } from "./quotes/extract.ts";

export interface TextAnalysis {
  wordCount: number;
  quotes: ExtractedQuote[];
}

export function analyzeText(markdown: string): TextAnalysis {
  return { wordCount: countWords(markdown), quotes: extractQuotes(markdown) };
}
