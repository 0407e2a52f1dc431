// Scores the figures table against the hand annotations of real Wikinews articles
// (tests/fixtures/wikinews-figures/, read its README): issue 13's measures.
//   - figures found (precision, recall), and numbers that are not figures taken as figures;
//   - figures entirely right: value, interval, unit, level or change, date, what is measured (measure),
//     of whom (subject) and who says so (claimedBy) all right;
//   - figures whose measure says what is measured;
//   - groups of several figures that compare one quantity (every figure of the group annotated with one
//     quantity key);
//   - the same quantity in two articles (annotated pairs) put in one group;
//   - group labels made from stray words (no word of what their figures measure, or an internal null).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeText } from "../../src/analysis/index.ts";
import { figureTable, type FigureGroup, type FigureRecord } from "../../src/briefing/figures.ts";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";
import { near, nth } from "./figure-eval.ts";
import { WIKINEWS } from "./wikinews-eval.ts";

export const FIGURE_ANNOTATIONS = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../fixtures/wikinews-figures");

export interface GoldWikinewsFigure {
  text: string;
  number: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  measure: string;
  subject: string | null;
  change: boolean;
  changeTo: string | null;
  place: string | null;
  claimedBy: string | null;
  asOf: string;
  quantity: string;
  occurrence?: number;
  note?: string;
}

interface GoldArticle {
  article: string;
  figures: GoldWikinewsFigure[];
  notFigures: { text: string; why: string; occurrence?: number }[];
}

export interface FigureItem {
  gold: GoldArticle;
  body: string;
  date: string;
}

/** The annotated articles of a part ("heldout", "dev", "reserve"), oldest first; [] when none. */
export function loadFigurePart(part: string): FigureItem[] {
  const dir = path.join(FIGURE_ANNOTATIONS, part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GoldArticle;
      const fm = splitFrontmatter(readFileSync(path.join(WIKINEWS, `${gold.article}.md`), "utf8"));
      if (!fm.ok) throw new Error(`${f}: ${fm.message}`);
      const date = fm.data.date instanceof Date ? fm.data.date.toISOString().slice(0, 10) : String(fm.data.date);
      return { gold, body: fm.body, date };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.gold.article.localeCompare(b.gold.article));
}

export interface WikinewsFigureScore {
  articles: number;
  gold: number;
  found: number;
  matched: number;
  /** Matched figures with every attribute right, over all annotated figures. */
  right: number;
  /** Matched figures whose measure names what the annotation says is measured. */
  measured: number;
  /** Found figures that are no annotated figure (numbers that are not figures, or not figures at all). */
  notFigures: number;
  /** Found groups of two figures or more, and those whose figures are all one annotated quantity. */
  multiGroups: number;
  oneQuantity: number;
  /** Groups called a conflict, and those of them whose figures are not all one annotated quantity. */
  conflicts: number;
  falseConflicts: number;
  /** Annotated pairs of figures of one quantity in two articles, and those found in one group. */
  crossPairs: number;
  crossPairsFound: number;
  /** Group labels with no word of what their figures measure, or with an internal null. */
  strayLabels: number;
  labels: number;
  attributes: Record<string, number>;
  misses: string[];
}

const ATTRIBUTES = ["value", "interval", "unit", "change", "asOf", "measure", "subject", "claimedBy"] as const;

const STOP = new Set(["the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "by", "from", "with", "s", "per", "its", "their"]);
/** Words for one measure, folded: "wounded" is "injured", "deaths" are "killed". */
const SAME_MEASURE: Record<string, string> = { wounded: "injured", hurt: "injured", injurie: "injured", injury: "injured", dead: "killed", died: "killed", death: "killed", fatality: "killed", fatalitie: "killed" };
const contentWords = (s: string | null | undefined) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) => w.replace(/(?<=[a-z]{3})(?:ies)$/, "y").replace(/(?<=[a-z]{3})s$/, ""))
    .map((w) => SAME_MEASURE[w] ?? w);

/** Whether two names or descriptions say the same thing: one's content words all in the other's. */
function agrees(gold: string | null, found: string | null | undefined): boolean {
  const g = contentWords(gold);
  const f = contentWords(found);
  if (!g.length || !f.length) return !g.length && !f.length;
  return g.every((w) => f.includes(w)) || f.every((w) => g.includes(w));
}

export function scoreFigurePart(items: FigureItem[]): WikinewsFigureScore {
  const analysed = items.map((item) => ({ ...item, analysis: analyzeText(item.body, item.date) }));
  const table = figureTable(analysed.map((a) => ({ slug: a.gold.article, date: a.date, figures: a.analysis.figures, story: a.analysis.story })));
  const byArticle = new Map<string, FigureRecord[]>();
  for (const f of table.figures) byArticle.set(f.article, [...(byArticle.get(f.article) ?? []), f]);
  const s: WikinewsFigureScore = {
    articles: items.length, gold: 0, found: table.figures.length, matched: 0, right: 0, measured: 0, notFigures: 0,
    multiGroups: 0, oneQuantity: 0, conflicts: 0, falseConflicts: 0, crossPairs: 0, crossPairsFound: 0, strayLabels: 0, labels: 0, attributes: {}, misses: [],
  };
  const attributeRight: Record<string, number> = Object.fromEntries(ATTRIBUTES.map((k) => [k, 0]));
  /** Found figure id -> its annotated figure. */
  const goldOf = new Map<string, { article: string; g: GoldWikinewsFigure }>();
  const matchedGold: { article: string; g: GoldWikinewsFigure; found: FigureRecord | null }[] = [];
  for (const a of analysed) {
    const found = byArticle.get(a.gold.article) ?? [];
    s.gold += a.gold.figures.length;
    const used = new Set<FigureRecord>();
    const numberStart = (f: FigureRecord) => f.start + Math.max(0, f.text.indexOf(f.number));
    for (const g of a.gold.figures) {
      const at = nth(a.body, g.text, g.occurrence ?? 1);
      const start = at < 0 ? -1 : at + g.text.indexOf(g.number);
      const end = start + g.number.length;
      const f = found.find((x) => !used.has(x) && numberStart(x) < end && numberStart(x) + x.number.length > start) ?? null;
      matchedGold.push({ article: a.gold.article, g, found: f });
      if (!f) {
        s.misses.push(`missed ${a.gold.article}: "${g.text}"`);
        continue;
      }
      used.add(f);
      goldOf.set(f.id, { article: a.gold.article, g });
      s.matched++;
      const record = f as FigureRecord & { subject?: string | null; change?: boolean };
      const ok: Record<(typeof ATTRIBUTES)[number], boolean> = {
        value: near(f.value, g.value),
        interval: near(f.low, g.low) && near(f.high, g.high),
        unit: (f.unit ?? null) === (g.unit ?? null),
        change: (record.change ?? false) === g.change,
        asOf: f.asOf === g.asOf,
        measure: agrees(g.measure, f.measure) || agrees(g.measure, f.counted),
        subject: agrees(g.subject, record.subject ?? null),
        claimedBy: agrees(g.claimedBy, f.claimedBy),
      };
      for (const k of ATTRIBUTES) if (ok[k]) attributeRight[k]!++;
      if (ok.measure) s.measured++;
      if (ATTRIBUTES.every((k) => ok[k])) s.right++;
      else s.misses.push(`wrong ${a.gold.article}: "${g.text}" ${ATTRIBUTES.filter((k) => !ok[k]).map((k) => `${k} ${JSON.stringify(k === "interval" ? [f.low, f.high] : k === "subject" ? record.subject ?? null : k === "change" ? record.change ?? false : (f as unknown as Record<string, unknown>)[k])} (annotated ${JSON.stringify(k === "interval" ? [g.low, g.high] : (g as unknown as Record<string, unknown>)[k])})`).join(", ")}`);
    }
    for (const f of found) {
      if (used.has(f)) continue;
      s.notFigures++;
      s.misses.push(`not a figure ${a.gold.article}: "${f.text}"`);
    }
  }
  s.attributes = Object.fromEntries(ATTRIBUTES.map((k) => [k, s.matched ? attributeRight[k]! / s.matched : 1]));
  // Groups: each found group of two or more compares one annotated quantity, or it does not.
  for (const group of table.groups) {
    s.labels++;
    const members = group.figures.map((id) => goldOf.get(id));
    const measures = members.flatMap((m) => (m ? [m.g.measure, m.g.subject, m.g.counted, m.g.place] : []));
    if (/\bnull\b|\bundefined\b/.test(group.label) || (measures.length && !contentWords(group.label).some((w) => measures.some((m) => contentWords(m).includes(w))))) {
      s.strayLabels++;
      s.misses.push(`stray label "${group.label}"`);
    }
    if (group.figures.length < 2) continue;
    s.multiGroups++;
    const keys = new Set(members.map((m) => (m ? m.g.quantity : `(not a figure)`)));
    const one = keys.size === 1 && !keys.has("(not a figure)");
    if (group.status === "conflict") {
      s.conflicts++;
      if (!one) s.falseConflicts++;
    }
    if (one) s.oneQuantity++;
    else s.misses.push(`group "${group.label}" (${group.status}) holds ${[...keys].join(" / ")}`);
  }
  // The same quantity in two articles: annotated pairs, found in one group.
  const groupOfFound = new Map<string, FigureGroup>();
  for (const g of table.groups) for (const id of g.figures) groupOfFound.set(id, g);
  for (let i = 0; i < matchedGold.length; i++) {
    for (let j = i + 1; j < matchedGold.length; j++) {
      const a = matchedGold[i]!;
      const b = matchedGold[j]!;
      if (a.article === b.article || a.g.quantity !== b.g.quantity) continue;
      s.crossPairs++;
      if (a.found && b.found && groupOfFound.get(a.found.id) === groupOfFound.get(b.found.id)) s.crossPairsFound++;
      else s.misses.push(`pair not grouped: "${a.g.text}" (${a.article}) and "${b.g.text}" (${b.article}), ${a.g.quantity}`);
    }
  }
  return s;
}

const pct = (x: number, of: number) => `${of ? ((x / of) * 100).toFixed(1) : "100.0"}% (${x}/${of})`;

export function figureSummary(name: string, s: WikinewsFigureScore): string {
  return [
    `${name}: ${s.articles} articles, ${s.gold} annotated figures, ${s.found} found; precision ${pct(s.matched, s.found)}, recall ${pct(s.matched, s.gold)}; not figures taken ${pct(s.notFigures, s.found)}`,
    `  entirely right ${pct(s.right, s.gold)}; measure right ${pct(s.measured, s.matched)}; ${ATTRIBUTES.map((k) => `${k} ${((s.attributes[k] ?? 0) * 100).toFixed(1)}%`).join(", ")}`,
    `  groups of several figures comparing one quantity ${pct(s.oneQuantity, s.multiGroups)}; conflicts shown ${s.conflicts}, of different quantities ${s.falseConflicts}; same quantity in two articles grouped ${pct(s.crossPairsFound, s.crossPairs)}; labels from stray words ${pct(s.strayLabels, s.labels)}`,
  ].join("\n");
}
