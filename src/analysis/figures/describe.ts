// What a figure counts, what it measures and where: read from the tokens of its sentence around
// the number. Tokens carry body offsets and wink-nlp's parts of speech.
import { isEnglishWord, type Token } from "../nlp.ts";
import { firstIndex } from "../sorted.ts";
import { EVENT_NOUNS, EVENT_SITES, MEASURE_FORMS, MONTHS, REPORTING_MEASURES } from "./lexicon.ts";

export interface Around {
  tokens: Token[];
  /** Index of the first token of the number (its qualifier excluded) and of the first after it. */
  first: number;
  next: number;
  /** The sentence text before the qualified number. */
  before: string;
  percent: boolean;
  money: boolean;
}

/** Site words that alone mean something else ("on the ground", "the base rate"). */
const AMBIGUOUS_SITES = new Set(["ground", "block", "complex", "compound", "square", "centre", "center", "office", "port", "base", "crossing", "plant", "mine", "station"]);
/** Words for an event that a place can name: "the Ostrel disaster". */
const EVENT_WORDS = new Set(["disaster", "explosion", "blast", "fire", "fires", "wildfire", "attack", "attacks", "crash", "collapse", "flood", "floods", "flooding", "earthquake", "quake", "bombing", "shelling", "massacre", "outbreak", "storm", "landslide", "tragedy"]);
/** Adjectives of nationality or origin, tagged as proper nouns: "Teravian", "Ukrainian", "Lebanese". */
const DEMONYM = /(?:ian|ean|ese|ish|ic)$|^(?:Pakistani|Iraqi|Israeli|Saudi|Yemeni|Somali|Kuwaiti|Qatari|Bangladeshi|Nepali|Omani|Emirati|French|Dutch|Greek|Thai|Swiss|Cuban|German|American|Mexican|Korean|Filipino|Afghan|Arab|Buddhist|Muslim|Christian|Jewish|Hindu|Sikh|Catholic|Protestant|Republican|Republicans|Democrat|Democrats)$/;
/** Tokens either side of a number within which its place is looked for. */
const PLACE_REACH = 30;
/** Kinds of land that belong to a place's name: "the Tarsk hills". */
const LAND_WORDS = new Set(["hills", "mountains", "valley", "region", "province", "district", "forest", "coast", "area", "delta", "plain", "plains", "islands", "basin"]);
const NOUNISH = new Set(["NOUN", "PROPN", "ADJ"]);
const SKIP_BEFORE = new Set(["at", "least", "more", "than", "nearly", "almost", "about", "around", "some", "roughly", "up", "to", "as", "many", "over", "just", "under", "an", "estimated", "a", "the", "another", "further", "only", "approximately", "close", "no", "fewer", "less", "than", "well", "total", "of", "overall"]);
/** Verbs that say nothing of what a number measures (being, saying, and moving up or down: "inflation edged up to 3.4%" measures inflation): never taken for its measure. */
const LIGHT_VERBS = new Set("rose rise rises risen fell fall falls fallen edged ticked crept slowed slows slow accelerated eased grew grow grows grown expanded contracted shrank climbed jumped dropped increased decreased stood stands held holds stayed stays remained remains reached hit came revised marked totalled totaled saying telling adding stating claiming insisting noting arguing warning be is are was were been being have has had do does did make makes made take takes took taken say says said tell tells told add adds added include includes included including show shows showed shown put puts give gives gave given get gets got see sees saw seen reach reaches reached come comes came go goes went gone become became remain remains remained need needs needed want wants wanted according expected estimated thought believed feared known seem seems seemed appear appears appeared call called let bring brought keep kept leave hold held stand stood face faced".split(" "));
/** Words that open another clause: a measure beyond them is not this figure's ("rise by 4% if the strike lasts"). */
const SUBORDINATORS = new Set(["if", "because", "when", "while", "although", "though", "unless", "until", "since", "after", "before", "whereas", "but"]);
/** Measures whose nouns, earlier in a clause, name what a later number counts ("the death toll ... 2,200"). */
const NOUN_MEASURES = new Set(["killed", "wounded", "fled", "displaced", "missing", "evacuated", "arrested", "population"]);
const CLAUSE_END = /^[,;:.!?()—–]$/;
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);

/** Words that end a counted phrase: time words ("28 yesterday", "containers last year"). */
const TIME_WORDS = new Set(["yesterday", "today", "tonight", "tomorrow", "last", "next", "this", "week", "weeks", "month", "months", "year", "years", "day", "days", "morning", "evening", "night", "overnight", "earlier", "later", "ago", "now", "alone", "so", "far"]);

/** The counted noun phrase after the number ("2,200 people" -> "people"; "900 Ukrainian drone attacks" -> "drone attacks"), with its end offset. */
export function countedAfter(a: Around): { counted: string; end: number; whose: string | null } | null {
  let i = a.next;
  const t = a.tokens;
  // "tens of thousands of people", "90 percent of the vote", "two of its terminals", "$30bn in aid"
  const linker = t[i]?.text.toLowerCase();
  if (linker === "of" || ((linker === "in" || linker === "for") && a.money)) {
    i++;
    while (t[i] && (t[i]!.pos === "DET" || /^(?:the|its|their|our|his|her|all|these|those)$/i.test(t[i]!.text))) i++;
    if (t[i]?.pos === "NUM" && t[i - 1]?.pos === "DET") i++; // "12 of the 31 bodies"
  }
  const words: Token[] = [];
  for (; i < t.length && words.length < 5; i++) {
    const tok = t[i]!;
    const w = tok.text.toLowerCase();
    if (TIME_WORDS.has(w) || MONTH_OR_DAY.test(tok.text)) break;
    // "the country's banana imports": the possessor is not what is counted
    if (/^['’]s?$/.test(tok.text) && words.length) {
      words.length = 0;
      continue;
    }
    if (tok.pos === "PROPN" && words.some((w) => w.pos === "NOUN")) break; // "500,000 doses Norvessa requested"
    if (NOUNISH.has(tok.pos) && /^[\p{L}'’-]+$/u.test(tok.text)) words.push(tok);
    else if (tok.pos === "VERB" && /^[a-z]+$/.test(tok.text) && !/ing$/.test(tok.text) && t[i + 1]?.pos === "NOUN") words.push(tok); // "pay offer", "suspected cases"
    else if (/^(?=.*\p{L})[\p{L}\d-]+$/u.test(tok.text) && /\d/.test(tok.text) && t[i + 1] && NOUNISH.has(t[i + 1]!.pos)) words.push(tok); // "14 Mi-8 helicopters"
    else if (tok.text === "-" && words.length) continue;
    else break;
  }
  while (words.length && words[words.length - 1]!.pos !== "NOUN" && words[words.length - 1]!.pos !== "PROPN") words.pop();
  // Proper-noun modifiers name who or where, not what: "Russia ceasefire violations", "Corrin Airways flights".
  const owner: Token[] = [];
  while (words.length > 1 && /^\p{Lu}/u.test(words[0]!.text)) owner.push(words.shift()!);
  if (!words.length) return null;
  const whose = owner.length && !DEMONYM.test(owner[owner.length - 1]!.text) ? owner.map((w) => w.text).join(" ") : null;
  // "two more civilians", "a dozen more": an increment is not a total, and is kept apart from it
  const more = /^more$/i.test(t[a.next]?.text ?? "");
  let counted = (more ? "more " : "") + words.map((w) => w.text).join(" ").toLowerCase().replace(/^(?:more|other|additional|further|new)\s+(?=\S)/, "");
  let end = words[words.length - 1]!.end;
  // "112 cases per 100,000 people", "1,500 hectares an hour": a rate is its own kind of count
  const last = words[words.length - 1]!;
  const k = firstIndex(t, (x) => x.start >= last.start);
  if (/^(?:a|an|per|each)$/i.test(t[k + 1]?.text ?? "") && /^(?:second|minute|hour|day|night|week|month|year)$/i.test(t[k + 2]?.text ?? "")) {
    return { counted: `${counted} ${t[k + 1]!.text.toLowerCase()} ${t[k + 2]!.text.toLowerCase()}`, end: t[k + 2]!.end, whose };
  }
  // "100,000 deaths annually", "1,000 deaths daily": a rate
  const every = { annually: "a year", yearly: "a year", daily: "a day", weekly: "a week", monthly: "a month" }[t[k + 1]?.text.toLowerCase() ?? ""];
  if (every) return { counted: `${counted} ${every}`, end: t[k + 1]!.end, whose };
  if (t[k + 1]?.text.toLowerCase() === "per" && t[k + 2]) {
    const base = t.slice(k + 2, k + 4).filter((x, n) => n === 0 || NOUNISH.has(x.pos));
    counted += ` per ${base.map((x) => x.text.toLowerCase()).join(" ")}`;
    end = base[base.length - 1]!.end;
  }
  return { counted, end, whose };
}

/** "The number of people killed ... rose to 41", "the death toll ... reached 63": what the number is a count of. */
export function countedBefore(a: Around): { counted: string | null; measure: string | null } | null {
  const m = /\b(?:(?:the\s+)?(?:number|total|count|tally)\s+(?:of\s+([a-z]+(?:\s+[a-z]+)?)|(who)\s+(?:have|had|has)\s+(\w+))|(?:death|casualty)\s+toll|toll)\b([^,;:]*?)\b(?:rose|risen|rising|climbed|jumped|increased|grew|reached|reaches|stood|stands|hit|topped|passed|was|is|now|at|to)(?:\s+(?:to|at|by))?\s+$/i.exec(a.before.slice(-160));
  if (!m) return null;
  // "the number who have died ... to more than 700": people
  const counted = m[1] ? m[1].toLowerCase().split(/\s+/).filter((w) => !MEASURE_FORMS.has(w)).join(" ") || null : "people";
  const words = `${m[1] ?? ""} ${m[3] ?? ""} ${m[4] ?? ""}`.toLowerCase().split(/[^a-z]+/);
  const measure = /toll/i.test(m[0]) ? "killed" : words.map((w) => MEASURE_FORMS.get(w)).find(Boolean) ?? null;
  return { counted, measure };
}

/** "Suspected cases reached 1,812", "put Saturday's crowd at 4,000": what a number is a count of, named before it. */
export function subjectBefore(a: Around): string | null {
  const tail = a.before.slice(-80);
  const put = /\b(?:put|puts|putting)\s+(?:the\s+)?(?:[\p{L}]+['’]s\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s+at\s+$/iu.exec(tail);
  // "puts the number aboard at 120", "put the toll at 79": a number of people
  if (put) return /^(?:number|toll|total|count|figure)\b/i.test(put[1]!) ? "people" : put[1]!.toLowerCase();
  const m = /(?:^|[,;]\s*|\b(?:and|but|while)\s+)((?:[A-Za-z]+\s+){0,2}[a-z]+s)(?:\s+(?:in|at|across|of)\s+[^,;]{1,40}?)?\s+(?:have\s+|has\s+|had\s+)?(?:reached|rose to|risen to|climbed to|jumped to|increased to|grew to|fell to|dropped to|stood at|hit|topped|passed|exceeded|totalled|totaled|numbered)\s+$/.exec(tail);
  if (!m) return null;
  const phrase = m[1]!.toLowerCase().replace(/^(?:the|its|their|a|an)\s+/, "");
  return /^(?:the|it|they|this|that)$/.test(phrase) ? null : phrase;
}

/** "an aid package of 30 million euros", "revenue of about $30bn", "donations of more than £2m": what the money is. */
export function moneyNounBefore(a: Around): string | null {
  const m = /\b([a-z]+\s+)?([a-z]+)\s+(?:of|worth|totalling|totaling|amounting to)\s+$/i.exec(a.before);
  if (!m) return null;
  const modifier = m[1]?.trim().toLowerCase();
  const keep = modifier && !/^(?:a|an|the|its|their|his|her|our|some|further|second|first|new|extra|total|has|have|had|is|was|with|of|and|an|this|that)$/.test(modifier);
  const phrase = `${keep ? `${modifier} ` : ""}${m[2]!.toLowerCase()}`;
  return /^(?:package|grant|loan|fund|funds|budget|aid|revenue|revenues|donations|losses|damage|deal|contract|bill|fine|payment|investment|deficit|debt|profit|profits|sales|bonus|compensation|relief|estimate|cost|costs|spending|reserve|support)$/.test(phrase.split(" ").pop()!) ? phrase : null;
}

/** Nouns before "of" that do not say what a number measures: "one of", "because of", "tens of". */
const NOT_MEASURE_NOUNS = /^(?:one|out|because|instead|most|many|some|all|each|both|none|part|parts|group|series|set|couple|lot|lots|dozens|hundreds|thousands|millions|tens|scores|team|list|age|ages|aged|number|total|count|figure|figures|amount|sum|kind|type|sort|rest|majority|minority|share|proportion|percentage|half|third|quarter|top|end|start|beginning|middle|case|cases|side|front|back|course|time|times|way|ways|result|period|level|levels|rate|stage|point|points|minimum|maximum|average|estimate|estimates|excess|range|upwards|row|margin)$/;
const SPEEDS = /^(?:mph|kph|km\/h|knots?|(?:miles|kilomet(?:re|er)s|met(?:re|er)s)\s+(?:per|an)\s+(?:hour|second))$/i;
const VOLUMES = /^(?:(?:imperial\s+|U\.?S\.?\s+)?gallons?|litres?|liters?|barrels?|cubic\s+\w+)$/i;
const LENGTHS = /^(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|foot|ft|yards?|nautical miles?|inch|inches|in|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?)$/i;

/**
 * What a figure is of, named before it: "maximum sustained winds of 75 miles per hour" -> "maximum
 * sustained winds", "a death rate of only 6%" -> "death rate", "a storm surge of up to 6 feet";
 * and a length that says how far ("eighteen kilometres away", "located nine kilometres east of
 * Carrascal") -> "distance".
 */
export function measureNounBefore(a: Around, counted: string | null, after = ""): string | null {
  if (counted && counted.length <= 24 && (LENGTHS.test(counted) || VOLUMES.test(counted) || SPEEDS.test(counted))) {
    const measure = measureOfUnit(a, counted, after);
    if (measure) return measure;
  }
  return measureNounOf(a);
}

/** What a length, a volume or a speed measures: how far, how tall, of what, how fast. */
function measureOfUnit(a: Around, counted: string, after: string): string | null {
  // (past a conversion in brackets: "120 miles (195 km) southeast of", "30 inches (76 cm) of rain")
  const head = after.slice(0, counted.length + 60).trimStart();
  const unitWords = head.toLowerCase().startsWith(counted) ? head.slice(counted.length) : head;
  const rest = unitWords.replace(/^\s*(?:\([^)]{0,40}\)|\[[^\]]{0,40}\])?/, " ");
  const length = LENGTHS.test(counted);
  if (length && (/^\s*(?:away|off|from|north|south|east|west|(?:north|south)-?(?:east|west))\b/i.test(rest) || /\b(?:located|lies|lying|situated|away|within|placed\s+\S+(?:\s+\S+)?)\s+(?:(?:about|some|roughly|approximately|around|nearly|just)\s+)?$/i.test(a.before.slice(-60)))) return "distance";
  if (length && /^\s*(?:[a-z]+\s+){0,2}(?:tall|high)\b/i.test(rest)) return "height";
  // "up to 30 inches of rain", "around 50 gallons of diesel fuel": what is measured
  const of = length || VOLUMES.test(counted) ? /^\s*of\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(rest) : null;
  if (of) {
    const words = of[1]!.split(/\s+/);
    const cut = words.findIndex((w, i) => /^(?:the|a|an|its|their|his|her|in|on|at|to|from|and|or|was|were|is|are|that|which)$/i.test(w) || (i > 0 && /ed$/.test(w)));
    const phrase = (cut < 0 ? words : words.slice(0, cut)).join(" ");
    if (phrase) return phrase;
  }
  // "moving northeast at 3 mph", "flew across the water at over 100 mph": a speed
  if (SPEEDS.test(counted) && /\bat\s+(?:(?:about|around|some|over|nearly|roughly|up to|more than|speeds? of)\s+)?$/i.test(a.before.slice(-40))) return "speed";
  return null;
}

/** The noun phrase before "of" or "at": "maximum sustained winds of 75 miles per hour", "revenue of about $30bn". */
function measureNounOf(a: Around): string | null {
  const t = a.tokens;
  let i = a.first - 1;
  // back over a qualifier ("of about", "at up to", "of more than") to "of" or "at"
  for (let n = 0; i >= 0 && n < 3 && NOUN_QUALIFIERS.has(t[i]!.text.toLowerCase()); n++) i--;
  if (!t[i] || !/^(?:of|at)$/i.test(t[i]!.text)) return null;
  i--;
  const head = t[i];
  if (!head || head.pos !== "NOUN" || !/^[a-z][a-z-]*$/.test(head.text) || NOT_MEASURE_NOUNS.test(head.text) || LIGHT_VERBS.has(head.text) || /(?:ing|ly)$/.test(head.text)) return null;
  // the words that describe it: nouns, adjectives and participles ("maximum sustained winds", "sale price"), never a verb ("forecasters expect growth")
  let j = i;
  while (j > 0 && i - j < 2 && /^[a-z][a-z-]*$/.test(t[j - 1]!.text) && (t[j - 1]!.pos === "NOUN" || t[j - 1]!.pos === "ADJ" || (t[j - 1]!.pos === "VERB" && /ed$/.test(t[j - 1]!.text)))) j--;
  while (j < i && t[j]!.pos === "VERB") j++;
  return t.slice(j, i + 1).map((x) => x.text).join(" ");
}

/** Words between a measure's "of" and its number: "of about", "at up to", "of more than". */
const NOUN_QUALIFIERS: ReadonlySet<string> = new Set(["about", "around", "up", "to", "some", "only", "just", "over", "nearly", "roughly", "approximately", "more", "less", "than", "least", "an", "estimated", "a", "mere", "almost", "under", "below", "above", "near", "close"]);

/** What the figure measures, by the nearest telling word: a verb that governs it, words after its noun, nouns before it. */
export function measureOf(a: Around, countedEnd: number): string | null {
  const t = a.tokens;
  const word = (i: number) => t[i]?.text.toLowerCase() ?? "";
  // "killing at least 13", "wounded more than 130", "reported nearly 3,000"
  let weak: string | null = null;
  for (let i = a.first - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const w = word(i);
    if (SKIP_BEFORE.has(w) || /^[$€£¥₴₽]$/.test(w)) continue;
    seen++;
    if (MEASURE_FORMS.has(w)) return MEASURE_FORMS.get(w)!;
    if (REPORTING_MEASURES.has(w)) weak = w;
    break;
  }
  if (/\b(?:nation|country|city|town|village|population|home)\s+(?:of|to)\s+(?:(?:some|about|around|nearly|almost|roughly|over|more than|an estimated|just over|just under|close to)\s+)?$/i.test(a.before)) return "population";
  // "people have been killed", "people to flee", "children are among the refugees"
  let i = a.next;
  while (i < t.length && t[i]!.end <= countedEnd) i++;
  for (let n = 0; i < t.length && n < 7 && !SUBORDINATORS.has(word(i)); i++, n++) {
    // "12,000 residents of Brennick, a town of 48,000, were evacuated": over an apposition to its verb
    if (t[i]!.text === ",") {
      let close = -1;
      for (let k = i + 1; k <= i + 10 && k < t.length; k++) {
        if (t[k]!.text === ",") {
          close = k;
          break;
        }
      }
      if (close < 0 || !/^(?:AUX|VERB)$/.test(t[close + 1]?.pos ?? "")) break;
      i = close;
      continue;
    }
    // "86 cases and two deaths", "rose to 1,390 and the death toll climbed": another count's words
    if (CLAUSE_END.test(t[i]!.text) || t[i]!.pos === "NUM" || (/^(?:and|but)$/i.test(t[i]!.text) && t[i + 1]?.pos === "DET")) break;
    const w = word(i);
    if (MEASURE_FORMS.has(w)) return MEASURE_FORMS.get(w)!;
  }
  // "the death toll rose to 2,200": a noun of the measure earlier in the clause
  for (let j = a.first - 1, n = 0; j >= 0 && n < 8 && !CLAUSE_END.test(t[j]!.text); j--, n++) {
    const w = word(j);
    const measure = MEASURE_FORMS.get(w);
    if (measure && t[j]!.pos !== "VERB" && NOUN_MEASURES.has(measure)) return measure;
  }
  if (weak) return weak;
  // "shot Russian positions 444 times": the verb of the clause
  if (word(a.next) === "times") {
    for (let j = a.first - 1, n = 0; j >= 0 && n < 6 && !CLAUSE_END.test(t[j]!.text); j--, n++) if (t[j]!.pos === "VERB" || t[j - 1]?.pos === "AUX") return word(j);
  }
  return null;
}

/**
 * Who did what a number counts, when the verb right before it has a named or pronoun subject:
 * "Corrin cancelled 629 flights" -> "Corrin"; "Pellan Air said it had cancelled 31" -> the claimant.
 */
export function actorBefore(a: Around, claimant: string | null): string | null {
  const t = a.tokens;
  let i = a.first - 1;
  while (i >= 0 && SKIP_BEFORE.has(t[i]!.text.toLowerCase())) i--;
  // the verb must be what the number measures ("cancelled"), not a verb of saying ("said more than 2,000")
  if (!t[i] || !MEASURE_FORMS.has(t[i]!.text.toLowerCase())) return null;
  i--;
  while (i >= 0 && (t[i]!.pos === "AUX" || t[i]!.pos === "ADV")) i--;
  if (/^(?:it|they)$/i.test(t[i]?.text ?? "")) return claimant;
  if (t[i]?.pos !== "PROPN" || DEMONYM.test(t[i]!.text)) return null;
  let j = i;
  while (j > 0 && t[j - 1]!.pos === "PROPN") j--;
  return nameOf(t, j, i);
}

/**
 * The verb next to the number or just after its noun ("grounded 300 flights", "900 staff had stayed
 * away"), as written: the measure of a figure when no word of the lexicon says more. It never makes
 * a number a figure by itself.
 */
export function clauseVerb(a: Around, countedEnd: number): string | null {
  const t = a.tokens;
  const usable = (i: number) => t[i]?.pos === "VERB" && /^[a-z]+$/.test(t[i]!.text) && !LIGHT_VERBS.has(t[i]!.text) && !REPORTING_MEASURES.has(t[i]!.text);
  for (let i = a.first - 1; i >= 0; i--) {
    if (SKIP_BEFORE.has(t[i]!.text.toLowerCase()) || /^[$€£¥₴₽]$/.test(t[i]!.text)) continue;
    if (usable(i)) return t[i]!.text;
    break;
  }
  let i = a.next;
  while (i < t.length && t[i]!.end <= countedEnd) i++;
  for (let n = 0; i < t.length && n < 5 && !CLAUSE_END.test(t[i]!.text) && !SUBORDINATORS.has(t[i]!.text.toLowerCase()) && t[i]!.pos !== "NUM"; i++, n++) {
    if (usable(i)) return t[i]!.text;
  }
  return null;
}

/** The words of tokens i..j as written: tokens that touch (wink-nlp splits "Gdańsk" into Gda, ń, sk) are joined without a space. */
function nameOf(t: Token[], i: number, j: number): string {
  let out = t[i]!.text;
  for (let k = i + 1; k <= j; k++) out += (t[k]!.start === t[k - 1]!.end ? "" : " ") + t[k]!.text;
  return out;
}

/** The last token of the word that starts at token j: over touching letters and hyphens ("Île-de-France"). */
function wordEnd(t: Token[], j: number): number {
  while (t[j + 1] && t[j + 1]!.start === t[j]!.end && /^[\p{L}\p{M}-]+$/u.test(t[j + 1]!.text)) j++;
  return j;
}

/**
 * Where the figure happened: the site of an event named in the sentence ("a bread factory"), else a
 * place after a preposition or a verb of leaving ("in Mariupol", "fled Ukraine"), or before ", where".
 * The nearest to the number wins.
 */
export function placeOf(a: Around, population = false): string | null {
  const t = a.tokens;
  // "In Mirna, a town south of Orvel, three people were killed": the scene a sentence opens with
  // ("In the United States alone, ...")
  const opens = t[0]?.text.toLowerCase() === "in" ? (t[1]?.text.toLowerCase() === "the" ? 2 : 1) : -1;
  if (opens > 0 && t[opens]?.pos === "PROPN" && /^\p{Lu}/u.test(t[opens]!.text) && !MONTH_OR_DAY.test(t[opens]!.text)) {
    let j = wordEnd(t, opens);
    while (t[j + 1]?.pos === "PROPN") j = wordEnd(t, j + 1);
    if (t[j + 1]?.text === "," || (/^alone$/i.test(t[j + 1]?.text ?? "") && t[j + 2]?.text === ",")) return nameOf(t, opens, j);
  }
  // "Brennick, a market town of about 48,000 inhabitants": the place a population belongs to
  if (population) {
    for (let i = a.first - 1; i >= 0; i--) {
      if (t[i]!.pos === "PROPN" && !MONTH_OR_DAY.test(t[i]!.text) && t[i + 1]?.text === ",") {
        let j = i;
        while (j > 0 && t[j - 1]!.pos === "PROPN") j--;
        return nameOf(t, j, i);
      }
    }
  }
  // "37 confirmed cases in other countries", "cases abroad": somewhere other than the place named, right after the count
  for (let i = a.next; i < Math.min(t.length, a.next + 6) && !CLAUSE_END.test(t[i]!.text); i++) {
    const w = t[i]!.text;
    if (w === "abroad" || w === "elsewhere") return w;
    if (w === "in" && t[i + 1]?.text === "other" && /^(?:countries|nations|states|provinces|regions|cities)$/.test(t[i + 2]?.text ?? "")) return `other ${t[i + 2]!.text}`;
  }
  const at = t[a.first]?.start ?? 0;
  let best: { name: string; distance: number } | null = null;
  const offer = (name: string, from: number) => {
    const distance = Math.abs(from - at);
    if (!best || distance < best.distance) best = { name, distance };
  };
  // only the tokens near the number: a place further off is another clause's, and a long sentence costs no more per number
  const from = Math.max(0, a.first - PLACE_REACH);
  const to = Math.min(t.length, a.first + PLACE_REACH);
  for (let i = from; i < to; i++) {
    const w = t[i]!.text.toLowerCase();
    if (EVENT_SITES.has(w) && t[i]!.pos === "NOUN" && t[i + 1]?.pos !== "NOUN") {
      const compound = [t[i]!.text];
      for (let j = i - 1; j >= 0 && t[j]!.pos === "NOUN" && compound.length < 3; j--) compound.unshift(t[j]!.text.toLowerCase());
      // "the Ostrel colliery": a site named by its place
      if (t[i - 1]?.pos === "PROPN" && !DEMONYM.test(t[i - 1]!.text)) {
        let j = i - 1;
        while (j > 0 && t[j - 1]!.pos === "PROPN") j--;
        if (sameClause(t, i, a.first)) offer(`${nameOf(t, j, i - 1)} ${t[i]!.text}`, t[i]!.start);
        continue;
      }
      const near = sameClause(t, i, a.first);
      if (near && (compound.length > 1 || (/^(?:a|an|the)$/i.test(t[i - 1]?.text ?? "") && !AMBIGUOUS_SITES.has(w)))) offer(compound.join(" "), t[i]!.start);
    }
  }
  if (best) return (best as { name: string }).name;
  // "the next highest country, the United Kingdom, reporting 37,542 deaths": the place that reports a count of its own
  const reporter = reportingPlace(a);
  if (reporter) return reporter;
  for (let i = from; i < to; i++) {
    // "the Ostrel disaster", "the Brennick floods": an event named by its place
    if (EVENT_WORDS.has(t[i]!.text.toLowerCase()) && t[i - 1]?.pos === "PROPN" && !MONTH_OR_DAY.test(t[i - 1]!.text) && !DEMONYM.test(t[i - 1]!.text)) {
      let j = i - 1;
      while (j > 0 && t[j - 1]!.pos === "PROPN") j--;
      offer(nameOf(t, j, i - 1), t[j]!.start);
    }
    if (t[i]!.pos !== "PROPN" || MONTH_OR_DAY.test(t[i]!.text) || t[i - 1]?.pos === "PROPN") continue;
    let j = i;
    j = wordEnd(t, j);
    while (t[j + 1]?.pos === "PROPN" && /^\p{Lu}/u.test(t[j + 1]!.text)) j = wordEnd(t, j + 1);
    const name = nameOf(t, i, j);
    const prev = t[i - 1]?.text.toLowerCase() ?? "";
    const prev2 = t[i - 2]?.text.toLowerCase() ?? "";
    if (DEMONYM.test(name) && t[j + 1]?.pos === "NOUN") {
      i = j;
      continue; // "in Teravian mining history": an adjective, not a place
    }
    // "in the Tarsk region"; "in the United States", "in the Philippines": a name of several words, or a plural one, after "the"
    const theName = prev === "the" && /^(?:in|near|from|across|throughout)$/.test(prev2) && (t[j + 1]?.pos === "NOUN" || j > i || /s$/.test(t[j]!.text));
    // ("the island of Samos", "nine kilometres east of Carrascal")
    const introduced = /^(?:in|near|outside|across|around|inside|from|into|throughout)$/.test(prev) || theName || /^(?:flee|fled|fleeing|flees|left|leave|leaving|entered|crossed)$/.test(prev) || (prev === "of" && /^(?:city|town|village|region|province|district|port|oblast|county|state|island|islands|(?:north|south)?(?:east|west)|north|south|northeast|northwest|southeast|southwest)$/.test(prev2));
    // "a Senator from Vermont," in an apposition after a name says who someone is, not where the figure is
    if (introduced && inApposition(t, i, a.first)) {
      i = j;
      continue;
    }
    const beforeWhere = t[j + 1]?.text === "," && (t[j + 2]?.text.toLowerCase() === "where" || (t[j + 2]?.text.toLowerCase() === "in" && t[j + 3]?.text.toLowerCase() === "which"));
    // "in Calvenia's Tarsk hills": the place is the possessed name, with its kind of land
    if (introduced && /^['’]s?$/.test(t[j + 1]?.text ?? "") && t[j + 2]?.pos === "PROPN") {
      let k = j + 2;
      k = wordEnd(t, k);
      while (t[k + 1]?.pos === "PROPN") k = wordEnd(t, k + 1);
      const land = LAND_WORDS.has(t[k + 1]?.text.toLowerCase() ?? "") ? ` ${t[k + 1]!.text}` : "";
      offer(nameOf(t, j + 2, k) + land, t[i]!.start);
    } else if ((introduced || beforeWhere) && !/['’]s$/.test(t[j + 1]?.text ?? "")) offer(prev === "outside" ? `outside ${name}` : name, t[i]!.start);
    i = j;
  }
  if (best) return (best as { name: string }).name;
  // "126,000 cases of COVID-19 worldwide", "surpassed one million globally": the world is a place too
  for (let i = from; i < to; i++) if (t[i]!.text.length >= 8 && WORLD.has(t[i]!.text.toLowerCase()) && sameClause(t, i, a.first)) return "worldwide";
  return null;
}

const WORLD: ReadonlySet<string> = new Set(["worldwide", "world-wide", "globally"]);

/** A name right before a verb of reporting that governs the number ("Italy reported 475 deaths", "the United Kingdom, reporting 37,542"). */
function reportingPlace(a: Around): string | null {
  const t = a.tokens;
  let i = a.first - 1;
  while (i >= 0 && SKIP_BEFORE.has(t[i]!.text.toLowerCase())) i--;
  if (!t[i] || !/^(?:reported|reporting|reports|recorded|recording|records|registered|confirmed|confirming)$/i.test(t[i]!.text)) return null;
  i--;
  if (t[i]?.text === ",") i--;
  if (t[i]?.pos !== "PROPN" || DEMONYM.test(t[i]!.text) || MONTH_OR_DAY.test(t[i]!.text)) return null;
  let j = i;
  while (j > 0 && t[j - 1]!.pos === "PROPN") j--;
  const name = nameOf(t, j, i);
  // "the World Health Organization reported": who counts is no place
  return ORGANISATION.test(name) ? null : name;
}

/** Words that name an organisation, which counts or reports but is no place. */
export const ORGANISATION = /\b(?:Organi[sz]ation|University|Ministry|Agency|Department|Office|Cent(?:er|re)|Institute|Council|Commission|Committee|Service|Police|News|Press|Times|Post|Bank|Fund|Association|Society|Union|Board|Authority|Group|Inc|Ltd|Corp|Company|Party|Network|Data)\b/;

/**
 * Whether token i is inside an apposition that follows a name and does not hold the number at
 * `first`: "Sanders, a Senator from Vermont, won ... 25.7%".
 */
function inApposition(t: Token[], i: number, first: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    if (t[k]!.text === ",") {
      open = k;
      break;
    }
  }
  if (open < 1 || t[open - 1]!.pos !== "PROPN" || !/^(?:a|an|the)$/i.test(t[open + 1]?.text ?? "")) return false;
  let close = -1;
  for (let k = i + 1; k < Math.min(t.length, i + 10); k++) {
    if (t[k]!.text === ",") {
      close = k;
      break;
    }
  }
  return close > 0 && !(first > open && first < close);
}

/** Whether tokens i and j are in one clause: no ; : ( ) or dash between, and no comma but one before an -ing verb ("..., killing"). */
function sameClause(t: Token[], i: number, j: number): boolean {
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from + 1; k < to; k++) {
    const x = t[k]!.text;
    if (/^[;:()—–.!?]$/.test(x)) return false;
    if (x === "," && !/ing$/i.test(t[k + 1]?.text ?? "")) return false;
  }
  return to - from <= 20;
}

/** A name in the possessive, then only words in lower case up to the number: "BA's pre-tax profit rose 5%". */
// (the words between may hold the change the number leads on from: "BA's pre-tax profit rose 5% to £75m")
const POSSESSOR = /(?:^|[^\p{L}])((?:[\p{Lu}][\p{L}&.’'-]*\s+){0,3}[\p{Lu}][\p{L}&.-]*)['’]s?\s+(?:(?:[\p{Ll}][\p{Ll}-]*|[£$€]?\d[\d.,]*(?:%|m|bn|pc)?)\s+){1,8}$/u;

/**
 * Whose or what a figure is about: the owner of its counted noun ("14,500 Corrin Airways passengers"),
 * a name in the possessive before its words ("BA's pre-tax profit rose 5%"), or the name whose verb
 * the number measures ("Pellan Air cancelled 31 flights"). Null when the sentence names none.
 */
export function subjectOfFigure(a: Around, whose: string | null, claimant: string | null, otherEvents = true): string | null {
  if (whose) return whose;
  const event = otherEvents ? otherEvent(a) : null;
  if (event) return event;
  // (a possessive is rare: the pattern runs only on a clause that holds one)
  const owned = /['’]s?\s/.test(a.before) ? POSSESSOR.exec(a.before.split(/[;:]\s+|[.!?]\s+(?=[\p{Lu}])/u).pop() ?? "") : null;
  if (owned && !DEMONYM.test(owned[1]!.split(/\s+/).pop()!) && !MONTH_OR_DAY.test(owned[1]!)) return owned[1]!;
  const actor = actorBefore(a, claimant);
  if (actor) return actor;
  // "Sanders won 46.8% of the vote", "Bangladesh reported five new deaths": the name before the verb whose object the number is.
  const t = a.tokens;
  let i = a.first - 1;
  while (i >= 0 && (SKIP_BEFORE.has(t[i]!.text.toLowerCase()) || ["DET", "ADJ", "SYM"].includes(t[i]!.pos))) i--;
  if (t[i]?.pos !== "VERB" || !/^\p{Ll}+$/u.test(t[i]!.text) || REPORTING_MEASURES.has(t[i]!.text) || isSpeech(t[i]!.text)) return clauseSubject(a);
  i--;
  while (i >= 0 && (t[i]!.pos === "AUX" || t[i]!.pos === "ADV" || t[i]!.pos === "PART")) i--;
  if (t[i]?.pos !== "PROPN" || DEMONYM.test(t[i]!.text) || MONTH_OR_DAY.test(t[i]!.text)) return clauseSubject(a);
  let j = i;
  while (j > 0 && t[j - 1]!.pos === "PROPN") j--;
  return nameOf(t, j, i);
}

/**
 * An event the clause introduces as new, with "a", "an" or "another", is what its toll is of: "Last
 * week a Kabul car bombing killed five" (not the story's attack), "a 6.3 magnitude earthquake
 * causing eleven deaths", "five were killed in another attack". "The blaze killed three" is the
 * story's own event, and is left to it.
 */
function otherEvent(a: Around): string | null {
  const t = a.tokens;
  // (most sentences name no event: one look at the sentence's tokens, kept for its other numbers)
  if (!hasEventNoun(t)) return null;
  const named = (k: number): string | null => {
    // the noun phrase that ends at the event noun k, from its "a", "an" or "another"
    let j = k;
    while (j > 0 && k - j < 5 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(t[j - 1]!.pos) && !/^(?:a|an|another)$/i.test(t[j - 1]!.text)) j--;
    const det = t[j - 1]?.text.toLowerCase();
    if (det !== "a" && det !== "an" && det !== "another") return null;
    const words = nameOf(t, j, k);
    return det === "another" ? `another ${words}` : `the ${words}`;
  };
  for (let k = a.first - 1, n = 0; k >= 0 && n < 12 && !SENTENCE_MARKS.has(t[k]!.text); k--, n++) {
    if (t[k]!.pos === "NOUN" && EVENT_NOUNS.has(t[k]!.text.toLowerCase())) return named(k);
  }
  for (let k = a.next, n = 0; k < t.length && n < 8 && !SENTENCE_MARKS.has(t[k]!.text) && t[k]!.text !== ","; k++, n++) {
    if (t[k]!.pos === "NOUN" && EVENT_NOUNS.has(t[k]!.text.toLowerCase()) && /^(?:in|during|by|from|after)$/i.test(t[firstArticle(t, k) - 1]?.text ?? "")) return named(k);
  }
  return null;
}

const eventNouns = new WeakMap<Token[], boolean>();
function hasEventNoun(t: Token[]): boolean {
  let has = eventNouns.get(t);
  if (has === undefined) eventNouns.set(t, (has = t.some((x) => x.pos === "NOUN" && EVENT_NOUNS.has(x.text.toLowerCase()))));
  return has;
}

/** The index of the "a", "an" or "another" that opens the noun phrase ending at k, or k. */
function firstArticle(t: Token[], k: number): number {
  let j = k;
  while (j > 0 && k - j < 6 && !/^(?:a|an|another|the)$/i.test(t[j]!.text)) j--;
  return /^(?:a|an|another|the)$/i.test(t[j]!.text) ? j : k;
}

const SENTENCE_MARKS: ReadonlySet<string> = new Set([";", ":", ".", "!", "?"]);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([";", ":", "—", "–"]);
const PERSONAL: ReadonlySet<string> = new Set(["i", "we", "you", "he", "she", "they", "it"]);
/** Tokens before a number within which the clause that holds it must open. */
const CLAUSE_REACH = 40;
/** Verbs of saying, estimating or claiming: their subject says a figure, it is not what the figure is about. */
const SPEECH_WORDS: ReadonlySet<string> = new Set("said says say told tells added adds according claimed claims stated states announced announces estimated estimates warned warns noted notes believes believed reported reports wrote writes argued argues insisted suggested suggests predicted predicts expects expected thinks thought put puts".split(" "));
const isSpeech = (word: string) => SPEECH_WORDS.has(word.toLowerCase());
/** Words that open another clause, whose subject is not the sentence's. */
const NEW_CLAUSE_WORDS: ReadonlySet<string> = new Set("that which who whom whose where when while whereas but because if after before since although though unless until as".split(" "));
const opensClause = (word: string) => NEW_CLAUSE_WORDS.has(word.toLowerCase());
const TITLES = /^(?:President|Senator|Sen|Governor|Gov|Minister|Secretary|Mayor|Chancellor|Premier|King|Queen|Prince|Princess|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|General|Gen|Judge|Justice|Bishop|Pope|Representative|Rep|Former|Vice|Prime|Chief|Deputy)$/;

/**
 * The name a clause opens with, when the number sits in what that name did: "Sanders, a Senator from
 * Vermont, won the Democratic primary with 25.7% of the vote", "Humberto had maximum sustained winds
 * of 75 miles per hour", "On Friday, the Legislative Yuan voted 66 to 27". An opening phrase ending
 * in a comma ("On Friday,") and an apposition after the name are passed over. Not when the name says
 * or claims the number (it is the claimant), nor when another clause stands between.
 */
function clauseSubject(a: Around): string | null {
  const t = a.tokens;
  // the clause opens at most this many tokens before the number: a longer sentence costs no more per number
  const reach = Math.max(0, a.first - CLAUSE_REACH);
  let start = reach;
  for (let k = a.first - 1; k >= reach; k--) {
    if (CLAUSE_MARKS.has(t[k]!.text)) {
      start = k + 1;
      break;
    }
  }
  if (start === reach && reach > 0) return null;
  let i = start;
  // an opening phrase: "On Friday,", "Earlier this year,", "As of Monday evening,"
  if (t[i] && t[i]!.pos !== "PROPN") {
    for (let k = i; k < Math.min(a.first, i + 8); k++) {
      if (t[k]!.pos === "VERB" || t[k]!.pos === "AUX") break;
      if (t[k]!.text === ",") {
        i = k + 1;
        break;
      }
    }
  }
  if (/^the$/i.test(t[i]?.text ?? "") && t[i + 1]?.pos === "PROPN") i++;
  while (t[i] && TITLES.test(t[i]!.text) && t[i + 1]?.pos === "PROPN") i++;
  if (t[i]?.pos !== "PROPN" || !/^\p{Lu}/u.test(t[i]!.text) || DEMONYM.test(t[i]!.text) || MONTH_OR_DAY.test(t[i]!.text)) return null;
  let j = wordEnd(t, i);
  while (t[j + 1]?.pos === "PROPN" && /^\p{Lu}/u.test(t[j + 1]!.text)) j = wordEnd(t, j + 1);
  if (DEMONYM.test(t[j]!.text) || /^['’]s?$/.test(t[j + 1]?.text ?? "")) return null; // "Cuban roads", "BA's profit": not the subject
  // "Researchers used", "Firefighters dispatched": a common noun capitalised to open the sentence
  if (i === j && i === 0 && /s$/.test(t[i]!.text) && isEnglishWord(t[i]!.text)) return null;
  let k = j + 1;
  // an apposition: "Sanders, a Senator from Vermont, won"
  if (t[k]?.text === ",") {
    let close = -1;
    for (let m = k + 1; m < Math.min(a.first, k + 16); m++) {
      if (t[m]!.text === ",") {
        close = m;
        break;
      }
    }
    if (close < 0) return null;
    k = close + 1;
  }
  while (t[k] && (t[k]!.pos === "AUX" || t[k]!.pos === "ADV" || t[k]!.pos === "PART")) k++;
  if (!t[k] || (t[k]!.pos !== "VERB" && !(t[k - 1]?.pos === "AUX" && t[k]!.pos !== "PUNCT")) || k >= a.first || isSpeech(t[k]!.text) || REPORTING_MEASURES.has(t[k]!.text)) return null;
  if (a.first - k > 25) return null;
  let withAt = -1;
  for (let m = k + 1; m < a.first; m++) {
    const x = t[m]!;
    if (opensClause(x.text) || CLAUSE_MARKS.has(x.text) || x.text === "(" || x.text === ")" || (x.pos === "PRON" && PERSONAL.has(x.text.toLowerCase())) || isSpeech(x.text)) return null;
    // "with the next highest country, the United Kingdom, reporting 37,542": "with" opens a clause of its own
    if (/^with$/i.test(x.text)) withAt = m;
    else if (withAt >= 0 && x.pos === "VERB") return null;
  }
  return nameOf(t, i, j);
}
