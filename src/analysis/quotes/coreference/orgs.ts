// The bodies an article names, for resolving a short name ("Pemberton", "the FA") to the full one
// and "the league" or "the company" to the body it stands for.
import { COMPANY_ROLES, COMPANY_SUFFIXES, ORG_WORDS } from "../lexicon.ts";
import { namedParts } from "../mentions.ts";
import { escapeRe } from "../state.ts";
import type { Speaker, State } from "../types.ts";

/** A short form in brackets, and the name that ends right before it (read back from each bracket). */
const SHORT_FORM = /\(([\p{Lu}][\p{L}\d&.-]{1,11})\)/gu;
const NAME_BEFORE = /((?:[Tt]he\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:of|and|for|the|on|in|&|de|du|des)\s+)*[\p{Lu}][\p{L}'’.-]*){1,9})\s*$/u;

export class Orgs {
  private readonly names = new Set<string>();
  private readonly full = new Map<string, string>();
  private readonly byWord = new Map<string, Speaker | null>();

  /** Short names the article defines in brackets: "the Federal Security Service (FSB)", "the California Department of Forestry and Fire Protection (CalFire)". */
  private readonly defined = new Map<string, string>();

  constructor(state: State, private readonly body: string) {
    for (const d of state.drafts) for (const m of namedParts(d.mention)) if (m.kind === "organization") this.names.add(m.name);
    for (const e of state.events) if (e.speaker.kind === "organization") this.names.add(e.speaker.name);
    for (const bracket of body.matchAll(SHORT_FORM)) {
      const name = NAME_BEFORE.exec(body.slice(Math.max(0, bracket.index! - 200), bracket.index));
      if (!name) continue;
      const short = bracket[1]!;
      const full = definedName(name[1]!, short).replace(/^The\s+/, "the ");
      if (!this.defined.has(short) && full.split(/\s+/).length > 1) this.defined.set(short, /^the\s/.test(full) ? full : `the ${full}`);
    }
  }

  /** The full name of a body the article names in full: "Pemberton" -> "Pemberton Outdoor Inc.", "FA" -> "Football Association". */
  fullName(name: string): string {
    if (!this.full.has(name)) {
      const bare = name.replace(/^the\s+/i, "");
      const defined = this.defined.get(bare);
      const known = defined ? [...this.names].find((n) => n.replace(/^the\s+/i, "").toLowerCase() === defined.replace(/^the\s+/i, "").toLowerCase()) ?? defined : undefined;
      this.full.set(name, known ?? fullOrgName(name, this.names) ?? name);
    }
    return this.full.get(name)!;
  }

  /** "league" -> "the Lakeshore Youth Soccer League", when the text names exactly one such body. */
  named(word: string): Speaker | null {
    if (!this.byWord.has(word)) this.byWord.set(word, orgNameInText(word, this.body));
    return this.byWord.get(word)!;
  }
}

/**
 * Whether a body can be "the <role>" of a later sentence: a name that says what kind of body it is
 * ("the Independent Couriers' Union") is not "the company"; a bare name ("Zipcart") can be anything.
 */
export function canBe(name: string, role: string): boolean {
  const kinds = name.toLowerCase().split(/\s+/).filter((w) => ORG_WORDS.has(w) && !COMPANY_SUFFIXES.has(w));
  if (!kinds.length || !COMPANY_ROLES.has(role)) return true;
  return kinds.every((w) => COMPANY_ROLES.has(w));
}

/**
 * The name a short form in brackets stands for: "The Investigative Committee and the Federal Security
 * Service (FSB)" defines "the Federal Security Service", the longest end of the name whose initials
 * spell the short form; with no such end, the name after its last "and".
 */
function definedName(name: string, short: string): string {
  if (!/^[\p{Lu}]{2,8}$/u.test(short)) return name;
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}]/u.test(words[i]!)) continue;
    const initials = words.slice(i).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join("");
    if (initials === short) return `${/^(?:the|The)$/.test(words[i - 1] ?? "") ? "the " : ""}${words.slice(i).join(" ")}`;
  }
  const and = /\s+and\s+((?:the\s+)?[\p{Lu}].*)$/u.exec(name);
  return and ? and[1]! : name;
}

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

const ASCII_WORD = /[A-Za-z0-9_]/;
const WORDS_BEFORE = /((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,6})$/u;

function orgNameInText(word: string, text: string): Speaker | null {
  const capital = word[0]!.toUpperCase() + word.slice(1);
  const names = new Set<string>();
  // Read at each occurrence of the word (a native search), not by a pattern over the whole text.
  const of = new RegExp(`^${escapeRe(capital)}\\s+(?:of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+(?:and\\s+)?[\\p{Lu}][\\p{L}'’-]*){0,3}`, "u");
  for (let at = text.indexOf(capital); at >= 0; at = text.indexOf(capital, at + 1)) {
    const end = at + capital.length;
    if (ASCII_WORD.test(text[end] ?? "") && ASCII_WORD.test(capital[capital.length - 1]!)) continue;
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 300), at));
    if (before) {
      const name = `${before[1]}${capital}`.replace(/^(?:The|A|An)\s+/, "");
      if (name.split(/\s+/).length > 1) names.add(name);
    }
    // "the Department of Health and Wellbeing", "the Ministry for Schools".
    if (!ASCII_WORD.test(text[at - 1] ?? "")) {
      const named = of.exec(text.slice(at, at + 200));
      if (named) names.add(named[0]);
    }
  }
  return names.size === 1 ? { name: `the ${[...names][0]}`, role: null, kind: "organization" } : null;
}
