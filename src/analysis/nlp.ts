// Sentences and tokens from wink-nlp with its English web model. One shared instance: the model
// loads once per process. Only sentence boundaries and parts of speech are asked of it (no entities,
// negation or sentiment), and each paragraph is read once: the rules take the tokens of any part of
// a sentence from that one reading.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, PRON, DET, ADP, PUNCT ... */
  pos: string;
}

export interface Sentence {
  text: string;
  /** Offsets into the text the sentence was read from. */
  start: number;
  end: number;
  /** Its tokens, with offsets into the same text. */
  tokens: Token[];
}

/** Tokens of a text with parts of speech and character offsets, and the token index spans of its sentences. */
function read(text: string): { tokens: Token[]; spans: [number, number][] } {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const at = text.indexOf(word, cursor);
    const start = at >= 0 ? at : cursor;
    tokens.push({ text: word, start, end: start + word.length, pos: tags[i] ?? "X" });
    cursor = start + word.length;
  });
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return { tokens, spans };
}

/** The sentences of a paragraph, with character offsets and tokens. */
export function sentencesOf(text: string): Sentence[] {
  const { tokens, spans } = read(text);
  return spans.map(([first, last]) => {
    const own = tokens.slice(first, last + 1);
    const start = own[0]?.start ?? 0;
    const end = own[own.length - 1]?.end ?? start;
    return { text: text.slice(start, end), start, end, tokens: own };
  });
}

/** Tokens with parts of speech and character offsets. */
export function tokensOf(text: string): Token[] {
  return read(text).tokens;
}

/**
 * The tokens of a fragment of a sentence, as tagged in the whole sentence, with offsets into the
 * fragment; read afresh when the fragment is not part of the sentence.
 */
export function tokensWithin(sentence: Sentence | undefined, fragment: string): Token[] {
  const at = sentence ? sentence.text.indexOf(fragment) : -1;
  if (!sentence || at < 0) return tokensOf(fragment);
  const from = sentence.start + at;
  const to = from + fragment.length;
  return sentence.tokens.filter((t) => t.start >= from && t.end <= to).map((t) => ({ ...t, start: t.start - from, end: t.end - from }));
}
