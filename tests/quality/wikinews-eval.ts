// Scores the quote extractor against the hand annotations of real Wikinews articles
// (tests/fixtures/wikinews/, README there): the figures issue 12 asks for, measured the same way on
// every set.
//
// - full quotes right: annotated direct quotes found (lenient span match) with the right speakers;
// - all quotations right: annotated direct, partial and reported quotations found with the right
//   speakers (terms aside);
// - runaway spans: quotes found in quote marks that carry more than a few words of text outside every
//   annotated quotation (narration, or another person's words);
// - speakers not in the annotation: distinct speakers the extractor gives that are none of the
//   article's annotated speakers (junk, or a real name wrongly credited: read them);
// - split speakers: annotated speakers whose rightly credited quotes land on several entries of the
//   booklet's speaker registry;
// - plainly named missed: quotations whose own sentence names the speaker by name, found with no
//   speaker or a wrong one, or not found.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";

export interface GoldSpeaker {
  name: string;
  kind: "person" | "organization" | "group" | "unnamed";
  role: string | null;
  names: string[];
}

export interface GoldQuotation {
  text: string;
  kind: "direct" | "partial" | "term" | "reported";
  speakers: string[];
  cue: string | null;
  attribution: string | null;
  note?: string;
}

export interface Annotation {
  article: string;
  speakers: GoldSpeaker[];
  quotes: GoldQuotation[];
}

/** What the scorer needs of a found quotation (the extractor's record, or an older one). */
export interface FoundQuote {
  text: string;
  kind: string;
  start: number;
  end: number;
  speaker: { name: string; kind?: string } | null;
  speakers?: { name: string; kind?: string }[];
}

export interface ArticleRun {
  article: string;
  body: string;
  gold: Annotation;
  found: FoundQuote[];
}

export const WIKINEWS = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../shared/corpus/wikinews");
export const ANNOTATIONS = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../fixtures/wikinews");

export function hasWikinews(): boolean {
  return existsSync(WIKINEWS);
}

/** The annotated articles of a part ("dev" or "heldout"), with their bodies. */
export function loadPart(part: string): { article: string; body: string; gold: Annotation }[] {
  const dir = path.join(ANNOTATIONS, part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Annotation;
      const fm = splitFrontmatter(readFileSync(path.join(WIKINEWS, `${gold.article}.md`), "utf8"));
      if (!fm.ok) throw new Error(`${gold.article}: ${fm.message}`);
      return { article: gold.article, body: fm.body, gold };
    });
}

// ---------------------------------------------------------------------------------------------
// Spans

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Word {
  w: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + m[0].length }));
}

/** Body offsets of an annotated text: exactly, or (a quote joined across paragraphs) by its words. */
export function locate(body: string, text: string, from: number, bodyWords: Word[]): [number, number] | null {
  const at = body.indexOf(text, from);
  if (at >= 0) return [at, at + text.length];
  const anywhere = body.indexOf(text);
  if (anywhere >= 0) return [anywhere, anywhere + text.length];
  const want = wordsOf(text).map((w) => w.w);
  if (!want.length) return null;
  for (let i = 0; i + want.length <= bodyWords.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) ok = bodyWords[i + j]!.w === want[j];
    if (ok) return [bodyWords[i]!.start, bodyWords[i + want.length - 1]!.end];
  }
  return null;
}

function overlapChars(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

// ---------------------------------------------------------------------------------------------
// Speakers

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[’‘]/g, "'")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

// Small words, and words of place or number that do not name a group ("residents there", "other researchers").
const STOP = new Set(["the", "a", "an", "of", "for", "and", "in", "at", "on", "to", "from", "with", "s", "there", "here", "other"]);
const content = (s: string) => fold(s).split(" ").filter((w) => w && !STOP.has(w));

/** Whether a found speaker name is this annotated speaker. */
export function isSpeaker(found: string, gold: GoldSpeaker): boolean {
  const f = fold(found);
  if (!f) return false;
  const names = [gold.name, ...gold.names].map(fold).filter(Boolean);
  if (names.includes(f)) return true;
  if (gold.kind === "person") {
    // "Chupriyan" or "Alexander Chupriyan" for "Alexander Chupriyan"; a first name must agree.
    // "Robert Downey" for "Robert Downey Jr.", "Wanda Vázquez" for "Wanda Vázquez Garced".
    const suffix = (x: string[]) => (x.length > 2 && /^(?:jr|sr|ii|iii|iv)$/.test(x[x.length - 1]!) ? x.slice(0, -1) : x);
    const g = suffix(fold(gold.name).split(" "));
    const w = suffix(f.split(" "));
    const sameFirst = w.length === 1 || w[0] === g[0] || (w[0]!.length <= 2 && w[0]![0] === g[0]![0]);
    if (w[w.length - 1] === g[g.length - 1]) return sameFirst;
    return w.length >= 2 && sameFirst && w.every((x) => g.includes(x));
  }
  // Bodies and groups: the same content words, near enough ("senior US official" for "a senior US official").
  const fw = content(found);
  return names.some((n) => {
    const gw = n.split(" ").filter((w) => w && !STOP.has(w));
    if (!gw.length || !fw.length) return false;
    const common = fw.filter((w) => gw.includes(w)).length;
    return common / Math.max(fw.length, gw.length) >= 0.6;
  });
}

function foundSpeakers(q: FoundQuote): { name: string; kind?: string }[] {
  if (q.speakers && q.speakers.length) return q.speakers;
  return q.speaker ? [q.speaker] : [];
}

/** Whether the found speakers are the annotated ones: each annotated speaker found, nobody else. */
export function rightSpeakers(gold: GoldQuotation, found: FoundQuote, entities: GoldSpeaker[]): boolean {
  const fs = foundSpeakers(found);
  const want = gold.speakers.map((n) => entities.find((e) => e.name === n)).filter((e): e is GoldSpeaker => !!e);
  if (!want.length) return fs.length === 0;
  if (fs.length !== want.length) return false;
  const used = new Set<number>();
  return want.every((e) => {
    const i = fs.findIndex((s, k) => !used.has(k) && isSpeaker(s.name, e));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

const PRONOUN = /^(?:he|she|they|it|we|i|him|her|them|his|its|their)$/i;

/** The quotation's own sentence names its speaker by name (not a pronoun or "the minister"). */
export function plainlyNamed(gold: GoldQuotation, entities: GoldSpeaker[]): boolean {
  const a = gold.attribution?.trim();
  if (!a || PRONOUN.test(a) || !gold.speakers.length) return false;
  if (/^(?:the|a|an|one|two|some|several|many)\s+\p{Ll}/u.test(a) && !/\p{Lu}/u.test(a.replace(/^\p{Lu}/u, ""))) return false;
  return /\p{Lu}/u.test(a.replace(/^(?:The|A|An)\s/, "")) && gold.speakers.some((n) => entities.find((e) => e.name === n)?.kind !== "unnamed");
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface Miss {
  article: string;
  problem: "missed" | "speaker" | "spurious" | "runaway" | "unknown speaker" | "split" | "kind";
  gold?: GoldQuotation;
  found?: FoundQuote;
  detail?: string;
}

export interface WikinewsScore {
  articles: number;
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  direct: number;
  directRight: number;
  quotations: number;
  quotationsRight: number;
  byKind: Record<string, { gold: number; found: number; right: number }>;
  kindRight: number;
  runaway: number;
  speakers: number;
  unknownSpeakers: number;
  splitSets: number;
  plain: number;
  plainMissed: number;
  misses: Miss[];
}

/** Characters of letters and digits in a range of the body that no annotated quotation covers. */
function uncoveredLetters(body: string, span: [number, number], gold: [number, number][]): number {
  let n = 0;
  for (let i = span[0]; i < span[1]; i++) {
    if (!/[\p{L}\p{N}]/u.test(body[i]!)) continue;
    if (!gold.some(([a, b]) => i >= a && i < b)) n++;
  }
  return n;
}

/**
 * `registry`: groups the found speakers of all articles as the booklet does, returning an id per
 * (article, speaker name); used to count annotated speakers split over several entries.
 */
export function scoreWikinews(runs: ArticleRun[], registry?: (mentions: { article: string; speaker: { name: string; role: string | null; kind: string } }[]) => (article: string, name: string) => string): WikinewsScore {
  const s: WikinewsScore = {
    articles: runs.length, gold: 0, found: 0, matched: 0, precision: 0, recall: 0, direct: 0, directRight: 0, quotations: 0, quotationsRight: 0,
    byKind: {}, kindRight: 0, runaway: 0, speakers: 0, unknownSpeakers: 0, splitSets: 0, plain: 0, plainMissed: 0, misses: [],
  };
  const kind = (k: string) => (s.byKind[k] ??= { gold: 0, found: 0, right: 0 });
  // (article, entity) -> found speaker names rightly credited to it
  const credited = new Map<string, { article: string; entity: GoldSpeaker; names: Set<string> }>();
  for (const run of runs) {
    const { body, gold, found, article } = run;
    const bodyWords = wordsOf(body);
    let cursor = 0;
    const goldSpans = gold.quotes.map((q) => {
      const span = locate(body, q.text, cursor, bodyWords);
      if (span) cursor = span[0] + 1;
      return span;
    });
    s.gold += gold.quotes.length;
    s.found += found.length;
    for (const f of found) kind(f.kind).found++;
    // One-to-one matching, best overlap first.
    const pairs: { g: number; f: number; jaccard: number }[] = [];
    gold.quotes.forEach((_, g) => {
      const gs = goldSpans[g];
      if (!gs) return;
      found.forEach((q, f) => {
        const fs: [number, number] = [q.start, q.end];
        const common = overlapChars(gs, fs);
        if (!common) return;
        const shorter = Math.min(gs[1] - gs[0], fs[1] - fs[0]);
        if (common / Math.max(1, shorter) < 0.5) return;
        pairs.push({ g, f, jaccard: common / (Math.max(gs[1], fs[1]) - Math.min(gs[0], fs[0])) });
      });
    });
    pairs.sort((a, b) => b.jaccard - a.jaccard);
    const goldMatch = new Map<number, number>();
    const foundMatch = new Map<number, number>();
    for (const p of pairs) {
      if (goldMatch.has(p.g) || foundMatch.has(p.f)) continue;
      goldMatch.set(p.g, p.f);
      foundMatch.set(p.f, p.g);
    }
    gold.quotes.forEach((q, g) => {
      kind(q.kind).gold++;
      const speech = q.kind !== "term";
      if (q.kind === "direct") s.direct++;
      if (speech) s.quotations++;
      const plain = speech && plainlyNamed(q, gold.speakers);
      if (plain) s.plain++;
      const f = goldMatch.get(g);
      if (f === undefined) {
        s.misses.push({ article, problem: "missed", gold: q });
        if (plain) s.plainMissed++;
        return;
      }
      s.matched++;
      const x = found[f]!;
      if (x.kind === q.kind) s.kindRight++;
      else s.misses.push({ article, problem: "kind", gold: q, found: x });
      if (!speech) {
        if (x.kind === "term" || foundSpeakers(x).length === 0) kind(q.kind).right++;
        return;
      }
      const right = rightSpeakers(q, x, gold.speakers);
      if (right) {
        kind(q.kind).right++;
        s.quotationsRight++;
        if (q.kind === "direct") s.directRight++;
        for (const name of q.speakers) {
          const entity = gold.speakers.find((e) => e.name === name);
          if (!entity) continue;
          const key = `${article}\u0000${name}`;
          const entry = credited.get(key) ?? { article, entity, names: new Set<string>() };
          for (const sp of foundSpeakers(x)) if (isSpeaker(sp.name, entity)) entry.names.add(sp.name);
          credited.set(key, entry);
        }
      } else {
        s.misses.push({ article, problem: "speaker", gold: q, found: x });
        if (plain) s.plainMissed++;
      }
    });
    const located = goldSpans.filter((x): x is [number, number] => !!x);
    found.forEach((x, f) => {
      if (!foundMatch.has(f)) s.misses.push({ article, problem: "spurious", found: x });
      if (x.kind === "reported") return;
      const span: [number, number] = [x.start, x.end];
      if (!located.some((g) => overlapChars(g, span) > 0)) return;
      const outside = uncoveredLetters(body, span, located);
      if (outside > 20) {
        s.runaway++;
        s.misses.push({ article, problem: "runaway", found: x, detail: `${outside} letters outside the annotated quotations` });
      }
    });
    const names = new Set(found.flatMap((x) => foundSpeakers(x).map((sp) => sp.name)));
    s.speakers += names.size;
    for (const name of names) {
      if (gold.speakers.some((e) => isSpeaker(name, e))) continue;
      s.unknownSpeakers++;
      s.misses.push({ article, problem: "unknown speaker", detail: name });
    }
  }
  if (registry) {
    const mentions = runs.flatMap((r) => r.found.flatMap((q) => foundSpeakers(q).map((sp) => ({ article: r.article, speaker: { name: sp.name, role: null, kind: sp.kind ?? "person" } }))));
    const idOf = registry(mentions);
    // Annotated speakers by their name across articles (a person named alike in two articles is one).
    const byEntity = new Map<string, Set<string>>();
    for (const { article, entity, names } of credited.values()) {
      // People and named bodies are one speaker across articles; groups and unnamed speakers ("police",
      // "officials", "a spokesman") are each article's own.
      const key = entity.kind === "unnamed" || entity.kind === "group" ? `${article}|${entity.name}` : `${entity.kind === "person" ? "p" : "o"}|${fold(entity.name)}`;
      const ids = byEntity.get(key) ?? new Set<string>();
      for (const n of names) ids.add(idOf(article, n));
      byEntity.set(key, ids);
    }
    for (const [key, ids] of byEntity) {
      if (ids.size > 1) {
        s.splitSets++;
        s.misses.push({ article: key, problem: "split", detail: [...ids].join(", ") });
      }
    }
  }
  s.precision = s.found ? s.matched / s.found : 1;
  s.recall = s.gold ? s.matched / s.gold : 1;
  return s;
}

export function pct(x: number, of: number): string {
  return `${of ? ((x / of) * 100).toFixed(1) : "100.0"}% (${x}/${of})`;
}

export function summary(name: string, s: WikinewsScore): string {
  const k = (x: string) => s.byKind[x] ?? { gold: 0, found: 0, right: 0 };
  return [
    `${name}: ${s.articles} articles, ${s.gold} annotated quotations, ${s.found} found; precision ${pct(s.matched, s.found)}, recall ${pct(s.matched, s.gold)}`,
    `  full quotes right ${pct(s.directRight, s.direct)}; all quotations right ${pct(s.quotationsRight, s.quotations)} (partial ${pct(k("partial").right, k("partial").gold)}, reported ${pct(k("reported").right, k("reported").gold)}); kind ${pct(s.kindRight, s.matched)}`,
    `  runaway spans ${s.runaway}; speakers not in the annotation ${s.unknownSpeakers} of ${s.speakers}; split speakers ${s.splitSets}; plainly named speakers missed or wrong ${s.plainMissed} of ${s.plain}`,
  ].join("\n");
}
