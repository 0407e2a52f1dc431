// Indirect speech, with no quote marks: `X said (that) ...`, `X told Y that ...`, `According to X,
// ...`, `..., the ministry said.`, `..., adding that ...`. Each sentence that holds a reporting word
// goes through the forms below in order; the first that reads it gives its reports.
import { MAX_SENTENCE } from "../../budget.ts";
import { tokensWithin, type Sentence, type Token } from "../../nlp.ts";
import { CUE_ALTERNATION, lastClause, mentionOf, subjectOf, WHAT_SOMEONE_CALLED } from "../cues.ts";
import { alternation, BODY_KINDS, DOCUMENT_NOUNS, OUTLETS, FINDING_VERBS, HEARERS, LABEL_MARKERS, OBJECT_TAKING_VERBS, PARTICIPLE, REPORT_PARTICIPLES, REPORT_VERBS, TELLING_VERBS } from "../lexicon.ts";
import type { QuoteSpan } from "../spans.ts";
import { spansTouching } from "../state.ts";
import { firstIndex } from "../../sorted.ts";
import type { Draft, Mention, State } from "../types.ts";

/** reported speech, inverted: "Talks will resume, the ministry said." */
const INVERTED_REPORT = new RegExp(`^(.{20,}?),\\s+(?!(?:while|whereas|and|but|as|which|who)\\b)([^,]{2,90}?(?:,\\s+[^,]{2,80}?,)?)\\s+(?:both\\s+)?(${CUE_ALTERNATION}|${alternation(FINDING_VERBS)})(?:(?<=\\btold|\\btells)\\s+[^,.]{1,40}?(?=[,.!?]|$)|\\s+(?:on|in|at|to|late|early|last|this|earlier|later|during|after|before|via|from|yesterday|today|overnight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b[^,.]{0,40})?(?:,\\s+(\\w+ing)\\s+(?:that\\s+)?(.+?))?(?:,\\s+(?:as|while|when|amid|since|following|after|before|a\\s+\\w+\\s+after|\\w+\\s+(?:days?|hours?|weeks?)\\s+after)\\b.*?)?(?:,\\s+(?:local time|(?:at|on|in|with)\\s)[^,]{0,60})?(?:\\s+[—–]\\s+[^—–]*)?[.!?]?$`);
/** reported speech, inverted with the name last: "..., said Peskov." */
const INVERTED_REPORT_NAME = new RegExp(`^(.{20,}?),\\s+(${CUE_ALTERNATION}|reported)\\s+(?!(?:on|in|at|to|that|after|before|late|early|last|this)\\b)([^,]{2,60}(?:,\\s+(?!(?:and|but|while|adding|saying)\\b)[^,]{2,80})?)[.!?]?$`);
/** Any reporting verb in lower case (global). */

const REPORT_WORD_SET = new Set<string>([...REPORT_VERBS].filter((v) => /^\p{Ll}/u.test(v)));

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** The reporting verbs of a text in small letters, with where they stand (word by word: faster than one long alternation). */
function reportWords(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  const word = /[a-z][a-z-]*/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (!REPORT_WORD_SET.has(m[0])) continue;
    // A whole word: no letter or digit right before or after it (any character above ASCII counted as a letter).
    if ((m.index === 0 || !isWordChar(text.charCodeAt(m.index - 1))) && !isWordChar(text.charCodeAt(m.index + m[0].length))) out.push({ word: m[0], index: m.index });
  }
  return out;
}
/**
 * Verbs of an attribution set off by commas: every reporting verb in any form but -ing, and
 * "described" ("The accident sequence began, Florida Highway Patrol described, in ..."); the commas
 * make a base form ("they reason", "scientists report") a verb.
 */
const ASIDE_VERB = `(?:${alternation([...REPORT_VERBS].filter((v) => /^\p{Ll}/u.test(v)))}|described|explained)`;
/** An attribution set off by commas inside the clause it reports (global: each comma in turn). */
const PARENTHETICAL_REPORT = new RegExp(`,\\s+(according to [^,]{2,80}?|[^,]{2,60}?\\s+${ASIDE_VERB}|(?:${CUE_ALTERNATION})\\s+[^,]{2,80}?),\\s+(?=[^,\\s])`, "gu");
const INVERTED_ATTRIBUTION = new RegExp(`^(${CUE_ALTERNATION})\\s+(.+)$`);
const NORMAL_ATTRIBUTION = new RegExp(`^(.+?)\\s+(?:has\\s+|have\\s+|had\\s+)?(${ASIDE_VERB})$`);
/** Any word that can report speech: a reporting verb or participle, "according", "quoted", a finding. */
/** Verbs that report a question: "asked whether ...", "questioned if ...". */
const ASKING = new Set(["asked", "asks", "questioned", "questions", "wondered", "wonders", "queried"]);
const THAT_ONLY = new Set(["questioned", "questions", "wondered", "wonders", "queried", "shared", "shares", "proposed", "proposes"]);
const REPORTS_ANYTHING = new RegExp(`\\b(?:${alternation([...REPORT_VERBS, ...REPORT_PARTICIPLES, "according", "quoted", "cited", "described", "explained", ...FINDING_VERBS])})\\b`, "i");
/** Where a reported clause stops: another report of the same speaker, or the writer taking over. */
const CLAUSE_END = new RegExp(`(?:,\\s*(?:also\\s+)?\\b(?:${alternation([...REPORT_PARTICIPLES])})\\b|,?\\s+(?:and|but)\\s+(?:(?:also|later|then|further)\\s+|(?:several|others|many|some|most|one|another|a few|the others|he|she|they|it)\\s+)?(?:${alternation([...REPORT_VERBS].filter((v) => /^\p{Ll}/u.test(v)))})\\b|,\\s+(?:while|whereas|with)\\s|\\s+despite\\s+(?=[^,]{1,50}\\s(?:${alternation([...REPORT_PARTICIPLES])})\\b)|:\\s*["“]|[.!?]\\s+["“]|;)`);
const LABELLED = new RegExp(`(?:${alternation(LABEL_MARKERS.filter((w) => w !== "so-called"))}|so-called|known(?:\\s+\\w+)?\\s+as)\\s*$`, "i");
const DOCUMENT = new RegExp(`(?:['’]s)?\\s+(?:(?:annual|latest|own|quarterly|new|official)\\s+)?(?:${alternation(DOCUMENT_NOUNS)})$`, "i");
const HEARER = new RegExp(`^\\s+(?:(?:\\p{Ll}+\\s+){0,2}(?:${alternation(HEARERS)})\\b(?:\\s+[\\p{Lu}][\\p{L}]*){0,3}|the [\\p{L}\\s]{1,30}?(?=\\s+that\\b)|the \\p{L}+(?:\\s(?!(?:from|in|at|on|of|with|by|outside|inside|after|before|during|about)\\b)\\p{L}+)?(?=\\s+(?:his|her|their|its|the|a|an|he|she|they|it|we|i)\\s)|(?:the\\s+)?[\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+){0,3}(?=\\s+(?:that|the|a|an|his|her|their|its|he|she|they|it|we|i|only|\\d|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|all|no|most)\\b))`, "u");

interface SentenceContext {
  state: State;
  p: number;
  sentence: Sentence;
  text: string;
  /** A quotation covers part of the sentence. */
  inside: boolean;
  quotesIn: Draft[];
  /** Whether a reporting word follows some comma closely (found when first asked). */
  afterComma?: boolean;
}

/**
 * A form of reported speech: true when it read the sentence (and pushed its reports). `gate`: a cheap
 * test of the words the form needs ("according", "cited"), so that most sentences skip its pattern.
 */
type ReportForm = [name: string, read: (c: SentenceContext) => boolean, gate?: (c: SentenceContext) => boolean];

const ACCORDING = (c: SentenceContext) => /ccording to|\b[Pp]er\s/.test(c.text);
const COMMA_REPORT = (c: SentenceContext) => (c.afterComma ??= reportAfterComma(c.sentence));

/**
 * Forms that read a part of a sentence and leave the rest to the forms below: a report that opens
 * the sentence as a participle ("Saying Rocky Linux is for the community, Kurtzer said ..."), and a
 * noun of saying with its clause ("made a surprise announcement on Twitter that he was running",
 * "repeated his claim mail-in voting would be fraudulent").
 */
const PARTIAL_FORMS: ReportForm[] = [
  ["Saying clause, X ...", ({ state, p, sentence, text }) => {
    const m = /^(Saying|Adding|Noting|Arguing|Confirming|Claiming|Warning|Stating|Insisting|Explaining|Acknowledging|Admitting|Declaring|Suggesting)\s+(?:that\s+)?([^,]{6,160}?),\s+(.{3,})$/.exec(text);
    if (!m || !hasFiniteVerb(m[2]!, sentence) || quoted(state, p, sentence, text.indexOf(m[2]!), m[2]!.length)) return false;
    const subject = subjectOf(m[3]!, sentence);
    if (!subject) return false;
    pushReported(state, p, sentence, m[2]!, m[1]!.toLowerCase(), subject, "Saying clause, X ...", text.indexOf(m[2]!));
    return false;
  }, (c) => /^[A-Z][a-z]+ing\s/.test(c.text)],
  // "It was reported on Saturday Sirhan Sirhan was stabbed": a report of no one in particular.
  ["it was reported clause", ({ state, p, sentence, text, inside }) => {
    const m = inside ? null : /(?:^|,\s+|\b(?:when|after|as|and|but)\s+)[Ii]t\s+(?:was|has been|had been|is)\s+(?:also\s+)?(reported|announced|revealed|said|claimed|alleged|confirmed|understood)\s+(?:(?:on|in|late|early|last|this|earlier|later)\s+\S+(?:\s+\S+)?\s+)?(?:that\s+)?(.+?)[.!?]?$/.exec(text);
    if (!m || !hasFiniteVerb(m[2]!, sentence) || !bareClause(m[2]!, sentence, true)) return false;
    pushReported(state, p, sentence, cutClause(m[2]!), m[1]!, { type: "writing", noun: "reports", phrase: `it was ${m[1]}`, anonymous: true }, "it was reported clause", text.indexOf(m[2]!));
    return false;
  }, (c) => /\b[Ii]t\s+(?:was|has been|had been|is)\s/.test(c.text)],
  ["X made the claim that clause", ({ state, p, sentence, text }) => {
    const m = /^(.{2,160}?)\s+(?:made|issued|repeated|reiterated|renewed|echoed)\s+(?:a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(announcement|claim|statement|assertion|warning|allegation|pledge|promise|prediction)\s+(?:(?:on|in|via|at|to)\s+[^,"“]{1,40}?\s+)?(that\s+|to the effect(?: that)?\s+)?([^"“”]+?)(?::\s*["“][^]*)?[.!?]?$/u.exec(text);
    // "issued a statement saying ...": the participle reports it (below).
    if (!m || /^\p{L}+ing\b/u.test(m[4]!) || !hasFiniteVerb(m[4]!, sentence) || (!m[3] && !bareClause(m[4]!, sentence, true)) || quoted(state, p, sentence, text.indexOf(m[4]!), m[4]!.length)) return false;
    const subject = subjectOf(`${m[1]!} said`, undefined) ?? mentionOf(lastClause(m[1]!));
    if (!subject) return false;
    pushReported(state, p, sentence, cutClause(m[4]!), m[2]!, subject, "X made the claim that clause", text.indexOf(m[4]!));
    return false;
  }, (c) => /\b(?:made|issued|repeated|reiterated|renewed|echoed)\s/.test(c.text)],
];

const FORMS: ReportForm[] = [
  ...PARTIAL_FORMS,
  // "According to X, the talks ...", with an appositive kept only when what follows it is a clause.
  ["according to X, clause", (context) => {
    const { state, p, sentence, text, inside } = context;
    // (No "i" flag: it would let [\p{Lu}] match small letters too.)
    const plain = /^(?:[^,]{0,40},\s*)?(?:[Aa]ccording to|[Pp]er) ((?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa])\s[^,]+,\s*[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}(?=,))|[^,]+),\s*(.+?)[.!?]?$/u.exec(text);
    const appositive = plain ? /^(?:the|a)\s[^,]+,/i.exec(plain[2]!) : null;
    const according = plain && hasFiniteVerb(plain[2]!, sentence) && !(appositive && !hasFiniteVerb(appositive[0], sentence)) ? plain : /^(?:[^,]{0,40},\s*)?(?:according to|per) ([^,]+(?:,\s*(?:the|a)\s[^,]+)?),\s*(.+?)[.!?]?$/i.exec(text);
    // "In a statement, according to X, ..." opens with an adjunct; "Inflation was 6.1%, according to X"
    // is the clause itself, read below.
    const opener = according ? text.slice(0, Math.max(0, text.search(/\b(?:according to|per)\s/i))) : "";
    if (!according || inside || hasFiniteVerb(opener, sentence)) return false;
    const mention = mentionOf(sourceOf(according[1]!));
    // "Per reports, the sources said he died ...", "According to Twitter, he describes himself as ...": reports of no one in
    // particular, and an outlet relaying someone, give way to the clause's own speaker, read below.
    const own = ANY_REPORT_WORD.exec(according[2]!);
    if (((mention?.type === "writing" && mention.anonymous) || isOutlet(mention)) && own && own.index > 0 && own.index < 80 && !according[2]!.slice(0, own.index).includes(",") && mentionOf(according[2]!.slice(0, own.index))) {
      // Unless the clause's verb reports nothing ("Bannon told them of its existence"): then the source's report stands.
      const before = state.drafts.length;
      reportedByVerbs(context);
      if (state.drafts.length > before) return true;
    }
    if (!mention) return false;
    pushReported(state, p, sentence, according[2]!, "according to", mention, "according to X, clause");
    return true;
  }, ACCORDING],
  // "... and according to the Ministry of Foreign Affairs he died at Gleneagles Hospital": no comma after the name.
  ["according to X clause", ({ state, p, sentence, text, inside }) => {
    const m = inside ? null : /\baccording to ((?:the\s+)?[\p{Lu}][\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[\p{Lu}][\p{L}'’.&-]*)*)\s+((?:he|she|they|it|the|a|an|this|these|its|his|her|their|[\p{Lu}][\p{L}]+)\s.+?)[.!?]?$/u.exec(text);
    const mention = m ? mentionOf(sourceOf(m[1]!)) : null;
    if (!m || !mention || !hasFiniteVerb(m[2]!, sentence) || !bareClause(m[2]!, sentence, true)) return false;
    pushReported(state, p, sentence, m[2]!, "according to", mention, "according to X clause");
    return true;
  }, ACCORDING],
  // "Both companies have been in operation since the 1970s according to USA Today": no comma before it.
  ["clause according to X", ({ state, p, sentence, text, inside }) => {
    // "... 36 minutes after the shooting according to police", "76 villages were affected according to NDRRMC report on Saturday, which figured ...".
    const m = inside ? null : /^(.{12,}?[^,])\s+according to\s+((?:the\s+)?[\p{L}][^,]{1,60}?)(?:,?\s+(?:which|who|where)\s[^]*)?[.!?]?$/u.exec(text);
    const mention = m ? mentionOf(sourceOf(m[2]!)) : null;
    if (!m || !mention || !hasFiniteVerb(m[1]!, sentence)) return false;
    pushReported(state, p, sentence, withoutDateline(m[1]!), "according to", mention, "clause according to X");
    return true;
  }, ACCORDING],
  // `Three earlier rounds ended without agreement, according to diplomats.`
  ["clause, according to X", ({ state, p, sentence, text, inside }) => {
    const accordingAfter = /^(.{12,}?),\s+according to\s+([^,]{2,90}?(?:,\s+[^,]{2,120}?)?)[.!?]?$/i.exec(text);
    if (!accordingAfter || inside) return false;
    // "One child was, according to the fire service, among the dead": the clause goes on after the source (read below).
    const appositive = accordingAfter[2]!.split(/,\s+/)[1];
    if (appositive && /^\p{Ll}/u.test(appositive) && !/^(?:a|an|the|who|which|whose|its|his|her|their)\s/.test(appositive)) return false;
    const clause = withoutDateline(accordingAfter[1]!).split(/,\s+(?:where|which|who|when)\s+/i).pop()!;
    // "X has expressed she is uninterested ..., according to Reuters": X speaks, the outlet relays.
    if (SUBJECT_SAID.test(clause)) return false;
    const mention = mentionOf(sourceOf(accordingAfter[2]!));
    if (!mention || !hasFiniteVerb(clause, sentence)) return false;
    pushReported(state, p, sentence, clause, "according to", mention, "clause, according to X");
    return true;
  }, ACCORDING],
  // "It cited the Air Force as stating Saha Airlines owned the plane": the one cited speaks.
  ["cited X as saying clause", ({ state, p, sentence, text, inside }) => {
    const cited = inside ? null : /\bcited\s+(.{2,80}?)\s+as\s+(?:saying|stating|reporting)\s+(?:that\s+)?(.+?)[.!?]?$/i.exec(text);
    const who = cited ? mentionOf(cited[1]!) : null;
    if (!cited || !who || !hasFiniteVerb(cited[2]!, sentence)) return false;
    const cut = CLAUSE_END.exec(cited[2]!);
    pushReported(state, p, sentence, cut && cut.index > 0 ? cited[2]!.slice(0, cut.index) : cited[2]!, "cited ... as stating", who, "cited X as saying clause");
    return true;
  }, (c) => c.text.includes("cited")],
  // "X was quoted by the state broadcaster as saying that ...".
  ["X was quoted as saying clause", ({ state, p, sentence, text, inside }) => {
    const quotedAs = inside ? null : /^(.{2,200}?)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?quoted\b.{0,80}?\bas\s+saying\s+(?:that\s+)?(.+?)[.!?]?$/i.exec(text);
    const quotedBy = quotedAs ? mentionOf(quotedAs[1]!) : null;
    if (!quotedAs || !quotedBy || !hasFiniteVerb(quotedAs[2]!, sentence)) return false;
    const cut = CLAUSE_END.exec(quotedAs[2]!);
    pushReported(state, p, sentence, cut && cut.index > 0 ? quotedAs[2]!.slice(0, cut.index) : quotedAs[2]!, "quoted as saying", quotedBy, "X was quoted as saying clause");
    return true;
  }, (c) => c.text.includes("quoted")],
  ["clause, X said", ({ state, p, sentence, text, inside }) => {
    // A reporting word within a few words after some comma, or the long pattern below has nothing to find.
    const inverted = !inside ? INVERTED_REPORT.exec(text) : null;
    if (!inverted || inside || !hasFiniteVerb(inverted[1]!, sentence)) return false;
    // "If these findings are accurate, scientists say, containing COVID-19 may require ...": the clause goes on (read below).
    if (inverted[4] && !REPORT_PARTICIPLES.has(inverted[4].toLowerCase())) return false;
    // "..., CNN Philippines reported the governor said": the one the outlet reports speaks.
    const relayed = /^(.+?)\s+(?:reported|said|says|told|quoted)\s+(.+)$/.exec(inverted[2]!);
    const mention = (relayed ? mentionOf(relayed[2]!) : null) ?? mentionOf(inverted[2]!);
    if (!mention) return false;
    pushReported(state, p, sentence, withoutDateline(inverted[1]!), inverted[3]!.toLowerCase(), mention, "clause, X said");
    if (inverted[4] && PARTICIPLE.has(inverted[4].toLowerCase()) && inverted[5]) pushReported(state, p, sentence, inverted[5], inverted[4].toLowerCase(), mention, "clause, X said, adding clause");
    return true;
  }, COMMA_REPORT],
  ["clause, said X", ({ state, p, sentence, text, inside }) => {
    const invertedName = INVERTED_REPORT_NAME.exec(text);
    if (!invertedName || inside || !hasFiniteVerb(invertedName[1]!, sentence)) return false;
    const mention = mentionOf(invertedName[3]!);
    if (!mention) return false;
    pushReported(state, p, sentence, invertedName[1]!, invertedName[2]!.toLowerCase(), mention, "clause, said X");
    return true;
  }, (c) => c.text.includes(", ")],
  // "The guardrail would be examined, Roberts said, to determine ...", "One child was, according to the
  // fire service, among the dead", "The bomb was placed on a motorcycle, stated X, and was left ...":
  // the attribution inside the clause it reports.
  ["clause, X said, clause", ({ state, p, sentence, text, inside }) => {
    if (inside) return false;
    let at = 0;
    for (const segment of text.split(/(?<=;)\s+/)) {
      const from = text.indexOf(segment, at);
      at = from + segment.length;
      PARENTHETICAL_REPORT.lastIndex = 0;
      for (let m = PARENTHETICAL_REPORT.exec(segment); m; m = PARENTHETICAL_REPORT.exec(segment)) {
        PARENTHETICAL_REPORT.lastIndex = m.index + 1;
        const first = segment.slice(0, m.index);
        const attribution = m[1]!;
        const rest = segment.slice(m.index + m[0].length).replace(/[.!?;]$/, "");
        // The clause opens with words of its own: six letters, or a capitalised name ("Day, they said, desired ...").
        if (!/^(?:[^,]{6,}|[\p{Lu}][^,]{1,4})(?:,|$)/u.test(first)) continue;
        const according = /^according to\s+(.+)$/i.exec(attribution);
        // "..., told CNN, ...": whom the subject before told, never who speaks.
        const inverted = /^(?:told|tells)\s/i.test(attribution) ? null : INVERTED_ATTRIBUTION.exec(attribution);
        const normal = NORMAL_ATTRIBUTION.exec(attribution);
        const phrase = according ? sourceOf(according[1]!) : inverted ? inverted[2]! : normal ? normal[1]! : null;
        const cue = according ? "according to" : inverted ? inverted[1]! : normal ? normal[2]! : null;
        const mention = phrase ? mentionOf(phrase) : null;
        if (!mention || !cue || !hasFiniteVerb(`${first} ${rest}`, sentence) || /^(?:adding|saying|noting|while|whereas|as|when|amid|after|before|which|who)\b/i.test(rest)) continue;
        const second = /^(?:and|but)\s+(.+)$/i.exec(rest);
        if (second && hasFiniteVerb(first, sentence)) {
          pushReported(state, p, sentence, first, cue, mention, "clause, X said, clause", from);
          pushReported(state, p, sentence, second[1]!, cue, mention, "clause, X said, and clause", from + segment.lastIndexOf(second[1]!));
        } else pushReported(state, p, sentence, `${first}, ${attribution}, ${rest}`, cue, mention, "clause, X said, clause", from);
        return true;
      }
    }
    return false;
  }, COMMA_REPORT],
  ["X said (that) clause", (c) => {
    reportedByVerbs(c);
    return true;
  }],
];

export function findReportedSpeech(state: State): void {
  const quoteDrafts: Draft[][] = [];
  for (const d of state.drafts) (quoteDrafts[d.paragraph] ??= []).push(d);
  state.paragraphs.forEach((paragraph, p) => {
    if (paragraph.heading || paragraph.aside) return;
    for (const whole of state.sentences[p]!) {
      // Most sentences report nothing: one pass over the words decides whether the forms need to run.
      if (!REPORTS_ANYTHING.test(whole.text)) continue;
      // A "sentence" too long to be one (a list, a pasted table) holds no clause to read as a report.
      if (whole.text.length > MAX_SENTENCE) {
        state.notes.push({ at: paragraph.start + whole.start, rule: "reported speech", why: `a sentence of ${whole.text.length.toLocaleString("en")} characters is not read for reports (none is longer than ${MAX_SENTENCE.toLocaleString("en")})` });
        continue;
      }
      // Clauses joined by a semicolon report on their own: "According to the team, A; which they note is B".
      const clauses = whole.text.includes(";") ? clausesOf(whole, spansTouching(state, p, whole)) : [whole];
      for (const sentence of clauses) {
        if (sentence !== whole && !REPORTS_ANYTHING.test(sentence.text)) continue;
        const inside = spansTouching(state, p, sentence).length > 0;
        const context: SentenceContext = { state, p, sentence, text: sentence.text, inside, quotesIn: quoteDrafts[p] ?? [] };
        for (const [, read, gate] of FORMS) if ((!gate || gate(context)) && read(context)) break;
      }
    }
  });
}

/** Whether quote marks cover any of a stretch of a sentence. */
function quoted(state: State, p: number, sentence: Sentence, from: number, length: number): boolean {
  const a = sentence.start + from;
  return spansTouching(state, p, { start: a, end: a + length }).length > 0;
}

/**
 * Whether some comma of a sentence is followed, within its next few words, by a reporting word or
 * "according": the cheap test before the patterns of inverted and parenthetical attributions.
 */
function reportAfterComma(sentence: Sentence): boolean {
  // One walk over the sentence's words, counting them since the last comma.
  if (!sentence.text.includes(",")) return false;
  let sinceComma = Infinity;
  for (const t of sentence.tokens) {
    if (t.text === ",") {
      sinceComma = 0;
      continue;
    }
    if (++sinceComma > 14) continue;
    // (Reporting words are in small letters but for a sentence's first: look the word up as it stands first.)
    if (REPORT_WORDS_ANY_CASE.has(t.text) || t.text === "according" || t.text === "described" || t.text === "explained") return true;
  }
  return false;
}
const REPORT_WORDS_ANY_CASE = new Set<string>([...REPORT_VERBS, ...FINDING_VERBS].map((v) => v.toLowerCase()));

/** Reporting verbs in small letters, as a list. */
const REPORT_LOWER = [...REPORT_VERBS].filter((v) => /^\p{Ll}/u.test(v));
/** Any cue or reporting verb. */
const ANY_REPORT_WORD = new RegExp(`\\b(?:${CUE_ALTERNATION}|${alternation(REPORT_LOWER)})\\b`);
/** A clause that is itself someone's report: "X has expressed she is ...", "Reuters reported ...". */
const SUBJECT_SAID = new RegExp(`^[\\p{Lu}][^,]{2,80}?(?:,[^,]{2,80},)?\\s+(?:has\\s+|had\\s+)?(?:${CUE_ALTERNATION}|expressed|reported)\\s`, "u");

/** A news outlet or platform, which relays what others say: "the BBC", "Twitter", "CNN Philippines", "The Washington Post". */
function isOutlet(m: Mention | null): boolean {
  if (m?.type !== "named" || m.kind !== "organization") return false;
  const words = m.name.replace(/^the\s+/i, "").split(/\s+/);
  return words.some((w) => OUTLET.has(w.toLowerCase()) || BODY_KINDS.media!.includes(w.toLowerCase()));
}
const OUTLET = new Set<string>(OUTLETS);

/** A part of a sentence read as one: the sentence's clauses between semicolons outside quotations. */
type Clause = Sentence & { whole?: string };

function clausesOf(sentence: Sentence, spans: QuoteSpan[]): Clause[] {
  const parts: Clause[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(/;\s+/g)) {
    const at = sentence.start + m.index!;
    if (spans.some((s) => s.outerStart <= at && s.outerEnd > at)) continue;
    parts.push({ ...sentence, text: sentence.text.slice(from, m.index! + 1), start: sentence.start + from, end: sentence.start + m.index! + 1, whole: sentence.text.trim() });
    from = m.index! + m[0].length;
  }
  if (!parts.length) return [sentence];
  parts.push({ ...sentence, text: sentence.text.slice(from), start: sentence.start + from, whole: sentence.text.trim() });
  return parts;
}

/** "the ministry's statement" -> "the ministry": the document speaks for whoever issued it. */
function sourceOf(phrase: string): string {
  // (In small letters only: "USA Today" is a name.)
  return phrase.replace(/\s+(?:late|early|earlier|later)\s+(?:today|tonight|yesterday|on\s+\w+)$|\s+(?:today|yesterday|tonight)$|\s+(?:during|over)\s+the\s+(?:weekend|week)$/, "").replace(/^(?:[\p{L}-]+\s+){1,3}(?:published|issued|released|compiled|produced)\s+by\s+/iu, "").replace(DOCUMENT, "");
}

/** "SANTA INÉS, Feb 11 (MPA) - Caldera is ..." -> "Caldera is ...". */
function withoutDateline(clause: string): string {
  return clause.replace(/^[^()]{2,60}\([\p{Lu}][\p{L}\s.&]{0,30}\)\s*[-–—]+\s*/u, "");
}

/** `X said (that) ...`, `X told Y that ...`, `..., adding that ...`: every report in one sentence. */
function reportedByVerbs({ state, p, sentence, quotesIn }: SentenceContext): void {
  const paragraph = state.paragraphs[p]!;
  const text = sentence.text;
  const covering = spansTouching(state, p, sentence);
  const range = (s: QuoteSpan) => [s.paragraph < p ? 0 : s.outerStart - sentence.start, s.lastParagraph > p ? text.length : s.outerEnd - sentence.start] as const;
  const spans = covering.map(range);
  // Quoted words that speak. A label the writer marks as one ("so-called 'tanker mafia'", "known as") stays a term; other short
  // quoted words inside the clause are the speaker's (below).
  const labelled = (d: Draft) => {
    const lead = paragraph.text.slice(Math.max(0, d.markStart - paragraph.start - 30), d.markStart - paragraph.start);
    // A gloss in brackets is the writer's: 'an anti-Brexit ("British exit") march'.
    return (LABELLED.test(lead) && !WHAT_SOMEONE_CALLED.test(lead)) || /\(\s*$/.test(lead);
  };
  const termAt = new Set(quotesIn.filter((d) => d.kind === "term" && labelled(d)).map((d) => d.markStart - paragraph.start));
  const gloss = (s: QuoteSpan) => s.paragraph === p && /\(\s*$/.test(paragraph.text.slice(Math.max(0, s.outerStart - 3), s.outerStart));
  const speaking = covering.filter((s) => !(s.paragraph === p && termAt.has(s.outerStart)) && !gloss(s)).map(range);
  // (Spans in order are found by halving: a sentence of thousands of quotes costs each word little.)
  const ordered = spans.every((r, i) => i === 0 || spans[i - 1]![1] <= r[0]);
  const inQuote = (at: number) => {
    if (!ordered) return spans.some(([a, b]) => at >= a && at < b);
    const r = spans[firstIndex(spans, ([, b]) => b > at)];
    return !!r && at >= r[0];
  };
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
    // Most words report nothing: look no further at them.
    const reportParticiple = REPORT_PARTICIPLES.has(word);
    if (!reportParticiple && !REPORT_VERBS.has(word) && !/^(?:finding|ruling|stating|declaring)$/.test(word)) continue;
    // What stands just before the word (a window: the whole sentence before it would make long sentences slow).
    const lead = text.slice(Math.max(0, t.start - 80), t.start);
    // "..., adding that", and "with some local press claiming he was": a participle and, after "with", its own subject.
    const withSubject = reportParticiple ? /(?:,\s+with|\s+despite)\s+([^,]{2,60}?)\s+$/.exec(lead) : null;
    // "..., adding that", "upon announcing to journalists Adamowicz remained alive", "after saying ...".
    const afterWriting = /\b(?:statement|ruling|report|letter|post|tweet|message|decision|order|motion|filing|notice|release)\s+$/i.test(lead);
    const participle = (reportParticiple || (afterWriting && /^(?:finding|ruling|stating|declaring)$/.test(word))) && (/,\s*(?:also\s+)?$/.test(lead) || /\b(?:upon|after|before|while|when|in)\s+$/i.test(lead) || afterWriting || withSubject !== null);
    const finite = !participle && REPORT_VERBS.has(word) && /^\p{Ll}/u.test(t.text) && verbLike(tokens, i);
    if (!participle && !finite) {
      if (REPORT_VERBS.has(word) && /^\p{Ll}/u.test(t.text)) state.notes.push({ at: paragraph.start + sentence.start + t.start, rule: `reported speech: "${t.text}"`, why: `not the verb of its clause here (tagged ${t.pos})` });
      continue;
    }
    // "where Dr. Tomasz Stefaniak was met with applause upon announcing ...": the subject of the participle's own clause.
    const ownClause = participle && !withSubject && !/,\s*(?:also\s+)?$/.test(text.slice(0, t.start)) ? text.slice(0, t.start).split(/,\s+(?:where|when|while|who|and|but)?\s*/).pop()! : null;
    const subject: Mention | null | undefined = withSubject ? mentionOf(withSubject[1]!) : ownClause ? subjectOf(ownClause, sentence) : participle ? lastSubject ?? quoted(t.start) ?? subjectOf(text.slice(0, t.start), sentence) : subjectBefore(text, floor, t.start, lastSubject, sentence);
    const note = (why: string) => state.notes.push({ at: paragraph.start + sentence.start + t.start, rule: `reported speech: "${t.text}"`, why });
    if (subject === undefined) {
      note("the verb has no speaker of its own (a passive, a relative clause or a negation)");
      continue;
    }
    if (!subject) {
      note(`no speaker in "${text.slice(floor, t.start).trim().slice(-80)}"`);
      continue;
    }
    // "CBS News reported, citing Johns Hopkins University data, there were ...": the source cited speaks.
    const citing = /^,\s+citing\s+([^,]{2,60}),/i.exec(text.slice(t.end));
    const cited = citing ? mentionOf(sourceOf(citing[1]!)) : null;
    const relativeReport = !participle && /\b(?:which|that|who|whom)\s+[^,]{1,60}?\s*$/.test(text.slice(floor, t.start)) && /^\s+(?:would|will|could|can|may|might|must|should|was|were|is|are|had|has|have|did|does)\b/.test(text.slice(t.end));
    const clause = reportedClause(text, t.end, word, sentence, relativeReport);
    if (!clause) {
      note(`no clause after it in "${text.slice(t.end, t.end + 80).trim()}"`);
      // `"...," she said, noting it was ...`: the speaker of a verb with no clause still speaks for a participle after it.
      if (!participle) lastSubject = subject;
      continue;
    }
    let reported = clause;
    const clauseStart = text.indexOf(reported, t.end);
    // `said the product had been withdrawn ..., and that the company had "always intended ..."`: the
    // report before the quoted part stands on its own.
    const firstQuote = speaking.filter(([a, b]) => a < clauseStart + clause.length && b > clauseStart).map(([a]) => a).sort((x, y) => x - y)[0];
    if (clauseStart >= 0 && firstQuote !== undefined) {
      const and = /,?\s+and\s+that\s/i.exec(text.slice(clauseStart, firstQuote));
      if (and && and.index > 0) reported = reported.slice(0, and.index);
    }
    const clauseEnd = clauseStart + reported.length;
    // A clause holding quoted words: the quote carries the speech (annotated as partial), and quoted
    // words taken for a label are the speaker's after all: `said police had been called 'at least twice'`.
    if (clauseStart < 0 || speaking.some(([a, b]) => a < clauseEnd && b > clauseStart)) {
      for (const d of quotesIn) {
        const at = d.markStart - paragraph.start - sentence.start;
        if (d.kind === "term" && !d.mention && !labelled(d) && clauseStart >= 0 && at >= clauseStart && at < clauseEnd) {
          d.kind = "partial";
          d.mention = subject;
          d.cue = word;
          d.why = [`cue: ${word}, whose reported clause holds the quote`];
        }
      }
      lastSubject = subject;
      continue;
    }
    pushReported(state, p, sentence, reported, word === "shot" ? "shot back" : word, cited ?? subject, participle ? "..., adding that clause" : "X said (that) clause", clauseStart);
    lastSubject = subject;
    floor = clauseEnd;
  }
}

/**
 * The subject of a finite reporting verb: the words since the last report, up to the verb. `undefined`
 * when the verb has no speaker of its own (a passive, a relative clause's verb).
 */
function subjectBefore(text: string, floor: number, at: number, lastSubject: Mention | null, sentence: Sentence): Mention | null | undefined {
  // "..., which NASA said might take place this summer": the subject of a relative clause's report.
  const relative = /\b(?:which|that|who|whom)\s+((?:[\p{Lu}][\p{L}.'’-]*\s*){1,5}|he|she|they|it|officials|police|(?:the|his|her|their|its)\s+\p{L}+(?:\s+[\p{L}'’-]+){0,3})\s*(?:has\s+|have\s+|had\s+)?$/u.exec(text.slice(floor, at));
  if (relative && /^\s+(?:would|will|could|can|may|might|must|should|was|were|is|are|had|has|have|did|does)\b/.test(text.slice(at).replace(/^\S+/, ""))) return mentionOf(relative[1]!);
  let head = lastClause(text.slice(floor, at)).replace(/,\s*(?:who|whom|which)\b[^,]*,/gi, ",");
  if (/,\s*(?:who|which|that)\s*$/i.test(head) || /,\s*(?:who|which)\s[^,]*$/i.test(head) || /\b(?:was|were|been|be|is|are)\s*$/i.test(head)) return undefined;
  // "the company had not confirmed": nothing was said.
  if (/\b(?:not|never|n['’]t|neither|nor)\s*$/i.test(head)) return undefined;
  // "NDTV later reported officials, following an investigation, stated": the subject after the last report.
  // Not a noun: "in remarks to The Washington Post", "his claims".
  const earlierVerb = reportWords(head).filter((v) => !/\b(?:in|of|his|her|their|its|the|a|an|with|by|to|these|those|such)\s+$/i.test(head.slice(Math.max(0, v.index - 8), v.index))).pop();
  if (earlierVerb && earlierVerb.index > 0) head = head.slice(earlierVerb.index + earlierVerb.word.length);
  head = head.split(/;\s+|,\s+(?:while|and|but|whereas)\s|\b(?:while|whereas|after|before|because|since|until|although|though|when)\s+/i).pop() ?? head;
  // "It weighed about ten lbs and the researchers estimate ...": a clause joined by "and" with a subject of its own.
  const joined = /\s(?:and|but)\s+((?:the|a|an|his|her|their|its|some|many|most|several|other)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s*$/iu.exec(head);
  // (Only after a clause: "scientists from Tsinghua University and the Chinese Academy" is one subject.)
  if (joined && !/^\s*(?:and|but)\b/i.test(head) && hasFiniteVerb(head.slice(head.lastIndexOf(", ", joined.index) + 1, joined.index), sentence)) {
    const own = mentionOf(joined[1]!);
    if (own && own.type !== "writing") return own;
  }
  const shared = /^\s*(?:(?:and|but|then|also|has|have|had|later|again|already)\s+)*$/i.test(`${head.trim()} `) || /["”’]?\s+(?:and|but)\s*$/i.test(head);
  let subject = shared ? lastSubject ?? subjectOf(text.slice(0, at), sentence) : mentionOf(head);
  // `... after the break, she said, adding ...` / `"...," President Volodymyr Zelensky said`.
  if (!subject) {
    const tail = mentionOf(head.slice(head.lastIndexOf(", ") + 1).replace(/^.*["”]\s*/, ""));
    // (", the study revealed" too: a writing speaks for whoever issued it.)
    if (tail && (tail.type === "pronoun" || tail.type === "named" || tail.type === "writing" || tail.type === "definite")) subject = tail;
  }
  // "but upon learning his DNA was on her clothes he claimed": an opener with no comma, then a pronoun.
  const pronoun = subject ? null : /(?:^|\s)(he|she|they|we)\s*$/i.exec(head);
  if (pronoun) subject = mentionOf(pronoun[1]!);
  return subject;
}

/**
 * A reporting verb as the verb of its clause: tagged so, or mistagged ("Activists claim/NOUN safety
 * standards are ignored", "Police alleged/ADJ the accused ...") after a subject and before the
 * start of a clause, but not after a determiner, possessive or preposition ("the claims", "his remarks").
 */
function verbLike(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after) return false;
  // "... lists Saha as ... and states it runs flights": a second verb of the same subject.
  if (/^and$/i.test(before.text) && /(?:s|ed)$/.test(t.text) && ["DET", "PRON", "PROPN", "NUM"].includes(after.pos)) return true;
  // "The Arapaho have plans ... and report they are considering": a base form after "and", before a subject pronoun.
  if (/^and$/i.test(before.text) && /^(?:they|we|it|he|she)$/i.test(after.text)) return true;
  // "His associates have alleged/ADJ Navalny was poisoned": after an auxiliary, a past form is the verb.
  if (/^(?:has|have|had)$/i.test(before.text) && /ed$/.test(t.text)) return true;
  if (/^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|such|no|any|some|of|in|on|for|with|to|by|from|and|or)$/i.test(before.text)) return false;
  // A capitalised word is a name, whatever the tagger calls it ("The Aviation Herald/VERB states").
  // After an appositive's closing comma: "Airfleets, a database ..., states the aircraft ...".
  const afterAppositive = before.text === "," && /s$/.test(t.text) && ["DET", "PROPN", "PRON", "NUM"].includes(after.pos);
  const subjectBefore = afterAppositive || ["NOUN", "PROPN", "PRON"].includes(before.pos) || /^\p{Lu}/u.test(before.text) || (before.pos === "ADV" && ["NOUN", "PROPN", "PRON"].includes(tokens[i - 2]?.pos ?? ""));
  // "Estimates by event organizers indicate roughly one million people marched": an adverb of quantity first.
  const clauseAfter = ["DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"].includes(after.pos) || /^that$/i.test(after.text) || (after.pos === "ADV" && ["NUM", "DET"].includes(tokens[i + 2]?.pos ?? ""));
  // A base form ("claim", "state") only after a plural subject: "Activists claim", not "Maryland state law".
  const base = !/(?:s|ed)$/.test(t.text) && t.text !== "said" && t.text !== "told";
  if (base && !(/^(?:they|we|i|you)$/i.test(before.text) || (/[^s']s$/.test(before.text) && before.pos !== "PRON"))) return false;
  return subjectBefore && clauseAfter;
}

/** The clause a reporting verb at `from` reports, or null when it takes a thing rather than a clause. */
function reportedClause(text: string, from: number, word: string, sentence: Sentence, relativeReport = false): string | null {
  let rest = text.slice(from);
  if (word === "shot") {
    if (!/^\s+back\b/i.test(rest)) return null;
    rest = rest.replace(/^\s+back/i, "");
  }
  // told parliament's finance committee on Monday that ...: whoever was told, up to "that".
  if (TELLING_VERBS.has(word)) rest = rest.replace(/^\s+[^,.;"“”]{1,70}?(?=\s+that\s)/u, "");
  // told reporters / told state television / told the BBC: the hearer, then the clause.
  const unheard = rest;
  if (TELLING_VERBS.has(word)) rest = rest.replace(HEARER, "");
  rest = rest.replace(/^\s+(?:(?:on|in|at|late|early|last|this|earlier|during|after|before|to)\s+[^,]{0,100}?)?(?=\s+that\b)/i, "").replace(/^\s+(?:on|in|at|late|early|last|this|earlier|during|after|before)\s+\S+(?:\s+\S+){0,2}(?=,)/i, "");
  // "told NPR Hamza bin Laden had appeared ...": an outlet's initials are whom, not the clause.
  const toOutlet = TELLING_VERBS.has(word) && /^\s+(?:the\s+)?[\p{Lu}]{2,6}(?=[\s,])/u.test(rest);
  // (", asking not to be named" after it is the teller's aside, no clause.)
  if (toOutlet) rest = rest.replace(/^\s+(?:the\s+)?[\p{Lu}]{2,6}(?=[\s,])/u, "").replace(/^,(?=\s+\p{Ll}(?!\p{Ll}*ing\b))/u, "");
  // "pointed out it would", "made clear the plan": a verb of two words.
  if (word === "pointed") {
    if (!/^\s+out\b/.test(rest)) return null;
    rest = rest.replace(/^\s+out\b/, "");
  }
  // "indicated on Monday the chances ...", "said yesterday morning the road ...", "reported on Twitter
  // the baby ...": when, where and how, before a clause with no "that".
  for (let k = 0; k < 3; k++) {
    const before = rest;
    rest = rest.replace(ADJUNCT_AFTER_VERB, "");
    if (rest === before) break;
  }
  // "claimed after the meeting the elder Biden used ...": when, before the clause's own subject.
  rest = rest.replace(/^\s+(?:after|before|during|following|since|at)\s+(?:the|a|an|his|her|their|its|this|that)\s+\p{Ll}+(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|[\p{Lu}])\b)/u, "");
  rest = rest.replace(/^\s+(?:in a statement|in a post|in an interview|on (?:X|Twitter|Facebook|Telegram|Instagram|social media)|later|also|again|further|previously|repeatedly|consistently)(?=\s)/i, "");
  // "claimed, as of Thursday, it was ...", "said on Saturday, about 20 buildings": an aside between commas.
  rest = rest.replace(/^,\s+(?:as of|on|in|at|during|after|before|late|early|last|this|earlier|later|according to|in a statement|citing)\b[^,]{0,60},(?=\s)/i, "").replace(/^,(?=\s+(?:(?:the|a|an|about|some|more|at least|he|she|they|it|we|there)\b|\d|[\p{Lu}]))/u, "");
  // "said publicly the Amazon rainforest should ...": an adverb, then the clause.
  rest = rest.replace(/^\s+\p{Ll}{3,}ly(?=\s+(?:the|a|an|this|that|these|those|his|her|their|its|[\p{Lu}]))/u, "");
  // "announcing to journalists Adamowicz remained alive": to whom, then the clause.
  rest = rest.replace(/^\s+to\s+(?:the\s+)?(?:reporters|journalists|the press|media|supporters|lawmakers|parliament|\p{Ll}+s)(?=\s)/u, "");
  // "reported to the police he ...": to whom, before a subject pronoun or a name.
  rest = rest.replace(/^\s+to\s+(?:the\s+|a\s+|an\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s+(?:he|she|they|it|we|that)\b)/u, "");
  // "asked whether Oakland was part of the US": a question reported.
  const whether = ASKING.has(word) ? /^\s+(?:[^,;"“”]{0,40}?\s+)?(?:whether|if)\s+(.+?)[.!?]?$/is.exec(rest) : null;
  if (whether && hasFiniteVerb(whether[1]!, sentence)) return cutClause(whether[1]!);
  const that = /^,?\s+that,?\s+(.+?)[.!?]?$/is.exec(rest) ?? (relativeReport ? /^\s+((?:would|will|could|can|may|might|must|should|was|were|is|are|had|has|have|did|does)\b.+?)[.!?]?$/s.exec(rest) : null);
  // A bare clause ends at a semicolon; after "told", a capitalised word left is the hearer, not a clause.
  // "promised a 'fair pay agreement' ..., but the bill has": a verb that takes a thing as often as a
  // clause reports one only when the clause's own verb comes early, before any comma.
  const bare = /^(?:told|tells)$/.test(word) && !toOutlet && (/^\s+[\p{Lu}]/u.test(rest) || rest === unheard) ? null : /^\s+([\p{L}\d$€£][^"“”;]*?\s[^;]+?)[.!?]?(?:;.*)?$/su.exec(rest);
  // "shared their insights into ...", "questioned the decision": these report only a clause with "that" or "whether".
  let clause = that?.[1] ?? (bare && !THAT_ONLY.has(word) && bareClause(bare[1]!, sentence, OBJECT_TAKING_VERBS.has(word)) ? bare[1] : undefined);
  if (!clause || /^["“”‘]/.test(rest.trim())) return null;
  return cutClause(clause);
}

/** A clause up to where another report or the writer's own words begin. */
function cutClause(clause: string): string {
  // (Each way a clause ends starts with a comma, a semicolon, a colon, "and", "but", "despite" or a quote mark.)
  const cut = /[,;:"“]|\s(?:and|but|despite)\s/.test(clause) ? CLAUSE_END.exec(clause) : null;
  if (cut && cut.index > 0) clause = clause.slice(0, cut.index);
  return clause.replace(/[,\s]+$/, "");
}

/**
 * A clause that can follow "said" without "that": it opens with a noun phrase and has a finite verb
 * (past participles the tagger calls adjectives count after a noun: "the crash involved pilot error").
 * `early`: the verb must come within a short subject and before any comma ("promised a 'fair pay
 * agreement' for the sector, but the bill has" reports nothing).
 */
function bareClause(clause: string, sentence: Sentence, early = false): boolean {
  const tokens = tokensWithin(sentence, clause);
  const first = tokens[0];
  if (!first) return false;
  const quantity = /^(?:about|around|nearly|almost|some|more|over|up|at|roughly|approximately|only|just|such|many|most|several|all|both|each|every|no|any|few|less|fewer)$/i.test(first.text);
  // "fixing the island's largest power plant ... may take a year": a gerund can be a clause's subject.
  const gerund = /ing$/i.test(first.text) && ["VERB", "NOUN"].includes(first.pos) && tokens.length > 3;
  if (!quantity && !gerund && !["DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"].includes(first.pos)) return false;
  if (/^(?:to|of|for|with)$/i.test(first.text)) return false;
  // A verb inside a compound ("wider-than-expected") is no clause's verb.
  // A word between a noun and a determiner can only be a verb, whatever the tagger says ("the aircraft overran the runway").
  const betweenNounAndDeterminer = (k: number) => ["NOUN", "PROPN", "PRON"].includes(tokens[k - 1]!.pos) && tokens[k + 1]?.pos === "DET" && /^\p{Ll}/u.test(tokens[k]!.text);
  // A word right after a determiner or possessive is a noun, whatever the tagger says ("their focus").
  // "1,051,635 confirmed cases": a participle between a number or determiner and its noun describes it.
  const describing = (k: number) => /ed$/i.test(tokens[k]!.text) && ["NUM", "DET", "ADJ"].includes(tokens[k - 1]!.pos) && tokens[k + 1]?.pos === "NOUN";
  // "Leonov, who died in Moscow, will be buried": a relative clause between commas holds no verb of the clause.
  const aside = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]!.text === "," && /^(?:who|which|whose|whom)$/i.test(tokens[k]!.text)) {
      for (let j = k; j < tokens.length && tokens[j]!.text !== ","; j++) aside.add(j);
    }
  }
  const verbAt = tokens.findIndex((t, k) => k > 0 && !aside.has(k) && !describing(k) && !/^(?:the|a|an|his|her|their|its|our|my|your)$/i.test(tokens[k - 1]!.text) && (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "ADJ" && /ed$/.test(t.text) && ["NOUN", "PROPN", "PRON"].includes(tokens[k - 1]!.pos)) || (["NOUN", "ADJ"].includes(t.pos) && betweenNounAndDeterminer(k))) && !/ing$/i.test(t.text) && !/^to$/i.test(tokens[k - 1]!.text) && tokens[k - 1]!.text !== "-" && tokens[k + 1]?.text !== "-");
  if (verbAt < 0) return false;
  if (!early) return true;
  // "announced a "special military operation" aimed at ...": after an indefinite article the verb must be
  // surely finite ("reported a man was killed"), not a participle that describes the thing announced.
  if (/^(?:a|an)$/i.test(first.text) && tokens[verbAt]!.pos !== "AUX") return false;
  if (verbAt <= 8 && !tokens.slice(0, verbAt).some((t) => /^(?:[,;:]|and|or|but)$/.test(t.text))) return true;
  // "reported he and his wife First Lady Melania Trump tested positive": a subject pronoun opens a clause, never a thing.
  if (/^(?:he|she|they|we|i)$/i.test(first.text) && verbAt <= 16 && !tokens.slice(0, verbAt).some((t) => /^[;:]$/.test(t.text))) return true;
  // "announced classes for students ranging from kindergarten to high school, public and private, would
  // be cancelled": a long subject, when its verb is surely finite (an auxiliary) and no clause of the
  // writer's own ("..., but the bill has") comes between.
  // "its first infections and Zambia had its first death": "and" and a name before the verb start a clause of their own.
  const lead = tokens.slice(Math.max(0, verbAt - 4), verbAt);
  const and = lead.findIndex((t) => /^(?:and|but)$/i.test(t.text));
  if (and >= 0 && lead.slice(and + 1).every((t) => t.pos === "PROPN" || t.pos === "PRON")) return false;
  return tokens[verbAt]!.pos === "AUX" && !/^(?:a|an)$/i.test(first.text) && verbAt <= 24 && !tokens.slice(0, verbAt).some((t, k) => /^(?:[;:]|but|while|whereas)$/.test(t.text) || (t.text === "," && /^(?:and|or)$/i.test(tokens[k + 1]?.text ?? "")));
}

/** When, where and how between a reporting verb and its clause: "on Monday", "yesterday morning", "on Twitter". */
const ADJUNCT_AFTER_VERB = /^,?\s+(?:(?:on|late|early|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|weekend)(?:\s+(?:morning|afternoon|evening|night))?|yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight|on\s+(?:Twitter|Facebook|Instagram|Telegram|X|social media|television|radio|its website|their website|his website|her website)|in\s+(?:a|an|the|its|his|her|their)\s+(?:statement|interview|post|tweet|letter|filing|report|speech|press release|briefing|video)(?:\s+on\s+\S+)?|at\s+(?:a|the)\s+(?:press conference|news conference|briefing|hearing|rally)|to\s+(?:reporters|journalists|the press|the media)|(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|by\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|(?:late|early|earlier|later)\s+(?:today|tonight|yesterday))(?=[\s,])/;

function hasFiniteVerb(clause: string, sentence: Sentence): boolean {
  return tokensWithin(sentence, clause).some((t) => (t.pos === "VERB" || t.pos === "AUX") && !/ing$/i.test(t.text));
}

/** `clauseAt`: where the clause starts in the sentence's text, when the rule knows (else it is looked for). */
function pushReported(state: State, p: number, sentence: Sentence, clause: string, cue: string, mention: Mention, rule: string, clauseAt = -1): void {
  const paragraph = state.paragraphs[p]!;
  const at = clauseAt >= 0 ? sentence.start + clauseAt : paragraph.text.indexOf(clause, sentence.start);
  const start = paragraph.start + Math.max(at, sentence.start);
  const text = clause.replace(/[.\s]+$/, "");
  state.drafts.push({
    text,
    kind: "reported",
    speaker: null,
    speakers: [],
    cue,
    sentence: (sentence as Clause).whole ?? sentence.text.trim(),
    start,
    end: start + clause.length,
    paragraph: p,
    mention,
    at: paragraph.start + sentence.start,
    markStart: start,
    markEnd: start + text.length,
    place: "reported",
    why: [`reported: ${rule}`],
  });
}
