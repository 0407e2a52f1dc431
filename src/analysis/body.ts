// An article body read once for every extractor: its paragraphs (with offsets into the body) and
// the sentences of each paragraph (with offsets into the paragraph's text).
import { sentencesOf, type Sentence } from "./nlp.ts";
import { paragraphsOf, type BodyParagraph } from "./quotes/paragraphs.ts";

export interface ReadBody {
  paragraphs: BodyParagraph[];
  sentences: Sentence[][];
}

export function readBody(body: string): ReadBody {
  const paragraphs = paragraphsOf(body);
  return { paragraphs, sentences: paragraphs.map((p) => sentencesOf(p.text)) };
}
