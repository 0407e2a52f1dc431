// All articles -> the booklet model the site renders: ordered articles, sources, period, timeline.
import type { Article } from "../content/article.ts";
import type { BriefingConfig } from "../content/briefing-config.ts";
import type { SkippedRun, TextAnalysis } from "../analysis/index.ts";
import { figureTable, type FigureGroup, type FigureRecord } from "./figures.ts";
import { quoteIndex, type QuoteRecord } from "./quotes.ts";
import type { SpeakerEntry } from "./speakers.ts";

export type { FigureGroup, FigureRecord, GroupStatus } from "./figures.ts";
export type { QuoteRecord } from "./quotes.ts";

export interface BriefingArticle extends Article {
  wordCount: number;
  /** YYYY-MM, the search filter value. */
  month: string;
  /** The id of the article's outlet (see Source). */
  sourceId: string;
  /** Stretches of the body the analysis did not read (runs without a space), by offset. */
  notProse: SkippedRun[];
}

export interface Source {
  /** Unique within the booklet: the id of the outlet's section on the sources page. */
  id: string;
  name: string;
  /** Slugs, oldest first. */
  articles: string[];
  /** Agencies whose copy this outlet ran. */
  wires: string[];
}

export interface Day {
  date: string;
  articles: string[];
}

export interface Briefing {
  config: BriefingConfig;
  /** Oldest first; same-day articles by title. */
  articles: BriefingArticle[];
  bySlug: Map<string, BriefingArticle>;
  sources: Source[];
  period: { from: string; to: string } | null;
  timeline: Day[];
  wordCount: number;
  quotes: QuoteRecord[];
  /** The quotes of each article in text order, and of each speaker in booklet order (articles by date). */
  quotesByArticle: Map<string, QuoteRecord[]>;
  quotesBySpeaker: Map<string, QuoteRecord[]>;
  /** A–Z. */
  speakers: SpeakerEntry[];
  speakerById: Map<string, SpeakerEntry>;
  /** Every figure in booklet order, and the groups that line them up: conflicts first, then updates. */
  figures: FigureRecord[];
  figureGroups: FigureGroup[];
  figuresByArticle: Map<string, FigureRecord[]>;
  figureById: Map<string, FigureRecord>;
  groupById: Map<string, FigureGroup>;
}

export function buildBriefing(config: BriefingConfig, analysed: { article: Article; analysis: TextAnalysis }[]): Briefing {
  const ids = sourceIds(analysed.map(({ article }) => article.source));
  const articles: BriefingArticle[] = analysed
    .map(({ article, analysis }) => ({ ...article, wordCount: analysis.wordCount, notProse: analysis.skipped, month: article.date.slice(0, 7), sourceId: ids.get(article.source)! }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));

  const sources = new Map<string, Source>();
  const days = new Map<string, Day>();
  for (const article of articles) {
    const source = sources.get(article.source) ?? { id: article.sourceId, name: article.source, articles: [], wires: [] };
    source.articles.push(article.slug);
    if (article.wire && !source.wires.includes(article.wire)) source.wires.push(article.wire);
    sources.set(article.source, source);
    const day = days.get(article.date) ?? { date: article.date, articles: [] };
    day.articles.push(article.slug);
    days.set(article.date, day);
  }

  const analyses = new Map(analysed.map(({ article, analysis }) => [article.slug, analysis]));
  const { quotes, speakers } = quoteIndex(config.aliases, articles.map((a) => ({ slug: a.slug, quotes: analyses.get(a.slug)!.quotes })));
  const quotesByArticle = groupBy(quotes, (q) => q.article);
  // A statement several people make together is each one's: it is listed under every speaker.
  const quotesBySpeaker = new Map<string, QuoteRecord[]>();
  for (const q of quotes) {
    for (const id of new Set(q.speakers.map((s) => s.id))) {
      if (!quotesBySpeaker.has(id)) quotesBySpeaker.set(id, []);
      quotesBySpeaker.get(id)!.push(q);
    }
  }
  const { figures, groups } = figureTable(articles.map((a) => ({ slug: a.slug, date: a.date, figures: analyses.get(a.slug)!.figures, story: analyses.get(a.slug)!.story })));
  return {
    figures,
    figureGroups: groups,
    figuresByArticle: groupBy(figures, (f) => f.article),
    figureById: new Map(figures.map((f) => [f.id, f])),
    groupById: new Map(groups.map((g) => [g.id, g])),
    config,
    quotes,
    quotesByArticle,
    quotesBySpeaker,
    speakers,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    sources: [...sources.values()].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" })),
    period: articles.length ? { from: articles[0]!.date, to: articles[articles.length - 1]!.date } : null,
    timeline: [...days.values()],
    wordCount: articles.reduce((sum, a) => sum + a.wordCount, 0),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Readable, unique ids for outlet names: "Press TV" -> "source-press-tv"; a clash or a non-Latin name gets a number. */
function sourceIds(names: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const distinct = [...new Set(names)].sort((a, b) => a.localeCompare(b, "en"));
  distinct.forEach((name, i) => {
    const slug = name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    let id = `source-${slug || i + 1}`;
    for (let n = 2; taken.has(id); n++) id = `source-${slug || i + 1}-${n}`;
    taken.add(id);
    ids.set(name, id);
  });
  return ids;
}
