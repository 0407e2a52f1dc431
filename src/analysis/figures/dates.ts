// The date a figure holds for: the article's date, moved by a date the sentence gives ("on Sunday",
// "last year", "in October"). chrono-node reads the expressions against the article's date; a
// weekday or a month is the most recent one that has begun; a month stands for its last day, a year
// for 31 December and "last week" for the Sunday that ended it, or the article's date when that
// period is the current one. A month or year after "by" is a target and dates nothing.
import * as chrono from "chrono-node";

export interface DateMention {
  /** Offsets into the text given to `datesIn`. */
  start: number;
  end: number;
  date: string;
}

/** Words without which a sentence holds no date chrono-node could read: most sentences skip it. */
const DATE_WORDS = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|last|this|next|ago|earlier|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|week|weekend|month|year|\d{4}s?|\d{1,2}[/.-]\d{1,2})\b/i;

export function datesIn(text: string, articleDate: string): DateMention[] {
  if (!DATE_WORDS.test(text)) return [];
  const ref = new Date(`${articleDate}T12:00:00Z`);
  const out: DateMention[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const known = r.start;
    const has = (c: chrono.Component) => known.isCertain(c);
    if (!has("day") && !has("weekday") && !has("month") && !has("year")) continue; // a clock time alone
    if (/^\d{1,4}$/.test(r.text.trim()) || /^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) continue; // a bare number, "9/11" or "24/7", is no date
    const day = has("day") || has("weekday");
    // "by March", "by 2030": a month or a year after "by" is a target, not when a figure holds ("by Sunday" is)
    if (!day && /\bby\s+(?:the\s+end\s+of\s+)?$/i.test(text.slice(Math.max(0, r.index - 20), r.index))) continue;
    const date = /^last week$/i.test(r.text.trim()) ? sundayBefore(articleDate) : normalise(known.date(), articleDate, { day, month: has("month"), year: has("year"), weekdayOnly: has("weekday") && !has("day") });
    out.push({ start: r.index, end: r.index + r.text.length, date });
  }
  // chrono-node leaves a year alone unread. A sentence that opens "In 2021," is set in that year (31
  // December stands for it); a year later in a sentence more often dates something else ("approved in 2022").
  const opening = /^\s*(?:In|During)\s+((?:18|19|20)\d{2}),/.exec(text);
  if (opening) {
    const year = Number(opening[1]);
    const start = opening[0].indexOf(opening[1]!);
    out.push({ start, end: start + 4, date: year < Number(articleDate.slice(0, 4)) ? `${year}-12-31` : articleDate });
  }
  // "in the third quarter", "Q3": the quarter's last day, the latest such quarter that has ended or begun
  for (const m of text.matchAll(/\b(?:the\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q([1-4]))\b/gi)) {
    const n = m[2] ? Number(m[2]) : ["first", "second", "third", "fourth"].indexOf(m[1]!.toLowerCase().replace(/^(\d)\w+$/, (_, d: string) => ["first", "second", "third", "fourth"][Number(d) - 1]!)) + 1;
    let year = Number(articleDate.slice(0, 4));
    const startMonth = (n - 1) * 3 + 1;
    if (`${year}-${String(startMonth).padStart(2, "0")}-01` > articleDate) year--;
    const end = iso(new Date(Date.UTC(year, n * 3, 0)));
    out.push({ start: m.index, end: m.index + m[0].length, date: end > articleDate ? articleDate : end });
  }
  // "in 2014", "as of 2016", "during 2018", "2018 saw", "in the 1990s", "the 2016 presidential election":
  // a past year (a decade: its last year) dates what its clause counts; a year after "since", "from",
  // "until" or "by" bounds a period or sets a target, and dates nothing.
  const taken = (at: number) => out.some((d) => at >= d.start && at < d.end);
  const articleYear = Number(articleDate.slice(0, 4));
  for (const m of text.matchAll(/\b(?:(?:in|as of|during|throughout|for)\s+(?:the\s+)?((?:18|19|20)\d{2})(s)?(?!\s*[-–]\s*\d)\b|((?:18|19|20)\d{2})\s+saw\b)/gi)) {
    const year = Number(m[1] ?? m[3]);
    const last = m[2] ? year + 9 : year;
    const at = m.index + m[0].search(/\d/);
    if (taken(at) || last >= articleYear) continue;
    // "the most since its records began in 1971": a year that starts a period dates nothing
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    if (/\b(?:since|from|until|till|between|after|before)\b[^,;]*$/i.test(lead) || /\b(?:began|begun|started|founded|established|born|built|opened|created)\s+$/i.test(lead)) continue;
    out.push({ start: at, end: at + 4 + (m[2] ? 1 : 0), date: `${last}-12-31` });
  }
  // "since 2011, when 29 miners were killed": the clause after "when" is set in that year
  for (const m of text.matchAll(/\b((?:18|19|20)\d{2}),?\s+when\b/g)) {
    const year = Number(m[1]);
    const when = m.index + m[0].length - 4;
    if (year < Number(articleDate.slice(0, 4))) out.push({ start: when, end: when + 4, date: `${year}-12-31` });
  }
  return out;
}

function normalise(d: Date, articleDate: string, known: { day: boolean; month: boolean; year: boolean; weekdayOnly: boolean }): string {
  const ref = new Date(`${articleDate}T00:00:00Z`);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  let day = d.getUTCDate();
  if (known.day) {
    let date = new Date(Date.UTC(y, m, day));
    if (date > ref && known.weekdayOnly) date = new Date(date.getTime() - 7 * 86_400_000);
    // a day still to come ("scheduled for March 3" in February) is a forecast's: it holds by the article's date
    else if (date > ref && !known.year) return articleDate;
    return iso(date);
  }
  if (known.month) {
    if (!known.year && (y > ref.getUTCFullYear() || (y === ref.getUTCFullYear() && m > ref.getUTCMonth()))) y--;
    if (y === ref.getUTCFullYear() && m === ref.getUTCMonth()) return articleDate;
    return iso(new Date(Date.UTC(y, m + 1, 0)));
  }
  if (y >= ref.getUTCFullYear()) return articleDate;
  day = 31;
  m = 11;
  return iso(new Date(Date.UTC(y, m, day)));
}

/** "last week": the Sunday that ended it, the last Sunday before the article's date. */
function sundayBefore(articleDate: string): string {
  const d = new Date(`${articleDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (d.getUTCDay() || 7));
  return iso(d);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
