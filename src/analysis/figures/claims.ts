// Who gives a figure: the speaker of the quotation or report that holds it, else the source the
// sentence names ("according to local officials", "the ministry's figures", a headline's ": UN").
import type { ExtractedQuote } from "../quotes/extract.ts";
import { firstIndex } from "../sorted.ts";

const SOURCE_PHRASE = /\b(?:according to|figures (?:from|by|released by|published by)|data (?:from|by|released by)|estimates? (?:from|by)|a (?:count|tally) (?:by|from)|as reported by|citing)\s+((?:the\s+)?[^,.;:()"“”]{2,80}?)(?=\s*(?:[,.;:()"“”]|$|\s+(?:on|in|at|said|says|which|who|showed|show)\b))/i;
const OWN_FIGURES = /((?:the\s+)?(?:[\p{Lu}][\p{L}.&-]*\s+){0,4}(?:[\p{Lu}][\p{L}.&-]*|ministry|government|agency|police|army|military|office|council|authorities|officials|organisation|organization))['’]s?\s+(?:own\s+|latest\s+|official\s+|provisional\s+|preliminary\s+)?(?:figures|data|estimates?|tally|count|statistics|records)\b/u;
/** "the 24 deaths in the health ministry's figures": whose figures, said just after the number. */
const IN_FIGURES = /^[^,.;:()]{0,40}?\b(?:in|by|according to|from)\s+((?:the\s+)?(?:[\p{L}.&-]+\s+){0,4}?[\p{L}.&-]+)['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figures|count|tally|data|estimates?|statistics)\b/u;
/** Cheap tests that let most sentences skip the patterns above. */
const FIGURE_HINT = /\b(?:figures?|estimate|count|tally)\s+(?:of|at|was|is|stood at)\s+(?:\S+\s+){0,2}$/i;
const SOURCE_HINT = /according to|figures|data|estimate|tally|count|statistics|records|citing|reported by/i;
const HEADLINE_SOURCE = /:\s*([\p{Lu}][\p{L}.&' -]{1,40})$/u;

/** "the UN refugee agency's figure of about 160,000": whose figure it is, said just before it. */
const FIGURE_OF = /((?:the\s+)?(?:[\p{L}.&-]+\s+){0,4}?[\p{L}.&-]+)['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figure|figures|estimate|count|tally)\s+(?:of|at|was|is|stood at)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|at least|up to)\s+)?$/u;

/** "Kremlin officials put the sale price at $9.4bn", "police put the crowd at 4,000": who puts a figure at a number gives it. */
const PUT_AT = /((?:the\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}(?:[\p{Lu}][\p{L}.&'’-]*|officials|police|authorities|organisers|organizers|ministry|government|agency|army|military))\s+(?:put|puts|putting)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}at\s+(?:(?:about|around|some|nearly|almost|roughly|more than|at least|up to|over)\s+)?$/u;

/**
 * The claimant of a figure at body offset `at`; `before` and `after` are the sentence's text around
 * the number, `ofSentence` the source the whole sentence names (see `sourceOfSentence`), read once.
 */
export function claimantOf(at: number, before: string, after: string, quotes: QuotesByStart, ofSentence: () => string | null): string | null {
  const tail = before.slice(-120);
  const own = FIGURE_HINT.test(tail) ? FIGURE_OF.exec(tail) : null;
  if (own) return own[1]!.replace(/^(?:(?:far\s+)?(?:more|fewer|less|higher|lower)\s+than|than|of|and|but|while|as|against|with|from|by|to|in|on|over|under|below|above)\s+/i, "").trim();
  const put = /\bput/.test(tail) ? PUT_AT.exec(tail) : null;
  if (put) return put[1]!.trim();
  const inFigures = IN_FIGURES.exec(after.slice(0, 100));
  if (inFigures) return inFigures[1]!.trim();
  const holder = quotes.holding(at);
  if (holder) return holder.speaker!.name;
  return ofSentence();
}

/** The source a sentence names for all its figures: "according to X", "X's figures", a headline's ": UN". */
export function sourceOfSentence(sentence: string, heading: boolean): string | null {
  const phrase = SOURCE_HINT.test(sentence) ? (SOURCE_PHRASE.exec(sentence) ?? OWN_FIGURES.exec(sentence)) : null;
  if (phrase) return phrase[1]!.trim();
  if (heading) return HEADLINE_SOURCE.exec(sentence.trim())?.[1]?.trim() ?? null;
  return null;
}

/** The quotations of an article by where they start, to find the one holding an offset without a scan. */
export class QuotesByStart {
  private readonly quotes: ExtractedQuote[];
  constructor(quotes: ExtractedQuote[]) {
    this.quotes = quotes.filter((q) => q.kind !== "term" && q.speaker).sort((a, b) => a.start - b.start);
  }

  /** The spoken quotation or report that holds offset `at`: the latest starting at or before it that ends after it. */
  holding(at: number): ExtractedQuote | undefined {
    const lo = firstIndex(this.quotes, (q) => q.start > at);
    for (let i = lo - 1; i >= 0 && i >= lo - 32; i--) if (this.quotes[i]!.end > at) return this.quotes[i];
    return undefined;
  }
}
