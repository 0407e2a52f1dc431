// One speaker per real-world speaker across the booklet, however the sources spell the name:
// "Zelenskiy", "Zelensky" and "Volodymyr Zelensky" are one; "Peskov" and "Dmitry Peskov" are one;
// "BA" and "British Airways", "TimeWarner" and "Time Warner", "Lib Dems" and "Liberal Democrats" are
// one. Merges happen only where the corpus leaves no ambiguity; briefing.yaml's aliases can force a
// merge (a spelling listed under a name) or keep people apart (two names listed as separate keys).
import { isEnglishWord, type Speaker as MentionedSpeaker } from "../analysis/index.ts";
import { sameValues } from "../same-values.ts";

export type SpeakerKind = MentionedSpeaker["kind"];

export interface SpeakerEntry {
  id: string;
  name: string;
  kind: SpeakerKind;
  roles: string[];
  /** Every spelling seen, the display name included. */
  aliases: string[];
  quoteCount: number;
  /** Slugs of the articles quoting them, in booklet order. */
  articles: string[];
}

export interface Mentioned {
  article: string;
  speaker: MentionedSpeaker;
}

/** As `localeCompare(other, "en")` compares, made once. */
const EN = new Intl.Collator("en");

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady)\s+/;

/** Folded names, each worked out once: a booklet of thousands of articles repeats its names thousands of times. */
const folded = new Map<string, string>();
const fold = (s: string): string => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 200_000) folded.clear(); // (a long-running serve never grows it without end)
    folded.set(s, (f = foldOnce(s)));
  }
  return f;
};

const foldOnce = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Spelling-insensitive form of a name's word, for transliterations: Zelenskiy, Zelensky, Zelenskyy ->
 * zelensk; Hrytsenko, Gritsenko -> hritsenko; Kharkiv, Harkiv -> harkiv.
 */
function translit(word: string): string {
  return word
    .replace(/(?:iy|yy|ii|y|i)$/, "")
    .replace(/kh/g, "h")
    .replace(/^g(?=[rl])/, "h")
    .replace(/y/g, "i");
}

/** Spelling-insensitive form of a surname. */
function surnameKey(name: string): string {
  return translit(fold(name).replace(HONORIFIC, "").split(" ").pop() ?? "");
}

function firstInitial(name: string): string | null {
  const words = fold(name).replace(HONORIFIC, "").split(" ");
  return words.length > 1 ? words[0]![0]! : null;
}

/** "British Airways" -> "ba", "Qualifications and Curriculum Authority" -> "qca": the capitals' initials. */
function initials(name: string): string {
  return name
    .replace(/^the\s+/i, "")
    .split(/\s+/)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join("");
}

/** Whether a short name abbreviates a long one word by word: "Lib Dems" for "Liberal Democrats". */
function abbreviates(short: string, long: string): boolean {
  const s = fold(short).split(" ");
  const l = fold(long).split(" ");
  return s.length === l.length && s.length > 1 && s.every((w, i) => w.length >= 2 && l[i]!.startsWith(w.replace(/s$/, "")) && w !== l[i]);
}

interface Cluster {
  key: string;
  kind: SpeakerKind;
  spellings: Map<string, number>;
  roles: Map<string, number>;
  articles: string[];
  /** The same, to look in. */
  inArticles: Set<string>;
  count: number;
  pinned: string | null;
}

type Registry = { speakers: SpeakerEntry[]; idOf: (m: Mentioned) => string };

/**
 * The last registry built, and what it was built from: `briefing serve` builds the booklet again on
 * every save, and an edit that changes no one's name, kind or role in the booklet leaves it as it was.
 */
let lastRegistry: { from: unknown; registry: Registry } | null = null;

export function buildSpeakerRegistry(mentions: Mentioned[], aliases: Record<string, string[]>): Registry {
  // (what the registry reads of each mention, and nothing else)
  // (the aliases in their order: a spelling listed under two names goes to the later one)
  const from = [Object.entries(aliases), mentions.map((m) => [m.article, m.speaker.kind, m.speaker.name, m.speaker.role])];
  if (lastRegistry && sameValues(lastRegistry.from, from)) return lastRegistry.registry;
  const registry = registryOf(mentions, aliases);
  lastRegistry = { from, registry };
  return registry;
}

function registryOf(mentions: Mentioned[], aliases: Record<string, string[]>): Registry {
  // Forced spellings: every alias (and the canonical name) folds to its canonical name.
  const forced = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(aliases)) {
    forced.set(fold(canonical), canonical);
    for (const s of spellings) forced.set(fold(s), canonical);
  }
  const pinnedNames = new Set(Object.keys(aliases).map(fold));
  // A surname alone ("Governor Hrytsenko") joins the one forced name of that surname ("Olena Hrytsenko").
  const forcedBySurname = new Map<string, Set<string>>();
  for (const [spelling, canonical] of forced) {
    if (!spelling.includes(" ")) continue;
    const k = surnameKey(spelling);
    forcedBySurname.set(k, (forcedBySurname.get(k) ?? new Set()).add(canonical));
  }
  // (worked out once per spelling and kind)
  const forcedKnown = new Map<string, string | undefined>();
  const forcedFor = (name: string, kind: SpeakerKind): string | undefined => {
    const key = `${kind}|${name}`;
    if (forcedKnown.has(key)) return forcedKnown.get(key);
    const found = forcedOnce(name, kind);
    forcedKnown.set(key, found);
    return found;
  };
  const forcedOnce = (name: string, kind: SpeakerKind): string | undefined => {
    const direct = forced.get(fold(name));
    if (direct || kind !== "person") return direct;
    const bare = fold(name).replace(HONORIFIC, "");
    const byName = forcedBySurname.get(surnameKey(name));
    if (!bare.includes(" ") && byName?.size === 1) return [...byName][0];
    return undefined;
  };

  const clusters = new Map<string, Cluster>();
  const signature = (m: Mentioned) => `${m.speaker.kind === "unnamed" ? `${m.article}|` : ""}${m.speaker.kind}|${fold(m.speaker.name)}`;

  // Person names: group by surname key, then merge forms that cannot be two people. (Each name's
  // surname key is worked out once, and what is counted by surname is counted once: a booklet of
  // thousands of articles names thousands of people.)
  const surnameKeys = new Map<string, string>();
  const surnameOf = (name: string) => surnameKeys.get(name) ?? surnameKeys.set(name, surnameKey(name)).get(name)!;
  // (each spelling once, with the number of its mentions, in the order the booklet first gives them)
  const persons = new Map<string, number>();
  for (const m of mentions) if (m.speaker.kind === "person") persons.set(m.speaker.name, (persons.get(m.speaker.name) ?? 0) + 1);
  for (const name of [...persons.keys()]) if (forcedFor(name, "person")) persons.delete(name);
  const bareOf = (name: string) => fold(name).replace(HONORIFIC, "");
  const initialCounts = new Map<string, Map<string, number>>();
  const fullBySurname = new Map<string, Set<string>>();
  for (const [name, mentioned] of persons) {
    const k = surnameOf(name);
    const initial = firstInitial(name);
    if (initial) {
      const counts = initialCounts.get(k) ?? initialCounts.set(k, new Map()).get(k)!;
      counts.set(initial, (counts.get(initial) ?? 0) + mentioned);
    }
    if (fold(name).includes(" ")) (fullBySurname.get(k) ?? fullBySurname.set(k, new Set()).get(k)!).add(fold(name));
  }
  const bySurname = new Map<string, Set<string>>();
  for (const name of persons.keys()) {
    const k = surnameOf(name);
    bySurname.set(k, (bySurname.get(k) ?? new Set()).add(bareOf(name)));
  }
  // "Sir Digby" for "Sir Digby Jones": a first name that begins one full name only, and ends none.
  const byFirst = new Map<string, Set<string>>();
  for (const name of persons.keys()) {
    const words = bareOf(name).split(" ");
    if (words.length > 1) byFirst.set(words[0]!, (byFirst.get(words[0]!) ?? new Set()).add(words.join(" ")));
  }
  // Surnames of full names: "Digby" alone is nobody's surname when only "Sir Digby" says it.
  const fullSurnames = new Set([...persons.keys()].filter((name) => bareOf(name).includes(" ")).map(surnameOf));
  // "Wanda Vazquez" for "Wanda Vazquez Garced": a full name that one longer name continues by one word.
  const fullNames = [...new Set([...persons.keys()].map(bareOf).filter((n) => n.includes(" ")))];
  // (each name found under the name it continues: no name is compared with every other)
  const continuing = new Map<string, string[]>();
  for (const name of fullNames) {
    const cut = name.lastIndexOf(" ");
    if (cut > 0 && !isEnglishWord(name.slice(cut + 1))) (continuing.get(name.slice(0, cut)) ?? continuing.set(name.slice(0, cut), []).get(name.slice(0, cut))!).push(name);
  }
  const continued = new Map<string, string>();
  for (const name of fullNames) {
    const longer = continuing.get(name) ?? [];
    if (longer.length === 1) continued.set(name, longer[0]!);
  }
  // (worked out once per spelling: thousands of mentions share a few hundred names)
  const personKeys = new Map<string, string>();
  const personKey = (name: string): string => personKeys.get(name) ?? personKeys.set(name, personKeyOnce(name)).get(name)!;
  const personKeyOnce = (name: string): string => {
    const bare = fold(name).replace(HONORIFIC, "");
    const longer = continued.get(bare);
    if (longer) return personKey(longer);
    if (!bare.includes(" ")) {
      const full = byFirst.get(bare);
      if (full?.size === 1 && !fullSurnames.has(translit(bare))) return personKey([...full][0]!);
    }
    const k = surnameOf(name);
    const forms = [...(bySurname.get(k) ?? [])];
    const initialsSeen = new Set(forms.map(firstInitial).filter((i): i is string => i !== null));
    const pinnedHere = forms.filter((f) => pinnedNames.has(f));
    if (pinnedHere.length > 1) return `person|${bare}`; // kept apart on purpose
    const initial = firstInitial(name);
    if (initial === null) {
      if (initialsSeen.size <= 1) return `person|${k}|${[...initialsSeen][0] ?? ""}`;
      // Several people of one surname: a surname alone joins the one quoted far most often by full name.
      const ranked = [...(initialCounts.get(k) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
      const total = ranked.reduce((n, [, c]) => n + c, 0);
      return ranked[0] && ranked[0][1] >= 0.8 * total ? `person|${k}|${ranked[0][0]}` : `person|${bare}`;
    }
    return `person|${k}|${initial}`;
  };

  // Bodies: "BA" for "British Airways", "TimeWarner" for "Time Warner", "Lib Dems" for "Liberal
  // Democrats"; an "organisation" named by a single word that is one quoted person's surname is that
  // person ("Howard" for "Michael Howard").
  const bodies = [...new Set(mentions.filter((m) => m.speaker.kind === "organization" && !forced.has(fold(m.speaker.name))).map((m) => m.speaker.name))];
  const bodyKey = new Map<string, string>();
  const compact = (n: string) => fold(n).replace(/\s+/g, "");
  // (each name compared only with the names that could be its long form: same initials, same letters, or same first letters word by word)
  const index = new Map<string, string[]>();
  const file = (key: string, name: string) => (index.get(key) ?? index.set(key, []).get(key)!).push(name);
  const firstLetters = (n: string) => `a|${fold(n).split(" ").map((w) => w[0] ?? "").join(" ")}`;
  for (const other of bodies) {
    const long = other.replace(/^the\s+/i, "");
    file(`i|${initials(long)}`, other);
    file(`c|${compact(long)}`, other);
    file(firstLetters(long), other);
  }
  for (const name of bodies) {
    const short = name.replace(/^the\s+/i, "");
    const near = new Set([...(index.get(`i|${short.toLowerCase()}`) ?? []), ...(index.get(`c|${compact(short)}`) ?? []), ...(index.get(firstLetters(short)) ?? [])]);
    const candidates = [...near].filter((other) => {
      if (other === name || fold(other) === fold(name)) return false;
      const long = other.replace(/^the\s+/i, "");
      if (/^[\p{Lu}]{2,6}$/u.test(short) && long.split(/\s+/).length > 1 && initials(long) === short.toLowerCase()) return true;
      if (compact(short) === compact(long) && short.split(/\s+/).length !== long.split(/\s+/).length) return short.split(/\s+/).length < long.split(/\s+/).length;
      return abbreviates(short, long);
    });
    if (candidates.length === 1) bodyKey.set(fold(name), `organization|${fold(candidates[0]!)}`);
    if (!short.includes(" ") && !/^[\p{Lu}]{2,}$/u.test(short) && candidates.length === 0) {
      const people = [...(fullBySurname.get(surnameOf(short)) ?? [])];
      if (people.length === 1) bodyKey.set(fold(name), personKey(people[0]!));
    }
  }

  // Each mention's cluster: worked out once for each kind and spelling (the key of a description, an
  // unnamed speaker, names its article: "the mayor" of one story is not the mayor of another).
  const keyByName = new Map<string, { key: string | null; canonical: string | undefined }>();
  const keyFor = (m: Mentioned): { key: string; canonical: string | undefined } => {
    const named = `${m.speaker.kind}|${m.speaker.name}`;
    let found = keyByName.get(named);
    if (!found) {
      const canonical = forcedFor(m.speaker.name, m.speaker.kind);
      const key = canonical ? `forced|${fold(canonical)}` : m.speaker.kind === "person" ? personKey(m.speaker.name) : bodyKey.get(fold(m.speaker.name)) ?? (m.speaker.kind === "unnamed" ? null : signature(m));
      keyByName.set(named, (found = { key, canonical }));
    }
    return found.key === null ? { key: signature(m), canonical: found.canonical } : (found as { key: string; canonical: string | undefined });
  };
  for (const m of mentions) {
    const { key, canonical } = keyFor(m);
    const kind: SpeakerKind = key.startsWith("person|") ? "person" : m.speaker.kind;
    const cluster: Cluster = clusters.get(key) ?? { key, kind, spellings: new Map(), roles: new Map(), articles: [], inArticles: new Set(), count: 0, pinned: canonical ?? null };
    cluster.spellings.set(m.speaker.name, (cluster.spellings.get(m.speaker.name) ?? 0) + 1);
    if (m.speaker.role) cluster.roles.set(m.speaker.role, (cluster.roles.get(m.speaker.role) ?? 0) + 1);
    if (!cluster.inArticles.has(m.article)) {
      cluster.inArticles.add(m.article);
      cluster.articles.push(m.article);
    }
    cluster.count++;
    clusters.set(key, cluster);
  }

  const used = new Set<string>();
  const idFor = new Map<string, string>();
  const speakers: SpeakerEntry[] = [...clusters.values()].map((c) => {
    const name = c.pinned ?? (c.kind === "unnamed" ? asDescription(displayName(c)) : displayName(c));
    let base = fold(name).replace(/'/g, "").replace(/\s+/g, "-") || "speaker";
    // (an unnamed speaker's address names the article too, cut at a word: no "-putin-tal")
    if (c.kind === "unnamed") base = atWord(`${base}-${c.articles[0]}`, 80);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    idFor.set(c.key, id);
    return {
      id,
      name,
      kind: c.kind,
      roles: distinctRoles(c.roles),
      aliases: [...c.spellings.keys()].filter((s) => s !== name).sort(),
      quoteCount: c.count,
      articles: c.articles,
    };
  });
  // (each key worked out once, not at each comparison)
  const keys = new Map(speakers.map((s) => [s, sortKey(s)]));
  speakers.sort((a, b) => EN.compare(keys.get(a)!, keys.get(b)!));
  return { speakers, idOf: (m) => idFor.get(keyFor(m).key)! };
}

/** Text cut to at most `max` characters, at a hyphen between words. */
function atWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf("-", max);
  return cut > 0 ? text.slice(0, cut) : text.slice(0, max);
}

/**
 * A description as it reads inside a sentence: "The mayor of Sumy" opened its sentence in the
 * article, and is "the mayor of Sumy" in "described as ..." ("The Kremlin", a name, is no description).
 */
export function asDescription(text: string): string {
  return text.replace(/^(The|A|An|His|Her|Their|Its|One|Another)(?=\s+\p{Ll})/u, (w) => w.toLowerCase());
}

/** Roles, most used first, one per spelling that differs only in case. */
function distinctRoles(roles: Map<string, number>): string[] {
  const seen = new Set<string>();
  return [...roles.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([r]) => asDescription(r))
    .filter((r) => !seen.has(r.toLowerCase()) && seen.add(r.toLowerCase()));
}

/** The fullest spelling the sources use most: "Volodymyr Zelensky" over "Zelensky", "British Airways" over "BA". */
function displayName(c: Cluster): string {
  const words = (s: string) => s.replace(/^the\s+/i, "").split(" ").length;
  return [...c.spellings.entries()].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** People by surname, everyone else by name, articles ignored: A–Z as an index reads. */
export function sortKey(s: { name: string; kind: SpeakerKind }): string {
  const folded = fold(s.name).replace(/^(?:a|an)\s+/, "");
  return s.kind === "person" ? `${folded.split(" ").pop()} ${folded}` : folded;
}
