// The state the quote rules share, and the lookups they make in it: which paragraph or sentence holds
// an offset, and the ranges of body text a quote covers.
import type { ReadBody } from "../body.ts";
import type { Sentence } from "../nlp.ts";
import { firstIndex } from "../sorted.ts";
import type { BodyParagraph } from "./paragraphs.ts";
import { findQuoteSpans, type QuoteSpan } from "./spans.ts";
import type { State } from "./types.ts";

export function createState(read: ReadBody): State {
  const { paragraphs } = read;
  const spans = findQuoteSpans(paragraphs).filter((s) => !paragraphs[s.paragraph]!.heading && !paragraphs[s.paragraph]!.aside);
  const spansOpening: QuoteSpan[][] = paragraphs.map(() => []);
  const spansCovering: QuoteSpan[][] = paragraphs.map(() => []);
  for (const span of spans) {
    spansOpening[span.paragraph]!.push(span);
    for (let p = span.paragraph; p <= span.lastParagraph; p++) spansCovering[p]!.push(span);
  }
  return { paragraphs, sentences: read.sentences, spans, spansOpening, spansCovering, drafts: [], events: [], narration: [], pronounSubjects: [], notes: [] };
}

/** Index of the last item whose key is at most `at` (items sorted by key), or -1. */
export function lastAtOrBefore<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  return firstIndex(items, (item) => key(item) > at) - 1;
}

/** Index of the paragraph that holds a body offset (the last one starting at or before it), or -1. */
export function paragraphAt(paragraphs: readonly BodyParagraph[], at: number): number {
  return lastAtOrBefore(paragraphs, at, (p) => p.start);
}

/** The sentence of a paragraph that holds a paragraph offset, or the paragraph's last (found by halving: sentences are in order). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  const found = sentences[firstIndex(sentences, (s) => s.end > offset)];
  return found && offset >= found.start ? found : sentences[sentences.length - 1];
}

/** The sentence that holds a body offset: a key naming it, and its body offsets. */
export function sentenceOf(state: State, at: number): { key: string; start: number; end: number } {
  const p = Math.max(paragraphAt(state.paragraphs, at), 0);
  const paragraph = state.paragraphs[p]!;
  const local = at - paragraph.start;
  const sentences = state.sentences[p] ?? [];
  const first = firstIndex(sentences, (x) => x.end > local);
  const index = first < sentences.length && local >= sentences[first]!.start ? first : -1;
  const sentence = sentences[index];
  return { key: `${p}:${index}`, start: paragraph.start + (sentence?.start ?? 0), end: paragraph.start + (sentence?.end ?? paragraph.text.length) };
}

/** Body ranges [start, end) of a marked quote, one per paragraph it covers. */
export function segmentsOf(paragraphs: readonly BodyParagraph[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = Math.max(paragraphAt(paragraphs, start), 0); i < paragraphs.length && paragraphs[i]!.start < end; i++) {
    const p = paragraphs[i]!;
    const from = Math.max(start, p.start);
    const to = Math.min(end, p.start + p.text.length);
    if (from < to) out.push([from, to]);
  }
  return out.length ? out : [[start, end]];
}

/**
 * The spans covering paragraph `p` that cover any part of a stretch of it, found by halving: a
 * paragraph of thousands of quotes costs each sentence its own spans, not all of them. (Quotes in
 * order do not overlap; should they, every span is looked at.)
 */
export function spansTouching(state: State, p: number, stretch: { start: number; end: number }): QuoteSpan[] {
  const spans = state.spansCovering[p]!;
  const start = (s: QuoteSpan) => (s.paragraph < p ? -Infinity : s.outerStart);
  const end = (s: QuoteSpan) => (s.lastParagraph > p ? Infinity : s.outerEnd);
  let ordered = inOrder.get(spans);
  if (ordered === undefined) inOrder.set(spans, (ordered = spans.every((s, i) => i === 0 || end(spans[i - 1]!) <= start(s))));
  if (!ordered) return spans.filter((s) => spanTouches(s, p, stretch));
  const out: QuoteSpan[] = [];
  for (let i = firstIndex(spans, (s) => end(s) > stretch.start); i < spans.length && start(spans[i]!) < stretch.end; i++) out.push(spans[i]!);
  return out;
}
/** Whether the spans covering a paragraph follow one another without overlapping. */
const inOrder = new WeakMap<QuoteSpan[], boolean>();

/** Whether a quote span covers any part of a sentence of paragraph `p`. */
export function spanTouches(span: QuoteSpan, p: number, sentence: { start: number; end: number }): boolean {
  return (span.paragraph < p || span.outerStart < sentence.end) && (span.lastParagraph > p || span.outerEnd > sentence.start);
}

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
