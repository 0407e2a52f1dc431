// One article body -> its figures: the numbers that say how many or how much of something, each
// with its interval, unit, what it counts and measures, where, who gives it and the date it holds
// for. A pipeline of small rules: exclude what is not a figure, qualify, describe, attribute, date.
import type { ReadBody } from "../body.ts";
import type { Token } from "../nlp.ts";
import type { NumberKind, NumberMention } from "../numbers/index.ts";
import type { ExtractedQuote } from "../quotes/extract.ts";
import { firstIndex } from "../sorted.ts";
import { claimantOf, QuotesByStart, sourceOfSentence } from "./claims.ts";
import { datesIn } from "./dates.ts";
import { ORGANISATION, actorBefore, clauseVerb, countedAfter, countedBefore, measureNounBefore, measureOf, moneyNounBefore, placeOf, subjectBefore, subjectOfFigure, type Around } from "./describe.ts";
import { DETERMINER_BEFORE, whyNotAFigure } from "./exclusions.ts";
import { EVENT_NOUNS, EVENT_TOLLS, EVENT_VERBS, MEASURE_FORMS } from "./lexicon.ts";
import { intervalOf, qualifierOf } from "./qualifiers.ts";

export interface ExtractedFigure {
  /** The figure as written, qualifier and counted noun included: "nearly 2,200 people". */
  text: string;
  start: number;
  end: number;
  /** The number alone, as written, and its kind. */
  number: string;
  kind: NumberKind;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  measure: string | null;
  place: string | null;
  claimedBy: string | null;
  /** Whose or what the number is about: "British Airways", "Bernie Sanders"; null when the sentence does not say. */
  subject: string | null;
  /** A change of a quantity ("rose 5%", "up $1.64", "five new deaths"), not its level ("to £75m"). */
  change: boolean;
  /** The subject is the story's own event, named from the article's opening ("the Badalona fire"): articles of one story word it differently, and it is one subject. Not exported. */
  ofStory: boolean;
  /** YYYY-MM-DD, or null when the article has no date. */
  asOf: string | null;
  sentence: string;
  /** Whether the figure sums several days ("629 flights in all", "between Monday and Wednesday"): sums are compared only with sums. */
  cumulative: boolean;
  /** A value a figure changed from ("up from 12", "rose from 12 to 80"): no conflict is read from it. */
  earlier: boolean;
  /** A part of an earlier count ("Three of them were children"): compared with nothing. */
  part: boolean;
}

export interface FigureInput {
  body: string;
  read: ReadBody;
  numbers: NumberMention[];
  quotes: ExtractedQuote[];
  /** The article's date, YYYY-MM-DD, or null. */
  date: string | null;
}

/**
 * The subject a share or a sum is of, named before its verb: "women and children account for some
 * 90 percent", "annual inflation edged up to 3.4%", "the economy grew 0.2%", "the cap will cost €3.8bn".
 */
const SUBJECT_OF = /(?:^|[,;:]\s*|\b(?:and|but|while|that|as|said|says)\s+)((?:the\s+)?(?:(?!(?:said|says|told|reported|estimated|expected|showed|shows)\b)[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?:\s+in\s+\p{Lu}[\p{L}'’-]+)?\s+(?:(?:has|have|had|will|would|could|may|might|is|was|were|are)\s+)?(?:(?:been|be)\s+)?(?:account(?:ed|s)?\s+for|make\s+up|made\s+up|makes\s+up|represent(?:ed|s)?|comprise[ds]?|rose|risen|rise|rises|fell|fallen|fall|falls|climbed|jumped|dropped|increased|decreased|grew|grown|grow|grows|expanded|contracted|shrank|slowed|slows|slow|accelerated|eased|edged|ticked|crept|stood|stands|held|holds|remained|remains|stayed|reached|hit|came\s+in|comes\s+in|revised|marked|cost|costs|totalled|totaled|is|was|were|are)(?:\s+(?:up|down))?(?:\s+(?:to|at|by|from|of))?\s+$/iu;
/** Measures that only money has: "hundreds of them spent the night" spent no money. */
const MONEY_MEASURES = new Set(["spent", "paid", "cost", "raised", "borrowed", "fined", "allocated", "donated", "pledged", "requested", "received", "lost", "cut", "offered", "demanded"]);
/** Measures of money and of other things alike, and the bare verbs of a count. */
const BOTH_MEASURES = new Set(["paid", "lost", "cut", "offered", "demanded", "received", "requested", "reported", "recorded", "counted", "registered", "confirmed", "logged", "documented", "tallied", "verified"]);
/** Words that make a count the sum of several days' counts, kept apart from one day's count. */
// ("since the start of the war" is not one of them: a count of refugees or of the dead is a running total anyway, updated day by day)
const CUMULATIVE = /\b(?:in total|in all|altogether|a total of|between (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day) and (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:over|in) (?:the )?(?:past |last |first )?(?:two|three|four|five|six|seven|\d+) days)\b/i;
/** Characters of a sentence read before and after a number. */
const CONTEXT = 240;
/** A date after these starts or ends a period ("since March", "until May"): it is not when a figure holds. */
const PERIOD_BOUND = /\b(?:since|from|after|between|before|until|till)\s+$/i;
/** Words without which a sentence introduces no other event: most sentences skip NEW_EVENT. */
const NEW_EVENT_HINT = /\b(?:another|second|third|separate|further)\b/i;
/** "another explosion", "a second fire", "a separate attack": an event other than the story's. */
const NEW_EVENT = new RegExp(`\\b(another|an?\\s+second|an?\\s+third|an?\\s+separate|an?\\s+further)\\s+((?:[a-z-]+\\s+){0,2}?(?:${[...EVENT_NOUNS].join("|")}))\\b`, "i");
/** The event a sentence introduces as new, named as an index would ("the other explosion", "the second fire"), or null. */
function newEventIn(sentence: string): string | null {
  const m = NEW_EVENT_HINT.test(sentence) ? NEW_EVENT.exec(sentence) : null;
  if (!m) return null;
  const which = m[1]!.toLowerCase() === "another" ? "other" : m[1]!.toLowerCase().replace(/^an?\s+/, "");
  return `the ${which} ${m[2]!.toLowerCase()}`.replace(/\s+/g, " ");
}

/** What stands between a figure and the same figure in another unit: "75 mph (120 km/h)", "14.95 acres; .0605 square km". */
const CONVERSION = /^\s*(?:[([]|;|,\s*or)\s*(?:about|approximately|roughly|around|some|nearly|almost|over|~)?\s*$/i;
/** A verb in the present right before a number: what it counts holds on the article's day, whatever date the sentence gives elsewhere. */
const PRESENT_BEFORE = /\b(?:employs|houses|hosts|serves|owns|operates|numbers|totals|counts|holds|stands at|is home to|are home to)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|just over|at least|an estimated)\s+)?$/i;
/** "up from 12", "rose from 12 to 80": the number is what a figure changed from. */
const EARLIER = /\b(?:up|down|rose|risen|fell|fallen|increased|decreased|climbed|dropped|jumped|grew|grown|revised|cut|raised|lowered)\s+from\s+(?:(?:some|about|around|nearly|almost|roughly|more than|at least|just)\s+)?$/i;
/** "inflation rose 0.4%", "fell by 3.2 percent": a change, not a level. */
// (not "make up 16%", "add up to")
const CHANGE_BEFORE = /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|increased|decreased|dropped|climbed|jumped|slipped|gained|lost|declined|shrank|expanded|contracted|(?<!\b(?:make|made|makes|making|add|adds|added|sum|sums|take|takes|took|set)\s)up|down)\s+(?:by\s+)?$/i;
/** "five new deaths", "80,000 more barrels", "two additional staff": a number of what was added. */
const ADDED_AFTER = /^\s*(?:new|more|additional|extra)\b(?!\s+than\b)/i;
/** "an extra £6 million", "another 200 people". */
const ADDED_BEFORE = /\b(?:an?\s+(?:extra|additional|further)|another|a\s+further)\s+$/i;
/** Who counts rather than what is counted: never taken for a figure's place. */
const COUNTERS = /^(?:the\s+)?(?:police|government|ministry|army|military|agency|authorities|officials|council|commission|union|coastguard|un|eu|nato|who|imf|g7|g20|opposition|institute|bank|office)\b/i;
/** "six deaths were of children", "12 were women": what follows a count that makes it a part of one already given. */
const PART_AFTER = /^\s*(?:were|was)\s+(?:of\s+)?(?:children|women|men|girls|boys|minors|foreigners|tourists|students|infants|babies|teenagers|pupils|crew|passengers)\b/i;
/** Words between two numbers that make the second a count of the same thing: "35 killed and 130", "15,000, up from some 12,000". */
const SAME_THING = /^[^.;:]{0,60}?\b(?:and|or|up from|down from|from|to|than|against|versus|compared with|rather than|of)\b[^.;:]{0,30}$/i;
/** "the real figure was", "a figure of", "the total stood at": a number standing for an earlier count. */
const ANAPHOR = /\b(?:figure|figures|number|numbers|count|tally|total|estimate)\s+(?:was|is|stood at|stands at|at|of|had risen to|rose to|reached)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|at least|between|up to)\s+)?$/i;

interface StoryEvent {
  name: string;
  start: number;
  end: number;
}

export function extractFigures(input: FigureInput): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  const story = storyEvent(input);
  const numbers = input.numbers;
  const quotes = new QuotesByStart(input.quotes);
  let n = 0;
  let lastOfParagraph: { p: number; figure: ExtractedFigure | null } = { p: -1, figure: null };
  input.read.paragraphs.forEach((paragraph, p) => {
    const sentences = input.read.sentences[p]!;
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      const from = paragraph.start + sentence.start;
      const to = paragraph.start + sentence.end;
      // an event this sentence or the one before in the paragraph introduces as new, read once and only when a toll needs it
      // ("another explosion hit a minibus. Three people died")
      let event: string | null | undefined;
      const newEvent = () => (event === undefined ? (event = newEventIn(sentence.text) ?? (s > 0 ? newEventIn(sentences[s - 1]!.text) : null)) : event);
      while (n < numbers.length && numbers[n]!.start < from) n++;
      if (n >= numbers.length || numbers[n]!.start >= to) continue;
      const tokens: Token[] = sentence.tokens.map((t) => ({ ...t, start: t.start + paragraph.start, end: t.end + paragraph.start }));
      let read: ReturnType<Context["dates"]> | null = null;
      let source: string | null | undefined;
      // (in an interview, what the one answering says is theirs)
      const ofSentence = () => (source === undefined ? (source = sourceOfSentence(sentence.text, paragraph.heading) ?? paragraph.speaker ?? null) : source);
      const dates = () => (read ??= input.date ? datesIn(sentence.text, input.date).map((d) => ({ ...d, start: d.start + from, end: d.end + from })) : []);
      const inSentence: ExtractedFigure[] = [];
      const previous = () => inSentence[inSentence.length - 1] ?? (lastOfParagraph.p === p || lastOfParagraph.p === p - 1 ? lastOfParagraph.figure : null);
      for (; n < numbers.length && numbers[n]!.end <= to; n++) {
        const mention = numbers[n]!;
        // the rules read at most this far around a number: a sentence of any length costs the same per number
        const before = input.body.slice(Math.max(from, mention.start - CONTEXT), mention.start);
        const after = input.body.slice(mention.end, Math.min(to, mention.end + CONTEXT));
        if (whyNotAFigure({ mention, before, after })) continue;
        const figure = describe({ input, mention, before, after, tokens, sentence: sentence.text, heading: paragraph.heading, dates, previous: inSentence[inSentence.length - 1] ?? null, earlier: previous(), numbers, quotes, ofSentence, story, newEvent });
        if (typeof figure !== "string") inSentence.push(...changeAndLevel(figure, mention, before)); // a string says why it is no figure
      }
      figures.push(...inSentence);
      if (inSentence.length) lastOfParagraph = { p, figure: inSentence[inSentence.length - 1]! };
    }
  });
  return figures;
}

interface Context {
  input: FigureInput;
  mention: NumberMention;
  before: string;
  after: string;
  tokens: Token[];
  sentence: string;
  heading: boolean;
  /** The dates the sentence gives, read when first asked for. */
  dates: () => { start: number; end: number; date: string }[];
  /** The figure before this one in the sentence, and the last one before it in this paragraph or the one before. */
  previous: ExtractedFigure | null;
  earlier: ExtractedFigure | null;
  numbers: NumberMention[];
  quotes: QuotesByStart;
  /** The source the sentence names, read once for all its figures. */
  ofSentence: () => string | null;
  /** The event the story tells of ("the Badalona fire"), and the body offsets of the sentence that names it; or null. */
  story: StoryEvent | null;
  /** The event this sentence or the one before introduces as new ("the other explosion"), read when first asked for; or null. */
  newEvent: () => string | null;
}

function describe(c: Context): ExtractedFigure | string {
  const { mention } = c;
  const q = qualifierOf(c.before, c.after);
  const proportion = mention.kind === "fraction";
  const scale = proportion ? 100 : 1;
  const unit = proportion ? "percent" : mention.unit;
  const first = firstIndex(c.tokens, (t) => t.end > mention.start);
  const next = firstIndex(c.tokens, (t) => t.start >= mention.end + q.lengthAfter);
  const around: Around = { tokens: c.tokens, first, next, before: c.before.slice(0, c.before.length - q.lengthBefore), percent: unit === "percent", money: unit !== null && unit !== "percent" };
  const noun = countedAfter(around);
  const of = noun ? null : countedBefore(around);
  let counted = noun?.counted ?? of?.counted ?? (around.money ? moneyNounBefore(around) : unit ? null : subjectBefore(around));
  if (!counted && unit) counted = subjectOf(around.before);
  let measure = of?.measure ?? measureOf(around, noun?.end ?? mention.end);
  // A number that stands for a count already given: "35 killed and 130 wounded"; "up from 12,000"; "the real figure was 300".
  // (its measure too, unless the number has a verb of its own: "three were killed and 42 remained underground")
  const ownVerb = /^(?:AUX|VERB)$/.test(c.tokens[next]?.pos ?? "");
  const source = !counted && (!unit || unit === c.previous?.unit) ? sameThingAs(c) : null;
  if (source) {
    counted = /^\s*more\b/i.test(c.after) ? `more ${source.counted}` : source.counted;
    if (!ownVerb) measure ??= source.measure;
  } else if (!measure && c.earlier && /^\s*of\s+(?:them|those)\b/i.test(c.after)) {
    measure = c.earlier.measure; // "Three of them were children": a part of an earlier count (marked `part`), not the count
  }
  // ("deaths a year", "cases per 100,000 people": the head noun before the rate's base)
  if (!measure && counted) measure = MEASURE_FORMS.get(counted.replace(/\s+(?:a|an|per|each)\s+.*$/, "").split(" ").pop()!) ?? null;
  // "58 people have died, including 11 children": a part of a count shares its measure
  if (!measure && c.previous && /\b(?:including|among them|among whom|of whom|of them|among the dead)\b/i.test(c.input.body.slice(c.previous.end, mention.start))) measure = c.previous.measure;
  if (!measure && c.earlier && /^\s*(?:were|are|was|is)\s+among\s+(?:them|those)\b/i.test(c.input.body.slice(noun?.end ?? mention.end, noun ? noun.end + 40 : mention.end + 40))) measure = c.earlier.measure;
  if (measure && MONEY_MEASURES.has(measure) !== around.money && !BOTH_MEASURES.has(measure)) measure = null; // "spent the night"; "€150m to house the new arrivals"
  if (/^[a-z]+$/i.test(mention.text) && mention.value <= 10 && DETERMINER_BEFORE.test(c.before) && !measure) return "the number of a set named";
  if (/^one$/i.test(mention.text) && !(noun && measure)) return "'one' that counts nothing";
  if (!counted && !measure && !unit) return "counts nothing named";
  if (!measure) measure = measureNounBefore(around, counted, c.after);
  // "winds of 30 miles per hour (45 kilometers per hour)", "6.05 hectares (14.95 acres; .0605 square km)": the same quantity in another unit
  const converted = c.previous !== null && CONVERSION.test(c.input.body.slice(c.previous.end, mention.start - q.lengthBefore)) ? c.previous : null;
  if (converted && (!measure || measure === clauseVerb(around, noun?.end ?? mention.end))) measure = converted.measure;
  if (!measure && counted) measure = clauseVerb(around, noun?.end ?? mention.end);
  const claimedBy = claimantOf(mention.start, around.before, c.after, c.quotes, c.ofSentence);
  // a count's owner stands for its place when the sentence names none ("14,500 Corrin Airways
  // passengers"; "Pellan Air said it had cancelled 31 flights"), unless the owner is one who counts
  // ("Police arrested 12 people": the police are no place)
  const owner = noun?.whose ?? actorBefore(around, claimedBy);
  const place = placeOf(around, measure === "population") ?? (owner && !COUNTERS.test(owner) && !ORGANISATION.test(owner) ? owner : null);
  // "rose by 12 to 80": the figure is where it went, not a range from the change to the level
  const byTo = mention.kind === "range" && /\bby\s+$/i.test(around.before) && mention.high !== null;
  // "inflation rose 0.4%": a percentage change, not a level
  if (unit === "percent" && CHANGE_BEFORE.test(around.before)) counted = counted ? `change in ${counted}` : null;
  // an event this sentence or the one before introduces as new ("another explosion hit a minibus"): a toll that names none is its own
  const recentEvent = !converted && measure !== null && EVENT_TOLLS.has(measure) ? c.newEvent() : null;
  // the sentence that tells of the story's event: "a fire" there is that event, and its site the event's
  const inStory = c.story !== null && mention.start >= c.story.start && mention.start < c.story.end;
  const start = mention.start - q.lengthBefore;
  const end = Math.max(mention.end + q.lengthAfter, noun?.end ?? 0);
  const base = byTo ? { value: mention.high!, low: mention.high, high: mention.high } : mention;
  const { low, high } = intervalOf(base.value, base.low, base.high, q.bound);
  // "rose 5%", "fell by 3.2 percent", "five new deaths": a change; "rose by 12 to 80" is read as its level, 80
  // ("killed seven and injured three more": "more" of another measure than the count before means "besides", a level)
  const prior = c.previous ?? c.earlier;
  const besides = /^\s*(?:more|additional)\b/i.test(c.after) && prior !== null && prior.measure !== measure;
  const change = !byTo && !besides && !EARLIER.test(around.before) && (CHANGE_BEFORE.test(around.before) || ADDED_AFTER.test(c.after) || ADDED_BEFORE.test(around.before));
  return {
    text: c.input.body.slice(start, end),
    start,
    end,
    number: mention.text,
    kind: mention.kind,
    value: base.value * scale,
    low: low === null ? null : low * scale,
    high: high === null ? null : high * scale,
    qualifier: q.qualifier ?? (mention.kind === "range" && /^between\b/i.test(mention.text) ? "between" : null),
    unit,
    counted,
    measure,
    place,
    cumulative: CUMULATIVE.test(c.before.slice(-60)) || CUMULATIVE.test(c.after.slice(0, 80)),
    earlier: EARLIER.test(around.before),
    // "Three of them were children", "six deaths were of children": a part of an earlier count
    part: !source && ((c.earlier !== null && /^\s*of\s+(?:them|those)\b/i.test(c.after)) || PART_AFTER.test(c.input.body.slice(end, end + 40))),
    claimedBy,
    // (in the sentence that tells of the story's event, "a fire" is that event, not another)
    ...(converted ? { subject: converted.subject, ofStory: converted.ofStory } : figureSubject(subjectOfFigure(around, noun?.whose ?? null, claimedBy, !inStory), measure, place, recentEvent ?? c.story?.name ?? null, { other: recentEvent !== null, inStory })),
    change,
    asOf: asOf(c),
    sentence: c.sentence,
  };
}

/**
 * A figure's subject: the one its sentence names, unless that is only where the story's event
 * happened ("an attack in Maidan Shahr killed 12": the attack's toll); else, for a toll, the story's
 * event ("The blaze killed three"), unless the toll is another place's ("killed 20 in Ghazni").
 */
function figureSubject(named: string | null, measure: string | null, place: string | null, story: string | null, { other = false, inStory = false } = {}): { subject: string | null; ofStory: boolean } {
  // (in the sentence that tells of the story's event, its site is the event's: "a building in Magnitogorsk collapsed, killing 39")
  const toll = measure !== null && EVENT_TOLLS.has(measure) && story !== null && (other || inStory || !place || story.includes(place));
  if (named && (named !== place || !toll)) return { subject: named, ofStory: !other && named === story };
  return toll ? { subject: story, ofStory: !other } : { subject: null, ofStory: false };
}

/**
 * The event the story tells of, named as an index would: the first noun of an event in its opening
 * paragraph, with the words that describe it and the place the sentence names ("An apartment block
 * caught fire on Saturday morning in Badalona" -> "the Badalona fire"; "A car bomb attack at a
 * military base in Maidan Shahr" -> "the Maidan Shahr car bomb attack"). Null when it names none.
 */
function storyEvent(input: FigureInput): StoryEvent | null {
  const p = input.read.paragraphs.findIndex((x) => !x.heading && /[a-z]/.test(x.text) && x.text.length > 60);
  if (p < 0) return null;
  for (const sentence of input.read.sentences[p]!.slice(0, 2)) {
    const t = sentence.tokens;
    // the first word of an event: a noun ("a car bomb attack") or a verb ("A Viazul bus crashed", "a building collapsed")
    const k = t.findIndex((x) => (x.pos === "NOUN" && EVENT_NOUNS.has(x.text.toLowerCase())) || (x.pos === "VERB" && EVENT_VERBS.has(x.text.toLowerCase())));
    if (k < 0) continue;
    const verb = t[k]!.pos === "VERB";
    // describing words right before the noun: "car bomb attack", "apartment block fire" (nouns, not "a", "the", adjectives of size);
    // for a verb, the noun of what crashed or collapsed, when it stands right before ("bus crashed" -> "bus crash")
    let j = k;
    let head = k;
    if (verb) {
      // the subject's noun: the first run of nouns of the sentence ("A ten-storey apartment building ... collapsed")
      const first = t.findIndex((x, i) => i < k && x.pos === "NOUN" && /^[a-z]+$/.test(x.text));
      if (first >= 0) {
        head = first;
        while (t[head + 1]?.pos === "NOUN" && /^[a-z]+$/.test(t[head + 1]!.text) && head + 1 < k && head - first < 2) head++;
        j = Math.max(first, head - 1); // "ten-storey apartment building" -> "apartment building"
      }
    }
    while (j > 0 && t[j - 1]!.pos === "NOUN" && /^[a-z]+$/.test(t[j - 1]!.text) && head - j < 2) j--;
    const words = (verb ? t.slice(j, head === k ? j : head + 1) : t.slice(j, k + 1)).map((x) => x.text.toLowerCase());
    const noun = [...words, ...(verb ? [EVENT_VERBS.get(t[k]!.text.toLowerCase())!] : [])].join(" ");
    // the place: a name after "in", "at" or "near", or a name right before the noun
    const place = /\b(?:in|at|near|outside)\s+((?:[\p{Lu}][\p{L}'’-]+\s?){1,3})/u.exec(sentence.text)?.[1]?.trim().replace(/\s+(?:On|In|At)$/, "") ?? (t[j - 1]?.pos === "PROPN" ? t[j - 1]!.text : null);
    const from = input.read.paragraphs[p]!.start + sentence.start;
    return { name: place ? `the ${place} ${noun}` : `the ${noun}`, start: from, end: from + sentence.text.length };
  }
  return null;
}

/**
 * "increased by $43.6 billion to $419.2 billion": a change and the level it leads to, read as one
 * range by the recogniser, are two figures: the change (`change`) and the level.
 */
function changeAndLevel(figure: ExtractedFigure, mention: NumberMention, before: string): ExtractedFigure[] {
  if (mention.kind === "range" && /^from\s/i.test(mention.text) && mention.low !== null && mention.high !== null && CHANGED_FROM.test(before.slice(-100))) return fromAndTo(figure, mention);
  if (mention.kind !== "range" || !/\bby\s+$/i.test(before) || mention.high === null) return [figure];
  const to = /\s+to\s+/i.exec(mention.text);
  if (!to) return [figure];
  const levelText = mention.text.slice(to.index + to[0].length);
  const changeText = mention.text.slice(0, to.index);
  const levelStart = mention.start + to.index + to[0].length;
  const change: ExtractedFigure = { ...figure, text: changeText, start: mention.start, end: mention.start + changeText.length, number: changeText, value: mention.low ?? mention.value, low: mention.low, high: mention.low, qualifier: null, change: true };
  const level: ExtractedFigure = { ...figure, text: figure.text.slice(levelStart - figure.start), start: levelStart, number: levelText, change: false };
  return [change, level];
}

/** A verb of change earlier in the clause: "increasing the confirmed death toll from fourteen to 31". */
const CHANGED_FROM = /\b(?:increas\w*|rais\w*|rose|rising|risen|rises|fell|falling|fallen|falls|climb\w*|jump\w*|dropp\w*|drops?|grew|grow\w*|declin\w*|went|goes|going|brought|bring\w*|revis\w*|cut|cutting|lower\w*|reduc\w*|doubl\w*|updat\w*)\b[^.;:]*$/i;

/**
 * "increasing the death toll from fourteen to 31", read as one range by the recogniser, is two
 * levels: the one it changed from (marked `earlier`) and the one it reached.
 */
function fromAndTo(figure: ExtractedFigure, mention: NumberMention): ExtractedFigure[] {
  const to = /\s+to\s+/i.exec(mention.text);
  if (!to) return [figure];
  const scale = mention.low ? (figure.low ?? mention.low) / mention.low : 1;
  const fromText = mention.text.slice(0, to.index).replace(/^from\s+/i, "");
  const fromStart = mention.start + mention.text.length - mention.text.replace(/^from\s+/i, "").length;
  const levelText = mention.text.slice(to.index + to[0].length);
  const levelStart = mention.start + to.index + to[0].length;
  const one = (text: string, start: number, value: number, earlier: boolean): ExtractedFigure => ({ ...figure, text, start, end: start + text.length, number: text, value: value * scale, low: value * scale, high: value * scale, qualifier: null, earlier, change: false });
  return [one(fromText, fromStart, mention.low!, true), { ...one(levelText, levelStart, mention.high!, false), text: figure.text.slice(levelStart - figure.start), end: figure.end }];
}

/** The subject before a verb of change or cost, unless it is a pronoun or a name that reports rather than counts. */
function subjectOf(before: string): string | null {
  const subject = SUBJECT_OF.exec(before)?.[1]?.trim().toLowerCase().replace(/^the\s+/, "");
  return subject && !/^(?:it|they|this|that|these|those|he|she|we|which|who|what|there)$/.test(subject) ? subject : null;
}

/** The figure an elliptical number repeats the count of, in its sentence or just before it. */
function sameThingAs(c: Context): ExtractedFigure | null {
  if (c.previous && SAME_THING.test(c.input.body.slice(c.previous.end, c.mention.start))) return c.previous;
  if (c.earlier && ANAPHOR.test(c.before)) return c.earlier;
  return null;
}

/** The nearest date the sentence gives with no other number between, unless it starts a period ("since March"); else the article's. */
function asOf(c: Context): string | null {
  // "The mine, which produced 4 million tonnes last year, employs 1,900 people": a verb in the present holds now
  if (PRESENT_BEFORE.test(c.before.slice(-48))) return c.input.date;
  let best: { date: string; distance: number } | null = null;
  for (const d of c.dates()) {
    // chrono-node may read the number into the date ("On Sunday evening, 19 people": 19 as an hour); a date that starts before the number still stands
    if (d.start >= c.mention.start && d.start < c.mention.end) continue;
    if (PERIOD_BOUND.test(c.input.body.slice(Math.max(0, d.start - 12), d.start))) continue;
    if (d.start >= c.mention.end && (ownedByAnother(c, d.start) || holdsAnother(c, d))) continue;
    if (c.input.date && d.date > c.input.date) continue; // a forecast, or a misreading: a figure holds by its article's date
    const distance = d.start >= c.mention.end ? d.start - c.mention.end : Math.max(0, c.mention.start - d.end);
    if (!best || distance < best.distance) best = { date: d.date, distance };
  }
  return best?.date ?? c.input.date;
}

/** Whether a date's words hold another number ("up from 12 on Saturday" read as one date): then the date is that number's. */
function holdsAnother(c: Context, d: { start: number; end: number }): boolean {
  const inside = c.numbers[firstIndex(c.numbers, (n) => n.start >= d.start)];
  // (a year is read as a number too: "in 2013" holds no other number than itself)
  return inside !== undefined && inside !== c.mention && inside.kind !== "ordinal" && inside.start < d.end && !/^(?:18|19|20)\d{2}s?$/.test(inside.text);
}

/**
 * Whether the date at `at`, after the figure, belongs to a later number it directly follows:
 * in "86 people ..., down from 112 a day earlier", "a day earlier" dates 112, not 86.
 */
function ownedByAnother(c: Context, at: number): boolean {
  const last = c.numbers[firstIndex(c.numbers, (n) => n.end > at) - 1];
  return !!last && last.start >= c.mention.end && at - last.end <= 40 && !/[,;]/.test(c.input.body.slice(last.end, at));
}
