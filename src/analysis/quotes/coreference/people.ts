// The people an article names, for resolving a surname alone ("Putin", "Costa rejected the charge")
// to the one full name the article gives it, and a shorter form of a name ("Ines Calloway") to its
// fullest ("Ines Adela Calloway").
import { alternation, HONORIFICS_BEFORE_SURNAME } from "../lexicon.ts";
import { describedAsBody, descriptionBefore, namedParts, parseMention } from "../mentions.ts";
import { isEnglishWord } from "../../nlp.ts";
import { escapeRe } from "../state.ts";
import type { Speaker, State } from "../types.ts";
import { HONORIFIC_BEFORE } from "./gender.ts";

const HONORIFIC_ALTERNATION = alternation(HONORIFICS_BEFORE_SURNAME);

export class People {
  /** Full names (two words or more) -> the person, with the first role the article gives them. */
  readonly people = new Map<string, Speaker>();
  /** A shorter form of a name -> the one longer name with the same first and last word. */
  private readonly fuller = new Map<string, string>();
  private readonly surnames = new Map<string, Speaker | null>();
  private readonly honorifics = new Map<string, boolean>();
  private readonly offices = new Map<string, Speaker | null>();
  private descriptions: Map<string, string[]> | null = null;
  private runs: NameRuns | null = null;
  private runsFound: CapitalRun[] | null = null;
  /** The first of two surnames, for the person the article also names by it alone ("Vázquez" of "Wanda Vázquez Garced"). */
  private readonly secondSurname = new Map<string, string>();
  /** How many people share each surname ("Agnes Moffat" and her son "Daniel Moffat"). */
  readonly surnameCount = new Map<string, number>();

  /** `body`: the narration alone, where a full name the article gives in passing is looked for. */
  constructor(state: State, private readonly body: string) {
    const known = (s: Speaker) => {
      if (s.kind === "person" && s.name.includes(" ")) {
        const existing = this.people.get(s.name);
        if (!existing || (!existing.role && s.role)) this.people.set(s.name, s);
      }
    };
    for (const d of state.drafts) for (const m of namedParts(d.mention)) known(m);
    for (const e of state.events) known(e.speaker);
    // "Ines Calloway" is "Ines Adela Calloway": a name with the same first and last word as a longer one.
    const byEnds = new Map<string, string[]>();
    for (const name of this.people.keys()) {
      const w = name.split(" ");
      const ends = `${w[0]} ${w[w.length - 1]}`;
      byEnds.set(ends, [...(byEnds.get(ends) ?? []), name]);
    }
    for (const names of byEnds.values()) {
      for (const name of names) {
        const longer = names.filter((o) => o.length > name.length);
        if (longer.length === 1) this.fuller.set(name, longer[0]!);
      }
    }
    // "Wanda Vázquez" is "Wanda Vázquez Garced": a name that the one longer name continues by a second surname.
    const names = [...this.people.keys()];
    for (const name of names) {
      if (this.fuller.has(name)) continue;
      // Not a word of English after the name ("Markham Robinson Image", a caption run on).
      const longer = names.filter((o) => o.startsWith(`${name} `) && o.split(" ").length === name.split(" ").length + 1 && !isEnglishWord(o.split(" ").pop()!));
      if (longer.length === 1) {
        this.fuller.set(name, longer[0]!);
        this.secondSurname.set(name.split(" ").pop()!.toLowerCase(), longer[0]!);
      }
    }
    for (const [short, long] of this.fuller) {
      const s = this.people.get(short)!;
      if (!this.people.get(long)!.role && s.role) this.people.set(long, { ...this.people.get(long)!, role: s.role });
      this.people.delete(short);
    }
    for (const person of this.people.values()) {
      const surname = person.name.split(" ").pop()!;
      this.surnameCount.set(surname, (this.surnameCount.get(surname) ?? 0) + 1);
    }
  }

  /** Whether the narration gives a single name an honorific: "Ms Treloar", "Lord Butler". */
  honorific(name: string): boolean {
    let known = this.honorifics.get(name);
    if (known === undefined) {
      known = new RegExp(`\\b(?:${HONORIFIC_ALTERNATION})\\.?\\s+${escapeRe(name)}\\b`).test(this.body);
      this.honorifics.set(name, known);
    }
    return known;
  }

  /**
   * The one person the narration gives an office, before the name or in an appositive after it
   * ("government commissioner Gáspár Maróth", "Karen Alley, a professor at Wooster"): for "the
   * commissioner" or "Chelyabinsk's governor" when no earlier mention holds it. `qualifiers` must
   * stand in the same description ("Wooster"). Null when none or several.
   */
  holding(office: string, qualifiers: string[] = []): Speaker | null {
    const key = `${office}\u0000${qualifiers.join(" ")}`;
    if (this.offices.has(key)) return this.offices.get(key)!;
    const word = new RegExp(`\\b${escapeRe(office)}\\b`, "i");
    const matches = [...this.described()].filter(([, descriptions]) =>
      descriptions.some((d) => {
        const at = d.search(word);
        return at >= 0 && !/\b(?:deputy|vice|assistant|former|acting|ex)[\s-]+$/i.test(d.slice(0, at)) && qualifiers.every((q) => d.includes(q));
      }),
    );
    const found = matches.length === 1 ? this.people.get(matches[0]![0])! : null;
    this.offices.set(key, found);
    return found;
  }

  /**
   * What the narration says each person is, read once: the words before each mention of their full
   * name ("government commissioner Gáspár Maróth") and the appositive after it ("Karen Alley, a
   * professor at Wooster"). One pass over the text's runs of capitalised words, whatever its length.
   */
  private described(): Map<string, string[]> {
    if (this.descriptions) return this.descriptions;
    const out = new Map<string, string[]>();
    const names = new Set(this.people.keys());
    const firsts = new Set([...names].map((n) => n.split(" ")[0]!));
    for (const m of this.capitalRuns()) {
      const words = m.words;
      for (let a = 0; a < words.length; a++) {
        if (!firsts.has(words[a]!)) continue;
        for (let b = Math.min(words.length, a + 5); b > a + 1; b--) {
          const name = words.slice(a, b).join(" ");
          if (!names.has(name)) continue;
          const start = m.index + m.text.indexOf(name);
          const before = this.body.slice(Math.max(0, start - 80), start).split(/[.;]\s+/).pop()!;
          const after = /^,\s+([^,.;]{0,140})/.exec(this.body.slice(start + name.length, start + name.length + 160))?.[1] ?? "";
          out.set(name, [...(out.get(name) ?? []), `${before}${words.slice(0, a).join(" ")}`, after]);
          a = b - 1;
          break;
        }
      }
    }
    this.descriptions = out;
    return out;
  }

  /** The text's runs of two capitalised words or more, found once for the indexes above. */
  private capitalRuns(): CapitalRun[] {
    if (this.runsFound) return this.runsFound;
    const runs: CapitalRun[] = [];
    for (const m of this.body.matchAll(/[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’.-]*)+/gu)) {
      // A full stop after a word of three letters or more ends a sentence ("Surigao del Sur. Phivolcs"): the run ends there.
      let words: string[] = [];
      let at = m.index!;
      let offset = 0;
      for (const w of m[0].split(/([ \t]+)/)) {
        if (/^[ \t]+$/.test(w)) {
          offset += w.length;
          continue;
        }
        if (!words.length) at = m.index! + offset;
        words.push(w);
        offset += w.length;
        if (/\p{L}{3,}\.$/u.test(w) && !/^(?:Mrs|Gen|Col|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|Bros|Corp|Inc|Ltd)\.$/.test(w)) {
          if (words.length > 1) runs.push({ text: words.join(" "), index: at, words });
          words = [];
        }
      }
      if (words.length > 1) runs.push({ text: words.join(" "), index: at, words });
    }
    this.runsFound = runs;
    return runs;
  }

  hasFuller(name: string): boolean {
    return this.fuller.has(name);
  }

  /** The fullest form of a name. */
  fullest(name: string): string {
    let n = name;
    for (let hops = 0; this.fuller.has(n) && hops < 4; hops++) n = this.fuller.get(n)!;
    return n;
  }

  /** The one person a surname alone stands for, or null when none or several. */
  bySurname(single: string): Speaker | null {
    const key = single.toLowerCase();
    if (this.surnames.has(key)) return this.surnames.get(key)!;
    const matches = [...this.people.values()].filter((p) => p.name.split(" ").pop()!.toLowerCase() === key);
    // Several people of one surname ("Donald Trump", "Melania Trump"): the surname alone is the one the
    // article names first, its principal, unless another is named with it in the same paragraph.
    let found: Speaker | null = matches.length === 1 ? matches[0]! : matches.length > 1 ? this.principal(matches) : null;
    const twoSurnames = this.secondSurname.get(key);
    if (!found && twoSurnames) found = this.people.get(twoSurnames) ?? null;
    // "Hardeep" for "Hardeep Singh Puri", "Sir Digby" for "Sir Digby Jones": a first name that is one person's and nobody's surname.
    if (!found && matches.length === 0 && single.length >= 3) {
      const byFirst = [...this.people.values()].filter((p) => p.name.split(" ")[0]!.toLowerCase() === key);
      if (byFirst.length === 1 && ![...this.people.values()].some((p) => p.name.split(" ").pop()!.toLowerCase() === key)) found = byFirst[0]!;
    }
    if (matches.length === 0 && !found) {
      // A full name the article gives outside any cue: "his Russian counterpart Vladimir Putin".
      this.runs ??= new NameRuns(this.body);
      found = this.runs.fullName(single) ?? this.runs.firstName(single);
      if (found?.kind === "person") this.people.set(found.name, found);
      // "Pechorkin" for "Artyom Pechyorkin": one transliteration of a long surname for another.
      if (!found && single.length >= 5) {
        // "Wasif" for "Sally Wasef": five letters are enough when the one that differs is a vowel.
        const near = [...this.people.values()].filter((p) => { const s = p.name.split(" ").pop()!.toLowerCase(); return withinOneEdit(s, key) && (key.length >= 6 || vowelApart(s, key)); });
        found = near.length === 1 ? near[0]! : null;
      }
    }
    this.surnames.set(key, found);
    return found;
  }

  /** Of several people sharing a surname, the one the narration names first. */
  private principal(matches: Speaker[]): Speaker | null {
    const first = matches.map((p) => ({ p, at: this.body.indexOf(p.name) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at);
    return first[0]?.p ?? null;
  }

  /** The people who share a surname. */
  sharing(surname: string): Speaker[] {
    return [...this.people.values()].filter((p) => p.name.split(" ").pop() === surname);
  }

  /**
   * Surnames standing alone ("Costa rejected the charge") as mentions of their person, added to the
   * state's events (unsorted).
   */
  addSurnameMentions(state: State): void {
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
    const standalone = [...this.people.values()]
      .map((person) => ({ person, surname: person.name.split(" ").pop()! }))
      .filter(({ surname }) => this.surnameCount.get(surname) === 1)
      .map(({ person, surname }) => ({ person, surname, re: new RegExp(`\\b${escapeRe(surname)}\\b`, "gu") }));
    state.paragraphs.forEach((paragraph, p) => {
      // The writer's own words: "Vice President-elect Harris" inside a quotation mentions no one.
      const text = state.narration[p] ?? paragraph.text;
      for (const { person, surname, re } of standalone) {
        if (!text.includes(surname)) continue;
        for (const m of text.matchAll(re)) {
          // A surname after punctuation or an honorific ("Mr Morozkin"): not the end of a longer name
          // ("Daniel Moffat"), nor an object in the middle of a clause ("that Alvarado had voted").
          const word = /(\p{L}+)(\.?)[ \t]$/u.exec(text.slice(Math.max(0, m.index! - 12), m.index!));
          if (word && !HONORIFIC_BEFORE.test(word[1]!)) continue;
          const at = paragraph.start + m.index!;
          if (nearby(person.name, at, surname.length + 1)) continue;
          state.events.push({ at, speaker: person });
          if (!seen.has(person.name)) seen.set(person.name, new Set());
          seen.get(person.name)!.add(at);
        }
      }
    });
  }
}

/** Whether two words differ by at most one letter added, dropped or changed. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return tail(a, b);
}

/** A run of capitalised words in a text. */
interface CapitalRun {
  text: string;
  index: number;
  words: string[];
}

/**
 * Full names in a text found from one of their words: each lookup walks the word's occurrences
 * (a native search, cheap however long the text) and reads the capitalised words around each.
 */
export class NameRuns {
  constructor(private readonly text: string) {}

  /** The capitalised words right before and after each whole-word occurrence of a word. */
  private *around(word: string): Generator<{ before: string[]; after: string[]; afterPreposition: boolean; described: string }> {
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (/[\p{L}\p{M}\p{N}'’-]/u.test(this.text[at - 1] ?? " ") || /[\p{L}\p{M}\p{N}]/u.test(this.text[end] ?? " ")) continue;
      const lead = /((?:[\p{Lu}][\p{L}\p{M}'’-]*[ \t]+){1,4})$/u.exec(this.text.slice(Math.max(0, at - 120), at));
      const trail = /^((?:[ \t]+[\p{Lu}][\p{L}\p{M}'’-]*){1,3})/u.exec(this.text.slice(end, end + 90));
      const before = lead ? lead[1]!.trim().split(/[ \t]+/) : [];
      const leadStart = at - (lead?.[1]!.length ?? 0);
      // "drinks group Pernod Ricard": the words in lower case that describe the name.
      const described = descriptionBefore(this.text, leadStart);
      yield { before, after: trail ? trail[1]!.trim().split(/[ \t]+/) : [], afterPreposition: /\b(?:of|for|from|in|at)\s+$/.test(this.text.slice(Math.max(0, leadStart - 6), leadStart)), described };
    }
  }

  /** "Putin" -> the one full name ending in "Putin" in the text, with its title words as role. */
  fullName(surname: string): Speaker | null {
    const names = new Set<string>();
    let role: string | null = null;
    let body = false;
    for (const place of this.around(surname)) {
      if (!place.before.length || place.afterPreposition) continue;
      const name = `${place.before.join(" ")} ${surname}`;
      const mention = parseMention(name);
      if (mention?.type === "named" && mention.kind === "person" && !mention.single) {
        names.add(mention.name);
        role = role ?? mention.role;
        body ||= describedAsBody(place.described, mention.name);
      }
    }
    return names.size === 1 ? { name: [...names][0]!, role: body ? null : role, kind: body ? "organization" : "person" } : null;
  }

  /** "Dr Meerjady" for "Meerjady Sabrina Flora": the one full name in the text that a word begins. */
  firstName(first: string): Speaker | null {
    if (first.length < 4 || isEnglishWord(first)) return null;
    const names = new Set<string>();
    let body = false;
    for (const place of this.around(first)) {
      if (!place.after.length) continue;
      // Not a surname in the middle of a name: "Ricardo Rosselló Nevares".
      if (place.before.length) return null;
      const mention = parseMention(`${first} ${place.after.join(" ")}`);
      if (mention?.type === "named" && mention.kind === "person" && !mention.single) {
        names.add(mention.name);
        body ||= describedAsBody(place.described, mention.name);
      }
    }
    return names.size === 1 ? { name: [...names][0]!, role: null, kind: body ? "organization" : "person" } : null;
  }
}

/** Two words of one length that differ in one letter, a vowel in each. */
function vowelApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => [c, b[i]!] as const).filter(([x, y]) => x !== y);
  return diff.length === 1 && /[aeiouy]/.test(diff[0]![0]) && /[aeiouy]/.test(diff[0]![1]);
}
