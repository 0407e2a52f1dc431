// Who gives a figure: the speaker of the quotation or report that holds it, else the source the
// sentence names ("according to local officials", "the ministry's figures", a headline's ": UN").
import type { ExtractedQuote } from "../quotes/extract.ts";

const SOURCE_PHRASE = /\b(?:according to|figures (?:from|by|released by|published by)|data (?:from|by|released by)|estimates? (?:from|by)|a (?:count|tally) (?:by|from)|as reported by|citing)\s+((?:the\s+)?[^,.;:()"“”]{2,80}?)(?=\s*(?:[,.;:()"“”]|$|\s+(?:on|in|at|said|says|which|who|showed|show)\b))/i;
const OWN_FIGURES = /((?:the\s+)?(?:[\p{Lu}][\p{L}.&-]*\s+){0,4}(?:[\p{Lu}][\p{L}.&-]*|ministry|government|agency|police|army|military|office|council|authorities|officials|organisation|organization))['’]s?\s+(?:own\s+|latest\s+|official\s+|provisional\s+|preliminary\s+)?(?:figures|data|estimates?|tally|count|statistics|records)\b/u;
const HEADLINE_SOURCE = /:\s*([\p{Lu}][\p{L}.&' -]{1,40})$/u;

/** "the UN refugee agency's figure of about 160,000": whose figure it is, said just before it. */
const FIGURE_OF = /((?:the\s+)?(?:[\p{L}.&-]+\s+){0,4}?[\p{L}.&-]+)['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figure|figures|estimate|count|tally)\s+(?:of|at|was|is|stood at)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|at least|up to)\s+)?$/u;

/** The claimant of a figure at body offset `at` in `sentence` (the sentence's own text); `before` is the sentence up to the number. */
export function claimantOf(at: number, sentence: string, before: string, heading: boolean, quotes: ExtractedQuote[]): string | null {
  const own = FIGURE_OF.exec(before.slice(-120));
  if (own) return own[1]!.replace(/^(?:far more than|more than|than|of|and|but|while|as)\s+/i, "").trim();
  const holder = quotes.find((q) => q.kind !== "term" && q.speaker && q.start <= at && at < q.end);
  if (holder) return holder.speaker!.name;
  const phrase = SOURCE_PHRASE.exec(sentence) ?? OWN_FIGURES.exec(sentence);
  if (phrase) return phrase[1]!.trim();
  if (heading) return HEADLINE_SOURCE.exec(sentence.trim())?.[1]?.trim() ?? null;
  return null;
}
