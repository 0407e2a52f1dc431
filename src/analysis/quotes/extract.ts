// One article body -> its quotations, each with kind, speaker and cue. A pipeline of small rules
// over one shared state, in the manner of markdown-it: find spans, read sentences, attach cues,
// classify, resolve pronouns and surnames, inherit speakers, find reported speech.
import { readBody, type ReadBody } from "../body.ts";
import { tokensWithin, type Sentence } from "../nlp.ts";
import { firstIndex } from "../sorted.ts";
import { COMPANY_SUFFIXES, CUE, CUE_VERBS, NAMING_VERBS, ORG_WORDS, PARTICIPLES, SPEECH_ACTS, TITLE_WORDS } from "./lexicon.ts";
import { cleanPhrase, parseMention, type Mention, type SpeakerKind } from "./mentions.ts";
import type { BodyParagraph } from "./paragraphs.ts";
import { findQuoteSpans, type QuoteSpan } from "./spans.ts";

export type QuoteKind = "direct" | "partial" | "term" | "reported";

export interface Speaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
}

export interface ExtractedQuote {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: string | null;
  sentence: string;
  /** Offsets of the quoted words (or reported clause) in the body. */
  start: number;
  end: number;
  /** The same words as one [start, end) range per paragraph they cover, for marking them up. */
  segments: [number, number][];
  paragraph: number;
}

interface Draft extends ExtractedQuote {
  mention: Mention | null;
  /** What to mark on the page: the quote with its marks, or the reported clause. */
  markStart: number;
  markEnd: number;
  /** Offset in the body used to order speaker events. */
  at: number;
}

interface State {
  paragraphs: BodyParagraph[];
  sentences: Sentence[][];
  spans: QuoteSpan[];
  /** The spans that open in each paragraph, and those that cover any part of it. */
  spansOpening: QuoteSpan[][];
  spansCovering: QuoteSpan[][];
  drafts: Draft[];
  /** People, groups and organisations as they are mentioned as subjects or speakers, in order. */
  /** `subject`: the mention is a sentence's subject or a quote's speaker, not a name in passing. */
  events: { at: number; speaker: Speaker; subject?: boolean }[];
  /** Each paragraph with its quotations blanked out, offsets kept: the writer's own words. */
  narration: string[];
  /** Sentences whose subject is "he" or "she": resolved in turn, they carry the person on ("She is 79."). */
  pronounSubjects: { at: number; mention: Mention; speaker: Speaker | null }[];
}

const CUE_ALTERNATION = CUE_VERBS.join("|");
const CUE_WORD = new RegExp(`\\b(${CUE_ALTERNATION})\\b`, "i");
/** attribution standing alone as the next sentence: "The club said." */
const ATTRIBUTION_ONLY = new RegExp(`^[^.!?"“”]{1,90}?\\b(?:${CUE_ALTERNATION})\\b(?:\\s+(?:in|on|at|to|from|after|before|during|via|late|early|last|this)\\b[^.!?"“”]{0,60})?(?:,\\s+[^.!?"“”]{1,60})?[.!?]?$`, "i");
/** inverted order after a quote: said X */
const CUE_FIRST = new RegExp(`^(${CUE_ALTERNATION})\\s+(.+)$`, "i");
/** every "X said" clause of a text */
const EARLIER_CUE = new RegExp(`(?:^|[,"”]\\s*)([^,"“”]{2,80}?)\\s+(?:${CUE_ALTERNATION})\\b`, "gi");
/** "Reis, she said, was" */
const PARENTHETICAL_CUE = new RegExp(`,\\s*((?:he|she|they|it)|[\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+)?)\\s+(${CUE_ALTERNATION}),[^,]*$`, "u");
/** Speech acts in the past tense that make quoted words their subject's: called, described as, accused. */
const SPEECH_ACT = new RegExp(`(?<![\\w-])(${[...SPEECH_ACTS].join("|")})\\b`, "gi");
/** every reporting verb (global: reset lastIndex before use) */
const CUE_WORDS = new RegExp(`\\b(${CUE_ALTERNATION})\\b`, "gi");
/** a lead that ends with a reporting verb and maybe one word */
const CUE_AT_END = new RegExp(`\\b(?:${CUE_ALTERNATION})(?:\\s+(?:the\\s+)?\\w+)?$`, "i");
/** reported speech, inverted: "Talks will resume, the ministry said." */
const INVERTED_REPORT = new RegExp(`^(.{20,}?),\\s+(?!(?:while|whereas|and|but|as|which|who)\\b)([^,]{2,90}?(?:,\\s+[^,]{2,80}?,)?)\\s+(?:both\\s+)?(${CUE_ALTERNATION}|reported|found|ruled)(?:(?<=\\btold|\\btells)\\s+[^,.]{1,40}?(?=[,.!?]|$)|\\s+(?:on|in|at|to|late|early|last|this|earlier|later|during|after|before|via|from|yesterday|today|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b[^,.]{0,40})?(?:,\\s+(\\w+ing)\\s+(?:that\\s+)?(.+?))?(?:,\\s+(?:as|while|when|amid|since|following|after|before|a\\s+\\w+\\s+after|\\w+\\s+(?:days?|hours?|weeks?)\\s+after)\\b.*?)?[.!?]?$`, "i");
/** reported speech, inverted with the name last: "..., said Peskov." */
const INVERTED_REPORT_NAME = new RegExp(`^(.{20,}?),\\s+(${CUE_ALTERNATION})\\s+(?!(?:on|in|at|to|that|after|before|late|early|last|this)\\b)([^,]{2,60}(?:,\\s+[^,]{2,80})?)[.!?]?$`, "i");
const AUX = /(?:\s+(?:has|have|had|also|then|later|again|further|previously|once|reportedly|already|had also|has also))+$/i;

export function extractQuotes(body: string, read: ReadBody = readBody(body)): ExtractedQuote[] {
  const { paragraphs } = read;
  const spans = findQuoteSpans(paragraphs).filter((s) => !paragraphs[s.paragraph]!.heading);
  const spansOpening: QuoteSpan[][] = paragraphs.map(() => []);
  const spansCovering: QuoteSpan[][] = paragraphs.map(() => []);
  for (const span of spans) {
    spansOpening[span.paragraph]!.push(span);
    for (let p = span.paragraph; p <= span.lastParagraph; p++) spansCovering[p]!.push(span);
  }
  const state: State = {
    paragraphs,
    sentences: read.sentences,
    spans,
    spansOpening,
    spansCovering,
    drafts: [],
    events: [],
    narration: [],
    pronounSubjects: [],
  };
  state.narration = maskQuotes(state);
  attachCues(state);
  findReportedSpeech(state);
  state.drafts.sort((a, b) => a.at - b.at);
  collectSubjects(state);
  resolveSpeakers(state);
  inheritSpeakers(state);
  return state.drafts.map(({ mention: _m, at: _a, markStart, markEnd, ...quote }) => ({ ...quote, segments: segmentsOf(state.paragraphs, markStart, markEnd) }));
}

function segmentsOf(paragraphs: BodyParagraph[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = Math.max(paragraphAt(paragraphs, start), 0); i < paragraphs.length && paragraphs[i]!.start < end; i++) {
    const p = paragraphs[i]!;
    const from = Math.max(start, p.start);
    const to = Math.min(end, p.start + p.text.length);
    if (from < to) out.push([from, to]);
  }
  return out.length ? out : [[start, end]];
}

/** Index of the paragraph that holds a body offset (the last one starting at or before it), or -1. */
function paragraphAt(paragraphs: BodyParagraph[], at: number): number {
  return lastAtOrBefore(paragraphs, at, (p) => p.start);
}

/** Index of the last item whose key is at most `at` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: T[], at: number, key: (item: T) => number): number {
  return firstIndex(items, (item) => key(item) > at) - 1;
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences[sentences.length - 1];
}

/** Attach to each quote span its cue and speaker phrase, and decide its kind. */
function attachCues(state: State): void {
  const { paragraphs, sentences, spans } = state;
  const nickname = spans.map((span) => isNickname(span, paragraphs[span.paragraph]!.text));
  const beside = (index: number, step: -1 | 1) => {
    let i = index + step;
    while (i >= 0 && i < spans.length && nickname[i]) i += step;
    return spans[i];
  };
  const from = state.drafts.length;
  const places: (string | null)[] = [];
  spans.forEach((span, index) => {
    const first = paragraphs[span.paragraph]!;
    const last = paragraphs[span.lastParagraph]!;
    const openSentence = sentenceAt(sentences[span.paragraph]!, span.outerStart)!;
    const closeSentence = sentenceAt(sentences[span.lastParagraph]!, Math.max(span.outerEnd - 1, 0))!;
    const previous = beside(index, -1);
    const next = beside(index, 1);
    let beforeStart = openSentence.start;
    if (previous && previous.lastParagraph === span.paragraph && previous.outerEnd > beforeStart) beforeStart = previous.outerEnd;
    let afterEnd = closeSentence.end;
    // `"...river." — Therese Mballa, 47` or `"...ambitions." The club said.`: the attribution may stand
    // in the next sentence when the quote ends its own.
    const nextSentence = sentences[span.lastParagraph]!.find((s) => s.start >= closeSentence.end);
    if (nextSentence && last.text.slice(span.outerEnd, closeSentence.end).trim() === "") {
      const candidate = nextSentence.text.trim();
      const attributionOnly = ATTRIBUTION_ONLY;
      if (/^[—–-]/u.test(candidate) || attributionOnly.test(candidate)) afterEnd = nextSentence.end;
    }
    // A quote that closes a sentence with its own full stop: the cue may be in the next sentence ("...". Peskov said.) only if short.
    if (next && next.paragraph === span.lastParagraph && next.outerStart < afterEnd) afterEnd = next.outerStart;
    const before = first.text.slice(beforeStart, span.outerStart);
    const after = last.text.slice(span.outerEnd, Math.max(afterEnd, span.outerEnd));
    const sentence = span.paragraph === span.lastParagraph ? first.text.slice(openSentence.start, closeSentence.end) : `${first.text.slice(openSentence.start)} ${last.text.slice(0, closeSentence.end)}`;

    const text = span.text.replace(/[,;:\s]+$/u, "").replace(/^\s+/, "");
    const sentenceBefore = first.text.slice(openSentence.start, span.outerStart);
    let cue = cueAfter(after, span.text.trim()) ?? cueBefore(before, sentenceBefore, openSentence);
    // `Putin announced a "special military operation" aimed at "demilitarization"`: the reporting
    // verb stands before an earlier quote of the same sentence.
    if (!cue && before !== sentenceBefore) {
      const earlier = cueBefore(sentenceBefore, sentenceBefore, openSentence);
      if (earlier) cue = { ...earlier, place: "embedded" };
    }
    // A quote that opens its sentence with no cue: the paragraph before may introduce it, or, inside a
    // paragraph, the sentence before ("Frayling laughs when I read her this. “Reuben is ...”").
    if (!cue && sentenceBefore.trim() === "") {
      const opensParagraph = sentences[span.paragraph]![0] === openSentence;
      cue = opensParagraph ? cueFromParagraphBefore(state, span) : cueFromSentenceBefore(state, span, openSentence);
    }
    const named = nickname[index] || isTitle(span, first.text);
    const kind = named ? "term" : classify(text, before, cue, span);
    places.push(named ? "name" : cue?.place ?? (/\b(?:a|an|as)\s*$/i.test(before) ? "label" : null));
    state.drafts.push({
      segments: [],
      text,
      kind,
      speaker: null,
      cue: kind === "term" ? null : cue?.cue || null,
      sentence: sentence.trim(),
      start: first.start + span.start,
      end: last.start + span.end,
      paragraph: span.paragraph,
      mention: kind === "term" ? null : cue?.mention ?? null,
      at: first.start + span.outerStart,
      markStart: first.start + span.outerStart,
      markEnd: last.start + span.outerEnd,
    });
  });
  // `The lido's "ageing infrastructure" posed "a growing risk," he added.`: a quote with no cue of its
  // own belongs to the speaker named after a later quote of the same sentence.
  for (let i = places.length - 2; i >= 0; i--) {
    const d = state.drafts[from + i]!;
    const next = state.drafts[from + i + 1]!;
    if (places[i] !== null || d.mention || places[i + 1] !== "after" || !next.mention || next.paragraph !== d.paragraph || next.sentence !== d.sentence) continue;
    d.mention = next.mention;
    d.cue = next.cue;
    if (d.kind === "term") d.kind = "partial";
    places[i] = "after";
  }
}

/**
 * A quote that opens its paragraph with no cue of its own, after a paragraph of narration: "She
 * wrote:" introduces it, and so does a one-sentence paragraph about a person ("She talks about the
 * job the way some people talk about a difficult relative.").
 */
function cueFromParagraphBefore(state: State, span: QuoteSpan): Cue | null {
  const p = span.paragraph - 1;
  const previous = state.paragraphs[p];
  if (!previous || previous.heading || state.spansCovering[p]!.length > 0) return null;
  const sentences = state.sentences[p]!;
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  if (/:\s*$/.test(previous.text)) {
    const cue = cueBefore(last.text.replace(/:\s*$/, ""), last.text, last);
    if (cue) return { ...cue, place: "before" };
  }
  return sentences.length === 1 ? aboutPerson(last, false) : null;
}

function cueFromSentenceBefore(state: State, span: QuoteSpan, sentence: Sentence): Cue | null {
  const sentences = state.sentences[span.paragraph]!;
  const previous = sentences[sentences.indexOf(sentence) - 1];
  if (!previous || state.spansCovering[span.paragraph]!.some((s) => s.outerEnd > previous.start && s.outerStart < previous.end && s.paragraph === span.paragraph)) return null;
  return aboutPerson(previous, true);
}

/** A sentence whose subject is "he", "she" or a person (by surname alone too, when `surnameAlone`), as a cue with no word. */
function aboutPerson(sentence: Sentence, surnameAlone: boolean): Cue | null {
  const subject = subjectOf(sentence.text, sentence);
  if (subject?.type === "pronoun" && (subject.pronoun === "he" || subject.pronoun === "she")) return { cue: "", mention: subject, place: "before" };
  if (subject?.type === "named" && subject.kind === "person" && (surnameAlone || !subject.single)) return { cue: "", mention: subject, place: "before" };
  return null;
}

interface Cue {
  cue: string;
  mention: Mention;
  /** Where the cue stood. */
  place: "after" | "before" | "embedded";
}

function mentionOf(phrase: string): Mention | null {
  return parseMention(phrase.trimEnd().replace(AUX, ""));
}

/** `"...," he said` / `"...," said X` / `"..." — X, who ...` / `"...," Reuters quoted X as saying`. */
function cueAfter(after: string, quoted: string): Cue | null {
  // After a semicolon another clause begins, with its own subject: `"..."; the latter said ...`.
  if (/^\s*;/.test(after)) return null;
  const a = after.replace(/^[\s,.;:!?)\]]+/u, "");
  if (!a) return null;
  // A quote that ended a sentence with a full stop is followed by new narration, not a cue,
  // unless the next words are a short "X said." sentence.
  const endedSentence = /[.!?…]["”’']?$/u.test(quoted) && !/^[,—–-]/u.test(after.trim());
  // `"..." — Therese Mballa, 47`: a dash, then a name or "a/the ..." (not the writer's aside:
  // `"the whole package" - prisoner exchanges, the river crossings ...`).
  const dash = /^[—–-]\s*((?:[\p{Lu}]|(?:a|an|the|one)\s)[^.;]+)/u.exec(a);
  if (dash) {
    const mention = mentionOf(dash[1]!);
    if (mention) return { cue: "—", mention, place: "after" };
  }
  const passive = /^(.{1,80}?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?quoted\b(?:\s+by\s+.{1,60}?)?\s+as\s+saying\b/i.exec(a);
  if (passive) {
    const mention = mentionOf(passive[1]!);
    if (mention) return { cue: "quoted as saying", mention, place: "after" };
  }
  const quotedAs = /^(.{0,80}?)\bquoted\s+(.{1,80}?)\s+as\s+saying\b/i.exec(a);
  if (quotedAs) {
    const mention = mentionOf(quotedAs[2]!);
    if (mention) return { cue: "quoted as saying", mention, place: "after" };
  }
  const clause = firstClause(a);
  const inverted = CUE_FIRST.exec(clause);
  if (inverted) {
    let phrase = inverted[2]!;
    const comma = phrase.indexOf(", ");
    if (comma > 0 && /^(?:to|on|in|at|after|before|during|while|adding|according|when|as|from|saying|speaking|referring)\b/i.test(phrase.slice(comma + 2))) phrase = phrase.slice(0, comma);
    // `said X in Kyiv on Monday` ends at the name; `said X, an epidemiologist at the institute` keeps its appositive.
    const named = phrase.indexOf(", ") > 0 ? phrase.slice(0, phrase.indexOf(", ")) : phrase;
    // An unnamed speaker keeps its description: "a senior official involved in the talks".
    if (!/^(?:a|an|one|two|three|several)\s/i.test(named)) phrase = named.replace(/\s+(?:to|on|in|at|after|before|during|while|when|via|from)\s+(?:[\p{Ll}].*)?$/u, "") + phrase.slice(named.length);
    const mention = mentionOf(phrase);
    if (mention) return { cue: inverted[1]!.toLowerCase(), mention, place: "after" };
  }
  const normal = CUE_WORD.exec(clause);
  if (normal && normal.index > 0 && clause.slice(0, normal.index).split(/\s+/).length <= 16) {
    // `"...," X, role, said` keeps the appositive; `"..." developments, X said` starts after the comma.
    const head = clause.slice(0, normal.index);
    const directly = /^\s*[,—–-]/u.test(after) || /[,?!]$/.test(quoted);
    const mention = mentionOf(directly ? head : head.slice(head.lastIndexOf(", ") + 1));
    if (mention && !(endedSentence && clause.split(/\s+/).length > 12)) return { cue: normal[1]!.toLowerCase(), mention, place: "after" };
  }
  return null;
}

/** Small words a title leaves in lower case: "Winter in Larkhaven", "Gloves On, Phones Off". */
const TITLE_SMALL = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|nor|vs\.?|de|la|le|du|von|van)$/;
/** Nouns that a title stands beside: `a documentary, "Gloves On, Phones Off"`, `a post titled "..."`. */
const WORK_BEFORE = /\b(?:titled|entitled|headlined|book|novel|memoir|report|study|paper|film|documentary|series|album|song|single|play|musical|poem|essay|column|post|plan|programme|program|strategy|campaign|show|podcast|exhibition|collection|catalogue|catalog|anthology|guide|pamphlet|magazine|newsletter|opera|ballet|two-hander|sitcom|drama|comedy|thriller|biography|autobiography|opinion|manifesto|white paper|fourth|third|second|first|fifth|latest|debut|last)\b[^.;:"“”‘’]{0,80}$/iu;

/**
 * The title of a work, quoted: every word capitalised but the small ones, no sentence inside ("Winter
 * in Larkhaven," / ‘Locked Out: Ending the Leasehold Trap’), or any quote right after "titled".
 */
function isTitle(span: QuoteSpan, text: string): boolean {
  if (span.paragraph !== span.lastParagraph) return false;
  const lead = text.slice(Math.max(0, span.outerStart - 60), span.outerStart);
  if (/\b(?:titled|entitled|headlined)\s*$/i.test(lead)) return true;
  const words = span.text.replace(/[,.]$/, "").split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || /[.!?]["”’']?$/.test(span.text.trim()) || /[.!?]\s/.test(span.text)) return false;
  const capitalised = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.test(w.toLowerCase())));
  return capitalised && words.some((w, i) => i > 0 && /^[\p{Lu}]/u.test(w)) && WORK_BEFORE.test(lead.replace(/[\s,:(—–-]+$/u, " ").trimEnd());
}

/** A quoted name inside a person's name: Robert "Bo" Langley. */
function isNickname(span: QuoteSpan, text: string): boolean {
  if (span.paragraph !== span.lastParagraph || !/^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?$/u.test(span.text)) return false;
  return /[\p{Lu}][\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, span.outerStart - 30), span.outerStart)) && /^\s[\p{Lu}]/u.test(text.slice(span.outerEnd, span.outerEnd + 2));
}

/** Words that end with a full stop without ending the sentence: "said Dr. Ingrid Halvorsen". */
const ABBREVIATION = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sgt|Lt|Col|Gen|Capt|Cllr|Rev|Sen|Rep|Gov|Det|Insp|Supt|Jr|Sr|Mt|No|Inc|Corp|Ltd|Co|Bros|vs|[\p{Lu}])$/u;

/** The text up to the first full stop, semicolon, question or exclamation mark that ends a clause. */
function firstClause(text: string): string {
  const end = /[.;!?](?=\s|$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    return text.slice(0, m.index);
  }
  return text;
}

/** `X said: "..."` / `According to X, "..."` / `..., tweeting, "..."` / `X told reporters the talks were "..."`. */
function cueBefore(before: string, sentenceStart: string, sentence?: Sentence): Cue | null {
  const b = before.replace(/\s+$/u, "");
  if (!b) return null;
  const according = /according to\s+(.+?)[,:]?$/i.exec(b);
  if (according && !/\s(?:said|told)\s/i.test(according[1]!)) {
    const mention = mentionOf(according[1]!);
    if (mention) return { cue: "according to", mention, place: "before" };
  }
  // "state news agency ZelPress quoted Deputy Foreign Minister Anatoly Gribanov as saying that ...".
  const quotedActive = /\bquoted\s+(.{2,80}?)\s+as\s+saying\b/i.exec(b);
  const quotedWho = quotedActive && !/\b(?:was|were|been)\s+$/i.test(b.slice(0, quotedActive.index)) ? mentionOf(quotedActive[1]!) : null;
  if (quotedWho) return { cue: "quoted as saying", mention: quotedWho, place: "embedded" };
  const passive = /^(.{1,80}?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?quoted\b.{0,80}?\bas\s+saying\b/i.exec(b);
  if (passive) {
    const mention = mentionOf(passive[1]!.replace(/^.*[.;]\s/, ""));
    if (mention) return { cue: "quoted as saying", mention, place: "embedded" };
  }
  const participle = /\b([a-z]+ing)\b[^,:"“]{0,40}[,:]?$/i.exec(b);
  if (participle && PARTICIPLES.has(participle[1]!.toLowerCase())) {
    // "with President Joe Biden warning that ...": the participle's own subject comes first.
    const own = /\b(?:with|as)\s+([^,]+?)\s+$/i.exec(b.slice(0, participle.index));
    const ownMention = own ? mentionOf(own[1]!) : null;
    if (ownMention) return { cue: participle[1]!.toLowerCase(), mention: ownMention, place: "before" };
    // `..., the bank said in a statement, adding that it would "..."`: the clause's own speaker.
    const earlier = [...b.slice(0, participle.index).matchAll(EARLIER_CUE)].pop();
    const earlierMention = earlier ? mentionOf(earlier[1]!) : null;
    if (earlierMention) return { cue: participle[1]!.toLowerCase(), mention: earlierMention, place: "embedded" };
    const subject = subjectOf(sentenceStart, sentence);
    if (subject) return { cue: participle[1]!.toLowerCase(), mention: subject, place: "before" };
  }
  // "Reis, she said, was "...": a parenthetical cue names the speaker.
  const parenthetical = PARENTHETICAL_CUE.exec(b);
  if (parenthetical) {
    const mention = mentionOf(parenthetical[1]!);
    if (mention) return { cue: parenthetical[2]!.toLowerCase(), mention, place: "embedded" };
  }
  // The last reporting verb before the quote, and the subject of its clause.
  // `He added that a trial, in which families agreed to ..., would be needed "..."`: a verb whose
  // subject is not a speaker gives way to the one before it.
  const verbs: RegExpExecArray[] = [];
  CUE_WORDS.lastIndex = 0;
  for (let m = CUE_WORDS.exec(b); m; m = CUE_WORDS.exec(b)) verbs.push(m);
  for (const last of verbs.reverse()) {
    // "families agreed to switch off devices": a promise or request to act, not speech.
    if (/^(?:agreed|promised|vowed|asked|urged)$/i.test(last[1]!) && /^\s+to\s/i.test(b.slice(last.index + last[0].length))) continue;
    // "As the result was announced", "ceasefires agreed since 1990": a passive or a participle, no speaker.
    if (/\b(?:was|were|been|being|is|are|be)\s+$/i.test(b.slice(0, last.index)) || (/^(?:agreed|announced|reported|confirmed)$/i.test(last[1]!) && /\p{Ll}s\s+$/u.test(b.slice(0, last.index)) && !/\b(?:has|was|is|does|this|its|his)\s+$/i.test(b.slice(0, last.index)))) continue;
    const head = b.slice(0, last.index);
    const clause = head.split(/(?:[.;!?]\s|,\s+(?:while|and|but|whereas|as)\s|\s(?:while|whereas)\s)/).pop() ?? head;
    // `Marr called the theft "..." and said Pruitt had shown "..."`: the verb shares the sentence's subject.
    const shared = /\s(?:and|but)\s*$/i.test(head) && !/^\s*(?:and|but)\s*$/i.test(clause) ? subjectOf(sentenceStart, sentence) : null;
    const mention = shared ?? mentionOf(clause) ?? afterLastComma(clause) ?? (/^\s*(?:and|but|then)?\s*$/i.test(clause) || /\b(?:and|but)\s*$/i.test(head) ? subjectOf(sentenceStart, sentence) : null);
    const embedded = !/[,:]$/.test(b);
    if (mention) return { cue: last[1]!.toLowerCase(), mention, place: embedded ? "embedded" : "before" };
  }
  // `Ukraine called the plan an "unethical stunt"`, `accused the mayor of "sitting on"`: a speech act
  // whose subject owns the quoted words.
  let act: RegExpExecArray | null = null;
  SPEECH_ACT.lastIndex = 0;
  for (let m = SPEECH_ACT.exec(b); m; m = SPEECH_ACT.exec(b)) act = m;
  // "The minister was accused by government backbenchers of 'gutting' her bill": the agent speaks.
  const passiveAct = act && /\b(?:was|were|has been|have been|had been|is|are|being)\s*$/i.test(b.slice(0, act.index)) ? /^\s+by\s+(.{2,80}?)\s+(?:of|as|for)\b/i.exec(b.slice(act.index + act[0].length)) : null;
  const agent = passiveAct ? mentionOf(passiveAct[1]!) : null;
  if (act && agent) return { cue: act[1]!.toLowerCase(), mention: agent, place: "embedded" };
  if (act && !passiveAct) {
    const head = b.slice(0, act.index);
    const clause = head.split(/(?:[.;!?]["”’]?\s|,\s+(?:while|and|but|whereas|as)\s|\s(?:while|whereas)\s)/).pop() ?? head;
    const mention = mentionOf(clause) ?? afterLastComma(clause) ?? (/^\s*(?:and|but|then)?\s*$/i.test(clause) || /\b(?:and|but)\s*$/i.test(head) ? subjectOf(sentenceStart, sentence) : null);
    if (mention) return { cue: act[1]!.toLowerCase(), mention, place: "embedded" };
  }
  return null;
}

/**
 * `Asked on the call whether ..., Whitcombe said "..."`, `..., a result the union's leadership called
 * "..."`: the subject after a long opener or aside, when it names someone.
 */
function afterLastComma(clause: string): Mention | null {
  const comma = clause.lastIndexOf(", ");
  if (comma <= 0) return null;
  const mention = mentionOf(clause.slice(comma + 2));
  return mention?.type === "named" || mention?.type === "pronoun" || mention?.type === "definite" ? mention : null;
}

/** The subject of a sentence: the words before its first verb, as a mention. */
function subjectOf(text: string, sentence?: Sentence): Mention | null {
  const tokens = tokensWithin(sentence, text);
  const verb = tokens.find((t, i) => (t.pos === "VERB" || t.pos === "AUX") && i > 0 && !/ing$/.test(t.text));
  if (!verb) return null;
  // "About Aurelia Therapeutics: Aurelia is ...": the subject follows a colon.
  const head = text.slice(0, verb.start).replace(/^[^:]*:\s+/, "");
  // "By the evening it had changed tack": an opener without a comma, then a pronoun subject.
  const pronoun = /\b(he|she|they|it)\s+$/i.exec(head);
  // "Odile Frayling laughs when I read her this": the tagger missed the first verb; the name that
  // opens the sentence is its subject.
  const opening = /^((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+\p{Ll}/u.exec(text.trimStart());
  return mentionOf(head) ?? (pronoun ? mentionOf(pronoun[1]!) : null) ?? (opening ? mentionOf(opening[1]!) : null);
}

function classify(text: string, before: string, cue: Cue | null, span: QuoteSpan): QuoteKind {
  const words = text.split(/\s+/).filter(Boolean);
  const lead = before.replace(/\s+$/u, "");
  const precedingWords = lead.split(/\s+/).slice(-6).join(" ");
  const act = cue !== null && cue.place === "embedded" && SPEECH_ACTS.has(cue.cue);
  if (act) return "partial";
  // "what he called "secondary tariffs"": a person's word for it, in the past tense, is theirs.
  if (cue && WHAT_SOMEONE_CALLED.test(lead)) return "partial";
  if ((NAMING_VERBS.test(precedingWords) || /\bknown\b[^.,;]{0,30}\bas$/i.test(lead)) && words.length <= 6) return "term";
  const startsUpper = /^[\p{Lu}"“‘'(\d]/u.test(text) || text.startsWith("...") || text.startsWith("…");
  const opensClause = lead === "" || /[,:]$/.test(lead) || /[—–-]$/.test(lead) || CUE_AT_END.test(lead);
  if (startsUpper && opensClause && (words.length > 3 || /[.!?,]$/.test(span.text.trim()))) return "direct";
  if (span.paragraph !== span.lastParagraph) return "direct";
  // A fragment inside a clause that reports someone's words is theirs: partial, not a label,
  // unless it stands as a name right after "a"/"an" ("announced a "special military operation"").
  if (cue && cue.place === "embedded" && !(/\b(?:a|an)$/i.test(lead) && !/\bas an?$/i.test(lead))) return "partial";
  if (!cue && words.length <= 4) return "term";
  if (cue && cue.place === "after" && words.length <= 4 && !/[.!?,]$/.test(span.text.trim()) && /\b(?:a|an|the|as|of|more|at)$/i.test(lead)) return "term";
  if (/\b(?:a|an|as a|as an|as)$/i.test(lead) && words.length <= 4) return "term";
  return "partial";
}

/** Indirect speech: `X said (that) ...`, `X told Y that ...`, `According to X, ...`, with no quote marks. */
function findReportedSpeech(state: State): void {
  const quoteDrafts: Draft[][] = [];
  for (const d of state.drafts) (quoteDrafts[d.paragraph] ??= []).push(d);
  state.paragraphs.forEach((paragraph, p) => {
    if (paragraph.heading) return;
    for (const sentence of state.sentences[p]!) {
      // Most sentences report nothing: one pass over the words decides whether the rules need to run.
      if (!REPORTS_ANYTHING.test(sentence.text)) continue;
      const inside = state.spansCovering[p]!.some((s) => s.paragraph <= p && s.lastParagraph >= p && (s.paragraph < p || s.outerStart < sentence.end) && (s.lastParagraph > p || s.outerEnd > sentence.start));
      const text = sentence.text;
      // "according to X, the ministry's adviser, ..." keeps an appositive only when what follows it is a clause.
      const plain = /^(?:[^,]{0,40},\s*)?according to ([^,]+),\s*(.+?)[.!?]?$/i.exec(text);
      const appositive = plain ? /^(?:the|a)\s[^,]+,/i.exec(plain[2]!) : null;
      const according = plain && hasFiniteVerb(plain[2]!, sentence) && !(appositive && !hasFiniteVerb(appositive[0], sentence)) ? plain : /^(?:[^,]{0,40},\s*)?according to ([^,]+(?:,\s*(?:the|a)\s[^,]+)?),\s*(.+?)[.!?]?$/i.exec(text);
      // "In a statement, according to X, ..." opens with an adjunct; "Inflation was 6.1%, according to X"
      // is the clause itself, read below.
      const opener = according ? text.slice(0, text.toLowerCase().indexOf("according to")) : "";
      if (according && !inside && !hasFiniteVerb(opener, sentence)) {
        const mention = mentionOf(sourceOf(according[1]!));
        if (mention) {
          pushReported(state, p, sentence, according[2]!, "according to", mention);
          continue;
        }
      }
      // `Three earlier rounds ended without agreement, according to diplomats.`
      const accordingAfter = /^(.{12,}?),\s+according to\s+([^,]{2,90}?(?:,\s+[^,]{2,120}?)?)[.!?]?$/i.exec(text);
      if (accordingAfter && !inside) {
        const clause = withoutDateline(accordingAfter[1]!).split(/,\s+(?:where|which|who|when)\s+/i).pop()!;
        const mention = mentionOf(sourceOf(accordingAfter[2]!));
        if (mention && hasFiniteVerb(clause, sentence)) {
          pushReported(state, p, sentence, clause, "according to", mention);
          continue;
        }
      }
      // "X was quoted by the state broadcaster as saying that ...".
      const quotedAs = inside ? null : /^(.{2,200}?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?quoted\b.{0,80}?\bas\s+saying\s+(?:that\s+)?(.+?)[.!?]?$/i.exec(text);
      const quotedBy = quotedAs ? mentionOf(quotedAs[1]!) : null;
      if (quotedAs && quotedBy && hasFiniteVerb(quotedAs[2]!, sentence)) {
        const cut = CLAUSE_END.exec(quotedAs[2]!);
        pushReported(state, p, sentence, cut && cut.index > 0 ? quotedAs[2]!.slice(0, cut.index) : quotedAs[2]!, "quoted as saying", quotedBy);
        continue;
      }
      const inverted = INVERTED_REPORT.exec(text);
      const invertedName = INVERTED_REPORT_NAME.exec(text);
      if (inverted && !inside && hasFiniteVerb(inverted[1]!, sentence)) {
        const mention = mentionOf(inverted[2]!);
        if (mention) {
          pushReported(state, p, sentence, withoutDateline(inverted[1]!), inverted[3]!.toLowerCase(), mention);
          if (inverted[4] && PARTICIPLES.has(inverted[4].toLowerCase()) && inverted[5]) pushReported(state, p, sentence, inverted[5], inverted[4].toLowerCase(), mention);
          continue;
        }
      }
      if (invertedName && !inside && hasFiniteVerb(invertedName[1]!, sentence)) {
        const mention = mentionOf(invertedName[3]!);
        if (mention) {
          pushReported(state, p, sentence, invertedName[1]!, invertedName[2]!.toLowerCase(), mention);
          continue;
        }
      }
      reportedByVerbs(state, p, sentence, quoteDrafts[p] ?? []);
    }
  });
}

/** "the ministry's statement" -> "the ministry": the document speaks for whoever issued it. */
function sourceOf(phrase: string): string {
  return phrase
    .replace(/^(?:[\p{L}-]+\s+){1,3}(?:published|issued|released|compiled|produced)\s+by\s+/iu, "").replace(/(?:['’]s)?\s+(?:(?:annual|latest|own|quarterly|new|official)\s+)?(?:statement|figures|data|report|estimate|estimates|count|tally|website|account|announcement|records|filing|survey|analysis)$/i, "");
}

/** "SANTA INÉS, Feb 11 (MPA) - Caldera is ..." -> "Caldera is ...". */
function withoutDateline(clause: string): string {
  return clause.replace(/^[^()]{2,60}\([\p{Lu}][\p{L}\s.&]{0,30}\)\s*[-–—]+\s*/u, "");
}

/** "what he called", "what she termed": someone's own word for a thing. */
const WHAT_SOMEONE_CALLED = /\bwhat\s+(?:he|she|they|[\p{Lu}][\p{L}'’-]+)\s+(?:had\s+)?(?:called|termed|dubbed|described as)\s*$/u;

/** Participles that report, as in `..., adding that ...` or `..., arguing that ...`. */
const REPORT_PARTICIPLES = new Set([...PARTICIPLES, "arguing", "affirming", "claiming", "stressing", "announcing", "acknowledging", "admitting", "suggesting", "explaining", "recalling", "confirming", "signalling", "signaling"]);
/** Verbs that report a clause but do not introduce quotes as often: `signalled that`, `informed that`. */
const REPORT_VERBS = new Set([...CUE, "argue", "argues", "claim", "claims", "insist", "insists", "warn", "reported", "informed", "signalled", "signaled", "alleged", "revealed", "disclosed", "assured", "pledged", "testified", "maintained", "contended", "underlined", "underscored", "hinted", "estimated", "shot"]);
/** Any word that can report speech: a reporting verb or participle, "according", "quoted", a finding. */
const REPORTS_ANYTHING = new RegExp(`\\b(?:${[...REPORT_VERBS, ...REPORT_PARTICIPLES, "according", "quoted", "found", "ruled"].join("|")})\\b`, "i");
/** Where a reported clause stops: another report of the same speaker, or the writer taking over. */
const CLAUSE_END = new RegExp(`(?:,?\\s*(?:also\\s+)?\\b(?:${[...REPORT_PARTICIPLES].join("|")})\\b|\\s+and\\s+(?:also\\s+)?(?:said|added|told|warned|stressed|insisted)\\b|,\\s+(?:while|whereas)\\s|;)`, "i");

/** `X said (that) ...`, `X told Y that ...`, `..., adding that ...`: every report in one sentence. */
function reportedByVerbs(state: State, p: number, sentence: Sentence, quotesIn: Draft[]): void {
  const paragraph = state.paragraphs[p]!;
  const text = sentence.text;
  const covering = state.spansCovering[p]!.filter((s) => (s.paragraph < p || s.outerStart < sentence.end) && (s.lastParagraph > p || s.outerEnd > sentence.start));
  const range = (s: QuoteSpan) => [s.paragraph < p ? 0 : s.outerStart - sentence.start, s.lastParagraph > p ? text.length : s.outerEnd - sentence.start] as const;
  const spans = covering.map(range);
  // Quoted words that speak. A label the writer marks as one ("so-called 'tanker mafia'", "known as") stays a term; other short
  // quoted words inside the clause are the speaker's (below).
  const labelled = (d: Draft) => {
    const lead = paragraph.text.slice(Math.max(0, d.markStart - paragraph.start - 30), d.markStart - paragraph.start);
    return /(?:so-called|known(?:\s+\w+)?\s+as|called|dubbed|named|termed|branded|labell?ed|titled)\s*$/i.test(lead) && !WHAT_SOMEONE_CALLED.test(lead);
  };
  const termAt = new Set(quotesIn.filter((d) => d.kind === "term" && labelled(d)).map((d) => d.markStart - paragraph.start));
  const speaking = covering.filter((s) => !(s.paragraph === p && termAt.has(s.outerStart))).map(range);
  const inQuote = (at: number) => spans.some(([a, b]) => at >= a && at < b);
  const tokens = tokensWithin(sentence, text);
  let floor = 0;
  let lastSubject: Mention | null = null;
  // The speaker of a quote earlier in the sentence: `"...," wrote Zelenskiy, adding that ...`.
  const quoted = (at: number) => {
    const draft = quotesIn.filter((d) => d.kind !== "term" && d.markEnd - paragraph.start <= sentence.start + at && d.markStart - paragraph.start >= sentence.start).pop();
    return draft?.mention ?? null;
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < floor || inQuote(t.start)) continue;
    const word = t.text.toLowerCase();
    const participle = REPORT_PARTICIPLES.has(word) && /,\s*(?:also\s+)?$/.test(text.slice(0, t.start));
    const finite = !participle && REPORT_VERBS.has(word) && (t.pos === "VERB" || t.pos === "AUX");
    if (!participle && !finite) continue;
    let subject: Mention | null;
    if (participle) subject = lastSubject ?? quoted(t.start) ?? subjectOf(text.slice(0, t.start), sentence);
    else {
      let head = text.slice(floor, t.start).replace(/,\s*(?:who|which)\b[^,]*,/gi, ",");
      if (/,\s*(?:who|which|that)\s*$/i.test(head) || /,\s*(?:who|which)\s[^,]*$/i.test(head) || /\b(?:was|were|been|be|is|are)\s*$/i.test(head)) continue;
      head = head.split(/,\s+(?:while|and|but|whereas)\s|\b(?:while|whereas|after|before|because|since|until|although|though|when)\s+/i).pop() ?? head;
      const shared = /^\s*(?:(?:and|but|then|also|has|have|had|later|again|already)\s+)*$/i.test(`${head.trim()} `) || /["”’]?\s+(?:and|but)\s*$/i.test(head);
      subject = shared ? lastSubject ?? subjectOf(text.slice(0, t.start), sentence) : mentionOf(head);
      // `... after the break, she said, adding ...` / `"...," President Volodymyr Zelensky said`.
      if (!subject) {
        const tail = mentionOf(head.slice(head.lastIndexOf(", ") + 1).replace(/^.*["”]\s*/, ""));
        if (tail && (tail.type === "pronoun" || tail.type === "named")) subject = tail;
      }
    }
    if (!subject) continue;
    let rest = text.slice(t.end);
    if (word === "shot") {
      if (!/^\s+back\b/i.test(rest)) continue;
      rest = rest.replace(/^\s+back/i, "");
    }
    // told parliament's finance committee on Monday that ...: whoever was told, up to "that".
    if (/^(?:told|tells|informed|assured|reminded)$/.test(word)) rest = rest.replace(/^\s+[^,.;"“”]{1,70}?(?=\s+that\s)/u, "");
    // told reporters / told state television / told the BBC: the hearer, then the clause.
    const unheard = rest;
    rest = rest.replace(/^\s+(?:(?:\p{Ll}+\s+){0,2}(?:reporters|journalists|parliament|lawmakers|television|radio|media|press|broadcaster|agency|newspaper|him|her|them|us|me)\b(?:\s+[\p{Lu}][\p{L}]*){0,3}|the [\p{L}\s]{1,30}?(?=\s+that\b)|the \p{L}+(?:\s(?!(?:from|in|at|on|of|with|by|outside|inside|after|before|during|about)\b)\p{L}+)?(?=\s+(?:his|her|their|its|the|a|an|he|she|they|it|we|i)\s)|[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,3}(?=\s+(?:that|the|a|an|his|her|their|its|he|she|they|it|we|i)\b))/u, "");
    rest = rest.replace(/^\s+(?:(?:on|in|at|late|early|last|this|earlier|during|after|before)\s+[^,]{0,40}?)?(?=\s+that\b|,)/i, "");
    rest = rest.replace(/^\s+(?:in a statement|in a post|in an interview|on (?:X|Twitter|Facebook|Telegram|social media)|later|also|again)(?=\s)/i, "");
    const that = /^,?\s+that\s+(.+?)[.!?]?$/is.exec(rest);
    // A bare clause ends at a semicolon; after "told", a capitalised word left is the hearer, not a clause.
    // "promised a 'fair pay agreement'": these verbs take a thing as often as a clause, so only "that" marks one.
    const bare = (/^(?:told|tells)$/.test(word) && (/^\s+[\p{Lu}]/u.test(rest) || rest === unheard)) || /^(?:promised|pledged|vowed|announced|confirmed|revealed|disclosed|reported|unveiled)$/.test(word) ? null : /^\s+([\p{L}\d$€£][^"“”;]*?\s[^;]+?)[.!?]?(?:;.*)?$/su.exec(rest);
    let clause = that?.[1] ?? (bare && bareClause(bare[1]!, sentence) ? bare[1] : undefined);
    if (!clause || /^["“”‘]/.test(rest.trim())) continue;
    const cut = CLAUSE_END.exec(clause);
    if (cut && cut.index > 0) clause = clause.slice(0, cut.index);
    clause = clause.replace(/[,\s]+$/, "");
    const clauseStart = text.indexOf(clause, t.end);
    const reported = clause;
    // `said the product had been withdrawn ..., and that the company had "always intended ..."`: the
    // report before the quoted part stands on its own.
    const firstQuote = speaking.filter(([a, b]) => a < clauseStart + reported.length && b > clauseStart).map(([a]) => a).sort((x, y) => x - y)[0];
    if (clauseStart >= 0 && firstQuote !== undefined) {
      const and = /,?\s+and\s+that\s/i.exec(text.slice(clauseStart, firstQuote));
      if (and && and.index > 0) clause = clause.slice(0, and.index);
    }
    const clauseEnd = clauseStart + clause.length;
    // A clause holding quoted words: the quote carries the speech (annotated as partial), and quoted
    // words taken for a label are the speaker's after all: `said police had been called 'at least twice'`.
    if (clauseStart < 0 || speaking.some(([a, b]) => a < clauseEnd && b > clauseStart)) {
      for (const d of quotesIn) {
        const at = d.markStart - paragraph.start - sentence.start;
        if (d.kind === "term" && !d.mention && !labelled(d) && clauseStart >= 0 && at >= clauseStart && at < clauseEnd) {
          d.kind = "partial";
          d.mention = subject;
          d.cue = word;
        }
      }
      lastSubject = subject;
      continue;
    }
    pushReported(state, p, sentence, clause, word === "shot" ? "shot back" : word, subject, sentence.start + clauseStart);
    lastSubject = subject;
    floor = clauseEnd;
  }
}

/** A clause that can follow "said" without "that": it opens with a noun phrase and has a finite verb. */
function bareClause(clause: string, sentence: Sentence): boolean {
  const tokens = tokensWithin(sentence, clause);
  const first = tokens[0];
  if (!first) return false;
  const quantity = /^(?:about|around|nearly|almost|some|more|over|up|at|roughly|approximately)$/i.test(first.text);
  if (!quantity && !["DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"].includes(first.pos)) return false;
  if (/^(?:to|of|for|with)$/i.test(first.text)) return false;
  // A verb inside a compound ("wider-than-expected") is no clause's verb.
  return tokens.slice(1).some((t, i) => (t.pos === "VERB" || t.pos === "AUX") && !/ing$/i.test(t.text) && !/^to$/i.test(tokens[i]!.text) && tokens[i]!.text !== "-" && tokens[i + 2]?.text !== "-");
}

function hasFiniteVerb(clause: string, sentence: Sentence): boolean {
  return tokensWithin(sentence, clause).some((t) => (t.pos === "VERB" || t.pos === "AUX") && !/ing$/i.test(t.text));
}

function pushReported(state: State, p: number, sentence: Sentence, clause: string, cue: string, mention: Mention, clauseAt = -1): void {
  const paragraph = state.paragraphs[p]!;
  const at = clauseAt >= 0 ? clauseAt : paragraph.text.indexOf(clause, sentence.start);
  state.drafts.push({
    segments: [],
    text: clause.replace(/[.\s]+$/, ""),
    kind: "reported",
    speaker: null,
    cue,
    sentence: sentence.text.trim(),
    start: paragraph.start + Math.max(at, sentence.start),
    end: paragraph.start + Math.max(at, sentence.start) + clause.length,
    paragraph: p,
    mention,
    at: paragraph.start + sentence.start,
    markStart: paragraph.start + Math.max(at, sentence.start),
    markEnd: paragraph.start + Math.max(at, sentence.start) + clause.replace(/[.\s]+$/, "").length,
  });
}

const NAME_RUN = /(?:[\p{Lu}](?:\.(?:[\p{Lu}]\.)*|[\p{L}'’-]*)[ \t]+|["“‘'][\p{Lu}][\p{L} .-]{0,30}["”’'][ \t]+){1,4}[\p{Lu}][\p{L}'’-]+/gu;

/**
 * Antecedents for pronouns: the subject of every sentence that names a person, group or organisation,
 * and every full name of a person wherever it stands ("Among those leaving was Giulia Serra").
 */
function collectSubjects(state: State): void {
  state.paragraphs.forEach((paragraph, p) => {
    // Names inside quotations are the speaker's words ("Not Ulmaria, not Serevan"), not mentions.
    for (const m of state.narration[p]!.matchAll(NAME_RUN)) {
      const mention = parseMention(m[0]);
      if (mention?.type === "named" && mention.kind === "person" && !mention.single) {
        state.events.push({ at: paragraph.start + m.index! + m[0].length - mention.name.length, speaker: { name: mention.name, role: mention.role, kind: "person" } });
      }
    }
  });
  state.paragraphs.forEach((paragraph, p) => {
    for (const sentence of state.sentences[p]!) {
      let text = sentence.text;
      // A sentence inside a quote ("... Somebody needs to be training now ...") names no antecedent.
      if (state.spansCovering[p]!.some((s) => (s.paragraph < p || s.outerStart < sentence.start) && (s.lastParagraph > p || s.outerEnd > sentence.start))) continue;
      for (const s of state.spansOpening[p]!) {
        if (s.outerStart >= sentence.start && s.outerStart < sentence.end && !isNickname(s, paragraph.text)) text = text.slice(0, s.outerStart - sentence.start);
      }
      if (!text.trim()) continue;
      // "Is she worried about the reviews?": a question puts its subject after the verb.
      const asked = /^(?:is|was|does|did|has|had|will|would|can|could)\s+(he|she)\b/i.exec(text.trimStart());
      const mention = asked ? mentionOf(asked[1]!) : subjectOf(text, sentence);
      // Only a main clause's pronoun: "When she did, Ms Treloar told the House" is about Ms Treloar.
      const pronounFirst = !/^(?:when|whenever|while|if|after|before|because|as|since|although|though|until|once|unless)\b/i.test(text.trimStart());
      if (pronounFirst && mention?.type === "pronoun" && (mention.pronoun === "he" || mention.pronoun === "she")) state.pronounSubjects.push({ at: paragraph.start + sentence.start, mention, speaker: null });
      if (mention?.type === "named") state.events.push({ at: paragraph.start + sentence.start, speaker: { name: mention.name, role: mention.role, kind: mention.kind }, subject: true });
    }
  });
}

/** A mention event; `candidates` when a surname alone names one of several people ("Moffat herself"). */
type Event = State["events"][number] & { candidates?: Speaker[] };

/** How far back, in mentions, an antecedent is looked for: bounds the work on very long articles. */
const LOOKBACK = 200;

/**
 * The speaker events of an article in body order: the mentions found in the text (sorted once) and
 * the speakers resolved so far, which arrive in order. `latest` walks both backwards from an offset.
 */
class Timeline {
  private resolved: Event[] = [];
  constructor(private readonly mentions: Event[]) {}
  add(event: Event): void {
    this.resolved.push(event);
  }
  latest(at: number, fits: (e: Event) => boolean): Event | undefined {
    let i = lastAtOrBefore(this.mentions, at, (e) => e.at);
    let j = lastAtOrBefore(this.resolved, at, (e) => e.at);
    for (let steps = 0; steps < LOOKBACK && (i >= 0 || j >= 0); steps++) {
      const fromResolved = j >= 0 && (i < 0 || this.resolved[j]!.at >= this.mentions[i]!.at);
      const e = fromResolved ? this.resolved[j--]! : this.mentions[i--]!;
      if (fits(e)) return e;
    }
    return undefined;
  }
}

/** Pronouns to their antecedent, surnames to full names, "the spokesperson" to the last one named. */
function resolveSpeakers(state: State): void {
  const people = new Map<string, Speaker>();
  const known = (s: Speaker) => {
    if (s.kind === "person" && s.name.includes(" ")) {
      const existing = people.get(s.name);
      if (!existing || (!existing.role && s.role)) people.set(s.name, s);
    }
  };
  for (const d of state.drafts) if (d.mention?.type === "named") known(d.mention as Speaker);
  for (const e of state.events) known(e.speaker);
  // "Ines Calloway" is "Ines Adela Calloway": a name with the same first and last word as a longer one.
  const byEnds = new Map<string, string[]>();
  for (const name of people.keys()) {
    const w = name.split(" ");
    const ends = `${w[0]} ${w[w.length - 1]}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), name]);
  }
  const fuller = new Map<string, string>();
  for (const names of byEnds.values()) {
    for (const name of names) {
      const longer = names.filter((o) => o.length > name.length);
      if (longer.length === 1) fuller.set(name, longer[0]!);
    }
  }
  for (const [short, long] of fuller) {
    const s = people.get(short)!;
    if (!people.get(long)!.role && s.role) people.set(long, { ...people.get(long)!, role: s.role });
    people.delete(short);
  }
  const fullest = (name: string) => {
    let n = name;
    for (let hops = 0; fuller.has(n) && hops < 4; hops++) n = fuller.get(n)!;
    return n;
  };
  // The narration alone: a name inside a quote ("Not Ulmaria, not Serevan") is not how the article names anyone.
  const body = state.narration.join("\n\n");
  const surnames = new Map<string, Speaker | null>();
  const orgNames = new Map<string, Speaker | null>();
  const bySurname = (single: string): Speaker | null => {
    const key = single.toLowerCase();
    if (surnames.has(key)) return surnames.get(key)!;
    const matches = [...people.values()].filter((p) => p.name.split(" ").pop()!.toLowerCase() === key);
    let found: Speaker | null = matches.length === 1 ? matches[0]! : null;
    if (matches.length === 0) {
      // A full name the article gives outside any cue: "his Russian counterpart Vladimir Putin".
      found = fullNameInText(single, body);
      if (found) people.set(found.name, found);
      // "Pechorkin" for "Artyom Pechyorkin": one transliteration of a long surname for another.
      if (!found && single.length >= 6) {
        const near = [...people.values()].filter((p) => withinOneEdit(p.name.split(" ").pop()!.toLowerCase(), key));
        found = near.length === 1 ? near[0]! : null;
      }
    }
    surnames.set(key, found);
    return found;
  };
  // Organisations named in full, for their short names: "Pemberton", "the FA".
  const orgs = new Set<string>();
  for (const d of state.drafts) if (d.mention?.type === "named" && d.mention.kind === "organization") orgs.add(d.mention.name);
  for (const e of state.events) if (e.speaker.kind === "organization") orgs.add(e.speaker.name);
  const fullOrgs = new Map<string, string>();
  const fullOrg = (name: string): string => {
    if (!fullOrgs.has(name)) fullOrgs.set(name, fullOrgName(name, orgs) ?? name);
    return fullOrgs.get(name)!;
  };
  const canonical = (m: Extract<Mention, { type: "named" }>): Speaker | null => {
    if (m.kind === "person" && m.single) {
      const full = bySurname(m.name);
      if (full) return { name: full.name, role: m.role ?? full.role, kind: "person" };
      if (m.role) return { name: m.name, role: m.role, kind: "person" };
      return { name: fullOrg(m.name), role: m.role, kind: "organization" };
    }
    if (m.kind === "organization") return { name: fullOrg(m.name), role: m.role, kind: m.kind };
    if (m.kind === "person") {
      const known = people.get(fullest(m.name));
      return { name: fullest(m.name), role: m.role ?? known?.role ?? null, kind: "person" };
    }
    return { name: m.name, role: m.role, kind: m.kind };
  };

  // Surnames standing alone ("Costa rejected the charge") are mentions of the person too.
  const seen = new Map<string, Set<number>>();
  for (const e of state.events) {
    if (!seen.has(e.speaker.name)) seen.set(e.speaker.name, new Set());
    seen.get(e.speaker.name)!.add(e.at);
  }
  const nearby = (name: string, at: number, reach: number) => {
    const ats = seen.get(name);
    if (!ats) return false;
    for (let x = at - reach; x <= at + reach; x++) if (ats.has(x)) return true;
    return false;
  };
  // A surname two people share ("Agnes Moffat" and her son "Daniel Moffat") names neither alone.
  const surnameCount = new Map<string, number>();
  for (const person of people.values()) {
    const surname = person.name.split(" ").pop()!;
    surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
  }
  const standalone = [...people.values()]
    .map((person) => ({ person, surname: person.name.split(" ").pop()! }))
    .filter(({ surname }) => surnameCount.get(surname) === 1)
    .map(({ person, surname }) => ({ person, surname, re: new RegExp(`\\b${escapeRe(surname)}\\b`, "gu") }));
  state.paragraphs.forEach((paragraph) => {
    for (const { person, surname, re } of standalone) {
      if (!paragraph.text.includes(surname)) continue;
      for (const m of paragraph.text.matchAll(re)) {
        // A surname after punctuation or an honorific ("Mr Morozkin"): not the end of a longer name
        // ("Daniel Moffat"), nor an object in the middle of a clause ("that Alvarado had voted").
        const word = /(\p{L}+)(\.?)[ \t]$/u.exec(paragraph.text.slice(Math.max(0, m.index! - 12), m.index!));
        if (word && !HONORIFIC_BEFORE.test(word[1]!)) continue;
        const at = paragraph.start + m.index!;
        if (nearby(person.name, at, surname.length + 1)) continue;
        state.events.push({ at, speaker: person });
        if (!seen.has(person.name)) seen.set(person.name, new Set());
        seen.get(person.name)!.add(at);
      }
    }
  });
  state.events.sort((a, b) => a.at - b.at);
  const genders = genderOf(state);
  // Capitalised words that stand after a small word or a comma somewhere in the narration.
  const midSentence = new Set([...body.matchAll(/[\p{Ll},;]\s+([\p{Lu}][\p{L}'’.-]*)/gu)].map((m) => m[1]!.replace(/[.'’]+$/, "")));
  const sharing = (surname: string) => [...people.values()].filter((p) => p.name.split(" ").pop() === surname);
  const timeline = new Timeline(
    state.events.map((e): Event => {
      if (e.speaker.kind === "person" && fuller.has(e.speaker.name)) return { ...e, speaker: people.get(fullest(e.speaker.name)) ?? e.speaker };
      if (e.speaker.kind !== "person" || e.speaker.name.includes(" ")) return e;
      const full = bySurname(e.speaker.name);
      if (full) return { ...e, speaker: full };
      // A single capitalised name that is nobody's surname is a body: "Zipcart", "Pemberton".
      // Only a name the article capitalises mid-sentence too ("delivery app Zipcart"): a capital at a
      // sentence's start ("Firefighters battled ...") makes no name.
      if (!e.speaker.role && (surnameCount.get(e.speaker.name) ?? 0) === 0 && midSentence.has(e.speaker.name)) return { ...e, speaker: { name: fullOrg(e.speaker.name), role: null, kind: "organization" } };
      const candidates = (surnameCount.get(e.speaker.name) ?? 0) > 1 ? sharing(e.speaker.name) : undefined;
      return { ...e, candidates };
    }),
  );
  // Quotes and pronoun subjects in body order: each resolved one is an antecedent for the next.
  const resolvable: { at: number; mention: Mention | null; speaker: Speaker | null }[] = [...state.drafts, ...state.pronounSubjects].sort((a, b) => a.at - b.at);
  for (const d of resolvable) {
    const m = d.mention;
    if (!m) continue;
    if (m.type === "named" && /^one of (?:them|those|these)$/i.test(m.name)) {
      // "One of them said": one of the group last named.
      const group = timeline.latest(d.at, (e) => e.speaker.kind === "group");
      d.speaker = { name: group ? `one of the ${group.speaker.name.replace(/^the\s+/i, "")}` : m.name, role: null, kind: "unnamed" };
    } else if (m.type === "named") d.speaker = canonical(m);
    else if (m.type === "definite" && (m.role === "former" || m.role === "latter")) {
      // "The former said ...; the latter said ...": the earlier or the later of the last two people named.
      const latter = timeline.latest(sentenceOf(state, d.at).start - 1, (e) => e.speaker.kind === "person" && e.speaker.name.includes(" "));
      const former = latter ? timeline.latest(latter.at - 1, (e) => e.speaker.kind === "person" && e.speaker.name.includes(" ") && e.speaker.name !== latter.speaker.name) : undefined;
      d.speaker = (m.role === "latter" ? latter : former)?.speaker ?? null;
    }
    else if (m.type === "pronoun" && (m.pronoun === "he" || m.pronoun === "she")) {
      const wanted = m.pronoun === "he" ? "male" : "female";
      // The latest subject that fits, unless a name in passing that the article gives this gender
      // comes after it in a later sentence ("Among those leaving was Giulia Serra ... she said").
      // A shared surname stands for whichever of its people has the pronoun's gender.
      const who = (e: Event) => (e.candidates ? e.candidates.find((c) => genders.get(c.name) === wanted) : e.speaker);
      // An unnamed speaker ("a 91-year-old widow") is an antecedent when the article gives its gender.
      const fits = (e: Event) => {
        const s = who(e);
        if (s?.kind === "unnamed") return genders.get(s.name) === wanted && s.name.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
        // A first name alone counts when the article gave it a role: "Farrow's daughter, Celeste".
        return !!s && s.kind === "person" && (s.name.includes(" ") || !!s.role) && (genders.get(s.name) ?? wanted) === wanted;
      };
      const subject = timeline.latest(d.at, (e) => fits(e) && !!e.subject);
      const passing = timeline.latest(d.at, (e) => fits(e) && !e.subject && genders.get(who(e)!.name) === wanted);
      // With no subject to go to, a person named in passing whose gender the article never gives.
      const unknown = subject || passing ? undefined : timeline.latest(d.at, (e) => fits(e) && !e.subject);
      const antecedent = (passing && (!subject || (passing.at > subject.at && sentenceOf(state, passing.at).key !== sentenceOf(state, subject.at).key)) ? passing : subject) ?? unknown;
      d.speaker = antecedent ? who(antecedent) ?? null : null;
    } else if (m.type === "pronoun" && (m.pronoun === "they" || m.pronoun === "it")) {
      const wanted = m.pronoun === "it" ? ["organization"] : ["group", "organization", "unnamed"];
      d.speaker = timeline.latest(d.at, (e) => wanted.includes(e.speaker.kind))?.speaker ?? null;
    } else if (m.type === "definite") {
      const isOrg = ORG_WORDS.has(m.role);
      // "The Swiss foreign ministry" is not "a Tarkeshi foreign ministry spokeswoman": its capitalised words must match.
      const qualifiers = m.phrase.split(/\s+/).slice(1).filter((w) => /^[\p{Lu}]/u.test(w));
      // "the league" is the Lakeshore Youth Soccer League, not its treasurer; "the spokesperson" is a person.
      const antecedent = isOrg
        ? timeline.latest(d.at, (e) => e.speaker.kind === "organization" && e.speaker.name.toLowerCase().includes(m.role) && qualifiers.every((q) => e.speaker.name.includes(q)))
        : timeline.latest(d.at, (e) => `${e.speaker.role ?? ""} ${e.speaker.name}`.toLowerCase().includes(m.role));
      const bare = !/\s/.test(m.phrase.replace(/^the\s+/i, ""));
      // "the company": a body named as a company first ("Tessaly Motors"), then any body that may be one.
      const company = isOrg && bare && COMPANY_ROLES.has(m.role) ? timeline.latest(d.at, (e) => e.speaker.kind === "organization" && e.speaker.name.toLowerCase().split(/\s+/).some((w) => COMPANY_SUFFIXES.has(w))) : undefined;
      const orgAntecedent = company ?? (isOrg ? timeline.latest(d.at, (e) => e.speaker.kind === "organization" && bare && canBe(e.speaker.name, m.role)) : undefined);
      if (isOrg && !antecedent && !orgNames.has(m.role)) orgNames.set(m.role, orgNameInText(m.role, body));
      const named = isOrg && !antecedent ? orgNames.get(m.role)! : null;
      d.speaker = antecedent?.speaker ?? named ?? orgAntecedent?.speaker ?? { name: m.phrase.replace(/^The\s/, "the "), role: null, kind: isOrg ? "organization" : "unnamed" };
    }
    if (d.speaker) timeline.add({ at: d.at + 1, speaker: d.speaker, subject: true });
  }
}

/** The sentence that holds a body offset: a key naming it, and its body offsets. */
function sentenceOf(state: State, at: number): { key: string; start: number; end: number } {
  const p = Math.max(paragraphAt(state.paragraphs, at), 0);
  const paragraph = state.paragraphs[p]!;
  const local = at - paragraph.start;
  const sentences = state.sentences[p] ?? [];
  const index = sentences.findIndex((x) => local >= x.start && local < x.end);
  const sentence = sentences[index];
  return { key: `${p}:${index}`, start: paragraph.start + (sentence?.start ?? 0), end: paragraph.start + (sentence?.end ?? paragraph.text.length) };
}

/** Each paragraph's text with its quotations blanked out, offsets kept. */
function maskQuotes(state: State): string[] {
  return state.paragraphs.map((p, k) => {
    let t = p.text;
    for (const s of state.spansCovering[k]!) {
      const a = s.paragraph < k ? 0 : s.outerStart;
      const b = s.lastParagraph > k ? t.length : s.outerEnd;
      t = t.slice(0, a) + " ".repeat(Math.max(0, b - a)) + t.slice(b);
    }
    return t;
  });
}

const HONORIFIC_BEFORE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)$/;

/** Whether two words differ by at most one letter added, dropped or changed. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return tail(a, b);
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The grammatical gender the article uses for each person: the first pronoun after each mention,
 * before anyone else is named, votes (a parenthetical ", she said," is skipped).
 */
function genderOf(state: State): Map<string, "male" | "female"> {
  const votes = new Map<string, number>();
  const events = state.events.filter((e) => e.speaker.kind === "person" || e.speaker.kind === "unnamed");
  // Events hold body offsets; a window stays in its paragraph ("Water for Every Field» ... In his
  // speech" gives no gender to a name in passing).
  // The same with every quotation blanked out: pronouns inside quote marks are the speaker's, about
  // someone else ("whatever she says," he said), and a name inside a quote is no antecedent.
  const masked = state.narration;
  const slice = (texts: string[], from: number, to: number) => {
    const k = Math.max(paragraphAt(state.paragraphs, from), 0);
    const p = state.paragraphs[k]!;
    return texts[k]!.slice(from - p.start, Math.max(from - p.start, to - p.start));
  };
  const raw = state.paragraphs.map((p) => p.text);
  const text = (from: number, to: number) => slice(raw, from, to);
  events.forEach((e, i) => {
    if (slice(masked, e.at, e.at + 1) === " " && slice(raw, e.at, e.at + 1) !== " ") return;
    // A sentence's subject keeps the pronouns of its sentence past names in passing ("Agnes Moffat
    // walks down the slipway at Hollin Ford ... her fist"); a name in passing yields to any name.
    // Subject events stand at their sentence's start: the window opens after the name itself.
    const surname = e.speaker.name.split(" ").pop()!;
    const found = text(e.at, e.at + 300).indexOf(surname);
    let from = found >= 0 ? e.at + found + surname.length : e.at + e.speaker.name.length;
    // ", who plays her estranged son,": a relative clause's pronouns are about someone else.
    const relative = /^,\s*(?:who|whose|which)\b[^,]*,/.exec(text(from, from + 200));
    if (relative) from += relative[0].length;
    let end = from + 240;
    for (let j = i + 1; j < events.length && events[j]!.at < end; j++) {
      const other = events[j]!;
      if (other.at <= from || other.speaker.name === e.speaker.name) continue;
      // ... unless the name in passing is surely a person's: "rejected arguments that Mr Morozkin ... him".
      const titled = HONORIFIC_BEFORE.test(/(\p{L}+)\.?\s+$/u.exec(text(Math.max(0, other.at - 8), other.at))?.[1] ?? "");
      if (e.subject && !other.subject && !titled && sentenceOf(state, other.at).key === sentenceOf(state, e.at).key) {
        end = Math.min(end, sentenceOf(state, e.at).end);
        continue;
      }
      end = other.at;
      break;
    }
    const window = slice(masked, from, end).replace(/,\s*(?:he|she)\s+(?:said|added|says|told|wrote)\b/gi, " ");
    const honorific = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(text(Math.max(0, e.at - 6), e.at));
    let vote = 0;
    if (honorific) vote = honorific[1] === "Mr" ? 2 : -2;
    const pronoun = /\b(he|his|him|himself|she|her|hers|herself)\b/i.exec(window);
    if (pronoun) vote += /^(he|his|him|himself)$/i.test(pronoun[1]!) ? 1 : -1;
    votes.set(e.speaker.name, (votes.get(e.speaker.name) ?? 0) + vote);
  });
  const out = new Map<string, "male" | "female">();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? "male" : "female");
  return out;
}

/** "Putin" -> the one full name ending in "Putin" in the text, with its title words as role. */
function fullNameInText(surname: string, text: string): Speaker | null {
  const names = new Set<string>();
  let role: string | null = null;
  const before = /((?:[\p{Lu}][\p{L}'’-]*[ \t]+){1,4})$/u;
  for (const occurrence of text.matchAll(new RegExp(`${escapeRe(surname)}\\b`, "gu"))) {
    const m = before.exec(text.slice(Math.max(0, occurrence.index! - 120), occurrence.index));
    if (!m) continue;
    const mention = parseMention(`${m[1]}${surname}`);
    if (mention?.type === "named" && mention.kind === "person" && !mention.single) {
      names.add(mention.name);
      role = role ?? mention.role;
    }
  }
  return names.size === 1 ? { name: [...names][0]!, role, kind: "person" } : null;
}

/**
 * Whether a body can be "the <role>" of a later sentence: a name that says what kind of body it is
 * ("the Independent Couriers' Union") is not "the company"; a bare name ("Zipcart") can be anything.
 */
function canBe(name: string, role: string): boolean {
  const kinds = name.toLowerCase().split(/\s+/).filter((w) => ORG_WORDS.has(w) && !COMPANY_SUFFIXES.has(w));
  if (!kinds.length || !COMPANY_ROLES.has(role)) return true;
  return kinds.every((w) => COMPANY_ROLES.has(w));
}

const COMPANY_ROLES = new Set(["company", "firm", "group", "business", "retailer", "carrier", "airline", "insurer", "developer", "manufacturer", "operator"]);

/**
 * The full name of a body the article names in full: "Pemberton" -> "Pemberton Outdoor Inc."
 * (the one body whose name starts with it), "FA" -> "Football Association" (initials).
 */
function fullOrgName(name: string, orgs: Set<string>): string | null {
  const bare = name.replace(/^the\s+/i, "");
  const candidates = new Set<string>();
  for (const org of orgs) {
    const other = org.replace(/^the\s+/i, "");
    if (other === bare) continue;
    if (!bare.includes(" ") && other.startsWith(`${bare} `)) candidates.add(org);
    else if (/^[\p{Lu}]{2,6}$/u.test(bare)) {
      const initials = other.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join("");
      if (initials === bare) candidates.add(org);
    }
  }
  return candidates.size === 1 ? [...candidates][0]! : null;
}

/** "league" -> "the Lakeshore Youth Soccer League", when the text names exactly one such body. */
function orgNameInText(word: string, text: string): Speaker | null {
  const capital = word[0]!.toUpperCase() + word.slice(1);
  const names = new Set<string>();
  for (const m of text.matchAll(new RegExp(`((?:[\\p{Lu}][\\p{L}'’-]*\\s+(?:(?:and|of|for|&)\\s+)?){1,6})${escapeRe(capital)}\\b`, "gu"))) {
    const name = `${m[1]}${capital}`.replace(/^(?:The|A|An)\s+/, "");
    if (name.split(/\s+/).length > 1) names.add(name);
  }
  // "the Department of Health and Wellbeing", "the Ministry for Schools".
  for (const m of text.matchAll(new RegExp(`\\b${escapeRe(capital)}\\s+(?:of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+(?:and\\s+)?[\\p{Lu}][\\p{L}'’-]*){0,3}`, "gu"))) names.add(m[0]);
  return names.size === 1 ? { name: `the ${[...names][0]}`, role: null, kind: "organization" } : null;
}

/** A quote with no cue takes the speaker of a quote beside it in its paragraph, or of the paragraph before. */
function inheritSpeakers(state: State): void {
  const byParagraph = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    if (!byParagraph.has(d.paragraph)) byParagraph.set(d.paragraph, []);
    byParagraph.get(d.paragraph)!.push(d);
  }
  state.drafts.forEach((d, i) => {
    if (d.speaker || d.kind === "term" || d.kind === "reported") return;
    const sameParagraph = byParagraph.get(d.paragraph)!.filter((o) => o !== d && o.speaker && o.kind !== "term" && o.kind !== "reported");
    const neighbour = sameParagraph.find((o) => o.at < d.at) ?? sameParagraph[0];
    if (neighbour) {
      d.speaker = neighbour.speaker;
      d.cue = d.cue ?? neighbour.cue;
      return;
    }
    const paragraph = state.paragraphs[d.paragraph]!;
    const outside = state.spansOpening[d.paragraph]!.reduce((text, s) => text.replace(paragraph.text.slice(s.outerStart, s.outerEnd), ""), paragraph.text);
    const onlyQuote = !/[\p{L}]{2,}/u.test(outside);
    let previous: Draft | undefined;
    for (let j = i - 1; j >= 0 && state.drafts[j]!.paragraph >= d.paragraph - 1; j--) {
      const o = state.drafts[j]!;
      if (o.speaker && o.kind !== "term") {
        previous = o;
        break;
      }
    }
    if (onlyQuote && previous) {
      d.speaker = previous.speaker;
      d.cue = null;
      if (d.kind === "partial") d.kind = "direct";
    }
  });
}

export { cleanPhrase };
