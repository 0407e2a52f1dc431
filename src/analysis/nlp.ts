// Sentences and tokens from wink-nlp with its English web model. One shared instance: the model
// loads once per process.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model);
const its = nlp.its;

export interface Sentence {
  text: string;
  /** Offsets into the text the sentence was read from. */
  start: number;
  end: number;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, PRON, DET, ADP, PUNCT ... */
  pos: string;
}

/** The sentences of a paragraph, with character offsets. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  nlp.readDoc(text).sentences().each((s: { out(): string }) => {
    const sentence = s.out();
    const at = text.indexOf(sentence, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + sentence.length : Math.min(text.length, cursor + sentence.length);
    out.push({ text: text.slice(start, end), start, end });
    cursor = end;
  });
  return out;
}

/** Tokens with parts of speech and character offsets. */
export function tokensOf(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const out: Token[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const at = text.indexOf(word, cursor);
    const start = at >= 0 ? at : cursor;
    out.push({ text: word, start, end: start + word.length, pos: tags[i] ?? "X" });
    cursor = start + word.length;
  });
  return out;
}
