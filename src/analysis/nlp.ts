// Sentences and tokens from wink-nlp with its English web model. One shared instance: the model
// loads once per process. Only sentence boundaries and parts of speech are asked of it (no entities,
// negation or sentiment), and each paragraph is read once: the rules take the tokens of any part of
// a sentence from that one reading.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** The model's words get ids below this; a word it never saw gets one above (read before any other text). */
const VOCABULARY_SIZE = nlp.readDoc("qzxjvqwk").tokens().out(its.uniqueId)[0] as unknown as number;
const known = new Map<string, boolean>();

/** Whether a word is an English word the model knows ("unrest", "adult"), not a name it never saw ("Rudaw", "Znak"). */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  let k = known.get(w);
  if (k === undefined) {
    const ids = nlp.readDoc(w).tokens().out(its.uniqueId) as unknown as number[];
    k = ids.length === 1 && ids[0]! < VOCABULARY_SIZE;
    if (known.size > 20_000) known.clear();
    known.set(w, k);
  }
  return k;
}

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

/** Abbreviations after which the model ends a sentence that goes on: "Ph.D. candidate", "Dr. Smith", "UOL.com.br". */
const ABBREVIATION_END = /(?:^|[\s(])(?:[\p{Lu}]|Ph|Dr|Mr|Mrs|Ms|Mx|Prof|St|Sgt|Lt|Col|Gen|Capt|Cllr|Rev|Sen|Rep|Gov|Det|Insp|Supt|Mt|No|Nos|vs|approx|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[\p{L}]+\.(?:com|org|net|co|gov|edu))\.$/u;
/** Abbreviations that end sentences as often as not ("until 4 a.m. The governor said"): joined only when no sentence opener follows. */
const ABBREVIATION_OR_END = /(?:^|[\s(])(?:Jr|Sr|Inc|Corp|Ltd|Co|Bros|etc|U\.S|U\.K|U\.N|a\.m|p\.m)\.$/u;
const SENTENCE_OPENER = /^(?:The|A|An|In|On|At|He|She|They|It|We|I|This|That|These|Those|But|However|Meanwhile|His|Her|Their|Its|There|After|Before|When|While|According)$/;

/**
 * The model's sentence spans, with those it cut after an abbreviation or inside a web address joined
 * again: a sentence that ends so, or a next one that opens in lower case, goes on.
 */
function joinedSpans(text: string, tokens: Token[], spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous) {
      const end = tokens[previous[1]]!;
      const start = tokens[span[0]]!;
      // The cheap tests first: most sentence ends are a full stop after a word, before a capital.
      const joined = start.start === end.end || /^[\p{Ll}]/u.test(start.text) || (text[end.end - 1] === "." && (ABBREVIATION_END.test(text.slice(Math.max(0, end.end - 12), end.end)) || (ABBREVIATION_OR_END.test(text.slice(Math.max(0, end.end - 12), end.end)) && !SENTENCE_OPENER.test(start.text))));
      if (joined) {
        previous[1] = span[1];
        continue;
      }
    }
    out.push([span[0], span[1]]);
  }
  return out;
}

/** The sentences of a paragraph, with character offsets and tokens. */
export function sentencesOf(text: string): Sentence[] {
  const { tokens, spans: modelSpans } = read(text);
  const spans = joinedSpans(text, tokens, modelSpans);
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
  // The sentence's tokens are in order: find the first by halving, then take those that fit.
  const tokens = sentence.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.end <= to) out.push({ text: t.text, pos: t.pos, start: t.start - from, end: t.end - from });
  }
  return out;
}
