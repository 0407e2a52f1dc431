// One article's text -> records. Pure: no files, no Eleventy. Quotes and figures come with their issues.
import { countWords } from "./words.ts";

export interface TextAnalysis {
  wordCount: number;
}

export function analyzeText(markdown: string): TextAnalysis {
  return { wordCount: countWords(markdown) };
}
