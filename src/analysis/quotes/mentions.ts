// A phrase that names who speaks -> a mention: a name with a role, an organisation, a group, an
// unnamed speaker ("a Ukrainian official"), or a pronoun or definite role to resolve later.
import {
  ADVERBIAL_OPENERS, alternation, BODY_BEFORE_OF, CUE, FUNCTION_WORDS as FUNCTION_WORD_LIST, HONORIFICS, OBJECT_PRONOUNS, ORG_WORDS, PLACE_WORDS as PLACE_WORD_LIST, PLACES,
  POST_NOMINALS, PRONOUNS, SPEECH_ACTS, TITLE_WORDS,
} from "./lexicon.ts";
import type { Mention, SpeakerKind } from "./types.ts";

export type { Mention, SpeakerKind };

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u;
/** A nickname in quote marks inside a name: Robert "Bo" Langley. */
const NICKNAME = /^["“‘'][\p{Lu}][\p{L}\p{M}'’.\- ]*["”’']$/u;
const HONORIFIC = new RegExp(`^(?:${alternation(HONORIFICS)})\\.?$`);
const POSSESSIVE = /['’]s?$/;
const FUNCTION_WORDS = new RegExp(`^(?:${alternation(FUNCTION_WORD_LIST)})$`, "i");
const ACRONYM = /^[\p{Lu}]{2,}s?$/u;
const PLACE_WORDS = new RegExp(`^(?:${alternation(PLACE_WORD_LIST)})$`);
const OF_BODY = new RegExp(`\\b(?:${alternation(BODY_BEFORE_OF)})\\s+(?:of|for|on)\\b`);

/** Removes openers, asides and trailing punctuation: "However, Kyiv's adviser X, however," -> "Kyiv's adviser X". */
export function cleanPhrase(phrase: string): string {
  // A dateline: "NEW YORK — Pemberton Outdoor Inc.".
  let p = phrase.replace(/^[\p{Lu}][\p{Lu}\s.,'/-]{2,60}?(?:,?\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{1,20}\))?\s[—–-]+\s+/u, "").replace(/[\s,;:—–-]+$/u, "").replace(/^[\s,;:—–-]+/u, "").trim();
  // Time adjuncts inside the phrase: "Ukraine on Monday", "Zelenskiy late Sunday".
  p = p.replace(/\s+(?:on|late|early|last|this|earlier|later)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend)\b/gi, "");
  p = p.replace(/\s+(?:both|also|too|all|each|alone|himself|herself|themselves|itself)$/i, "");
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
  p = p.replace(/^(?:\p{L}+\s+)?what\s+(?=\p{L})/iu, "");
  // "A roofer who told ...": the relative pronoun's antecedent speaks.
  p = p.replace(/\s+(?:who|that)$/i, "");
  return p.replace(/[\s,;:]+$/u, "").trim();
}

/** Parsed phrases: the same phrase recurs across an article's rules and across articles. */
const parsed = new Map<string, Mention | null>();
const PARSED_LIMIT = 50_000;

export function parseMention(raw: string): Mention | null {
  const cached = parsed.get(raw);
  if (cached !== undefined) return cached;
  const mention = parse(raw);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(raw, mention);
  return mention;
}

function parse(raw: string): Mention | null {
  let phrase = cleanPhrase(raw);
  // Quoted words are not who speaks; a long phrase is a speaker only as a name with a long role.
  if (!phrase || /^["“”]/u.test(phrase)) return null;
  const long = phrase.split(/\s+/).length > 16;
  const lower = phrase.toLowerCase();
  if (PRONOUNS.has(lower)) return { type: "pronoun", pronoun: lower };
  if (OBJECT_PRONOUNS[lower]) return { type: "pronoun", pronoun: OBJECT_PRONOUNS[lower]! };

  // Appositives: "Antonio Vitorino, head of the IOM" / "The mayor of Sumy, Alexander Lysenko".
  const comma = phrase.indexOf(", ");
  if (comma > 0) {
    const head = phrase.slice(0, comma).trim();
    // The first part of the appositive that is not an age: "Danny Royce, 58, the skipper".
    // A relative clause ends the role: "a cardiologist at King's who was not involved in the study".
    const rest = phrase
      .slice(comma + 2)
      .split(/,\s*/)
      .map((part) => part.trim())
      .find((part) => !/^\d{1,3}$/.test(part))
      ?.replace(/^(?:a|an|the)\s+/i, "")
      .replace(/\s+(?:who|which|that)\s.*$/i, "") ?? "";
    const headMention = parseMention(head);
    // "Putin, speaking to ...", "Zelenskiy, who asked ...": an aside, not a role.
    const aside = /^(?:who|which|that|whose|\p{L}+ing\b|to|in|on|at|after|before|during|while|when|as|from|however|he|she|they|it|we|i)\b/iu.test(rest);
    if (headMention?.type === "named" && headMention.kind !== "unnamed" && headMention.kind !== "group") {
      return { ...headMention, role: headMention.role ?? (aside || !rest ? null : rest) };
    }
    if (long) return headMention?.type === "named" ? headMention : null;
    const restName = rest.replace(/\s+(?:with|and|who|from)\s.*$/i, "");
    const restMention = parseMention(restName);
    if (restMention?.type === "named" && restMention.kind === "person") return { ...restMention, role: restMention.role ?? head };
    // "The boat's owner, Harbor Light Seafood": the organisation the description names.
    if (restMention?.type === "named" && restMention.kind === "organization" && headMention?.type !== "named") return restMention;
    // "One victim, a 91-year-old widow from Ilkley": the fuller description names the speaker.
    const described = phrase.slice(comma + 2).split(/,\s*/)[0]!.trim();
    if (headMention?.type === "named" && headMention.kind === "unnamed" && /^(?:a|an)\s/i.test(described) && described.split(/\s+/).length <= 8) {
      return { ...headMention, name: described };
    }
    return headMention;
  }

  if (long) return null;
  // Abbreviations in brackets: "The Independent Couriers' Union (ICU)".
  phrase = phrase.replace(/\s*\([^()]{1,40}\)/gu, "");
  // A reporting verb inside the phrase: a clause, not who speaks ("students described a habit").
  if (phrase.split(/\s+/).some((w) => CUE.has(w.toLowerCase()) || SPEECH_ACTS.has(w.toLowerCase()))) return null;
  // Two speakers joined: "US President Donald Trump and Secretary of State Marco Rubio"; not one
  // person's two titles ("Kestrel co-founder and CEO Dr. Samuel Okonkwo").
  // "&" joins the names of a firm ("Harrow & Lane"), not two speakers.
  const joined = /\sand\s+(?:[\p{Lu}]|his|her|their)/u.test(phrase) && /[\p{Lu}]/u.test(phrase[0]!) ? phrase.split(/\s+and\s+/).map((part) => parseMention(part)) : null;
  if (joined && joined.every((m) => m?.type === "named")) {
    // Named the group by its members' names when each part names a person.
    const parts = joined;
    const names = parts.every((m) => m?.type === "named" && m.kind === "person") ? parts.map((m) => (m as { name: string }).name) : null;
    return { type: "named", name: names ? names.join(" and ") : phrase, role: null, kind: "group", single: false };
  }
  if (!phrase.includes(" ") && FUNCTION_WORDS.test(phrase)) return null;
  // A nickname of several words stays one word of the name: Tommy 'The Wall' Brannan.
  const words = phrase.match(/["“‘'][\p{Lu}][\p{L}\p{M}.\- ]{0,30}["”’'](?=\s|$)|\S+/gu) ?? [];
  while (words.length > 2 && POST_NOMINALS.test(words[words.length - 1]!)) words.pop();
  // An institution named in full: "The Russian Ministry of Defense", "the UN Security Council".
  const content = words.filter((w) => !/^(?:the|of|and|for|on|a|an)$/i.test(w));
  const lastContent = content[content.length - 1]?.toLowerCase() ?? "";
  const allCapitalised = content.length > 0 && content.every((w) => CAPITALISED.test(w));
  const ofBody = OF_BODY.test(phrase);
  const endsInBody = ORG_WORDS.has(lastContent) && !TITLE_WORDS.has((content[content.length - 2] ?? "").toLowerCase());
  if (allCapitalised && (ofBody || endsInBody)) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "organization", single: false };
  }
  // "people familiar with the matter", "sources close to the talks", "diplomats": plural speakers.
  if (/^(?:people|police|staff|[\p{Ll}]+s)$/u.test(words[0]!) && !/(?:ss|us)$/.test(words[0]!) && !FUNCTION_WORDS.test(words[0]!) && !ORG_WORDS.has(words[0]!) && words.length <= 8 && (words.length === 1 || /^(?:familiar|close|with|from|in|at|of|briefed|involved|who|on|for)$/i.test(words[1]!))) {
    return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  // "Some commuters", "Two officials", "Many residents": a quantity of people.
  // "The two people familiar with the matter" too.
  const counted = /^the$/i.test(words[0]!) && /^(?:two|three|four|five|six)$/i.test(words[1] ?? "") ? words.slice(1) : words;
  if (/^(?:some|many|several|most|few|two|three|four|five|six|dozens|hundreds|thousands|other)$/i.test(counted[0]!) && counted.length >= 2 && counted.length <= 7 && (/^[\p{Ll}]+s$/u.test(counted[1]!) || /^(?:people|staff|police|children|men|women)$/.test(counted[1]!)) && !/(?:ss|us)$/.test(counted[1]!) && (counted.length === 2 || /^(?:familiar|close|from|in|at|of|on|outside|near|who|with|briefed|involved)$/i.test(counted[2]!))) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "group", single: false };
  }
  // "the former", "the latter": one of the two people just named.
  if (/^the\s+(?:former|latter)$/i.test(phrase)) return { type: "definite", role: phrase.split(/\s+/)[1]!.toLowerCase(), phrase };
  // "One of them": one of a group just named, unnamed.
  if (/^one of (?:them|those|these)$/i.test(phrase)) return { type: "named", name: phrase.replace(/^One/, "one"), role: null, kind: "unnamed", single: false };
  // "the family said": relatives speak together.
  if (/^the\s+(?:family|families|relatives|parents)$/i.test(phrase)) return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "group", single: false };
  // "Residents' welfare associations in the eastern wards": a plural description, before any preposition.
  const preposition = words.findIndex((w) => /^(?:in|of|from|at|for|on|across)$/.test(w));
  const head = preposition > 0 ? words.slice(0, preposition) : words;
  const headNoun = head[head.length - 1]!;
  if (head.length >= 2 && head.length <= 5 && words.length <= 10 && /^[\p{Ll}]+s$/u.test(headNoun) && !/(?:ss|us)$/.test(headNoun) && !FUNCTION_WORDS.test(headNoun) && head.slice(0, -1).every((w, k) => /^[\p{Ll}]/u.test(w) || (k === 0 && /s['’]$/.test(w)))) {
    return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  // "opposition MPs", "Labour MEPs": a group named by an abbreviation in the plural.
  if (words.length <= 4 && /^[\p{Lu}]{2,}s$/u.test(words[words.length - 1]!) && words.slice(0, -1).every((w) => /^[\p{Ll}]/u.test(w) || /^(?:the|The)$/.test(w))) {
    return { type: "named", name: phrase.replace(/^The\s/, "the "), role: null, kind: "group", single: false };
  }
  // "police said": a body named by a bare common noun, resolved to the one named before.
  if (words.length === 1 && /^[\p{Ll}]/u.test(words[0]!) && ORG_WORDS.has(words[0]!)) return { type: "definite", role: words[0]!, phrase };
  // "one investor" is "an investor"; "one of the ..." is not a determiner.
  const determiner = /^(a|an|another)$/i.test(words[0]!) ? (words.shift(), "a") : /^the$/i.test(words[0]!) ? words.shift()!.toLowerCase() : /^one$/i.test(words[0]!) && /^[\p{Ll}]/u.test(words[1] ?? "") && words[1] !== "of" ? (words.shift(), "a") : null;
  if (!words.length) return null;
  const last = words[words.length - 1]!;

  // Trailing run of capitalised words that are not titles: the name.
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    if (w === "I" || !(CAPITALISED.test(w) || ((NICKNAME.test(w) || w === "&") && i < words.length && i > 1)) || TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")) || (POSSESSIVE.test(w) && !NICKNAME.test(w) && i < words.length)) break;
    i--;
  }
  const nameWords = words.slice(i);
  const roleWords = words.slice(0, i);
  // "the mayor of Sumy", "a spokesperson for the ministry": the capitalised words name a place or
  // body in a description, not the speaker.
  // "researchers in Sweden and Denmark": a description that mentions places, not a name.
  const described = roleWords.length > 1 && /^[\p{Ll}]/u.test(roleWords[0]!) && roleWords.some((w) => /^(?:of|for|in|at|from)$/i.test(w));
  if (nameWords.length && described && /^(?:of|for|in|at|from|to|and)$/i.test(roleWords[roleWords.length - 1]!)) {
    if (determiner === "a" || determiner === "an") return { type: "named", name: phrase, role: null, kind: "unnamed", single: false };
    if (!determiner && /s$/.test(roleWords[0]!)) return { type: "named", name: phrase, role: null, kind: "group", single: false };
  }
  if (nameWords.length && /^(?:of|for|in|at|from|to)$/i.test(roleWords[roleWords.length - 1] ?? "")) {
    if (determiner === "a" || determiner === "an") return { type: "named", name: phrase, role: null, kind: "unnamed", single: false };
    const title = roleWords.find((w) => TITLE_WORDS.has(w.toLowerCase()));
    if (title) return { type: "definite", role: title.toLowerCase(), phrase };
    // "the Zelmoran embassy in Washington": a body, described with where it is.
    return determiner === "the" && roleWords.some((w) => ORG_WORDS.has(w.toLowerCase())) ? { type: "named", name: `the ${words.join(" ")}`, role: null, kind: "organization", single: false } : null;
  }
  const titled = roleWords.filter((w) => !HONORIFIC.test(w));
  const role = titled.length ? titled.join(" ") : null;

  if (!nameWords.length) {
    // "Caldera's mining ministry", "Kessaria's defence ministry": a body named by whose it is.
    if (!determiner && POSSESSIVE.test(words[0]!) && CAPITALISED.test(words[0]!) && ORG_WORDS.has(last.toLowerCase())) {
      return { type: "named", name: phrase, role: null, kind: "organization", single: false };
    }
    if (!/^[\p{Ll}]/u.test(last) && !TITLE_WORDS.has(last.toLowerCase())) return null;
    if (determiner === "a" || determiner === "an") return { type: "named", name: phrase, role: null, kind: "unnamed", single: false };
    if (/s$/.test(last) && !/(ss|us)$/.test(last) && !FUNCTION_WORDS.test(last) && roleWords.length && words.length <= 5) return { type: "named", name: phrase, role: null, kind: "group", single: false };
    if (determiner === "the" && TITLE_WORDS.has(last.toLowerCase())) return { type: "definite", role: last.toLowerCase(), phrase };
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
  if (determiner === "a" || determiner === "an") return { type: "named", name: phrase, role: null, kind: "unnamed", single: false };
  if (nameWords.length > 4) return null;
  // "SANTA INÉS, Caldera (Reuters) -": a dateline in capitals, not a speaker.
  if (nameWords.length > 1 && nameWords.every((w) => w === w.toUpperCase() && /[\p{Lu}]{2}/u.test(w))) return null;
  const name = nameWords.join(" ").replace(POSSESSIVE, "");
  const isOrg =
    nameWords.some((w) => ORG_WORDS.has(w.toLowerCase()) || ACRONYM.test(w) || w === "&") ||
    // Places are not people: "the River Laver", "Downing Street" (which speaks for a government).
    (nameWords.length > 1 && PLACE_WORDS.test(nameWords[0]!) !== PLACE_WORDS.test(nameWords[nameWords.length - 1]!)) ||
    (nameWords.length === 1 && PLACES.has(name.toLowerCase())) ||
    (roleWords.length > 0 && ORG_WORDS.has(roleWords[roleWords.length - 1]!.toLowerCase()));
  if (isOrg) {
    // "news agency Reuters" -> "Reuters"; "the White House" keeps its article.
    // "news agency Reuters", "Consumer group Fair Go Travel" (a capital only to start the sentence).
    const described = roleWords.length > 0 && roleWords.every((w, k) => /^[\p{Ll}]/u.test(w) || (k === 0 && roleWords.length > 1));
    const words_ = described ? nameWords : [...roleWords, ...nameWords];
    const full = determiner === "the" && !described ? `the ${words_.join(" ")}` : words_.join(" ");
    return { type: "named", name: full, role: null, kind: "organization", single: false };
  }
  return { type: "named", name, role, kind: "person", single: nameWords.length === 1 };
}
