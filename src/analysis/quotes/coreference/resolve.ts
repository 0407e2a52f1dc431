// Each quotation's speaker phrase -> the speaker it stands for: names to their fullest form,
// surnames to the one person of that name, pronouns to their antecedent, "the spokesperson" or "the
// league" to the one last named. One handler per kind of mention; quotations are resolved in body
// order, and each resolved speaker is an antecedent for the next.
import { BODY_KINDS, COMPANY_ROLES, COMPANY_SUFFIXES, ORG_WORDS, PERSONAL_WRITINGS, PLACES, RESEARCH_GROUP_WORDS, TITLE_WORDS } from "../lexicon.ts";
import { isEnglishWord } from "../../nlp.ts";
import { escapeRe, sentenceOf } from "../state.ts";
import type { Mention, MentionEvent, Speaker, State } from "../types.ts";
import { genderOf, type Gender } from "./gender.ts";
import { canBe, Orgs } from "./orgs.ts";
import { People } from "./people.ts";
import { Timeline } from "./timeline.ts";

interface Context {
  state: State;
  /** Capitalised words that stand after a small word or a comma somewhere in the narration. */
  midSentence: { has(word: string): boolean };
  /** The whole body, quotations included. */
  body: string;
  people: People;
  orgs: Orgs;
  genders: Map<string, Gender>;
  timeline: Timeline;
}

type Named = Extract<Mention, { type: "named" }>;

/** How far back, in characters, a writing's issuer may have been named: a few paragraphs. */
const WRITING_REACH = 2500;
/** Words of a description that say nothing of which office: "the local minister", "the former president". */
const GENERIC_MODIFIERS = /^(?:local|senior|top|new|former|current|then|acting|chief|deputy|vice|regional|national|state|federal|city|county|district|provincial|municipal|official|government|company|party|country's|city's|state's|two|first|second|other|same|late|outgoing|incoming|interim|own)$/;
const PERSONAL_WRITING = new Set<string>(PERSONAL_WRITINGS);
const RESEARCHERS = new Set<string>(RESEARCH_GROUP_WORDS);

/** A handler: whether it reads a mention, and the speaker it resolves it to (null: none) with why. */
interface Handler {
  name: string;
  reads: (m: Mention) => boolean;
  resolve: (m: Mention, at: number, c: Context) => Speaker | Speaker[] | null;
}

const HANDLERS: Handler[] = [
  {
    // "One of them said": one of the group last named.
    name: "one of a group",
    reads: (m) => m.type === "named" && /^one of (?:them|those|these)$/i.test(m.name),
    resolve: (m, at, { timeline }) => {
      const group = timeline.latest(at, (e) => e.speaker.kind === "group");
      return { name: group ? `one of the ${group.speaker.name.replace(/^the\s+/i, "")}` : (m as Named).name, role: null, kind: "unnamed" };
    },
  },
  {
    name: "name",
    reads: (m) => m.type === "named" && !(m.kind === "group" && /^(?:the\s+)?(?:couple|pair|duo|two|both)(?:\s+(?:men|women|of them))?$/i.test(m.name)),
    resolve: (m, at, c) => canonical(m as Named, { ...c, at }),
  },
  {
    // "Donald Trump and Marco Rubio both said": each part on its own; "Cherie and Sean O'Donnell"
    // share the surname the last gives.
    name: "several speakers",
    reads: (m) => m.type === "joint",
    resolve: (m, at, c) => {
      const { parts, phrase } = m as Extract<Mention, { type: "joint" }>;
      // "Barr and Ross": two people the article names in full; "Marks and Spencer": a firm.
      const lone = parts.every((part) => part.type === "named" && part.single && !part.role && !part.honorific);
      if (lone && !parts.some((part) => c.people.bySurname((part as Named).name))) return { name: c.orgs.fullName(phrase), role: null, kind: "organization" };
      const speakers = parts.flatMap((part) => resolveOne(part, at, c)?.speakers ?? []);
      const surname = speakers.filter((s) => s.kind === "person" && s.name.includes(" ")).pop()?.name.split(" ").pop();
      return speakers.map((s) => (s.kind === "person" && !s.name.includes(" ") && surname && !c.people.bySurname(s.name) ? { ...s, name: `${s.name} ${surname}` } : s));
    },
  },
  {
    // "The former said ...; the latter said ...": the earlier or the later of the last two people named.
    name: "the former or the latter",
    reads: (m) => m.type === "definite" && (m.role === "former" || m.role === "latter"),
    resolve: (m, at, { state, timeline }) => {
      const latter = timeline.latest(sentenceOf(state, at).start - 1, (e) => e.speaker.kind === "person" && e.speaker.name.includes(" "));
      const former = latter ? timeline.latest(latter.at - 1, (e) => e.speaker.kind === "person" && e.speaker.name.includes(" ") && e.speaker.name !== latter.speaker.name) : undefined;
      return ((m as { role: string }).role === "latter" ? latter : former)?.speaker ?? null;
    },
  },
  {
    name: "he or she",
    reads: (m) => m.type === "pronoun" && (m.pronoun === "he" || m.pronoun === "she"),
    resolve: (m, at, { state, timeline, genders, people }) => {
      const wanted: Gender = (m as { pronoun: string }).pronoun === "he" ? "male" : "female";
      // The latest subject that fits, unless a name in passing that the article gives this gender
      // comes after it in a later sentence ("Among those leaving was Giulia Serra ... she said").
      // A shared surname stands for whichever of its people has the pronoun's gender.
      const who = (e: MentionEvent) => (e.candidates ? e.candidates.find((c) => genders.get(c.name) === wanted) : e.speaker);
      // An unnamed speaker ("a 91-year-old widow") is an antecedent when the article gives its gender.
      const fits = (e: MentionEvent) => {
        const s = who(e);
        if (s?.kind === "unnamed") return genders.get(s.name) === wanted && s.name.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
        // A first name alone counts when the article gave it a role: "Farrow's daughter, Celeste".
        // A surname alone counts when the article gives it an honorific ("Ms Treloar").
        return !!s && s.kind === "person" && (s.name.includes(" ") || !!s.role || !!e.resolved || people.honorific(s.name)) && (genders.get(s.name) ?? wanted) === wanted;
      };
      const subject = timeline.latest(at, (e) => fits(e) && !!e.subject);
      const passing = timeline.latest(at, (e) => fits(e) && !e.subject && genders.get(who(e)!.name) === wanted);
      // With no subject to go to, a person named in passing whose gender the article never gives.
      const unknown = subject || passing ? undefined : timeline.latest(at, (e) => fits(e) && !e.subject);
      const antecedent = (passing && (!subject || (passing.at > subject.at && sentenceOf(state, passing.at).key !== sentenceOf(state, subject.at).key)) ? passing : subject) ?? unknown;
      return antecedent ? who(antecedent) ?? null : null;
    },
  },
  {
    name: "they or it",
    reads: (m) => m.type === "pronoun" && (m.pronoun === "they" || m.pronoun === "it"),
    resolve: (m, at, c) => {
      const wanted = (m as { pronoun: string }).pronoun === "it" ? ["organization"] : ["group", "organization", "unnamed"];
      const e = c.timeline.latest(at, (x) => wanted.includes(x.speaker.kind));
      // "They" after people named together is each of them.
      if (e && (m as { pronoun: string }).pronoun === "they") {
        const people = e.together ?? (e.joint ? resolveOne(e.joint, e.at, c)?.speakers : undefined);
        if (people?.length) return people;
      }
      return e?.speaker ?? null;
    },
  },
  {
    // "his publicist", "her lawyer": the description with the person the pronoun stands for.
    name: "his or her + description",
    reads: (m) => m.type === "definite" && !!m.owner,
    resolve: (mention, at, c) => {
      const m = mention as Extract<Mention, { type: "definite" }>;
      const owner = resolveOne({ type: "pronoun", pronoun: m.owner! }, at, c)?.speakers[0];
      const plural = /s$/.test(m.role) && !/(?:ss|us)$/.test(m.role);
      return { name: owner ? `${owner.name}'s ${m.phrase.split(/\s+/).slice(1).join(" ")}` : m.phrase, role: null, kind: plural ? "group" : "unnamed" };
    },
  },
  {
    // "According to the study", "the research paper noted": the body or group that issued it, named
    // last and not long before; "According to reports": no one in particular.
    name: "a writing",
    reads: (m) => m.type === "writing",
    resolve: (m, at, c) => {
      const { timeline, state } = c;
      const writing = m as Extract<Mention, { type: "writing" }>;
      if (writing.anonymous) return null;
      if (writing.owner) return resolveOne({ type: "pronoun", pronoun: writing.owner }, at, c)?.speakers[0] ?? null;
      // Named before the sentence that cites it: "Because only Congress may ..., reads the motion" is not Congress's.
      const start = sentenceOf(state, at).start;
      // A quotation's speaker, or a body or group the narration names plainly (not a subject parsed out of a headline or list).
      const near = (e: MentionEvent) => e.at < start && at - e.at < WRITING_REACH && (!!e.resolved || e.speaker.kind === "group" || e.speaker.name.replace(/^the\s+/i, "").split(/\s+/).length > 1 || /^[\p{Lu}]{2,}$/u.test(e.speaker.name));
      const body = () => timeline.latest(at, (e) => near(e) && (e.speaker.kind === "group" || e.speaker.kind === "organization"));
      const person = () => timeline.latest(at, (e) => near(e) && e.speaker.kind === "person" && e.speaker.name.includes(" "));
      // A letter or a book is a person's as often as not; a study, a filing or a ruling, a body's.
      return (PERSONAL_WRITING.has(writing.noun) ? person() ?? body() : body() ?? person())?.speaker ?? null;
    },
  },
  {
    // "The couple", "the pair", "both men": the people last named together.
    name: "the couple",
    reads: (m) => (m.type === "definite" && /^(?:couple|pair|duo|two|both)$/.test(m.role)) || (m.type === "named" && m.kind === "group" && /^(?:the\s+)?(?:couple|pair|duo|two|both)(?:\s+(?:men|women|of them))?$/i.test(m.name)),
    resolve: (m, at, c) => {
      const pair = c.timeline.latest(at, (e) => (e.together?.length ?? 0) === 2 || (e.joint?.type === "joint" && e.joint.parts.length === 2));
      const people = pair?.together ?? (pair?.joint ? resolveOne(pair.joint, pair.at, c)?.speakers : undefined);
      return people?.length ? people : { name: (m as { phrase?: string; name?: string }).phrase ?? (m as { name: string }).name, role: null, kind: "group" };
    },
  },
  {
    // "the spokesperson", "the league", "the company": the one last named that fits.
    name: "the + description",
    reads: (m) => m.type === "definite",
    resolve: (mention, at, { timeline, orgs, people }) => {
      const m = mention as Extract<Mention, { type: "definite" }>;
      // "the city", "the town": its government, which the article seldom names as a body ("New York
      // City" in a story about White Plains is another city): the article's own, unnamed.
      if (/^(?:city|town|municipality|township|borough)$/.test(m.role)) return { name: m.phrase.replace(/^The\s/, "the "), role: null, kind: "unnamed" };
      // A description that is no person's title ("the hotel", "the website") names a body.
      const isOrg = ORG_WORDS.has(m.role) || !TITLE_WORDS.has(m.role);
      // "The Swiss foreign ministry" is not "a Tarkeshi foreign ministry spokeswoman": its capitalised words must match.
      const qualifiers = m.phrase.split(/\s+/).slice(1).filter((w) => /^[\p{Lu}]/u.test(w));
      // "the local health minister" is not the civil aviation minister: what kind of minister must agree.
      const modifiers = m.phrase.toLowerCase().split(/\s+/).slice(1, -1).filter((w) => /^\p{Ll}+$/u.test(w) && !GENERIC_MODIFIERS.test(w) && w !== m.role);
      // "the league" is the Lakeshore Youth Soccer League, not its treasurer; "the spokesperson" is a person.
      const antecedent = isOrg
        ? timeline.latest(at, (e) => e.speaker.kind === "organization" && e.speaker.name.toLowerCase().includes(m.role) && qualifiers.every((q) => e.speaker.name.includes(q)))
        : timeline.latest(at, (e) => holds(`${e.speaker.role ?? ""} ${e.speaker.name}`, m.role, m.phrase) && qualifiers.every((q) => `${e.speaker.role ?? ""} ${e.speaker.name}`.includes(q)) && modifiers.every((w) => `${e.speaker.role ?? ""} ${e.speaker.name}`.toLowerCase().includes(w)));
      const bare = !/\s/.test(m.phrase.replace(/^the\s+/i, ""));
      // "the company": a body named as a company first ("Tessaly Motors"), then any body that may be one.
      const company = isOrg && bare && COMPANY_ROLES.has(m.role) ? timeline.latest(at, (e) => e.speaker.kind === "organization" && e.speaker.name.toLowerCase().split(/\s+/).some((w) => COMPANY_SUFFIXES.has(w))) : undefined;
      // Any body, only for a word that may stand for one named by a bare name ("the company" for "Zipcart").
      const orgAntecedent = company ?? (isOrg && COMPANY_ROLES.has(m.role) ? timeline.latest(at, (e) => e.speaker.kind === "organization" && bare && canBe(e.speaker.name, m.role)) : undefined);
      // "The industry publication" for "The Aviation Herald": the body of the same kind named last.
      const kinds = Object.values(BODY_KINDS).filter((words) => words.includes(m.role));
      const sameKind = isOrg && !antecedent && kinds.length && !qualifiers.length ? timeline.latest(at, (e) => e.speaker.kind === "organization" && e.speaker.name.toLowerCase().split(/\s+/).some((w) => kinds.some((words) => words.includes(w)))) : undefined;
      const named = isOrg && !antecedent ? sameKind?.speaker ?? orgs.named(m.role) : null;
      // "the research team": the study's authors, named as a group before.
      if (!antecedent && RESEARCHERS.has(m.role)) {
        const authors = timeline.latest(at, (e) => e.speaker.kind === "group" && RESEARCHERS.has((e.speaker.name.split(/\s+(?:from|of|in|at|with)\s+/i)[0]!.split(/\s+/).pop() ?? "").toLowerCase()));
        if (authors) return authors.speaker;
      }
      // "the commissioner", "Chelyabinsk's governor": the one person the article gives that office, named later or in passing.
      const holder = !isOrg && !antecedent ? people.holding(m.role, qualifiers) : null;
      return antecedent?.speaker ?? holder ?? named ?? orgAntecedent?.speaker ?? { name: m.phrase.replace(/^The\s/, "the "), role: null, kind: isOrg ? "organization" : "unnamed" };
    },
  },
];

/**
 * Whether a role names the office a description asks for: "Chelyabinsk's governor" is not "Deputy
 * Governor Oleg Klimov", nor "the president" the vice-president, unless the description says so.
 */
function holds(role: string, office: string, phrase: string): boolean {
  const lower = role.toLowerCase();
  const at = lower.indexOf(office);
  if (at < 0) return false;
  const modifier = /(?:^|\s)(deputy|vice|assistant|former|acting|ex|associate|under)[\s-]+$/.exec(lower.slice(0, at));
  return !modifier || phrase.toLowerCase().includes(modifier[1]!);
}

/** A named mention in its fullest form: a surname to its person, a short body name to the full one. */
/** The speakers a mention stands for, and the handler that read it; null when no handler reads it. */
function resolveOne(m: Mention, at: number, c: Context): { speakers: Speaker[]; handler: string } | null {
  const handler = HANDLERS.find((h) => h.reads(m));
  if (!handler) return null;
  const found = handler.resolve(m, at, c);
  return { speakers: found === null ? [] : Array.isArray(found) ? found : [found], handler: handler.name };
}

function canonical(m: Named, c: Context & { at: number }): Speaker | null {
  const { people, orgs, midSentence } = c;
  if (m.kind === "person" && m.single) {
    const full = people.bySurname(m.name);
    // "Pernod" for "drinks group Pernod Ricard": a body, when the full name was given as one.
    if (full) return full.kind === "person" ? { name: full.name, role: m.role ?? full.role, kind: "person" } : { name: full.name, role: null, kind: full.kind };
    if (m.role || m.honorific) return { name: m.name, role: m.role, kind: "person" };
    // A capitalised word that only ever opens a sentence ("Unrest", "Adult") is no name; one the article
    // writes twice or more, or mid-sentence, is ("Ulmaria warned ... Not Ulmaria, not Serevan").
    // A word the English lexicon does not know ("Rudaw", "Znak") is a name wherever it stands.
    if (!midSentence.has(m.name) && orgs.fullName(m.name) === m.name && !PLACES.has(m.name.toLowerCase()) && isEnglishWord(m.name) && (c.body.match(new RegExp(`\\b${escapeRe(m.name)}\\b`, "g"))?.length ?? 0) < 2) return null;
    return { name: orgs.fullName(m.name), role: m.role, kind: "organization" };
  }
  if (m.kind === "organization") return { name: orgs.fullName(m.name), role: m.role, kind: m.kind };
  // "researchers", "officials", "the scientists": a plural description of people already named more fully.
  // "The research team", "the scientists" for "researchers from the University of Washington": the authors of a study, by any of their names.
  if (m.kind === "group" && /^(?:the\s+)?(?:(?!(?:his|her|their|its|our)\s)[\p{L}-]+\s+)?[\p{L}-]+$/iu.test(m.name)) {
    const head = m.name.replace(/^the\s+/i, "").toLowerCase();
    const headWord = head.split(/\s+/).pop()!;
    const same = (name: string) => (name.split(/\s+(?:from|of|in|at|with)\s+/i)[0]!.split(/\s+/).pop() ?? "").toLowerCase();
    const alike = (word: string) => word === headWord || (RESEARCHERS.has(word) && RESEARCHERS.has(headWord));
    const fuller = c.timeline.latest(c.at, (e) => e.speaker.kind === "group" && e.speaker.name.toLowerCase().replace(/^the\s+/, "") !== head && e.speaker.name.length > m.name.length && alike(same(e.speaker.name)));
    if (fuller) return fuller.speaker;
  }
  if (m.kind === "person") {
    const known = people.people.get(people.fullest(m.name));
    return { name: people.fullest(m.name), role: m.role ?? known?.role ?? null, kind: "person" };
  }
  return { name: m.name, role: m.role, kind: m.kind };
}

export function resolveSpeakers(state: State): void {
  // The narration alone: a name inside a quote ("Not Ulmaria, not Serevan") is not how the article names anyone.
  const body = state.narration.join("\n\n");
  const people = new People(state, body);
  const orgs = new Orgs(state, body);
  people.addSurnameMentions(state);
  state.events.sort((a, b) => a.at - b.at);
  const genders = genderOf(state);
  // Capitalised words that stand after a small word or a comma somewhere in the narration.
  // Looked up word by word, each answer kept: cheaper than reading every capital of a long article.
  const midSentenceWords = new Map<string, boolean>();
  const midSentence = {
    has: (word: string) => {
      let known = midSentenceWords.get(word);
      if (known === undefined) {
        known = false;
        for (let at = body.indexOf(word); at >= 0 && !known; at = body.indexOf(word, at + 1)) {
          // The whole capitalised word there, trailing stops and apostrophes aside, must be the word.
          const token = /^[\p{Lu}][\p{L}'’.-]*/u.exec(body.slice(at, at + word.length + 40))?.[0].replace(/[.'’]+$/, "");
          if (token !== word) continue;
          // After a word in small letters, a comma or a semicolon ("Honour Cherie" is not).
          const before = /(?:(?:^|[\s("“])\p{Ll}[\p{L}'’-]*|[,;])\s+$/u.exec(body.slice(Math.max(0, at - 30), at));
          if (before) known = true;
        }
        midSentenceWords.set(word, known);
      }
      return known;
    },
  };
  const timeline = new Timeline(
    state.events.map((e): MentionEvent => {
      if (e.speaker.kind === "person" && people.hasFuller(e.speaker.name)) return { ...e, speaker: people.people.get(people.fullest(e.speaker.name)) ?? e.speaker };
      if (e.speaker.kind !== "person" || e.speaker.name.includes(" ")) return e;
      const full = people.bySurname(e.speaker.name);
      if (full) return { ...e, speaker: full };
      // A single capitalised name that is nobody's surname is a body: "Zipcart", "Pemberton".
      // Only a name the article capitalises mid-sentence too ("delivery app Zipcart"): a capital at a
      // sentence's start ("Firefighters battled ...") makes no name.
      if (!e.speaker.role && (people.surnameCount.get(e.speaker.name) ?? 0) === 0 && midSentence.has(e.speaker.name)) return { ...e, speaker: { name: orgs.fullName(e.speaker.name), role: null, kind: "organization" } };
      const candidates = (people.surnameCount.get(e.speaker.name) ?? 0) > 1 ? people.sharing(e.speaker.name) : undefined;
      return { ...e, candidates };
    }),
  );
  const context: Context = { state, people, orgs, genders, timeline, midSentence, body: state.paragraphs.map((p) => p.text).join("\n\n") };
  // Quotes and pronoun subjects in body order: each resolved one is an antecedent for the next.
  const resolvable: { at: number; mention: Mention | null; speaker: Speaker | null; speakers: Speaker[]; why?: string[] }[] = [...state.drafts, ...state.pronounSubjects].sort((a, b) => a.at - b.at);
  for (const d of resolvable) {
    const m = d.mention;
    if (!m) continue;
    const resolved = resolveOne(m, d.at, context);
    if (!resolved) continue;
    d.speakers = resolved.speakers;
    d.speaker = d.speakers[0] ?? null;
    d.why?.push(d.speaker ? `speaker: ${resolved.handler} -> ${d.speakers.map((s) => s.name).join(" + ")}` : `no speaker: ${resolved.handler} found no antecedent`);
    // Several speakers together are antecedents of "they"; one of them alone, of "he" or "she".
    if (d.speakers.length > 1) timeline.add({ at: d.at + 1, speaker: { name: d.speakers.map((s) => s.name).join(" and "), role: null, kind: "group" }, subject: true, together: d.speakers });
    else if (d.speaker) timeline.add({ at: d.at + 1, speaker: d.speaker, subject: true, resolved: true });
  }
}
