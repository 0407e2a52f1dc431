// One speaker per real-world speaker across the booklet, however the sources spell the name:
// "Zelenskiy", "Zelensky" and "Volodymyr Zelensky" are one; "Peskov" and "Dmitry Peskov" are one.
// Merges happen only where the corpus leaves no ambiguity; briefing.yaml's aliases can force a
// merge (a spelling listed under a name) or keep people apart (two names listed as separate keys).
import type { Speaker as MentionedSpeaker } from "../analysis/index.ts";

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

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Spelling-insensitive form of a surname: Zelenskiy, Zelensky, Zelenskyy -> zelensk. */
function surnameKey(name: string): string {
  const last = fold(name).split(" ").pop() ?? "";
  return last.replace(/(?:iy|yy|ii|y|i)$/, "").replace(/kh/g, "h").replace(/y/g, "i");
}

function firstInitial(name: string): string | null {
  const words = fold(name).split(" ");
  return words.length > 1 ? words[0]![0]! : null;
}

interface Cluster {
  key: string;
  kind: SpeakerKind;
  spellings: Map<string, number>;
  roles: Map<string, number>;
  articles: string[];
  count: number;
  pinned: string | null;
}

export function buildSpeakerRegistry(mentions: Mentioned[], aliases: Record<string, string[]>): { speakers: SpeakerEntry[]; idOf: (m: Mentioned) => string } {
  // Forced spellings: every alias (and the canonical name) folds to its canonical name.
  const forced = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(aliases)) {
    forced.set(fold(canonical), canonical);
    for (const s of spellings) forced.set(fold(s), canonical);
  }
  const pinnedNames = new Set(Object.keys(aliases).map(fold));

  const clusters = new Map<string, Cluster>();
  const keyOf = new Map<string, string>(); // mention signature -> cluster key
  const signature = (m: Mentioned) => `${m.speaker.kind === "unnamed" ? `${m.article}|` : ""}${m.speaker.kind}|${fold(m.speaker.name)}`;

  // Person names: group by surname key, then merge forms that cannot be two people.
  const persons = mentions.filter((m) => m.speaker.kind === "person" && !forced.has(fold(m.speaker.name)));
  const bySurname = new Map<string, Set<string>>();
  for (const m of persons) {
    const k = surnameKey(m.speaker.name);
    bySurname.set(k, (bySurname.get(k) ?? new Set()).add(fold(m.speaker.name)));
  }
  const personKey = (name: string): string => {
    const k = surnameKey(name);
    const forms = [...(bySurname.get(k) ?? [])];
    const initials = new Set(forms.map(firstInitial).filter((i): i is string => i !== null));
    const pinnedHere = forms.filter((f) => pinnedNames.has(f));
    if (pinnedHere.length > 1) return `person|${fold(name)}`; // kept apart on purpose
    const initial = firstInitial(name);
    if (initial === null) return initials.size <= 1 ? `person|${k}|${[...initials][0] ?? ""}` : `person|${fold(name)}`;
    return `person|${k}|${initials.size <= 1 ? initial : initial}`;
  };

  for (const m of mentions) {
    const folded = fold(m.speaker.name);
    const canonical = forced.get(folded);
    const key = canonical ? `forced|${fold(canonical)}` : m.speaker.kind === "person" ? personKey(m.speaker.name) : signature(m);
    keyOf.set(`${m.article}|${signature(m)}`, key);
    const cluster: Cluster = clusters.get(key) ?? { key, kind: m.speaker.kind, spellings: new Map(), roles: new Map(), articles: [], count: 0, pinned: canonical ?? null };
    cluster.spellings.set(m.speaker.name, (cluster.spellings.get(m.speaker.name) ?? 0) + 1);
    if (m.speaker.role) cluster.roles.set(m.speaker.role, (cluster.roles.get(m.speaker.role) ?? 0) + 1);
    if (!cluster.articles.includes(m.article)) cluster.articles.push(m.article);
    cluster.count++;
    clusters.set(key, cluster);
  }

  const used = new Set<string>();
  const idFor = new Map<string, string>();
  const speakers: SpeakerEntry[] = [...clusters.values()].map((c) => {
    const name = c.pinned ?? displayName(c);
    let base = fold(name).replace(/'/g, "").replace(/\s+/g, "-") || "speaker";
    if (c.kind === "unnamed") base = `${base}-${c.articles[0]}`.slice(0, 80);
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
  speakers.sort((a, b) => sortKey(a).localeCompare(sortKey(b), "en"));
  return { speakers, idOf: (m) => idFor.get(keyOf.get(`${m.article}|${signature(m)}`)!)! };
}

/** Roles, most used first, one per spelling that differs only in case. */
function distinctRoles(roles: Map<string, number>): string[] {
  const seen = new Set<string>();
  return [...roles.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([r]) => r)
    .filter((r) => !seen.has(r.toLowerCase()) && seen.add(r.toLowerCase()));
}

/** The fullest spelling the sources use most: "Volodymyr Zelensky" over "Zelensky". */
function displayName(c: Cluster): string {
  return [...c.spellings.entries()].sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** People by surname, everyone else by name, articles ignored: A–Z as an index reads. */
export function sortKey(s: { name: string; kind: SpeakerKind }): string {
  const folded = fold(s.name).replace(/^(?:a|an)\s+/, "");
  return s.kind === "person" ? `${folded.split(" ").pop()} ${folded}` : folded;
}
