// Cues: the reporting words beside a quote and the phrase that names who speaks. Each way a cue can
// stand is a named rule; the first that finds a cue gives it, and its name goes into the quote's
// trace, so that a wrong attribution can be followed back to the rule that made it.
import { tokensWithin, type Sentence } from "../nlp.ts";
import { ABBREVIATIONS, ACT_VERBS, alternation, AUXILIARIES, CUE, CUE_VERBS, NOUN_LIKE_FORMS, ORG_WORDS, PARTICIPLE, PARTICIPLE_LIKE_VERBS, PLACES, PRESENT_SPEECH_ACTS, SPEECH_ACT_PARTICIPLES, SPEECH_ACTS, TIME_NAMES } from "./lexicon.ts";
import { parseMention } from "./mentions.ts";
import type { Cue, CuePlace, Mention } from "./types.ts";

/**
 * Any reporting verb, in lower case (a capitalised "States" in "the United States said" is a name,
 * not the verb); a form that is as often a noun ("the claims", "his remarks") only when no
 * determiner or possessive stands before it.
 */
const NOUN_BEFORE = "(?<!\\b(?:the|a|an|his|her|their|its|our|your|my|these|those|such|whose|of|recent|new|earlier|latest|many|some|several|two|three|these|further|similar|other|any|no|press|news|media|initial|early|local)\\s)";
const NOUN_LIKE = new Set<string>(NOUN_LIKE_FORMS);
export const CUE_ALTERNATION = `(?:${alternation(CUE_VERBS.filter((v) => !NOUN_LIKE.has(v)))}|${NOUN_BEFORE}(?:${alternation(CUE_VERBS.filter((v) => NOUN_LIKE.has(v)))}))`;
export const CUE_WORD = new RegExp(`\\b(${CUE_ALTERNATION})\\b`);
/** every reporting verb (global: reset lastIndex before use) */
const CUE_WORDS = new RegExp(`\\b(${CUE_ALTERNATION})\\b`, "g");
/** inverted order after a quote: said X */
const CUE_FIRST = new RegExp(`^(${CUE_ALTERNATION})\\s+(.+)$`);
/** every "X said" clause of a text */
const EARLIER_CUE = new RegExp(`(?:^|[,"”]\\s*)([^,"“”]{2,80}?)\\s+(?:${CUE_ALTERNATION})\\b`, "g");
/** "Reis, she said, was" */
const PARENTHETICAL_CUE = new RegExp(`,\\s*((?:he|she|they|it)|[\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+)?)\\s+(${CUE_ALTERNATION}),[^,]*$`, "u");
/** Speech acts in the past tense that make quoted words their subject's: called, described as, accused. */
const SPEECH_ACT = new RegExp(`(?<![\\w-])(${alternation([...SPEECH_ACTS, ...SPEECH_ACT_PARTICIPLES, ...PRESENT_SPEECH_ACTS])})\\b`, "gi");
/** Quoted words that are themselves a speech act: `Richard Thomas "totally condemned" the sale`. */
const QUOTED_ACT = new RegExp(`^(?:\\p{Ll}+ly\\s+)?(${alternation([...SPEECH_ACTS])})\\b`, "u");
/** a lead that ends with a reporting verb and maybe one word */
export const CUE_AT_END = new RegExp(`\\b(?:${CUE_ALTERNATION})(?:\\s+(?:the\\s+)?\\w+)?$`);
/** attribution standing alone as the next sentence: "The club said." */
export const ATTRIBUTION_ONLY = new RegExp(`^[^.!?"“”]{1,90}?\\b(?:${CUE_ALTERNATION})\\b(?:\\s+[^.!?"“”]{0,60})?(?:,\\s+[^.!?"“”]{1,60})?[.!?]?$`);
const AUX = new RegExp(`(?:\\s+(?:${alternation(AUXILIARIES)}))+$`, "i");
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${alternation(ABBREVIATIONS)}|[\\p{Lu}])$`, "u");

/** A speaker phrase with trailing auxiliaries dropped ("the ministry has also") -> a mention. */
export function mentionOf(phrase: string): Mention | null {
  const bare = phrase.trimEnd().replace(AUX, "");
  const mention = parseMention(bare);
  if (mention) return mention;
  // "On Thursday officials", "By 5:00 pm EDT (2100 UTC) the city": a time before the subject, no comma between.
  const time = TIME_OPENER.exec(bare);
  return time ? parseMention(bare.slice(time[0].length)) : null;
}

const TIME_NAME = alternation(TIME_NAMES);
const TIME_OPENER = new RegExp(
  `^(?:(?:late|early|earlier|later|shortly|just)\\s+)?(?:(?:on|in|at|by|during|since|until|around|before|after|this|last|next|from)\\s+)?(?:the\\s+)?` +
    `(?:${TIME_NAME}|today|yesterday|tonight|thereafter|afterwards|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{4})` +
    `(?:\\s+(?:${TIME_NAME}|morning|afternoon|evening|night|\\d{1,2}(?:st|nd|rd|th)?,?|\\d{4}|\\(\\d{3,4}\\s*(?:UTC|GMT)\\)|local time))*\\s+(?=\\S)`,
  "i",
);

/** The text up to the first full stop, semicolon, question or exclamation mark that ends a clause. */
export function firstClause(text: string): string {
  const end = /[.;!?](?=\s|$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0] === "." && (ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index)) || /\p{L}\.\p{L}{1,3}$/u.test(text.slice(Math.max(0, m.index - 6), m.index)))) continue;
    return text.slice(0, m.index);
  }
  return text;
}

/** The text after the last full stop, semicolon, question or exclamation mark that ends a clause ("Ph.D." does not). */
export function lastClause(text: string): string {
  // "The researchers noted implications: Gownaris remarked": a colon after a word in small letters,
  // before a capital, starts a clause too ("Center for Microbial Oceanography: Research" does not).
  const end = /[.;!?:](?=\s)/g;
  let from = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // "Ph.D.", "U.S.", "a.m.": a word with a full stop inside it is an abbreviation.
    if (m[0] === "." && (ABBREVIATION.test(before) || /\p{L}\.\p{L}{1,3}$/u.test(before))) continue;
    if (m[0] === ":" && !(/^\s+[\p{Lu}]/u.test(text.slice(m.index + 1, m.index + 4)) && /(?:^|\s)\p{Ll}[\p{L}'’-]*$/u.test(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
    from = m.index + 1;
  }
  return text.slice(from);
}

/** The subject of a sentence: the words before its first verb, as a mention. */
export function subjectOf(text: string, sentence?: Sentence): Mention | null {
  // "In a related press release issued the following day, the Turkish Ministry ... denounced": a verb
  // inside an opening phrase is not the clause's; its subject comes after the comma.
  const opener = /^((?:In|On|At|After|Before|During|Following|With|By|From|Under|Over|Through|When|While|Although|As|Since|Because|If)\s[^,]{2,160}),\s+(?=\S)/.exec(text);
  if (opener) {
    const after = subjectOf(text.slice(opener[0].length), sentence);
    if (after) return after;
  }
  const tokens = tokensWithin(sentence, text);
  const verb = tokens.find((t, i) => (t.pos === "VERB" || t.pos === "AUX") && i > 0 && !/ing$/.test(t.text));
  // "First, he juxtaposed/ADJ numbers": the tagger missed the verb; a pronoun after an opener is the subject.
  if (!verb) {
    const pronoun = /^(?:[^,]{0,30},\s*)?(he|she|they|we)\s+\p{Ll}/iu.exec(text.trimStart());
    return pronoun ? mentionOf(pronoun[1]!) : null;
  }
  // "Republic Act No. 3846 ... states": a law speaks for no one.
  if (/^(?:[\p{Lu}][\p{L}]*\s+){1,4}(?:Act|Amendment|Constitution|Treaty|Statute|Code|Bill|Charter|Convention|Directive)\b/u.test(text.trimStart())) return null;
  // "About Aurelia Therapeutics: Aurelia is ...": the subject follows a colon.
  const head = text.slice(0, verb.start).replace(/^[^:]*:\s+/, "");
  // "By the evening it had changed tack": an opener without a comma, then a pronoun subject.
  const pronoun = /\b(he|she|they|it)\s+$/i.exec(head);
  // "Odile Frayling laughs when I read her this": the tagger missed the first verb; the name that
  // opens the sentence is its subject.
  const opening = /^((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+\p{Ll}/u.exec(text.trimStart());
  return mentionOf(head) ?? (pronoun ? mentionOf(pronoun[1]!) : null) ?? (opening ? mentionOf(opening[1]!) : null);
}

/**
 * `Asked on the call whether ..., Whitcombe said "..."`, `..., a result the union's leadership called
 * "..."`: the subject after a long opener or aside, when it names someone.
 */
export function afterLastComma(clause: string): Mention | null {
  const comma = clause.lastIndexOf(", ");
  if (comma <= 0) return null;
  const mention = mentionOf(clause.slice(comma + 2));
  return mention?.type === "named" || mention?.type === "pronoun" || mention?.type === "definite" ? mention : null;
}

/** A sentence whose subject is "he", "she" or a person (by surname alone too, when `surnameAlone`), as a cue with no word. */
export function aboutPerson(sentence: Sentence, surnameAlone: boolean, rule: string): Cue | null {
  const subject = subjectOf(sentence.text, sentence);
  if (subject?.type === "pronoun" && (subject.pronoun === "he" || subject.pronoun === "she")) return { cue: "", mention: subject, place: "before", rule };
  if (subject?.type === "named" && subject.kind === "person" && (surnameAlone || !subject.single)) return { cue: "", mention: subject, place: "before", rule };
  return null;
}

type Found = { cue: string; mention: Mention; place: CuePlace } | null;
type CueRule<C> = [name: string, find: (context: C) => Found];

function firstCue<C>(rules: CueRule<C>[], context: C): Cue | null {
  for (const [rule, find] of rules) {
    const found = find(context);
    if (found) return { ...found, rule };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// After the quote: `"...," he said` / `"...," said X` / `"..." — X, who ...` / `"...," Reuters quoted X as saying`.

interface AfterContext {
  /** The text after the closing mark, punctuation stripped from its start. */
  a: string;
  /** The text after the closing mark as it stands. */
  after: string;
  quoted: string;
  /** The text of `a` up to the end of its first clause. */
  clause: string;
  /** The quote ended a sentence with a full stop, and no comma or dash follows it. */
  endedSentence: boolean;
}

const AFTER_RULES: CueRule<AfterContext>[] = [
  // `"..." — Therese Mballa, 47`: a dash, then a name or "a/the ..." (not the writer's aside:
  // `"the whole package" - prisoner exchanges, the river crossings ...`).
  ["after: dash and name", ({ a }) => {
    const dash = /^[—–-]\s*((?:[\p{Lu}]|(?:a|an|the|one)\s)[^.;]+)/u.exec(a);
    const mention = dash ? mentionOf(dash[1]!) : null;
    return mention ? { cue: "—", mention, place: "after" } : null;
  }],
  // `... at "very low height" according to The Aviation Herald`, `"...," according to a tweet by Mike Pompeo`.
  ["after: according to X", ({ a }) => {
    const according = /^according to\s+([^,;.]{2,100}?)\s*(?:[,;.]|$)/i.exec(a);
    const mention = according ? mentionOf(according[1]!.replace(/\s+(?:on|in|at|late|last|this|earlier)\s+\S+$/i, "")) : null;
    return mention ? { cue: "according to", mention, place: "after" } : null;
  }],
  ["after: was quoted as saying", ({ a }) => {
    const passive = /^(.{1,80}?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?quoted\b(?:\s+by\s+.{1,60}?)?\s+as\s+saying\b/i.exec(a);
    const mention = passive ? mentionOf(passive[1]!) : null;
    return mention ? { cue: "quoted as saying", mention, place: "after" } : null;
  }],
  ["after: quoted X as saying", ({ a }) => {
    const quotedAs = /^(.{0,80}?)\bquoted\s+(.{1,80}?)\s+as\s+saying\b/i.exec(a);
    const mention = quotedAs ? mentionOf(quotedAs[2]!) : null;
    return mention ? { cue: "quoted as saying", mention, place: "after" } : null;
  }],
  ["after: said X", ({ clause }) => {
    const inverted = CUE_FIRST.exec(clause);
    if (!inverted) return null;
    let phrase = inverted[2]!;
    const comma = phrase.indexOf(", ");
    if (comma > 0 && /^(?:to|on|in|at|after|before|during|while|adding|according|when|as|from|saying|speaking|referring)\b/i.test(phrase.slice(comma + 2))) phrase = phrase.slice(0, comma);
    // `said X in Kyiv on Monday` ends at the name; `said X, an epidemiologist at the institute` keeps its appositive.
    const named = phrase.indexOf(", ") > 0 ? phrase.slice(0, phrase.indexOf(", ")) : phrase;
    // An unnamed speaker keeps its description: "a senior official involved in the talks".
    // `wrote Joshua Wong on Twitter`, `said Dasbach to Wikinews`, `said X in Kyiv`: where or to whom, not who.
    const who = named.replace(/\s+(?:on|via|to|in|during|after|before)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\p{Lu}].*$/u, "");
    if (!/^(?:a|an|one|two|three|several)\s/i.test(named)) phrase = who.replace(/\s+(?:to|on|in|at|after|before|during|while|when|via|from)\s+(?:[\p{Ll}].*)?$/u, "") + phrase.slice(named.length);
    const mention = mentionOf(phrase);
    return mention ? { cue: inverted[1]!.toLowerCase(), mention, place: "after" } : null;
  }],
  ["after: X said", ({ clause, after, quoted, endedSentence }) => {
    const normal = CUE_WORD.exec(clause);
    if (!normal || normal.index === 0 || clause.slice(0, normal.index).split(/\s+/).length > 16) return null;
    // `"...," X, role, said` keeps the appositive; `"..." developments, X said` starts after the comma.
    const head = clause.slice(0, normal.index);
    const directly = /^\s*[,—–-]/u.test(after) || /[,?!]$/.test(quoted);
    const mention = mentionOf(directly ? head : head.slice(head.lastIndexOf(", ") + 1));
    return mention && !(endedSentence && clause.split(/\s+/).length > 12) ? { cue: normal[1]!.toLowerCase(), mention, place: "after" } : null;
  }],
];

export function cueAfter(after: string, quoted: string): Cue | null {
  // After a semicolon another clause begins, with its own subject: `"..."; the latter said ...`.
  if (/^\s*;/.test(after)) return null;
  const a = after.replace(/^[\s,.;:!?)\]]+/u, "");
  if (!a) return null;
  // `told MSNBC Cummings "was a great man," while Republican President Trump noted ...`: another clause.
  if (/^(?:while|whilst|whereas|but|and|although|though|as|when|after|before|because|since|so)\b/i.test(a)) return null;
  // A quote that ended a sentence with a full stop is followed by new narration, not a cue,
  // unless the next words are a short "X said." sentence.
  const endedSentence = /[.!?…]["”’']?$/u.test(quoted) && !/^[,—–-]/u.test(after.trim());
  return firstCue(AFTER_RULES, { a, after, quoted, clause: firstClause(a), endedSentence });
}

// ---------------------------------------------------------------------------------------------
// Before the quote: `X said: "..."` / `According to X, "..."` / `..., tweeting, "..."` / `X told reporters the talks were "..."`.

interface BeforeContext {
  /** The text before the opening mark, trailing space removed. */
  b: string;
  /** The sentence's text up to the opening mark. */
  sentenceStart: string;
  sentence?: Sentence;
  /** The quoted words. */
  quoted?: string;
}

/** Whether a speaker speaks for themself, not for a state or a body: "he", "Ms Kelly", "a spokesman". */
function isPersonal(m: Mention): boolean {
  if (m.type === "pronoun") return m.pronoun !== "it";
  if (m.type === "named") return m.kind === "person" && !PLACES.has(m.name.toLowerCase());
  return m.type === "definite" && !ORG_WORDS.has(m.role.split(/\s+/).pop()!.toLowerCase());
}

/** "what he called", "what she termed": someone's own word for a thing. */
export const WHAT_SOMEONE_CALLED = /\bwhat\s+(?:he|she|they|we|(?:the\s+)?[\p{L}'’-]+)\s+(?:had\s+|has\s+|have\s+)?(?:called|calls?|termed|terms?|dubbed|dubs?|described as|describes? as|declared|declares?|labell?ed|branded)(?:\s+(?:a|an|as|as a|as an))?\s*$/u;

const BEFORE_RULES: CueRule<BeforeContext>[] = [
  // "in what the police declared a "terrorist-related" attack": whoever named it so.
  ["before: what X called", ({ b }) => {
    const what = WHAT_SOMEONE_CALLED.exec(b);
    const who = what ? /\bwhat\s+(.+?)\s+(?:had\s+|has\s+|have\s+)?\p{Ll}+(?:\s+as)?(?:\s+(?:a|an|as|as a|as an))?\s*$/u.exec(what[0]) : null;
    const mention = who ? mentionOf(who[1]!) : null;
    return mention ? { cue: "called", mention, place: "embedded" } : null;
  }],
  ["before: according to X", ({ b }) => {
    const according = /according to\s+(.+?)[,:]?$/i.exec(b);
    // "According to Forbes, West claimed to be ... "almost daily."": the clause's own speaker, read below.
    if (!according || /\s(?:said|told)\s/i.test(according[1]!) || (/,\s/.test(according[1]!) && CUE_WORD.test(according[1]!.slice(according[1]!.indexOf(", "))))) return null;
    const mention = mentionOf(according[1]!);
    // "Colin Sutherland ... decided, according to the summary, "...": the writing is the source, its subject the speaker.
    if (mention?.type === "writing" && /[\p{L}]{3,}.*,\s*according to/u.test(b)) return null;
    return mention ? { cue: "according to", mention, place: "before" } : null;
  }],
  // "state news agency ZelPress quoted Deputy Foreign Minister Anatoly Gribanov as saying that ...".
  ["before: quoted X as saying", ({ b }) => {
    const quotedActive = /\bquoted\s+(.{2,80}?)\s+as\s+saying\b/i.exec(b);
    const mention = quotedActive && !/\b(?:was|were|been)\s+$/i.test(b.slice(0, quotedActive.index)) ? mentionOf(quotedActive[1]!) : null;
    return mention ? { cue: "quoted as saying", mention, place: "embedded" } : null;
  }],
  // "In a meeting he was told by Emergencies Minister Yevgeny Zinichev of "...": the agent speaks.
  ["before: was told by X", ({ b }) => {
    const told = /\b(?:was|were|had been|has been)\s+(?:told|informed|warned|assured|briefed)\s+by\s+(.{2,100}?)(?:\s+(?:of|that|about))?[,:]?$/i.exec(b);
    const mention = told ? mentionOf(told[1]!) : null;
    return mention ? { cue: "told", mention, place: "embedded" } : null;
  }],
  ["before: was quoted as saying", ({ b }) => {
    const passive = /^(.{1,80}?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?quoted\b.{0,80}?\bas\s+saying\b/i.exec(b);
    const mention = passive ? mentionOf(passive[1]!.replace(/^.*[.;]\s/, "")) : null;
    return mention ? { cue: "quoted as saying", mention, place: "embedded" } : null;
  }],
  ["before: participle", ({ b, sentenceStart, sentence }) => {
    const participle = /\b([a-z]+ing)\b[^,:"“]{0,80}[,:]?$/i.exec(b);
    if (!participle || !PARTICIPLE.has(participle[1]!.toLowerCase())) return null;
    const cue = participle[1]!.toLowerCase();
    // "with President Joe Biden warning that ...": the participle's own subject comes first.
    const own = /\b(?:with|as)\s+([^,]+?)\s+$/i.exec(b.slice(0, participle.index));
    const ownMention = own ? mentionOf(own[1]!) : null;
    if (ownMention) return { cue, mention: ownMention, place: "before" };
    // `..., the bank said in a statement, adding that it would "..."`: the clause's own speaker.
    const earlier = [...b.slice(0, participle.index).matchAll(EARLIER_CUE)].pop();
    const earlierMention = earlier ? mentionOf(earlier[1]!) : null;
    if (earlierMention) return { cue, mention: earlierMention, place: "embedded" };
    const subject = subjectOf(sentenceStart, sentence);
    return subject ? { cue, mention: subject, place: "before" } : null;
  }],
  // "Reis, she said, was "...": a parenthetical cue names the speaker.
  ["before: parenthetical cue", ({ b }) => {
    const parenthetical = PARENTHETICAL_CUE.exec(b);
    const mention = parenthetical ? mentionOf(parenthetical[1]!) : null;
    return mention ? { cue: parenthetical![2]!.toLowerCase(), mention, place: "embedded" } : null;
  }],
  // The last reporting verb before the quote, and the subject of its clause.
  // `He added that a trial, in which families agreed to ..., would be needed "..."`: a verb whose
  // subject is not a speaker gives way to the one before it.
  ["before: X said", ({ b, sentenceStart, sentence }) => {
    const verbs: RegExpExecArray[] = [];
    CUE_WORDS.lastIndex = 0;
    for (let m = CUE_WORDS.exec(b); m; m = CUE_WORDS.exec(b)) verbs.push(m);
    const tokens = verbs.some((v) => NOUN_LIKE.has(v[1]!.toLowerCase())) ? tokensWithin(sentence, b) : [];
    for (const last of verbs.reverse()) {
      const verb = last[1]!.toLowerCase();
      const before = b.slice(0, last.index);
      // "in Ballot Access News comments:": a word that is a noun as often as a verb, tagged a noun after a noun.
      if (NOUN_LIKE.has(verb)) {
        const k = tokens.findIndex((t) => t.start === last.index + last[0].length - last[1]!.length);
        if (k > 0 && tokens[k]!.pos === "NOUN" && ["NOUN", "PROPN"].includes(tokens[k - 1]!.pos)) continue;
      }
      // "families agreed to switch off devices": a promise or request to act, not speech.
      if (ACT_VERBS.has(verb) && /^\s+to\s/i.test(b.slice(last.index + last[0].length))) continue;
      // "As the result was announced", "ceasefires agreed since 1990": a passive or a participle, no speaker.
      if (/\b(?:was|were|been|being|is|are|be)\s+$/i.test(before) || (PARTICIPLE_LIKE_VERBS.has(verb) && /\p{Ll}s\s+$/u.test(before) && !/\b(?:has|was|is|does|this|its|his)\s+$/i.test(before))) continue;
      const head = before;
      const clause = lastClause(head).split(/(?:,\s+(?:while|and|but|whereas|as)\s|\s(?:while|whereas|because|since|although|though|after|before|when|if|unless|until)\s)/).pop() ?? head;
      // `Marr called the theft "..." and said Pruitt had shown "..."`: the verb shares the sentence's subject.
      const shared = /\s(?:and|but)\s*$/i.test(head) && !/^\s*(?:and|but)\s*$/i.test(clause) ? subjectOf(sentenceStart, sentence) : null;
      const mention = shared ?? mentionOf(clause) ?? afterLastComma(clause) ?? (/^\s*(?:and|but|then)?\s*$/i.test(clause) || /\b(?:and|but)\s*$/i.test(head) ? subjectOf(sentenceStart, sentence) : null);
      const embedded = !/[,:]$/.test(b);
      if (mention) return { cue: verb, mention, place: embedded ? "embedded" : "before" };
    }
    return null;
  }],
  // `Ukraine called the plan an "unethical stunt"`, `accused the mayor of "sitting on"`: a speech act
  // whose subject owns the quoted words; "The minister was accused by government backbenchers of
  // 'gutting' her bill": the agent speaks.
  ["before: speech act", ({ b, sentenceStart, sentence }) => {
    let act: RegExpExecArray | null = null;
    SPEECH_ACT.lastIndex = 0;
    for (let m = SPEECH_ACT.exec(b); m; m = SPEECH_ACT.exec(b)) act = m;
    if (!act) return null;
    const cue = act[1]!.toLowerCase();
    const found = speechActSpeaker(act, cue, b, sentenceStart, sentence);
    // "Zipcart, which calls its riders "delivery partners"": a body's own name for a thing, a term.
    const bodyAct = /\bwhich\s+(?:\p{Ll}+ly\s+)?$/u.test(b.slice(0, act.index));
    return found && (!PRESENT_SPEECH_ACTS.has(cue) || (isPersonal(found.mention) && !bodyAct)) ? found : null;
  }],
  // `Information Commissioner Richard Thomas "totally condemned" the sale`: the quoted words are the act.
  ["before: X \"act\"", ({ b, quoted }) => {
    const act = quoted ? QUOTED_ACT.exec(quoted) : null;
    if (!act || /[,:;.!?—–(-]$/.test(b)) return null;
    const clause = lastClause(b);
    const mention = /^(?:[\p{Lu}]|the\s|a\s|an\s)/u.test(clause.trim()) ? mentionOf(clause) : null;
    return mention && mention.type !== "writing" ? { cue: act[1]!.toLowerCase(), mention, place: "embedded" } : null;
  }],
];

/** The subject of a speech act (`act`, matched in `b`), or null. */
function speechActSpeaker(act: RegExpExecArray, cue: string, b: string, sentenceStart: string, sentence: Sentence | undefined): Found {
  {
    // "a program at Fishmongers' Hall called "Learning Together"": a thing named, right before its name.
    if (/^(?:called|named|dubbed|titled|termed)$/.test(cue) && /^\s*$/.test(b.slice(act.index + act[0].length)) && !/\b(?:he|she|they|we|i|it)\s+(?:\p{Ll}+ly\s+)?\S+\s*$/iu.test(b)) return null;
    const passiveAct = /\b(?:was|were|has been|have been|had been|is|are|being)\s*$/i.test(b.slice(0, act.index)) ? /^\s+by\s+(.{2,80}?)\s+(?:of|as|for)\b/i.exec(b.slice(act.index + act[0].length)) : null;
    const agent = passiveAct ? mentionOf(passiveAct[1]!) : null;
    if (agent) return { cue, mention: agent, place: "embedded" };
    if (passiveAct) return null;
    const head = b.slice(0, act.index);
    // "with Steve Scalise of Louisiana calling the investigation "Soviet-style"": the participle's own subject.
    // "... an example of the media falsely describing him as": after "of" too.
    const own = /ing$/.test(cue) ? /\b(?:with|and|of)\s+([^,]{2,80}?)\s*$/i.exec(head) : null;
    const ownMention = own ? mentionOf(own[1]!) : null;
    if (ownMention) return { cue, mention: ownMention, place: "embedded" };
    if (/ing$/.test(cue)) {
      // "Adil Abdul-Mahdi ... spoke out against the attack, calling it "...": the sentence's subject.
      const subject = subjectOf(sentenceStart, sentence);
      return subject && /,\s*$/.test(head) ? { cue, mention: subject, place: "embedded" } : null;
    }
    // "the House's decision, which Ross has referred to as "...": the relative clause's own subject.
    const relative = /\b(?:which|that|whom)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)(?:has\s+|have\s+|had\s+|also\s+|once\s+|repeatedly\s+)*$/u.exec(head);
    const relativeMention = relative ? mentionOf(relative[1]!.trim()) : null;
    if (relativeMention) return { cue, mention: relativeMention, place: "embedded" };
    const clause = lastClause(head).split(/(?:["”’]\s|,\s+(?:while|and|but|whereas|as)\s|\s(?:while|whereas)\s)/).pop() ?? head;
    // "..., and on Twitter referred to the vote as "...": a second verb of the sentence's subject.
    const shared = /^\s*(?:and|but|then)\s+(?:(?:on|in|at|via|later|also|then)\b[^,]{0,30})?\s*$/i.test(clause);
    const mention = (shared ? null : mentionOf(clause)) ?? afterLastComma(clause) ?? (shared || /^\s*(?:and|but|then)?\s*$/i.test(clause) || /\b(?:and|but)\s*$/i.test(head) ? subjectOf(sentenceStart, sentence) : null);
    return mention ? { cue, mention, place: "embedded" } : null;
  }
}

BEFORE_RULES.push(
  // `Remarked Center for Biological Diversity scientist Tierra Curry, "..."`: the verb first, then who.
  ["before: said X,", ({ b }) => {
    const inverted = /^([\p{Lu}][\p{Ll}]+)\s+(.{2,120}?)[,:]$/u.exec(lastClause(b).trim());
    if (!inverted || !CUE.has(inverted[1]!.toLowerCase())) return null;
    const mention = mentionOf(inverted[2]!);
    return mention ? { cue: inverted[1]!.toLowerCase(), mention, place: "before" } : null;
  }],
  // `Bill Gerstenmaier of NASA spoke of the collaboration: "..."`, `Bolsonaro opposed Macron's
  // statement: "..."`: a colon hands the quote to the subject of the clause that introduces it.
  ["before: X ...:", ({ b, sentence }) => {
    if (!/:$/.test(b)) return null;
    const clause = lastClause(b.slice(0, -1)).trim();
    // "issued the following statement from the king:", "tour manager Thomas Gray, 24, who cited only his experience:".
    const from = /\b(?:statement|message|letter|note|words|remarks|comments)\s+(?:from|by)\s+([^,:]{2,80})$/i.exec(clause);
    const fromMention = from ? mentionOf(from[1]!) : null;
    if (fromMention) return { cue: "", mention: fromMention, place: "before" };
    const who = /(?:^|\s)((?:[\p{L}'’.-]+\s+){0,4}[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)*)(?:,\s+\d{1,3})?,\s+who\s+[^,]+$/u.exec(clause);
    const whoMention = who ? mentionOf(who[1]!) : null;
    if (whoMention?.type === "named") return { cue: "", mention: whoMention, place: "before" };
    // A fragment that opens in lower case is the end of a clause begun before it, with no subject of its own.
    if (/^[\p{Ll}"“”]/u.test(clause)) return null;
    const subject = subjectOf(clause, sentence);
    return subject && subject.type !== "pronoun" || (subject?.type === "pronoun" && subject.pronoun !== "it") ? { cue: "", mention: subject!, place: "before" } : null;
  }],
);

export function cueBefore(before: string, sentenceStart: string, sentence?: Sentence, quoted?: string): Cue | null {
  const b = before.replace(/\s+$/u, "");
  if (!b) return null;
  return firstCue(BEFORE_RULES, { b, sentenceStart, sentence, quoted });
}
