// Every article's figures -> figure records and the groups that line them up across sources.
// Grouping is by keyed buckets (what is measured, what is counted, the unit, the place), never by
// comparing every pair of figures in the booklet. The status rule is documented in the README:
//   conflict - two figures for the same date, from two different named claimants, whose intervals
//              do not meet (an open bound read as within a fifth of its number: see `reading`);
//   update   - figures whose intervals do not meet, otherwise (they change over time);
//   agree    - figures whose intervals all meet, from two or more articles or claimants;
//   single   - one figure, or one source repeating itself.
import { articleAnchorUrl } from "../routes.ts";
import { isEnglishWord, REPORTING_MEASURES, sameStory, type ExtractedFigure } from "../analysis/index.ts";

export type GroupStatus = "single" | "agree" | "update" | "conflict";

/**
 * A figure as the booklet shows and exports it (DESIGN.md, figures.json): the extracted figure with
 * its booklet-wide id, its article, the date it holds for (the article's when the text gives none)
 * and its group. `number`, `cumulative`, `earlier`, `part`, `start` and `end` are the booklet's own,
 * not exported.
 */
export interface FigureRecord extends Omit<ExtractedFigure, "kind" | "asOf"> {
  id: string;
  article: string;
  asOf: string;
  group: string;
  /** Link to the figure in its article page, from the site root, and the anchor's id there. */
  url: string;
  anchor: string;
}

export interface FigureGroup {
  id: string;
  label: string;
  /** Figure ids, oldest first. */
  figures: string[];
  status: GroupStatus;
  /** For a conflict, the day whose figures cannot all hold. Not exported. */
  conflictOn: string | null;
}

const STATUS_ORDER: Record<GroupStatus, number> = { conflict: 0, update: 1, agree: 2, single: 3 };
/** Measures whose counts of people read best as the measure alone: "Killed in Mariupol". */
const FATES = new Set(["killed", "wounded", "missing", "arrested", "displaced", "evacuated", "rescued", "captured", "sentenced", "infected", "affected"]);
/** Measures of a thing's properties: compared only when the figure says whose. */
const PROPERTY_MEASURES: ReadonlySet<string> = new Set(["distance", "height", "speed", "depth", "length", "width", "area", "weight"]);
/** Counted words that alone do not say what was counted: a count of "people" needs its measure to be compared. */
const GENERIC_COUNTS = new Set(["people", "worker", "them", "those", "time", "one", "other", "thing"]); // as countedClass leaves them
/** Words before a counted noun that say how the count is known or of which disease, not what is counted. */
const HOW_KNOWN = new Set(["confirmed", "known", "reported", "recorded", "registered", "official", "officially", "total", "coronavirus", "covid-19", "covid", "ebola", "cholera", "measles", "flu", "influenza"]);
/** Other words for the same counted thing, folded for grouping. */
const SAME_THING: Record<string, string> = { dockers: "workers", staff: "workers", employees: "workers", members: "workers", strikers: "workers", personnel: "workers", vessels: "ships", houses: "homes", dwellings: "homes", kids: "children", youngsters: "children", minors: "children" };
const PEOPLE = new Set(["people", "persons", "individuals", "civilians", "residents", "inhabitants", "citizens", "nationals", "refugees", "deaths", "dead", "victims", "casualties", "evacuees", "fatalities", "lives"]);
/** Other spellings of places, folded for grouping. */
const PLACE_SPELLINGS: Record<string, string> = { kiev: "kyiv", kharkov: "kharkiv", lvov: "lviv", odessa: "odesa", nikolaev: "mykolaiv", mykolayiv: "mykolaiv", zaporozhye: "zaporizhzhia", zaporizhia: "zaporizhzhia", lugansk: "luhansk", chernigov: "chernihiv" };

/** Articles in booklet order (oldest first), each with its figures in text order. */
/**
 * What the last tables were made of, for `briefing serve`, which makes the table again on every
 * save: each article's figure records, kept while its analysis is the same; each record's bucket;
 * and how each bucket was grouped, kept while its members are the same records. A record is never
 * changed once a table holds it: one whose group is now another is copied.
 */
const recordsOf = new WeakMap<readonly ExtractedFigure[], { slug: string; date: string; records: FigureRecord[] }>();
const bucketOf = new WeakMap<FigureRecord, string>();
type Grouping = { at: number[]; label: string; status: GroupStatus; conflictOn: string | null }[];
let lastGroupings = new Map<string, { members: FigureRecord[]; grouping: Grouping }>();
const collator = new Intl.Collator();

export function figureTable(articles: { slug: string; date: string; figures: ExtractedFigure[]; story?: readonly string[] }[]): { figures: FigureRecord[]; groups: FigureGroup[] } {
  const figures: FigureRecord[] = [];
  for (const article of articles) {
    const known = recordsOf.get(article.figures);
    if (known && known.slug === article.slug && known.date === article.date) {
      figures.push(...known.records);
      continue;
    }
    article.figures.forEach((f, i) => {
      const anchor = `f-${i + 1}`;
      const { kind: _kind, ...rest } = f;
      figures.push({ ...rest, id: `${article.slug}#${anchor}`, article: article.slug, asOf: f.asOf ?? article.date, group: "", url: articleAnchorUrl(article.slug, anchor), anchor });
    });
  }
  const dates = new Map(articles.map((a) => [a.slug, a.date]));
  const stories = new Stories(articles);
  const buckets = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    let key = bucketOf.get(f);
    if (key === undefined) bucketOf.set(f, (key = bucketKey(f, dates.get(f.article)!)));
    const bucket = buckets.get(key);
    if (bucket) bucket.push(f);
    else buckets.set(key, [f]);
  }
  const position = new Map(figures.map((f, i) => [f, i]));
  const groups: FigureGroup[] = [];
  const names = new Names();
  const groupings = new Map<string, { members: FigureRecord[]; grouping: Grouping }>();
  for (const [key, bucket] of buckets) {
    const last = lastGroupings.get(key);
    const grouping = last && last.members.length === bucket.length && last.members.every((m, i) => m === bucket[i]) ? last.grouping : groupingOf(bucket, stories);
    groupings.set(key, { members: bucket, grouping });
    for (const { at, label, status, conflictOn } of grouping) {
      const { label: shown, id } = names.take(label);
      groups.push({ id, label: shown, figures: at.map((i) => bucket[i]!.id), status, conflictOn });
      for (const i of at) {
        const m = bucket[i]!;
        if (m.group === id) continue;
        // (a record of an earlier table is copied, never changed under it)
        const record = m.group ? { ...m } : m;
        record.group = id;
        if (record !== m) {
          bucketOf.set(record, key);
          figures[position.get(m)!] = record;
          bucket[i] = record;
        }
      }
    }
  }
  lastGroupings = groupings;
  let at = 0;
  for (const article of articles) {
    recordsOf.set(article.figures, { slug: article.slug, date: article.date, records: figures.slice(at, at + article.figures.length) });
    at += article.figures.length;
  }
  groups.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.figures.length - a.figures.length || collator.compare(a.label, b.label));
  return { figures, groups };
}

/**
 * Which figures may be compared at all. A figure that does not say what it counts is compared with
 * nothing: "£1.5m a day" alone is no group. A change is compared only with changes, a level with
 * levels; a figure of one subject only with that subject's. (A measure that is a noun phrase, "sale
 * price" in "put the sale price at $9.4bn", says what is counted, as "the sale price was $9.3bn" does.)
 */
function bucketKey(f: FigureRecord, articleDate: string): string {
  const measure = strongMeasure(f);
  const named = measure !== null && (measure === f.counted || (f.counted === null && isNounMeasure(measure)));
  return groupable(f) ? [named ? "" : measure ?? "", countedClass(named ? measure : f.counted) || peopleByDefault(f), f.unit ?? "", history(f, articleDate), f.cumulative ? "total" : "", f.change ? "change" : ""].join("|") : f.id;
}

/** A bucket's groups, by place, story and subject, each oldest first: members by their place in the bucket. */
function groupingOf(bucket: FigureRecord[], stories: Stories): Grouping {
  const grouping: Grouping = [];
  const index = new Map(bucket.map((f, i) => [f, i]));
  const add = (label: string, members: FigureRecord[], status: GroupStatus, conflictOn: string | null) => grouping.push({ at: members.map((m) => index.get(m)!), label, status, conflictOn });
  // (on a copy: the groups are sorted in place, and may be the bucket itself)
  for (const members of byPlace([...bucket]).flatMap((m) => stories.split(m)).flatMap(bySubject)) {
    members.sort((a, b) => collator.compare(a.asOf, b.asOf));
    const { status, conflictOn } = statusOf(members);
    // With no verb to say what was measured, incompatible figures of one day may count different things: no conflict is claimed.
    if (status === "conflict" && !strongMeasure(members[0]!)) {
      for (const m of members) add(labelOf(m, m.place), [m], "single", null);
      continue;
    }
    add(labelOf(members[0]!, members.find((m) => m.place)?.place ?? null), members, status, conflictOn);
  }
  return grouping;
}

/**
 * Which articles tell one story (`sameStory` on the names their opening paragraphs give): figures of
 * articles that tell different stories are never one quantity ("Killed" in the Magnitogorsk collapse
 * and in the Viazul bus crash), however alike their words.
 */
class Stories {
  /** An article given with no story names (a caller that does not know them) tells every story. */
  private readonly names: Map<string, readonly string[] | null>;
  private readonly stems = new Map<string, string[]>();
  private readonly known = new Map<string, boolean>();

  constructor(articles: { slug: string; story?: readonly string[] }[]) {
    this.names = new Map(articles.map((a) => [a.slug, a.story ?? null]));
    // a word's first four letters: "varistan" and "varistani" meet, and articles that share none are never compared
    for (const a of articles) this.stems.set(a.slug, [...new Set((a.story ?? []).flatMap((name) => name.split(" ").map((w) => w.slice(0, 4))))]);
  }

  /**
   * One list per story among the articles of these figures: articles joined by `sameStory`, and by
   * articles between them (within these figures only, so that a chain of loosely related stories in
   * a large booklet does not make one). Figures keep their order.
   */
  split(members: FigureRecord[]): FigureRecord[][] {
    const articles = [...new Set(members.map((m) => m.article))];
    if (articles.length < 2) return [members];
    if (articles.some((a) => this.names.get(a) === null)) return [members];
    const parent = new Map(articles.map((a) => [a, a]));
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root)!;
      for (let y = x; y !== root; ) {
        const next = parent.get(y)!;
        parent.set(y, root);
        y = next;
      }
      return root;
    };
    const byStem = new Map<string, string[]>();
    for (const a of articles) {
      for (const stem of this.stems.get(a) ?? []) {
        for (const b of byStem.get(stem) ?? []) {
          const [ra, rb] = [find(a), find(b)];
          if (ra !== rb && this.same(a, b)) parent.set(rb, ra);
        }
        const list = byStem.get(stem);
        if (list) list.push(a);
        else byStem.set(stem, [a]);
      }
    }
    const out = new Map<string, FigureRecord[]>();
    for (const f of members) {
      const key = find(f.article);
      const list = out.get(key);
      if (list) list.push(f);
      else out.set(key, [f]);
    }
    return [...out.values()];
  }

  private same(a: string, b: string): boolean {
    const key = a < b ? `${a}\0${b}` : `${b}\0${a}`;
    let same = this.known.get(key);
    if (same === undefined) this.known.set(key, (same = storiesMeet(this.names.get(a) ?? [], this.names.get(b) ?? [])));
    return same;
  }
}

/**
 * `sameStory` of two lists of names, each pair worked out once for as long as the process runs
 * (`briefing serve` builds the booklet again on every save, and most pairs are as they were).
 */
const meetings = new Map<string, boolean>();
function storiesMeet(a: readonly string[], b: readonly string[]): boolean {
  const x = a.join("\u0001");
  const y = b.join("\u0001");
  const key = `${x}\0${y}`;
  let same = meetings.get(key);
  if (same === undefined) {
    if (meetings.size > 500_000) meetings.clear();
    meetings.set(key, (same = sameStory(a, b, isEnglishWord)));
  }
  return same;
}

/** Labels and ids not yet used in the booklet: a repeated label gets a number ("Killed (2)"), and so does an id two labels share. */
class Names {
  private readonly labels = new Map<string, number>();
  private readonly ids = new Set<string>();
  /** The next number to try for each id that is taken: no probing from 2 every time. */
  private readonly next = new Map<string, number>();

  take(label: string): { label: string; id: string } {
    const seen = (this.labels.get(label) ?? 0) + 1;
    this.labels.set(label, seen);
    const shown = seen > 1 ? `${label} (${seen})` : label;
    const base = `group-${slug(shown)}`;
    let id = base;
    for (let n = this.next.get(base) ?? 2; this.ids.has(id); n++) {
      id = `${base}-${n}`;
      this.next.set(base, n + 1);
    }
    this.ids.add(id);
    return { label: shown, id };
  }
}

/** A figure that holds for a year before its article's ("since 2011, when 29 were killed") is history, compared only with that year's. */
function history(f: FigureRecord, articleDate: string): string {
  const year = f.asOf.slice(0, 4);
  // a figure of a past year ("2018 saw 750 deaths", dated 31 December) is that year's, however recent
  return year < articleDate.slice(0, 4) && (f.asOf < shiftYear(articleDate, -1) || f.asOf.endsWith("-12-31")) ? year : "";
}

function shiftYear(date: string, by: number): string {
  return `${Number(date.slice(0, 4)) + by}${date.slice(4)}`;
}

/** "130 were wounded": a fate with nothing counted counts people. */
function peopleByDefault(f: FigureRecord): string {
  return f.unit === null && f.measure !== null && (FATES.has(f.measure) || f.measure === "fled") ? "people" : "";
}

/** Whether a figure says enough to be compared: what it counts, or a fate of people ("killed", "fled"). */
function groupable(f: FigureRecord): boolean {
  if (f.part) return false;
  const measure = strongMeasure(f);
  // a distance, a height or a speed is of something: with nothing named, two such figures may be of different things;
  // and a figure in miles or litres that does not say what it measures says too little to be compared
  if (measure !== null && PROPERTY_MEASURES.has(measure) && !f.subject) return false;
  if (f.counted !== null && UNIT_WORDS.test(f.counted) && measure === null) return false;
  // with no verb, only a count named in two words or more says what it counts ("ceasefire violations",
  // "suspected cases"); a share or a sum needs only what it is of ("annual inflation", "the cap")
  if (measure === null) return f.counted !== null && !GENERIC_COUNTS.has(countedClass(f.counted)) && (f.unit !== null || f.counted.includes(" "));
  return f.counted !== null || isNounMeasure(measure) || (f.unit === null && (FATES.has(measure) || measure === "fled" || measure === "population"));
}

/** The measure, unless it only says a count was made ("reported", "recorded"): those join the counts that name no verb. */
function strongMeasure(f: FigureRecord): string | null {
  return f.measure && !REPORTING_MEASURES.has(f.measure) ? f.measure : null;
}

/**
 * A bucket split by place. A figure with no place takes the place of the nearest figure of the same
 * bucket before it in its article ("58 people have died" after "floods in Brennick killed 27"), or
 * the bucket's one place, or the place of two thirds or more of its placed figures (three at least);
 * else it stays apart.
 */
/**
 * Figures of different subjects apart ("Sanders won 46.8%", "Buttigieg won 24.4%"): one group per
 * subject; a figure whose sentence names no subject joins the one subject of its group when that is
 * the story's event or its own article names it, and stays alone when the group holds several.
 */
const STORY_EVENT = "(the story's event)";

function bySubject(members: FigureRecord[]): FigureRecord[][] {
  const subjects = new Map<string, FigureRecord[]>();
  const none: FigureRecord[] = [];
  for (const f of members) {
    // the story's own event is one subject however each article words it ("the Badalona fire", "the blaze")
    const key = f.ofStory ? STORY_EVENT : f.subject?.toLowerCase().replace(/^the\s+/, "") ?? "";
    if (!key) none.push(f);
    else subjects.set(key, [...(subjects.get(key) ?? []), f]);
  }
  if (subjects.size === 0) return [members];
  if (subjects.size === 1) {
    // a figure of no named subject is the one subject's when that is the story's event, or when its own article names that subject for another figure
    const [key, named] = [...subjects][0]!;
    const articles = new Set(named.map((f) => f.article));
    const joins = none.filter((f) => key === STORY_EVENT || articles.has(f.article));
    const apart = none.filter((f) => !joins.includes(f));
    const order = new Map(members.map((m, i) => [m, i]));
    const together = [...named, ...joins].sort((a, b) => order.get(a)! - order.get(b)!);
    return apart.length ? [together, apart] : [together];
  }
  // a measure several subjects have (each candidate's share): a figure of no named subject may be any of theirs, and is compared with none
  return [...subjects.values(), ...none.map((f) => [f])];
}

function byPlace(bucket: FigureRecord[]): FigureRecord[][] {
  const places = new Map<string, FigureRecord[]>();
  const placeless: FigureRecord[] = [];
  let last: { article: string; key: string } | null = null;
  for (const f of bucket) {
    const key: string = placeKey(f.place) || (last?.article === f.article ? last.key : "");
    if (!key) placeless.push(f);
    else {
      const here = places.get(key);
      if (here) here.push(f);
      else places.set(key, [f]);
      last = { article: f.article, key };
    }
  }
  const out = [...places.values()];
  if (placeless.length) {
    // The story's own place: the one that holds at least two thirds of the placed figures. A
    // population with no place is of somewhere unnamed, never another place's.
    const placed = out.reduce((n, g) => n + g.length, 0);
    const main = out.reduce<FigureRecord[] | null>((best, g) => (!best || g.length > best.length ? g : best), null);
    const story = out.length === 1 || (main !== null && main.length >= 3 && main.length * 3 >= placed * 2);
    if (main && story && placeless[0]!.measure !== "population") main.push(...placeless);
    else out.push(placeless);
  }
  return out;
}

export function statusOf(members: FigureRecord[]): { status: GroupStatus; conflictOn: string | null } {
  const byDate = new Map<string, FigureRecord[]>();
  for (const m of members) {
    const day = byDate.get(m.asOf);
    if (day) day.push(m);
    else byDate.set(m.asOf, [m]);
  }
  for (const [date, sameDay] of byDate) if (clash(sameDay)) return { status: "conflict", conflictOn: date };
  const { highestLow, lowestHigh } = extremes(members);
  if (reading(highestLow).low > reading(lowestHigh).high) return { status: "update", conflictOn: null };
  // agreement needs two sources: two articles, or two named claimants
  const articles = new Set(members.map((m) => m.article)).size;
  const claimants = new Set(members.filter((m) => m.claimedBy).map(claimant)).size;
  return { status: articles > 1 || claimants > 1 ? "agree" : "single", conflictOn: null };
}

/**
 * Whether two figures of one day, given by two different named claimants, cannot both hold. A
 * figure no one is said to give (often background the outlet adds) makes no conflict: it may be
 * another event's. For each figure the interval to test against is the lowest-ending one of another
 * claimant: the lowest-ending of all, or, when that is the figure's own claimant, the lowest-ending
 * of the others. Linear in the figures.
 */
function clash(sameDay: FigureRecord[]): boolean {
  // a value something changed from ("up from 12") is no claim about the day
  const claimed = sameDay.filter((f) => f.claimedBy !== null && !f.earlier);
  const lowestEnding = (from: FigureRecord[]) => from.reduce<FigureRecord | null>((best, f) => (!best || reading(f).high < reading(best).high ? f : best), null);
  const first = lowestEnding(claimed);
  if (!first) return false;
  const second = lowestEnding(claimed.filter((f) => claimant(f) !== claimant(first)));
  return claimed.some((f) => {
    const other = claimant(f) !== claimant(first) ? first : second;
    return other !== null && reading(f).low > reading(other).high;
  });
}

/** Who gives a figure, folded for comparison. */
function claimant(f: FigureRecord): string {
  return (f.claimedBy ?? "").toLowerCase().replace(/^the\s+/, "");
}

/**
 * The interval a figure is compared by. An open bound is read as within a fifth of the number
 * ("more than 130" as 130 to 156, "nearly 3,000" as 2,400 to 3,000): a source that meant far more
 * would have said so, and "at least 35 killed" against "180 killed" is a conflict, not agreement.
 */
export function reading(f: { value: number; low: number | null; high: number | null; number?: string }): { low: number; high: number } {
  const low = f.low ?? (f.high ?? f.value) * 0.8;
  const high = f.high ?? (f.low ?? f.value) * 1.2;
  // "$9.3bn" is any sum that rounds to it: from $9.25bn to $9.35bn
  const half = f.low !== null && f.low === f.high ? roundingOf(f) : 0;
  return { low: Math.min(low, high) - half, high: Math.max(low, high) + half };
}

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/**
 * Half a unit of the last digit a rounded figure is written with: "$9.3bn" -> $0.05bn, "1.5 million"
 * -> 50,000. Zero for a figure written in full ("42", "2,741"): a count is exact, and two counts that
 * differ by one differ.
 */
export function roundingOf(f: { number?: string }): number {
  const m = /(\d+(?:\.(\d+))?)\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])\b/i.exec(f.number ?? "");
  if (!m) return 0;
  const decimals = m[2]?.length ?? 0;
  return (SCALES[m[3]!.toLowerCase()]! * 10 ** -decimals) / 2;
}

/** The figure whose interval starts highest and the one whose interval ends lowest: they are disjoint if any two are. */
function extremes(figures: FigureRecord[]): { highestLow: FigureRecord; lowestHigh: FigureRecord } {
  let highestLow = figures[0]!;
  let lowestHigh = figures[0]!;
  for (const f of figures) {
    if (reading(f).low > reading(highestLow).low) highestLow = f;
    if (reading(f).high < reading(lowestHigh).high) lowestHigh = f;
  }
  return { highestLow, lowestHigh };
}

/** What is counted, folded: counts of civilians, residents, Ukrainians and refugees are counts of people. */
export function countedClass(counted: string | null): string {
  if (!counted) return "";
  // "cases per 100,000 people": a rate, classed by what it counts and per what
  const per = counted.indexOf(" per ");
  if (per > 0) return `${countedClass(counted.slice(0, per))} per ${counted.slice(per + 5).toLowerCase()}`;
  const head = counted.toLowerCase().split(" ").pop()!;
  if (PEOPLE.has(head) || /^[a-z]+(?:ians|eans|ese)$/.test(head)) return "people";
  // "confirmed cases", "known infections", "coronavirus cases": how a count is known, or the story's disease, is not what it counts
  const words = counted.toLowerCase().split(" ").filter((w, i, all) => i === all.length - 1 || !HOW_KNOWN.has(w));
  words[words.length - 1] = SAME_THING[head] ?? head;
  return words.join(" ").replace(/(?<=[a-z]{3})s$/, "");
}

function placeKey(place: string | null): string {
  if (!place) return "";
  // "Kald province" is Kald; "the Tarsk hills" is Tarsk; "the Brannock colliery" is Brannock
  const named = /^(?:the\s+)?\p{Lu}/u.test(place);
  const key = place.toLowerCase().replace(/^the\s+/, "").replace(/\s+(?:province|region|district|county|oblast|state|city|town|village|municipality|area|hills|mountains|valley)$/, "");
  const site = named ? key.replace(/\s+(?:colliery|mine|pit|quarry|factory|plant|refinery|port|airport|station|base|hospital|camp|prison)$/, "") : key;
  return PLACE_SPELLINGS[site] ?? site;
}

/** A label a reader understands: "Killed in Mariupol", "People who fled Ukraine", "Ceasefire violations reported". */
/** Counted words that are units of length, area, volume or speed: what a figure is measured in, not what it counts. */
const UNIT_WORDS = /^(?:(?:square\s+)?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft|yards?|inches|inch|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|hectares?|acres?|gallons?|imperial gallons?|litres?|liters?|barrels?|tonnes?|tons?|kg|kilograms?|pounds?|lbs?|mph|kph|km\/h|knots?)(?:\s+(?:per|an?)\s+\w+)?|(?:kilomet(?:re|er)s|miles|met(?:re|er)s)\s+per\s+hour)$/i;

/**
 * A group's label, written from what its figures measure and of whom: "Sanders vote, percent",
 * "Killed in the Kabul car bombing", "Humberto maximum sustained winds (miles per hour)", "Revenue
 * (USD)". Never from stray words: a label holds the figure's measure, its counted noun or its
 * subject, and "Count" or "Amount" only when nothing else says what it is.
 */
export function labelOf(f: FigureRecord, place: string | null): string {
  const people = countedClass(f.counted) === "people" || !f.counted;
  const where = place === "worldwide" ? " worldwide" : place ? (/^\p{Lu}/u.test(place) ? ` in ${place}` : ` at the ${place}`) : "";
  const inUnit = f.counted !== null && UNIT_WORDS.test(f.counted);
  // a measure that is a noun phrase ("maximum sustained winds", "distance", "revenue"), not a verb
  const nounMeasure = f.measure !== null && isNounMeasure(f.measure) ? f.measure : null;
  const event = f.subject !== null && /^(?:the|another|an?)\s/.test(f.subject);
  const whose = (core: string) => (f.subject && !event && !place?.includes(f.subject) ? `${f.subject} ${core}` : core);
  const ofEvent = f.subject && event ? ` in ${f.subject}` : "";
  if (f.unit === "percent") {
    const of = f.measure === "fled" ? " among those who fled" : f.measure === "killed" ? " among the dead" : f.measure && f.measure !== f.counted ? ` (${f.measure})` : "";
    return cap(`${whose(`${f.counted ?? nounMeasure ?? "share"}${of}`)}${ofEvent}${where}, percent`);
  }
  if (f.measure === "population") return place ? `Population of ${place}` : f.subject ? `Population of ${f.subject}` : "Population";
  if (f.measure === "fled") return cap(`${people ? "people" : f.counted} who fled${place ? ` ${/^\p{Lu}/u.test(place) ? place : `the ${place}`}` : ""}`);
  if (f.unit) return cap(`${whose(nounMeasure ?? `${f.counted ?? (f.measure ? "sum" : "amount")}${f.measure ? ` ${f.measure}` : ""}`)}${ofEvent}${where} (${f.unit})`);
  if (inUnit) return cap(`${whose(nounMeasure ?? (f.measure ? `${f.measure}` : "measured"))}${ofEvent}${where} (${f.counted})`);
  const counted = f.counted && !(people && f.measure && FATES.has(f.measure)) ? f.counted : null;
  if (f.measure && FATES.has(f.measure)) return cap(`${whose(`${counted ? `${counted} ` : ""}${f.measure}`)}${ofEvent}${where}`);
  return cap(`${whose(`${f.counted ?? (f.measure ? `number ${f.measure}` : "count")}${f.counted && f.measure && f.measure !== f.counted ? ` ${f.measure}` : ""}`)}${ofEvent}${where}`);
}

/** A measure that is a noun phrase ("maximum sustained winds", "sale price", "distance"), not a verb ("killed"). */
function isNounMeasure(measure: string): boolean {
  return measure.includes(" ") || NOUN_MEASURES.test(measure);
}

/** One-word measures that are nouns: they say what a figure is by themselves. */
const NOUN_MEASURES = /^(?:distance|population|revenue|revenues|profit|profits|sales|turnout|attendance|budget|deficit|debt|cost|costs|price|fine|salary|wage|wages|income|output|capacity|speed|depth|height|length|width|area|weight|magnitude|temperature|rainfall)$/i;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "figures";
}
