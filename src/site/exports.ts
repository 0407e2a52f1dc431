// Machine-readable exports under /data/.
import type { Briefing } from "../briefing/model.ts";

export interface ArticleRecord {
  slug: string;
  title: string;
  source: string;
  wire: string | null;
  date: string;
  url: string | null;
  wordCount: number;
}

export function articlesJson(briefing: Briefing): string {
  const articles: ArticleRecord[] = briefing.articles.map((a) => ({
    slug: a.slug, title: a.title, source: a.source, wire: a.wire, date: a.date, url: a.url, wordCount: a.wordCount,
  }));
  return `${JSON.stringify({ articles }, null, 2)}\n`;
}

export function quotesJson(briefing: Briefing): string {
  const quotes = briefing.quotes.map((q) => ({ id: q.id, article: q.article, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, sentence: q.sentence, url: q.url }));
  return `${JSON.stringify({ quotes }, null, 2)}\n`;
}

export function speakersJson(briefing: Briefing): string {
  const speakers = briefing.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind, roles: s.roles, aliases: s.aliases, quoteCount: s.quoteCount, articles: s.articles }));
  return `${JSON.stringify({ speakers }, null, 2)}\n`;
}
