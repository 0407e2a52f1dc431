// Every article's extracted quotations -> quote records with booklet-wide speaker ids and anchors.
import { articleAnchorUrl } from "../routes.ts";
import type { ExtractedQuote, QuoteKind } from "../analysis/index.ts";
import { buildSpeakerRegistry, type SpeakerEntry } from "./speakers.ts";

/** A quotation as the booklet shows and exports it (DESIGN.md, quotes.json). */
export interface QuoteRecord {
  id: string;
  article: string;
  text: string;
  kind: QuoteKind;
  /** The first of `speakers`, or null. */
  speaker: { id: string; name: string; role: string | null } | null;
  /** Everyone who makes the statement, in order ("X and Y both said"); [] for a term or no speaker. */
  speakers: { id: string; name: string; role: string | null }[];
  /** Each of `speakers` as its article writes the name ("Zelensky" where the index says "Zelenskiy"). */
  written: string[];
  cue: string | null;
  sentence: string;
  /** Link to the quote's anchor in its article page, from the site root. */
  url: string;
  /** The anchor's id on the article page. */
  anchor: string;
  /** Offsets of the quoted words (or the reported clause) in the article body. */
  start: number;
  end: number;
  /** [start, end) ranges of the body to mark, one per paragraph. */
  segments: [number, number][];
}

/**
 * Each article's quote records, kept while its analysis is the same and the speaker registry names
 * its speakers alike (`briefing serve` makes the index again on every save). Records are never
 * changed once made.
 */
const recordsOf = new WeakMap<readonly ExtractedQuote[], { slug: string; registry: object; named: (string | null)[]; records: QuoteRecord[] }>();

/** Articles in booklet order, each with its quotes in text order. */
export function quoteIndex(aliases: Record<string, string[]>, articles: { slug: string; quotes: ExtractedQuote[] }[]): { quotes: QuoteRecord[]; speakers: SpeakerEntry[] } {
  const speakersOf = (q: ExtractedQuote) => (q.speakers?.length ? q.speakers : q.speaker ? [q.speaker] : []);
  const mentions = articles.flatMap((a) => a.quotes.flatMap((q) => speakersOf(q).map((speaker) => ({ article: a.slug, speaker }))));
  const registry = buildSpeakerRegistry(mentions, aliases);
  const byId = new Map(registry.speakers.map((s) => [s.id, s]));
  const quotes: QuoteRecord[] = [];
  for (const article of articles) {
    const known = recordsOf.get(article.quotes);
    if (known && known.slug === article.slug && known.registry === registry) {
      quotes.push(...known.records);
      continue;
    }
    // the booklet's name and id for each speaker the article quotes, in order
    const entries = article.quotes.map((q) => speakersOf(q).map((speaker) => byId.get(registry.idOf({ article: article.slug, speaker }))));
    const named = entries.flat().flatMap((e) => (e ? [e.id, e.name] : [null]));
    // (another registry that names and numbers this article's speakers alike makes the same records)
    if (known && known.slug === article.slug && named.length === known.named.length && named.every((x, i) => x === known.named[i])) {
      recordsOf.set(article.quotes, { ...known, registry });
      quotes.push(...known.records);
      continue;
    }
    const from = quotes.length;
    article.quotes.forEach((q, i) => {
      const anchor = `q-${i + 1}`;
      const found = speakersOf(q).flatMap((speaker, k) => {
        const entry = entries[i]![k];
        return entry ? [{ entry: { id: entry.id, name: entry.name, role: speaker.role }, written: speaker.name }] : [];
      });
      const speakers = found.map((f) => f.entry);
      quotes.push({
        id: `${article.slug}#${anchor}`,
        article: article.slug,
        text: q.text,
        kind: q.kind,
        speaker: speakers[0] ?? null,
        speakers,
        written: found.map((f) => f.written),
        cue: q.cue,
        sentence: q.sentence,
        url: articleAnchorUrl(article.slug, anchor),
        anchor,
        start: q.start,
        end: q.end,
        segments: q.segments,
      });
    });
    recordsOf.set(article.quotes, { slug: article.slug, registry, named, records: quotes.slice(from) });
  }
  return { quotes, speakers: registry.speakers };
}
