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
  const quotes = briefing.quotes.map((q) => ({ id: q.id, article: q.article, text: q.text, kind: q.kind, speaker: q.speaker, speakers: q.speakers, cue: q.cue, sentence: q.sentence, url: q.url }));
  return `${JSON.stringify({ quotes }, null, 2)}\n`;
}

export function speakersJson(briefing: Briefing): string {
  const speakers = briefing.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind, roles: s.roles, aliases: s.aliases, quoteCount: s.quoteCount, articles: s.articles }));
  return `${JSON.stringify({ speakers }, null, 2)}\n`;
}

/** figures.json: the records of DESIGN.md, figures in booklet order and groups conflicts first. */
export function figuresJson(briefing: Briefing): string {
  const figures = briefing.figures.map((f) => ({
    id: f.id, article: f.article, text: f.text, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit,
    counted: f.counted, measure: f.measure, place: f.place, subject: f.subject, change: f.change, claimedBy: f.claimedBy, asOf: f.asOf, group: f.group, sentence: f.sentence, url: f.url,
  }));
  const groups = briefing.figureGroups.map((g) => ({ id: g.id, label: g.label, figures: g.figures, status: g.status }));
  return `${JSON.stringify({ figures, groups }, null, 2)}\n`;
}

const CSV_COLUMNS = ["id", "group", "group_label", "status", "article", "source", "text", "value", "low", "high", "qualifier", "unit", "counted", "measure", "place", "subject", "change", "claimed_by", "as_of", "sentence", "url"] as const;

/**
 * figures.csv: one row per figure (RFC 4180: CRLF line ends, every field quoted when it needs it),
 * after a UTF-8 byte-order mark, without which Excel reads "€" and "–" as Latin-1.
 */
export function figuresCsv(briefing: Briefing): string {
  const rows = briefing.figures.map((f) => {
    const group = briefing.groupById.get(f.group)!;
    return [f.id, f.group, group.label, group.status, f.article, briefing.bySlug.get(f.article)?.source ?? "", f.text, f.value, f.low, f.high, f.qualifier, f.unit, f.counted, f.measure, f.place, f.subject, f.change ? "change" : "level", f.claimedBy, f.asOf, f.sentence, f.url];
  });
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: article text is untrusted.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n']/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}
