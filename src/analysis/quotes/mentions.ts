// A phrase that names who speaks -> a mention: a name with a role, an organisation, a group, an
// unnamed speaker ("a Ukrainian official"), several speakers together, or a pronoun or definite
// role to resolve later. A speaker is a noun phrase that names or describes a person, body or
// group; anything else ("When", "Notably", "Per reports") is no speaker, and the quote stays
// unattributed rather than credited to an invented one.
import { MAX_MENTION } from "../budget.ts";
import {
  ADVERBIAL_OPENERS, alternation, BODY_BEFORE_OF, CLAUSE_OPENERS, CUE, FUNCTION_WORDS as FUNCTION_WORD_LIST, HONORIFICS, HONORIFICS_BEFORE_SURNAME,
  BODY_DESCRIPTIONS, LY_NAMES, LY_NOUNS, NAME_PARTICIPLES, NAME_PARTICLES, NEWSPAPER_WORDS, NOUN_LIKE_FORMS, OBJECT_PRONOUNS, ORG_CONNECTORS, ORG_WORDS, PLACE_WORDS as PLACE_WORD_LIST, PLACES, POST_NOMINALS, PREPOSITIONS, PRONOUNS,
  SPEECH_ACTS, TIME_NAMES, TITLE_WORDS, WRITINGS,
} from "./lexicon.ts";
import { isEnglishWord } from "../nlp.ts";
import type { Mention, SpeakerKind } from "./types.ts";

export type { Mention, SpeakerKind };

/** A capitalised word, or a name after a particle joined by a hyphen: "al-Eryani", "bin-Salman". */
const CAPITALISED = /^(?:[\p{Lu}]|(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|ben|abu|de|van|von|di|da|du|le|la)-[\p{Lu}])[\p{L}\p{M}\p{N}'’.\-]*$/u;
/** A nickname in quote marks inside a name: Robert "Bo" Langley. */
const NICKNAME = /^["“‘'][\p{Lu}][\p{L}\p{M}'’.\- ]*["”’']$/u;
const HONORIFIC = new RegExp(`^(?:${alternation(HONORIFICS)})\\.?$`);
/** Honorifics that make a surname alone a person's: "Lord Butler", "Mr Howard". */
const SURNAME_HONORIFIC = new RegExp(`^(?:${alternation(HONORIFICS_BEFORE_SURNAME)})\\.?$`);
const POSSESSIVE = /['’]s?$/;
/** Function words, in any case but capitals ("WHO" is the World Health Organization). */
const FUNCTION_WORD = new RegExp(`^(?:${alternation(FUNCTION_WORD_LIST)})$`, "i");
const FUNCTION_WORDS = { test: (w: string) => !/^[\p{Lu}]{2,}$/u.test(w) && FUNCTION_WORD.test(w) };
const ACRONYM = /^[\p{Lu}]{2,}s?$/u;
/** A participle opening a list or a headline ("Listed US authorities"): not a first name, nor a name's first word ("United States"). */
const openingParticiple = (word: string) =>
  /^[\p{Lu}]\p{Ll}+ed$/u.test(word) && isEnglishWord(word) && !/^(?:Ahmed|Mohammed|Muhammed|Fred|Ted|Ned|Jed|Reed|Creed)$/.test(word) && !NAME_PARTICIPLES.has(word.toLowerCase());
const PLACE_WORDS = new RegExp(`^(?:${alternation(PLACE_WORD_LIST)})$`);
const OF_BODY = new RegExp(`\\b(?:${alternation(BODY_BEFORE_OF)})\\s+(?:of|for|on)\\b`);
const PARTICLE = new Set<string>(NAME_PARTICLES);
const CONNECTOR = new Set<string>(ORG_CONNECTORS);
const TIME_NAME = new Set<string>(TIME_NAMES);
const NEWSPAPER = new Set<string>(NEWSPAPER_WORDS);
const NOUN_LIKE = new Set<string>(NOUN_LIKE_FORMS);
const PREPOSITION = new Set<string>(PREPOSITIONS);
const CLAUSE_OPENER = new Set<string>(CLAUSE_OPENERS);
const LY_NAME = new Set<string>(LY_NAMES);
const LY_NOUN = new Set<string>(LY_NOUNS);
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const WRITING = new Set<string>(WRITINGS);
/** Laws and charters: "the constitution", "Republic Act No. 3846", "the 14th Amendment". */
const LAW_NAME = /\b(?:Act|Amendment|Constitution|Treaty|Statute|Code|Bill|Charter|Convention|Directive)\b(?:\s+(?:No\.?|of|to)\b|$)/;
const LAW = /^(?:constitution|law|laws|act|treaty|statute|code|bill|amendment|regulation|regulations|directive|charter|convention|rules)$/i;

/** A word that names a person, body or group of people: "spokesman", "officials", "charity", "residents". */
function peopleNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s?$/, "");
  const singular = singularOf(w);
  return TITLE_WORDS.has(w) || TITLE_WORDS.has(singular) || ORG_WORDS.has(w) || ORG_WORDS.has(singular) || /^(?:people|police|staff|media|press|authorities|family|families|relatives|parents|children|public|crowd|couple|team|crew|government|opposition|management)$/.test(w);
}

/** "eyewitnesses" -> "eyewitness", "agencies" -> "agency", "spokesmen" -> "spokesman", "officials" -> "official". */
function singularOf(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w)) return w.replace(/ies$/, "y");
  if (/(?:sses|shes|ches|xes)$/.test(w)) return w.slice(0, -2);
  if (/men$/.test(w)) return w.replace(/men$/, "man");
  return w.replace(/s$/, "");
}

/**
 * A word that can describe a group of people before its noun: a small word, a place ("Kerala
 * police"), a nationality ("Russian officials"), a capitalised English word ("Local media"), an
 * abbreviation ("NHS staff"); not a name ("Wasef archaeologists", of "according to Wasef archaeologists have ...").
 */
function describes(word: string): boolean {
  return /^\p{Ll}/u.test(word) || /['’]s?$/.test(word) || PLACES.has(word.toLowerCase()) || /(?:an|ian|ese|ish|i|ic|ch)$/.test(word) || ACRONYM.test(word) || isEnglishWord(word);
}

/** Removes openers, asides and trailing punctuation: "However, Kyiv's adviser X, however," -> "Kyiv's adviser X". */
export function cleanPhrase(phrase: string): string {
  // A dateline: "NEW YORK — Pemberton Outdoor Inc.".
  let p = phrase.replace(/^[\p{Lu}][\p{Lu}\s.,'/-]{2,60}?(?:,?\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{1,20}\))?\s[—–-]+\s+/u, "").replace(/[\s,;:—–-]+$/u, "").replace(/^[\s,;:—–-]+/u, "").trim();
  // Time adjuncts inside the phrase: "Ukraine on Monday", "Zelenskiy late Sunday".
  p = p.replace(/\s+(?:on|late|early|last|this|earlier|later)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend)\b/gi, "");
  p = p.replace(/\s+(?:during|over)\s+the\s+(?:weekend|week|day|night)$/i, "");
  // "47-year-old Matovič's government office": an age describes, it names no one.
  p = p.replace(/^\d{1,3}-year-old\s+(?=[\p{Lu}])/u, "");
  p = p.replace(/\s+(?:both|also|too|all|each|alone|himself|herself|themselves|itself)$/i, "").replace(/\s+(?:yesterday|today|tonight)$/, "");
  // "Redouane consistently", "the ministry previously": an adverb before the verb.
  const lastWord = /\s(\p{Ll}{3,}ly)$/u.exec(p)?.[1];
  if (lastWord && !LY_NOUN.has(lastWord)) p = p.slice(0, -lastWord.length).trimEnd();
  // Asides between commas that are adverbs: ", however,", ", in the meantime,", ", too,".
  p = p.replace(/,\s*(?:however|meanwhile|too|also|in turn|in the meantime|for (?:his|her|their|its) part|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*(?=,|$)/gi, "");
  // Openers: "Meanwhile, ", "After the meeting, ", "Late Monday, ".
  for (let i = 0; i < 3; i++) {
    const m = /^([^,]{0,120}),\s+/.exec(p);
    // "Opening the second reading debate on the bill, X said": a participle clause, not a name.
    if (!m || !(ADVERBIAL_OPENERS.test(m[1]!) || /^[\p{Lu}][\p{Ll}]+ing\s+(?:[\p{Ll}]|the\b)/u.test(m[1]!))) break;
    p = p.slice(m[0].length);
  }
  p = p.replace(/^(?:and|but|while|whereas|as|so|then)\s+/i, "");
  // "a result the union's leadership called ...": the subject of a relative clause without "that".
  p = p.replace(/^(?:a|an)\s+\p{Ll}+\s+(?=(?:the|its|his|her|their)\s)/u, "");
  // "with what she called": the subject after "what".
  p = p.replace(/^(?:.*\s)?what\s+(?=\p{L})/iu, "");
  // "Another was tour manager Thomas Gray": the one named after "was".
  p = p.replace(/^(?:another|one|the other|the first|the second|the third|the last|among them)\s+(?:was|is)\s+(?=\S)/i, "");
  // "Residents there", "officials here": where they are.
  p = p.replace(/\s+(?:there|here)$/i, "");
  // "Part of the judge's statement", "Some of the report": the writing itself.
  // Not "Some of the protesters": a part of a group of people is read below.
  const partOf = /^(?:part|parts|some|much|most|a section|a passage)\s+of\s+(?=(?:the|a|an|his|her|their|its|[\p{Lu}]))/iu.exec(p);
  if (partOf && (/^(?:part|parts|a section|a passage)\s/i.test(partOf[0]) || p.slice(partOf[0].length).split(/\s+/).slice(0, 5).some((w) => WRITING.has(w.toLowerCase())))) p = p.slice(partOf[0].length);
  // "The Daily Telegraph, citing local paramilitary groups", "Reports citing sources within the party": the ones cited.
  const citing = /^.+?,?\s+citing\s+(.+?),?$/i.exec(p);
  if (citing) p = citing[1]!;
  // "A roofer who told ...": the relative pronoun's antecedent speaks.
  p = p.replace(/\s+(?:[Ww]ho|[Tt]hat)$/, ""); // (not "the WHO")
  // "the mayor of Yartsevo via news agency Interfax": the relaying outlet is not the speaker.
  p = p.replace(/\s+via\s+.*$/i, "");
  // "Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council": what they were doing.
  p = p.replace(/([\p{Lu}][\p{L}'’-]+)\s+(?:speaking|writing|addressing|talking|appearing|responding|reacting|commenting|testifying)\b.*$/u, "$1");
  // "Richard Ferrand in relaying the news to parliament", "X while visiting Kyiv": what they were doing.
  p = p.replace(/\s+(?:in|while|when|after|before|upon|on|by)\s+\p{Ll}+ing\b.*$/u, "");
  return stripOpeners(p.replace(/[\s,;:]+$/u, "").trim());
}

/**
 * Openers with no comma after them, which start a clause but never a name: adverbs and
 * conjunctions ("Yet aviation analyst Mike Powell", "Thereafter Pernod"), and a preposition with
 * its object ("On Friday Ford", "In the filing itself Ford", "Per reports").
 */
function stripOpeners(phrase: string): string {
  // "The next day on Twitter West", "Last week Smith": a time before the subject.
  let words = phrase.replace(/^(?:the\s+|that\s+)?(?:next|following|previous|same|last|this|that|earlier|later)\s+(?:day|week|month|year|morning|afternoon|evening|night|weekend),?\s+/i, "").replace(/^(?:(?:a|an|one|two|three|several)\s+)?(?:few\s+|couple\s+of\s+)?(?:days?|weeks?|months?|hours?|minutes?|years?)\s+(?:later|earlier|ago|after|afterwards)\s+/i, "").replace(/^(?!(?:Sterling|Irving|Channing|Manning|Fleming|Browning|Harding|Golding|Ming|King|Wrestling|Racing|Publishing|Broadcasting|Engineering|Trading|Banking|Shipping|Mining|Consulting)\b)[\p{Lu}][\p{Ll}]{3,}ing\s+(?=[\p{Lu}])/u, "").replace(/^(?:on|via|over)\s+(?:Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Weibo|X|LinkedIn|Reddit|WhatsApp|social media|television|radio)(?:\s+|$)/, "").split(/\s+/);
  for (let guard = 0; guard < 4 && words.length > 1; guard++) {
    const first = words[0]!.toLowerCase().replace(/[,.]$/, "");
    const next = words[1]!;
    const adverb = /^\p{L}{3,}ly$/u.test(first) && !LY_NAME.has(first) && (/^\p{Ll}/u.test(next) || SUBJECT_PRONOUN.test(next));
    if (CLAUSE_OPENER.has(first) || adverb) {
      words = words.slice(1);
      continue;
    }
    if (first === "according" && /^to$/i.test(next)) {
      words = words.slice(2);
      continue;
    }
    if (!PREPOSITION.has(first)) break;
    // "Over 1,000 rescuers", "About 52% of voters", "At least five civilians": a quantity, not an opener.
    if (/^\d/.test(next) || (first === "at" && /^(?:least|most)$/i.test(next)) || (/^(?:over|about|around|under|near|up)$/.test(first) && /^(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|to)\b/i.test(next))) break;
    // The preposition's object: small words, lower-case words and names of days and months, up to
    // a capitalised name, a pronoun, or a second determiner after a noun ("After the meeting the minister").
    let i = 1;
    let nouns = 0;
    for (; i < words.length; i++) {
      const w = words[i]!.replace(/[,.]$/, "");
      if (TIME_NAME.has(w) || /^\d/.test(w)) {
        nouns++;
        continue;
      }
      if (!/^\p{Ll}/u.test(w) || SUBJECT_PRONOUN.test(w)) break;
      if (/^(?:the|a|an)$/.test(w) && nouns > 0) break;
      if (!/^(?:the|a|an|this|that|its|his|her|their|our)$/.test(w)) nouns++;
    }
    words = words.slice(i);
    if (!words.length) return "";
  }
  return words.join(" ");
}

/** The named mentions a mention holds: itself, or the parts of several speakers together. */
export function namedParts(m: Mention | null): Extract<Mention, { type: "named" }>[] {
  if (!m) return [];
  if (m.type === "named") return [m];
  return m.type === "joint" ? m.parts.flatMap(namedParts) : [];
}

/** Parsed phrases: the same phrase recurs across an article's rules and across articles. */
const parsed = new Map<string, Mention | null>();
const PARSED_LIMIT = 50_000;

export function parseMention(raw: string): Mention | null {
  if (raw.length > MAX_MENTION) return null;
  const cached = parsed.get(raw);
  if (cached !== undefined) return cached;
  const mention = parse(raw);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(raw, mention);
  return mention;
}

function parse(raw: string): Mention | null {
  let phrase = cleanPhrase(raw);
  // "Listed US authorities": a participle in capitals opening a list or a headline is no part of the speaker.
  const participle = /^(\p{L}+)\s+(?=[\p{Lu}])/u.exec(phrase);
  if (participle && openingParticiple(participle[1]!)) return parseMention(phrase.slice(participle[0].length));
  // Quoted words are not who speaks; a long phrase is a speaker only as a name with a long role.
  if (!phrase || /^["“”]/u.test(phrase)) return null;
  const long = phrase.split(/\s+/).length > 16;
  const lower = phrase.toLowerCase();
  if (PRONOUNS.has(lower)) return { type: "pronoun", pronoun: lower };
  if (OBJECT_PRONOUNS[lower]) return { type: "pronoun", pronoun: OBJECT_PRONOUNS[lower]! };
  // "You've", "We're": a pronoun with its verb, not a name.
  if (/^\p{L}+['’](?:ve|re|ll|d|m|s)$/u.test(phrase) && FUNCTION_WORDS.test(phrase.replace(/['’].*$/, ""))) return null;

  // Asides in brackets: "The Independent Couriers' Union (ICU)", "Jenn St-Onge (Nancy Drew, Jem and the Misfits)".
  // "Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR)": a name its short form spells, commas and all.
  const defined = definedBody(phrase);
  if (defined) return defined;
  phrase = phrase.replace(/\s*\([^()]{1,80}\)/gu, "").trim();
  if (!phrase) return null;
  // "Republic Act No. 3846, also known as ...": a law, not a speaker, whatever follows it.
  if (LAW_NAME.test(phrase.split(", ")[0]!) && !/\b(?:Commission|Committee|Council|Office|Department|Ministry|Agency)\b/.test(phrase.split(", ")[0]!)) return null;
  // "La Riva, Hawkins, Blankenship, and Carroll": several speakers listed.
  const listed = list(phrase);
  if (listed) return listed;
  if (phrase.includes(", ")) return appositive(phrase, long);
  if (long) return null;
  // A finite verb inside the phrase with no relative pronoun before it: a clause ("Wasef archaeologists have not yet turned up").
  // ("The bill was drafted by Alex Greenwich", of "... who said", ends in the name that speaks.)
  if (/\s(?:has|have|had|is|are|was|were|will|would|can|could|did|does)\s+(?:not\s+|yet\s+|also\s+|already\s+)*\p{Ll}{3,}/u.test(phrase) && !/\b(?:who|which|that|whom|whose)\b/i.test(phrase) && /\s\p{Ll}[\p{L}'’-]*$/u.test(phrase)) return null;
  // A modal and its verb: a clause ("US troops would be leaving Syria"), whatever ends it.
  if (/\s(?:will|would|could|should|might|must|shall|can|may)\s+(?:not\s+|also\s+|soon\s+)*(?:be|have|\p{Ll}{2,}(?:ed|ing)?)\b/u.test(phrase) && !/\b(?:who|which|that|whom|whose)\b/i.test(phrase)) return null;
  // "Prime Minister Modi Announced": a title-case headline's verb is no part of the name.
  const headlineVerb = /\s+([\p{Lu}]\p{Ll}+)$/u.exec(phrase);
  if (headlineVerb && (CUE.has(headlineVerb[1]!.toLowerCase()) || SPEECH_ACTS.has(headlineVerb[1]!.toLowerCase())) && /ed$/.test(headlineVerb[1]!)) return parseMention(phrase.slice(0, headlineVerb.index));
  // A reporting verb inside the phrase: a clause, not who speaks ("students described a habit").
  // A noun as often as a verb ("sixteen states") ends a phrase as a noun.
  const phraseWords = phrase.split(/\s+/);
  if (phraseWords.some((w, i) => /^\p{Ll}/u.test(w) && (CUE.has(w) || SPEECH_ACTS.has(w)) && !(i === phraseWords.length - 1 && NOUN_LIKE.has(w)))) return null;
  // "Republic Act No. 3846", "the 12th Amendment to the US Constitution": a law, not a speaker.
  if (LAW_NAME.test(phrase) && !/\b(?:Commission|Committee|Council|Office|Department|Ministry|Agency)\b/.test(phrase)) return null;
  const issued = issuer(phrase);
  if (issued !== undefined) return issued;
  return joint(phrase) ?? nounPhrase(phrase);
}

/** The body a phrase names in full before its short form in brackets, when the short form spells its initials. */
function definedBody(phrase: string): Mention | null {
  const m = /^(.*?)\s*\(([\p{Lu}]{2,8})\)[\s,]*$/u.exec(phrase);
  if (!m || !m[1]!.includes(",")) return null;
  const words = m[1]!.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}]/u.test(words[i]!)) continue;
    const tail = words.slice(i);
    // The commas inside the name, and little before it ("Bangladesh's"), not "Antonio Vitorino, head of the UN's ... (IOM)".
    if (tail.filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join("") === m[2] && tail.join(" ").includes(",") && !words.slice(0, i).join(" ").includes(",") && i <= 2) {
      return { type: "named", name: `${i > 0 && /^the$/i.test(words[i - 1]!) ? "the " : ""}${tail.join(" ").replace(/^[\p{Lu}][\p{L}]*['’]s\s+/u, "")}`, role: null, kind: "organization", single: false };
    }
  }
  return null;
}

/**
 * Several speakers listed with commas: "La Riva, Hawkins, Blankenship, and Carroll". Every item a
 * name (a surname, a full name or a body), the last after "and".
 */
function list(phrase: string): Mention | null {
  const m = /^(.+?),\s+(.+),?\s+and\s+([^,]+)$/u.exec(phrase);
  if (!m) return null;
  const items = [m[1]!, ...m[2]!.replace(/,$/, "").split(/,\s+/), m[3]!];
  if (items.length < 3 || !items.every((item) => /^(?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}$/u.test(item.trim()))) return null;
  const parts = items.map((item) => nounPhrase(item.trim()));
  if (!parts.every((p) => p?.type === "named" && (p.kind === "person" || p.kind === "organization"))) return null;
  return { type: "joint", parts: parts as Mention[], phrase };
}

/**
 * A writing speaks for whoever issued it: "Judge Miller's statement" -> Judge Miller, "a tweet on
 * Monday by Mike Pompeo" -> Mike Pompeo, "an AEW press release" -> AEW, "Stardom's official
 * statement" -> Stardom. A writing with no issuer named ("the study") names no speaker (null);
 * `undefined` when the phrase names no writing.
 */
function issuer(phrase: string): Mention | null | undefined {
  const words = phrase.split(/\s+/);
  // A writing named in lower case: "the Manila Bulletin" and "the Institute for Space Research" are bodies.
  const head = words.findIndex((w, i) => (i === 0 ? /^\p{L}\p{Ll}+$/u.test(w) && WRITING.has(w.toLowerCase()) : /^\p{Ll}/u.test(w) && WRITING.has(w)) && (i === words.length - 1 || /^(?:by|from|of|on|issued|signed|released|published|posted|sent|written|dated|in|at|yesterday|today)$/i.test(words[i + 1]!)));
  if (head < 0) return undefined;
  const before = words.slice(0, head);
  // Only a phrase that is about the writing: "the ministry's statement", not "the minister, whose statement".
  if (before.some((w) => /^(?:who|whose|which|that|said|says)$/.test(w))) return undefined;
  // Laws and charters are no one's statement: "the commonwealth's constitution", "the 12th Amendment".
  if (LAW.test(words[head]!)) return null;
  const after = words.slice(head + 1).join(" ");
  // "by X", "issued by X", "published in 2017 by X", "on Monday by X".
  const by = /^(?:(?:issued|signed|released|published|posted|sent|written)\s+)?(?:(?:on|in|at)\s+\S+(?:\s+\S+)?\s+)?(?:(?:issued|signed|released|published|posted|sent|written)\s+)?(?:by|from)\s+(.+)$/i.exec(after);
  if (by) return parseMention(by[1]!);
  const owner = before.findIndex((w) => /['’]s?$/.test(w) && (/^[\p{Lu}]/u.test(before[0]!) || /^the$/i.test(before[0]!)));
  if (owner >= 0) return parseMention(before.slice(0, owner + 1).join(" ").replace(/['’]s?$/, ""));
  // "an AEW press release", "the White House statement": the capitalised words before the writing.
  const named = before.filter((w, i) => i > 0 || !/^(?:the|a|an)$/i.test(w)).filter((w) => !/^(?:official|latest|new|own|written|joint|annual|press|brief|short|recent|earlier|first|second|final|public|initial|early|local|media|news|unconfirmed|preliminary|some|several|many|other|further|later)$/i.test(w));
  if (named.length && named.every((w) => /^[\p{Lu}]/u.test(w))) return parseMention(`${/^the$/i.test(before[0] ?? "") ? "the " : ""}${named.join(" ")}`);
  return unissued(before, words[head]!.toLowerCase(), phrase);
}

/**
 * A writing with no issuer in the phrase. "The study", "the research paper", "the filing": the one the
 * article is about, whose issuer it named before. "Reports", "initial reports", "official statements",
 * "a report": no one in particular. Anything longer or stranger ("the ruling's second part") names no one.
 */
function unissued(before: string[], noun: string, phrase: string): Mention | null {
  const modifiers = before.slice(/^(?:the|a|an|this|that|these|those|its|their|his|her)$/i.test(before[0] ?? "") ? 1 : 0).map((w) => w.toLowerCase());
  if (modifiers.length > 2 || !modifiers.every((w) => /^\p{Ll}+$/u.test(w))) return null;
  const determiner = before.length > modifiers.length ? before[0]!.toLowerCase() : null;
  const plural = /s$/.test(noun) && !/(?:ss|us|sis)$/.test(noun);
  if ((!determiner || determiner === "a" || determiner === "an" || (determiner === "the" && plural && noun !== "findings")) && (plural || determiner)) {
    return modifiers.every((w) => /^(?:initial|early|earlier|local|official|media|news|press|unconfirmed|some|several|many|other|further|later|first|preliminary|unverified)$/.test(w)) ? { type: "writing", noun, phrase, anonymous: true } : null;
  }
  if (determiner === "the" || determiner === "this" || determiner === "its" || determiner === "their" || determiner === "his" || determiner === "her") {
    if (!modifiers.every((w) => /^(?:research|scientific|official|court|final|published|original|new|latest|study|full|written|initial|own)$/.test(w))) return null;
    // "its website", "his letter": whoever the pronoun stands for.
    const owner = determiner === "its" ? "it" : determiner === "their" ? "they" : determiner === "his" ? "he" : determiner === "her" ? "she" : undefined;
    return { type: "writing", noun, phrase, anonymous: false, ...(owner ? { owner } : {}) };
  }
  return null;
}

/**
 * Appositives: "Antonio Vitorino, head of the IOM" / "The mayor of Sumy, Alexander Lysenko" /
 * "University of California, San Diego's chancellor, Pradeep Khosla" / "Danny Royce, 58, the skipper".
 */
function appositive(phrase: string, wholeIsLong: boolean): Mention | null {
  const comma = phrase.indexOf(", ");
  const head = phrase.slice(0, comma).trim();
  const parts = phrase.slice(comma + 2).split(/,\s*/).map((part) => part.trim()).filter((part) => part && !/^\d{1,3}$/.test(part));
  // "Putin, speaking to ...", "Zelenskiy, who asked ...": an aside, not a role.
  const isAside = (part: string) => /^(?:who|which|that|whose|\p{L}+ing\b|to|in|on|at|after|before|during|while|when|as|from|however|he|she|they|it|we|i)\b/iu.test(part);
  // "..., told Discover Magazine the frequency ...": a part with a verb of saying is the clause that follows the speaker.
  const clause = (part: string) => part.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && (CUE.has(w) || SPEECH_ACTS.has(w)));
  const asideAt = parts.findIndex((part) => isAside(part) || clause(part));
  const descriptive = asideAt >= 0 ? parts.slice(0, asideAt) : parts;
  const long = wholeIsLong && [head, ...descriptive].join(" ").split(/\s+/).length > 16;
  // A relative clause ends the role: "a cardiologist at King's who was not involved in the study".
  const rest = descriptive[0]?.replace(/^(?:a|an|the)\s+/i, "").replace(/\s+(?:who|which|that)\s.*$/i, "") ?? "";
  const headMention = parseMention(head);
  // "the interview, a spokesman for West" (of "After the interview, ..."): a writing before the comma ends an opener.
  if (headMention?.type === "writing" && descriptive.length) return parseMention(descriptive.join(", "));
  if (headMention?.type === "named" && headMention.kind === "person") {
    return { ...headMention, role: headMention.role ?? (asideAt === 0 || !rest ? null : rest) };
  }
  // "University of California, San Diego's chancellor, Pradeep Khosla", "Another co-author, professor
  // Julian Marshall": a person named in full after a description speaks, the description their role.
  const trimmed = (part: string) => part.replace(/\s+(?:with|who|from)\s.*$/i, "").replace(/\s+and\s+(?:[\p{Lu}]|(?:his|her|their|the|a|an)\s).*$/u, "");
  const personAt = descriptive.findIndex((part) => {
    const m = parseMention(trimmed(part));
    return m?.type === "named" && m.kind === "person" && (!m.single || m.role !== null);
  });
  if (personAt >= 0 && !long) {
    const person = parseMention(trimmed(descriptive[personAt]!)) as Extract<Mention, { type: "named" }>;
    // "not naming any other bidders, Maróth" (of "While not naming ..."): what they did, not what they are.
    const described = [head, ...descriptive.slice(0, personAt)].filter((part) => !isAside(part) && !/^not\b/i.test(part)).map((part) => part.replace(/^(?:another|one|a|an|the)\s+(?:of\s+the\s+)?/i, "")).join(", ");
    return { ...person, role: person.role ?? (described || null) };
  }
  // "in Orlando, Florida in the United States, scientists have disclosed": the last part, a group with
  // no determiner, is the subject; the place before it ends an adverbial.
  const lastPart = descriptive[descriptive.length - 1];
  const lastMention = lastPart && !/^(?:the|a|an)\s/i.test(lastPart) ? parseMention(lastPart) : null;
  if (headMention?.type === "named" && headMention.kind === "organization" && lastMention?.type === "named" && lastMention.kind === "group" && /\s(?:in|of|at|near)\s/.test(head)) return lastMention;
  if (headMention?.type === "named" && headMention.kind === "organization") return headMention;
  if (long) return headMention?.type === "named" ? headMention : null;
  const restMention = parseMention(rest.replace(/\s+(?:with|and|who|from)\s.*$/i, ""));
  // "Farrow's daughter, Celeste": a first name after a description.
  // Not after a group or a body: "police in Baytown, Texas" names a place after the comma.
  if (restMention?.type === "named" && restMention.kind === "person" && !(headMention?.type === "named" && (headMention.kind === "group" || headMention.kind === "organization"))) return { ...restMention, role: restMention.role ?? (isAside(head) || /^not\b/i.test(head) ? null : head.replace(/^(?:a|an|the)\s+/i, "")) };
  // "The boat's owner, Harbor Light Seafood": the organisation the description names.
  if (restMention?.type === "named" && restMention.kind === "organization" && headMention?.type !== "named") return restMention;
  // "Airfleets, a database detailing ...", "Rudaw, a Kurdish news network": a name, then what kind of body it is.
  if (headMention?.type === "named" && headMention.kind === "person" && headMention.single && !headMention.role && /^(?:a|an|the)\s/i.test(descriptive[0] ?? "")) {
    const kindWord = (descriptive[0] ?? "").split(/\s+(?:of|in|for|from|that|which|who|based|detailing|run|owned|founded|with)\b/)[0]!.split(/\s+/).pop()!.toLowerCase();
    if (ORG_WORDS.has(kindWord) || /^(?:site|website|service|outlet|paper|publication|channel|station|portal|database|app|platform|firm|company|agency|group)$/.test(kindWord)) return { ...headMention, kind: "organization", single: false };
  }
  // "One news site, Znak.com", "the broadcaster, Rudaw": a description, then the name of what it describes.
  if (headMention?.type === "named" && (headMention.kind === "unnamed" || headMention.kind === "organization" || (headMention.kind === "group" && restMention?.type === "named" && restMention.kind === "organization")) && restMention?.type === "named" && (restMention.single || restMention.kind === "organization") && !restMention.role && /^[\p{Lu}]/u.test(rest)) {
    const body = ORG_WORDS.has(head.split(/\s+/).pop()!.toLowerCase()) || /(?:site|outlet|paper|publication|channel|station|portal|service|firm|website|database|group|company|agency)$/i.test(head);
    return { ...restMention, kind: body ? "organization" : "person", single: !body, role: body ? null : head.replace(/^(?:a|an|the|one|another)\s+/i, "") };
  }
  // "One victim, a 91-year-old widow from Ilkley": the fuller description names the speaker.
  const fuller = descriptive[0] ?? "";
  if (headMention?.type === "named" && headMention.kind === "unnamed" && /^(?:a|an)\s/i.test(fuller) && fuller.split(/\s+/).length <= 8) {
    return { ...headMention, name: fuller };
  }
  return headMention;
}

/**
 * Several speakers making one statement: "US President Donald Trump and Secretary of State Marco
 * Rubio", "a Ukrainian presidential adviser and a Kremlin spokesman", "The Investigative Committee
 * and the Federal Security Service". Not one person's two titles ("Kestrel co-founder and CEO Dr.
 * Samuel Okonkwo"), not a firm ("Ernst and Young's Sanjay Mehta", "Harrow & Lane").
 */
function joint(phrase: string): Mention | null {
  // "police and county officials": two groups of people.
  const groups = /^([\p{Ll}]+)\s+and\s+((?:[\p{Ll}]+\s+){0,2}[\p{Ll}]+s)$/u.exec(phrase);
  if (groups && peopleNoun(groups[1]!) && peopleNoun(groups[2]!.split(/\s+/).pop()!)) {
    return { type: "joint", parts: [nounPhrase(groups[1]!) ?? { type: "named", name: groups[1]!, role: null, kind: "group", single: false }, { type: "named", name: groups[2]!, role: null, kind: "group", single: false }], phrase };
  }
  // "New Orleans and Jefferson Parish officials": people of two places or bodies, one group.
  const ofBoth = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})and\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})([\p{Ll}]+s)$/u.exec(phrase);
  if (ofBoth && peopleNoun(ofBoth[3]!) && !ORG_WORDS.has(singularOf(ofBoth[3]!))) return { type: "named", name: phrase, role: null, kind: "group", single: false };
  // "Political commentators such as Brit Hume and Chris Wallace": the people the example names.
  const examples = /^(?:[\p{L}-]+\s+){0,3}[\p{Ll}]+s\s+(?:such as|including|like)\s+(.+\s+and\s+.+)$/u.exec(phrase);
  if (examples) {
    const named = joint(examples[1]!);
    if (named?.type === "joint" && named.parts.every((part) => part.type === "named" && part.kind === "person")) return named;
  }
  // "Naomi Martisius and other researchers": a person and the group they belong to.
  const others = /^(.+?)\s+and\s+(other\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+s))$/u.exec(phrase);
  if (others && peopleNoun(others[3]!)) {
    const first = nounPhrase(others[1]!);
    if (first?.type === "named") return { type: "joint", parts: [first, { type: "named", name: others[2]!, role: null, kind: "group", single: false }], phrase };
  }
  if (!/\s+and\s+(?:[\p{Lu}]|(?:his|her|their|a|an|the)\s)/u.test(phrase)) return null;
  // "scientists from the University of Bristol and UC Davis": the "and" joins the places, not the speakers.
  const firstWords = phrase.slice(0, phrase.search(/\s+and\s+/)).split(/\s+/);
  if (/^[\p{Ll}]/u.test(firstWords[0]!) && firstWords.some((w, k) => k > 0 && /^(?:from|of|at|in|with)$/.test(w)) && !/\s+and\s+(?:a|an|the)\s+\p{Ll}/u.test(phrase)) return null;
  // "Ernst and Young's Sanjay Mehta": the person of a firm named with "and".
  const firm = /^((?:[\p{Lu}][\p{L}'’.-]*\s+)+and\s+[\p{Lu}][\p{L}.-]*)['’]s\s+(.+)$/u.exec(phrase);
  if (firm) {
    const person = nounPhrase(firm[2]!);
    if (person?.type === "named" && person.kind === "person") return { ...person, role: [firm[1], person.role].filter(Boolean).join(", ") };
  }
  const parts = phrase.split(/\s+and\s+/).map((part) => parseMention(part));
  // "Road Transport and Bridges Minister Obaidul Quader": one title with "and" in it, then the name.
  const lastPart = parts[parts.length - 1];
  if (parts.length === 2 && lastPart?.type === "named" && lastPart.kind === "person" && lastPart.role && /^[\p{Lu}]/u.test(lastPart.role) && !TITLE_WORDS.has(lastPart.role.split(/\s+/)[0]!.toLowerCase()) && !phrase.split(/\s+and\s+/)[0]!.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase())) && !/^(?:the|a|an)\s/i.test(phrase)) {
    const whole = nounPhrase(phrase);
    if (whole?.type === "named" && whole.kind === "person") return whole;
  }
  if (parts.length < 2 || !parts.every((m) => m?.type === "named")) return null;
  // "the Department of Health and Wellbeing": a lone word after "and" ends a name, not a second speaker.
  const lone = (m: Mention | null) => m?.type === "named" && m.single && !m.role;
  if (parts.slice(1).some(lone) && !parts.every(lone)) return null;
  // "the House Oversight and Reform Committee": one body's name, unless a determiner starts the
  // second ("the Investigative Committee and the Federal Security Service") or the first is a body's.
  const named = parts as Extract<Mention, { type: "named" }>[];
  const pieces = phrase.split(/\s+and\s+/);
  const titled = (piece: string) => piece.split(/\s+/).filter((w) => !/^(?:the|of|for|on|and|&)$/i.test(w)).every((w) => CAPITALISED.test(w));
  const oneBody = named.slice(1).every((m, k) => !/^(?:the|a|an)\s/i.test(pieces[k + 1]!) && ((m.kind === "organization" && !ORG_WORDS.has(pieces[k]!.split(/\s+/).pop()!.toLowerCase())) || (/\s(?:of|for)\s/.test(pieces[0]!) && titled(pieces[0]!) && titled(pieces[k + 1]!))));
  // Not two people: "Guests of Honour Cherie and Sean O'Donnell" (a surname no English word, unlike "of Allergy and Infectious Diseases").
  const twoPeople = named.every((m) => m.kind === "person") && !isEnglishWord(pieces[pieces.length - 1]!.split(/\s+/).pop()!.replace(/['’]s$/, ""));
  if (oneBody && /^[\p{Lu}]|^the\s/u.test(phrase) && !twoPeople) return nounPhrase(phrase);
  return { type: "joint", parts: named, phrase };
}

/** "Nick Van den Brul of BNP Paribas", "Isabelle Kronawitter at Hypovereinsbank": a person and where they work. */
function affiliated(phrase: string): Mention | null {
  // "of BNP Paribas", "of the World Health Organization", "of the island's power authority".
  const m = /^(.+?)\s+(?:of|at|from|with)\s+((?:the\s+)?.*[\p{Lu}].*|(?:the|his|her|their|its)\s+.*\b(?:\p{Ll}+))$/u.exec(phrase);
  if (!m) return null;
  if (!/[\p{Lu}]/u.test(m[2]!) && !ORG_WORDS.has(m[2]!.split(/\s+/).pop()!.toLowerCase())) return null;
  const person = nounPhrase(m[1]!);
  if (person?.type !== "named" || person.kind !== "person" || (person.single && !person.role)) return null;
  const where = m[2]!.replace(/^the\s+/i, "").replace(/\s*\([^()]{1,40}\)/gu, "");
  return { ...person, role: [person.role, where].filter(Boolean).join(", ") };
}

/** One noun phrase: a name with its role, a body, a group, an unnamed speaker, or a definite description. */
function nounPhrase(phrase: string): Mention | null {
  if (!phrase.includes(" ") && (FUNCTION_WORDS.test(phrase) || PREPOSITION.has(phrase.toLowerCase()) || CLAUSE_OPENER.has(phrase.toLowerCase()) || /^\p{L}{4,}ly$/u.test(phrase) && !LY_NAME.has(phrase.toLowerCase()) || /^(?:amongst|whilst|unlike|besides)$/i.test(phrase))) return null;
  // "Guests of Honour Cherie and Sean O'Donnell": a title with "of" in it, then the names.
  const honour = /^((?:[Ss]pecial\s+)?[Gg]uests?\s+of\s+[Hh]onou?r)\s+([\p{Lu}].*)$/u.exec(phrase);
  if (honour) {
    const named = nounPhrase(honour[2]!);
    if (named?.type === "named" && named.kind === "person") return { ...named, role: named.role ?? honour[1]!.replace(/^Guests/, "Guest") };
  }
  const affiliation = affiliated(phrase);
  if (affiliation) return affiliation;
  // "the Associated Press news agency", "Rudaw news network": the name, without what kind of body it is.
  const bodyKind = /^((?:the\s+)?(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,5}[\p{Lu}][\p{L}'’.&-]*)\s+(?:news\s+agency|news\s+network|news\s+site|newspaper|broadcaster|website|agency|network)$/u.exec(phrase);
  if (bodyKind) {
    const named = nounPhrase(bodyKind[1]!);
    if (named?.type === "named") return { ...named, kind: "organization", single: false };
  }
  // A nickname of several words stays one word of the name: Tommy 'The Wall' Brannan.
  const words = phrase.match(/["“‘'][\p{Lu}][\p{L}\p{M}.\- ]{0,30}["”’'](?=\s|$)|\S+/gu) ?? [];
  while (words.length > 2 && POST_NOMINALS.test(words[words.length - 1]!)) words.pop();
  if (!words.length) return null;
  // An institution named in full: "The Russian Ministry of Defense", "the UN Security Council",
  // "Save the Children", "Center for Biological Diversity".
  const content = words.filter((w) => !/^(?:the|of|and|for|on|a|an)$/i.test(w));
  const lastContent = content[content.length - 1]?.toLowerCase() ?? "";
  const allCapitalised = content.length > 0 && content.every((w) => CAPITALISED.test(w));
  const ofBody = OF_BODY.test(phrase);
  const endsInBody = ORG_WORDS.has(lastContent) && !TITLE_WORDS.has((content[content.length - 2] ?? "").toLowerCase());
  // "Police said" opening a sentence is "police", the force the article names; "NATO" is a name.
  const bareBody = words.length === 1 && !ACRONYM.test(words[0]!) && ORG_WORDS.has(words[0]!.toLowerCase());
  if (allCapitalised && (ofBody || endsInBody) && !bareBody) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "organization", single: false };
  }
  const titleCase = /^[\p{Lu}]/u.test(words[0]!) && words.length >= 3 && words.every((w, i) => CAPITALISED.test(w) || (i > 0 && i < words.length - 1 && CONNECTOR.has(w)));
  const pluralStart = /s$/.test(words[0]!) && /^(?:and|of|the)$/.test(words[1] ?? "");
  if (titleCase && !pluralStart && words.some((w, i) => i > 0 && CONNECTOR.has(w)) && !words.some((w) => TITLE_WORDS.has(w.toLowerCase()) || TIME_NAME.has(w))) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "organization", single: false };
  }
  // "people familiar with the matter", "sources close to the talks", "diplomats": plural speakers.
  if (/^(?:people|staff|[\p{Ll}]+s)$/u.test(words[0]!) && !(words.length === 1 && words[0] === "police") && peopleNoun(words[0]!) && !/(?:ss|us)$/.test(words[0]!) && !FUNCTION_WORDS.test(words[0]!) && !ORG_WORDS.has(words[0]!) && words.length <= 8 && (words.length === 1 || /^(?:familiar|close|with|within|from|in|at|of|briefed|involved|who|on|for|there|\p{Ll}+ing)$/iu.test(words[1]!))) {
    return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  // "More than two million people", "Over 1,000 rescuers", "At least 20 residents": a number of people.
  const number = /^(?:more than|fewer than|less than|over|about|around|nearly|almost|at least|some|up to|as many as)?\s*(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a number of|a handful of|several|dozens|hundreds|thousands|millions)(?:\s+(?:million|thousand|hundred))?(?:\s+(?:of\s+)?[\p{L}-]+){0,2}\s+([\p{Ll}]+)$/iu.exec(phrase);
  if (number && peopleNoun(number[1]!)) return { type: "named", name: phrase, role: null, kind: "group", single: false };
  // "Some commuters", "Two officials", "Many residents": a quantity of people.
  // "The two people familiar with the matter" too.
  const counted = /^the$/i.test(words[0]!) && /^(?:two|three|four|five|six)$/i.test(words[1] ?? "") ? words.slice(1) : words;
  if (/^(?:some|many|several|most|few|two|three|four|five|six|dozens|hundreds|thousands|other)$/i.test(counted[0]!) && counted.length >= 2 && counted.length <= 7 && (/^[\p{Ll}]+s$/u.test(counted[1]!) || /^(?:people|staff|police|children|men|women)$/.test(counted[1]!)) && !/(?:ss|us)$/.test(counted[1]!) && (counted.length === 2 || /^(?:familiar|close|from|in|at|of|on|outside|near|who|with|briefed|involved)$/i.test(counted[2]!))) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "group", single: false };
  }
  // "Activists", "Local media", "Health officials", "Kerala police": people named by what they are, plural.
  const plural = words[words.length - 1]!;
  const singular = singularOf(plural);
  if (words.length <= 4 && !/^(?:the|a|an|his|her|their|its|our|my|your)$/i.test(words[0]!) && (/^(?:media|press|police|authorities|sources|staff|people|locals|officials)$/i.test(plural) || (plural.length > 3 && /s$/.test(plural) && TITLE_WORDS.has(singular))) && words.slice(0, -1).every((w) => /^[\p{L}-]+$/u.test(w) && !/['’]/.test(w) && describes(w))) {
    return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  const preposition = words.findIndex((w) => /^(?:in|of|from|at|for|on|across)$/.test(w));
  // "Hospital officials in Omsk", "Associates of Navalny", "Organizers of the rally": people, then where or whose.
  const beforePreposition = preposition > 0 ? words.slice(0, preposition) : null;
  // "attorneys general from sixteen states": a plural before "general" counts.
  if (beforePreposition && beforePreposition.length <= 3 && (/(?:s|^police)$/i.test(beforePreposition[beforePreposition.length - 1]!) || (/^general$/i.test(beforePreposition[beforePreposition.length - 1]!) && /s$/.test(beforePreposition[beforePreposition.length - 2] ?? ""))) && peopleNoun(beforePreposition[beforePreposition.length - 1]!) && !/^(?:the|a|an)$/i.test(words[0]!) && beforePreposition.slice(0, -1).every((w) => /^[\p{L}-]+$/u.test(w)) && words.length <= 8) {
    return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  // "an international team of scientists", "a group of researchers": a group, by what its members are.
  const team = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:team|group|panel|consortium|coalition)\s+of\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}]+s)\b/iu.exec(phrase);
  if (team && peopleNoun(team[1]!)) return { type: "named", name: phrase.replace(/^The\s/, "the ").replace(/^An?\s/, (a) => a.toLowerCase()), role: null, kind: "group", single: false };
  // "Some of the protesters Wikinews interviewed", "one of the victims": part of a group of people.
  const part = /^(some|many|most|several|two|three|four|five|all|none|one|each|both)\s+of\s+(?:the|those|these|their|its)\s+([\p{L}-]+)/iu.exec(phrase);
  if (part && peopleNoun(part[2]!)) return { type: "named", name: part[0]!.replace(/^[\p{Lu}]/u, (c) => c.toLowerCase()), role: null, kind: /^one$/i.test(part[1]!) ? "unnamed" : "group", single: false };
  // "the former", "the latter": one of the two people just named.
  if (/^the\s+(?:former|latter)$/i.test(phrase)) return { type: "definite", role: phrase.split(/\s+/)[1]!.toLowerCase(), phrase };
  // "One of them": one of a group just named, unnamed.
  if (/^one of (?:them|those|these)$/i.test(phrase)) return { type: "named", name: phrase.replace(/^One/, "one"), role: null, kind: "unnamed", single: false };
  // "the family said": relatives speak together.
  if (/^the\s+(?:family|families|relatives|parents)$/i.test(phrase)) return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "group", single: false };
  // "Residents' welfare associations in the eastern wards": a plural description, before any preposition.
  const head = preposition > 0 ? words.slice(0, preposition) : words;
  const headNoun = head[head.length - 1]!;
  if (head.length >= 2 && head.length <= 5 && words.length <= 10 && /^[\p{Ll}]+s$/u.test(headNoun) && peopleNoun(headNoun) && !/(?:ss|us)$/.test(headNoun) && !FUNCTION_WORDS.test(headNoun) && head.slice(0, -1).every((w, k) => /^[\p{Ll}]/u.test(w) || (k === 0 && /s['’]$/.test(w)))) {
    return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  // "opposition MPs", "Labour MEPs": a group named by an abbreviation in the plural.
  if (words.length <= 4 && /^[\p{Lu}]{2,}s$/u.test(words[words.length - 1]!) && words.slice(0, -1).every((w) => /^[\p{Ll}]/u.test(w) || /^(?:the|The)$/.test(w))) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "group", single: false };
  }
  // "The head of the police's internal investigators", "the mayor of the town": a person described by
  // their position in a body, resolved to the one who holds it, or left unnamed.
  if (/^the$/i.test(words[0]!) && preposition === 2 && TITLE_WORDS.has(words[1]!.toLowerCase()) && /^(?:of|for|at)$/.test(words[2]!)) {
    return { type: "definite", role: words[1]!.toLowerCase(), phrase };
  }
  // "his publicist", "her lawyer": a person described by whose they are, resolved with the pronoun.
  // "His associates", "her lawyers": people described by whose they are (plural: a group, resolved the same way).
  if (/^(?:his|her|their|its)$/i.test(words[0]!) && words.length <= 4 && words.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w)) && (!/s$/.test(words[words.length - 1]!) || peopleNoun(words[words.length - 1]!))) {
    return { type: "definite", role: words[words.length - 1]!, phrase, owner: OBJECT_PRONOUNS[words[0]!.toLowerCase()] ?? (words[0]!.toLowerCase() === "his" ? "he" : words[0]!.toLowerCase() === "its" ? "it" : "they") };
  }
  // "police said", "Police said": a body named by a bare common noun, resolved to the one named before.
  if (words.length === 1 && ORG_WORDS.has(words[0]!.toLowerCase()) && /^(?:[\p{Ll}]|Police$|Officials$|Authorities$|Prosecutors$)/u.test(words[0]!)) return { type: "definite", role: words[0]!.toLowerCase(), phrase };
  // "one investor" and "One MP" are "an investor" and "an MP"; "one of the ..." is not a determiner.
  const determiner = /^(a|an|another)$/i.test(words[0]!) ? (words.shift(), "a") : /^the$/i.test(words[0]!) ? words.shift()!.toLowerCase() : /^one$/i.test(words[0]!) && (/^[\p{Ll}]/u.test(words[1] ?? "") || ACRONYM.test(words[1] ?? "")) && words[1] !== "of" ? (words.shift(), "a") : null;
  if (!words.length) return null;
  const last = words[words.length - 1]!;

  // Trailing run of capitalised words that are not titles: the name, with its particles ("Van den Brul").
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    // ("von der Leyen": particles in a row, a capitalised name before them.)
    let k = i - 2;
    while (k > 0 && PARTICLE.has(words[k]!)) k--;
    const particle = PARTICLE.has(w) && i < words.length && i > 1 && k >= 0 && CAPITALISED.test(words[k]!);
    if (particle) {
      i--;
      continue;
    }
    // "Theresa May" is a name; "Friday Ford" is a day and a name.
    const timeName = TIME_NAME.has(w.replace(/[.,]$/, "")) && !(i > 1 && CAPITALISED.test(words[i - 2]!) && !TIME_NAME.has(words[i - 2]!) && !TITLE_WORDS.has(words[i - 2]!.toLowerCase()));
    // "News 12", "Channel 4 News": a number inside a body's name.
    const numbered = /^\d{1,4}$/.test(w) && i > 1 && CAPITALISED.test(words[i - 2]!) && ORG_WORDS.has(words[i - 2]!.toLowerCase().replace(/[.,]$/, ""));
    if (w === "I" || timeName || !(CAPITALISED.test(w) || numbered || ((NICKNAME.test(w) || w === "&") && i < words.length && i > 1)) || TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")) || (POSSESSIVE.test(w) && !NICKNAME.test(w) && i < words.length)) break;
    i--;
  }
  // "Special Representative for Iran Brian Hook": after a preposition, a place then a person's name.
  // "former Vice President of the United States Joe Biden": the same, the place with its article.
  const placeAt = /^the$/i.test(words[i - 1] ?? "") ? i - 1 : i;
  const titledPlace = /^(?:of|for|to|in|at|from)$/i.test(words[placeAt - 1] ?? "") && words.length - i >= 3 && TITLE_WORDS.has((words[placeAt - 2] ?? "").toLowerCase());
  if (titledPlace) {
    let keep = /^[\p{Lu}]\.$/u.test(words[words.length - 2]!) ? 3 : 2;
    while (PARTICLE.has(words[words.length - keep]!) && words.length - keep > i) keep++;
    i = words.length - keep;
  }
  // "Listed US authorities": a participle in capitals opening a list or a headline is no part of a name.
  if (words.length - i >= 2 && openingParticiple(words[i]!)) i++;
  // "Vermont Bernie Sanders" (of "Senator from Vermont Bernie Sanders"): a place before a full name is no part of it.
  if (words.length - i >= 3 && PLACES.has(words[i]!.toLowerCase())) i++;
  const nameWords = words.slice(i);
  const roleWords = words.slice(0, i);
  // "the mayor of Sumy", "a spokesperson for the ministry": the capitalised words name a place or
  // body in a description, not the speaker.
  // "researchers in Sweden and Denmark": a description that mentions places, not a name.
  const described = roleWords.length > 1 && /^[\p{Ll}]/u.test(roleWords[0]!) && roleWords.some((w) => /^(?:of|for|in|at|from)$/i.test(w));
  if (nameWords.length && described && /^(?:of|for|in|at|from|to|and)$/i.test(roleWords[roleWords.length - 1]!)) {
    if (determiner === "a" || determiner === "an") return roleWords.some(peopleNoun) ? { type: "named", name: phrase, role: null, kind: "unnamed", single: false } : null;
    if (!determiner && /s$/.test(roleWords[0]!)) return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  if (nameWords.length && /^(?:of|for|in|at|from|to)$/i.test(roleWords[roleWords.length - 1] ?? "")) {
    if (determiner === "a" || determiner === "an") return roleWords.some(peopleNoun) ? { type: "named", name: phrase, role: null, kind: "unnamed", single: false } : null;
    const title = roleWords.find((w) => TITLE_WORDS.has(w.toLowerCase()));
    if (title) return { type: "definite", role: title.toLowerCase(), phrase };
    // "the Zelmoran embassy in Washington": a body, described with where it is.
    return determiner === "the" && roleWords.some((w) => ORG_WORDS.has(w.toLowerCase())) ? { type: "named", name: `the ${words.join(" ")}`, role: null, kind: "organization", single: false } : null;
  }
  const honorific = roleWords.some((w) => SURNAME_HONORIFIC.test(w));
  const titled = roleWords.filter((w) => !HONORIFIC.test(w) && !TIME_NAME.has(w.replace(/[.,]$/, "")));
  const role = titled.length ? titled.join(" ") : null;

  if (!nameWords.length) {
    // "Chelyabinsk's governor", "the city's mayor": a person described by their office.
    if (!determiner && POSSESSIVE.test(words[0]!) && words.length <= 4 && TITLE_WORDS.has(last.toLowerCase())) return { type: "definite", role: last.toLowerCase(), phrase };
    // "Caldera's mining ministry", "Kessaria's defence ministry": a body named by whose it is.
    if (!determiner && POSSESSIVE.test(words[0]!) && CAPITALISED.test(words[0]!) && ORG_WORDS.has(last.toLowerCase())) {
      return { type: "named", name: phrase, role: null, kind: "organization", single: false };
    }
    if (!/^[\p{Ll}]/u.test(last) && !TITLE_WORDS.has(last.toLowerCase())) return null;
    // "a spokesman for the ministry", "a senior official involved in the talks"; not "a process", "A few days later".
    const described = (preposition > 0 ? words.slice(0, preposition - (determiner ? 1 : 0)) : words).some(peopleNoun);
    if (determiner === "a" || determiner === "an") return described ? { type: "named", name: phrase, role: null, kind: "unnamed", single: false } : null;
    if (/s$/.test(last) && !/(ss|us)$/.test(last) && !FUNCTION_WORDS.test(last) && roleWords.length && words.length <= 5) return peopleNoun(last) && (ORG_WORDS.has(singularOf(last)) || words.slice(0, -1).every(describes)) ? { type: "named", name: phrase, role: null, kind: "group", single: false } : null;
    if (determiner === "the" && TITLE_WORDS.has(last.toLowerCase())) return { type: "definite", role: last.toLowerCase(), phrase };
    // "the hotel", "the embassy", "the company": a body named by what it is, resolved to the one named before.
    if (determiner === "the" && words.length <= 3 && /^[\p{Ll}-]+$/u.test(last) && !/s$/.test(last) && !FUNCTION_WORDS.test(last) && peopleNoun(last)) return { type: "definite", role: last.toLowerCase(), phrase };
    // "the club", "the bank", "the Russian embassy": an organisation named by what it is.
    if (determiner === "the" && ORG_WORDS.has(last.toLowerCase())) return { type: "definite", role: last.toLowerCase(), phrase };
    // "The UN's humanitarian office in the region": a body described, named by its description.
    const body = words.findIndex((w) => /^[\p{Ll}]/u.test(w) && ORG_WORDS.has(w));
    const qualified = body >= 0 && (body === words.length - 1 || /^(?:in|of|for|at|on)$/.test(words[body + 1]!));
    if (determiner === "the" && words.length <= 8 && qualified) {
      return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "organization", single: false };
    }
    return null;
  }
  if (determiner === "a" || determiner === "an") return words.slice(0, Math.max(1, i)).some(peopleNoun) ? { type: "named", name: phrase, role: null, kind: "unnamed", single: false } : null;
  // "the Combined Joint Task Force Operation Inherent Resolve": a long name is a body's only.
  if (nameWords.length > 5) return nameWords.some((w) => ORG_WORDS.has(w.toLowerCase())) ? { type: "named", name: determiner === "the" ? `the ${nameWords.join(" ")}` : nameWords.join(" "), role: null, kind: "organization", single: false } : null;
  // "You've", "We're": a pronoun with its verb.
  if (nameWords.some((w) => /^(?:you|we|they|i|it|he|she)['’](?:ve|re|ll|d|m|s)$/i.test(w))) return null;
  // "Northern Syria", "eastern Ukraine": a region of a country, which speaks for no one.
  if (nameWords.length >= 2 && /^(?:Northern|Southern|Eastern|Western|Central|North-?eastern|North-?western|South-?eastern|South-?western|Upper|Lower)$/.test(nameWords[0]!) && PLACES.has(nameWords.slice(1).join(" ").toLowerCase().replace(/\.$/, "")) && !PLACES.has(nameWords.join(" ").toLowerCase())) return null;
  // "SANTA INÉS, Caldera (Reuters) -": a dateline in capitals, not a speaker.
  if (nameWords.length > 1 && nameWords.every((w) => w === w.toUpperCase() && /[\p{Lu}]{2}/u.test(w))) return null;
  const name = nameWords.join(" ").replace(POSSESSIVE, "");
  // A name made only of words that are not names: "Image", "United" of a cut-off "the United States".
  if (nameWords.length === 1 && FUNCTION_WORDS.test(name) && !ACRONYM.test(name)) return null;
  // "Algeria and Morocco", "countries including Morocco": a name in a list or an example, not who speaks.
  if (/^(?:and|or|including|like|as|than|with|nor|plus)$/i.test(roleWords[roleWords.length - 1] ?? "")) return null;
  // "Lord Force", "Mr Bank": an honorific makes a surname a person's whatever the word.
  const isOrg = !(honorific && nameWords.length === 1) && (
    nameWords.some((w) => ORG_WORDS.has(w.toLowerCase()) || ACRONYM.test(w) || w === "&" || /\.(?:com|org|net|gov|edu|co|ru|uk|br|in|de|fr|info|io)$/i.test(w)) ||
    // Places are not people: "the River Laver", "Downing Street" (which speaks for a government).
    (nameWords.length > 1 && PLACE_WORDS.test(nameWords[0]!) !== PLACE_WORDS.test(nameWords[nameWords.length - 1]!)) ||
    PLACES.has(name.toLowerCase()) ||
    (roleWords.length > 0 && !titledPlace && ORG_WORDS.has(roleWords[roleWords.length - 1]!.toLowerCase())));
  if (isOrg) {
    // "news agency Reuters" -> "Reuters"; "the White House" keeps its article.
    // "news agency Reuters", "Consumer group Fair Go Travel" (a capital only to start the sentence).
    const descriptive = roleWords.length > 0 && roleWords.every((w, k) => /^[\p{Ll}]/u.test(w) || (k === 0 && roleWords.length > 1));
    const words_ = descriptive ? nameWords : [...roleWords, ...nameWords];
    const full = determiner === "the" && !descriptive ? `the ${words_.join(" ")}` : words_.join(" ");
    return { type: "named", name: full, role: null, kind: "organization", single: false };
  }
  // "the Baltimore Sun", "The Globe and Mail": a newspaper, named with its article.
  if (determiner === "the" && !role && NEWSPAPER.has(nameWords[nameWords.length - 1]!.toLowerCase())) return { type: "named", name: `the ${name}`, role: null, kind: "organization", single: false };
  // "The 14th Amendment", "the 2019 Act": a numbered thing, not a person.
  if (nameWords.length === 1 && roleWords.some((w) => /^\d/.test(w))) return null;
  // "The Guardian", "the Vatican", "the Taliban": a determiner before a single name makes it a body's.
  if (determiner === "the" && !role && nameWords.length === 1) return { type: "named", name: `the ${name}`, role: null, kind: "organization", single: false };
  return { type: "named", name, role, kind: "person", single: nameWords.length === 1, ...(honorific ? { honorific: true } : {}) };
}

/** Whether the words before a name make it a body's: "drinks group Pernod Ricard", "French firm Alstom". */
export function describedAsBody(described: string, name: string): boolean {
  const words = described.trim().split(/\s+/);
  if (!BODY_DESCRIPTIONS.has(words[words.length - 1]!.toLowerCase())) return false;
  const mention = parseMention(`${described.trim()} ${name}`);
  return mention?.type === "named" && mention.name === name && mention.kind === "organization";
}

/** The words in lower case right before a position ("drinks group " before "Pernod Ricard"), or "". */
export function descriptionBefore(text: string, at: number): string {
  return /(?:^|[\s(])((?:\p{Ll}[\p{L}'’-]*[ \t]+){1,3})$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
}
