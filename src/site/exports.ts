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
