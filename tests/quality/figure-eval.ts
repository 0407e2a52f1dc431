// Scores figures and their groups against hand annotations (tests/fixtures/figures/): finding
// figures (precision, recall), non-figures wrongly taken, each attribute on the figures found,
// "figures right" (value, interval, qualifier, unit and date all right), and the grouping across
// a set's articles (pairs of figures put together or apart; each group's status).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeText } from "../../src/analysis/index.ts";
import { figureTable, type FigureGroup, type FigureRecord } from "../../src/briefing/figures.ts";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";

export interface GoldFigure {
  text: string;
  number: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  measure: string | null;
  place: string | null;
  claimedBy: string | null;
  asOf: string;
  group: string;
  occurrence?: number;
}

interface GoldArticle {
  article: string;
  figures: GoldFigure[];
  notFigures: { text: string; why: string; occurrence?: number }[];
}

export interface FigureScore {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Annotated non-figures (clock times, ids, years...) that were taken for figures. */
  nonFiguresTaken: string[];
  /** Share of matched figures with each attribute right. */
  attributes: Record<string, number>;
  /** Matched figures with value, interval, qualifier, unit and date all right, over all gold figures. */
  right: number;
  /** Pairs of matched figures: grouped together by both (precision over pairs we group, recall over gold pairs). */
  pairPrecision: number;
  pairRecall: number;
  /** Gold groups of two or more figures whose figures we put in one group with the gold status. */
  statusRight: number;
  statusGroups: number;
  /** Our conflict groups, and those whose figures the annotation also puts in one conflict group. */
  conflictsFound: number;
  conflictsRight: number;
  /** Annotated conflicts, and those we show as a conflict. */
  conflictsGold: number;
  conflictsCaught: number;
  mismatches: string[];
}

const ATTRIBUTES = ["value", "interval", "qualifier", "unit", "counted", "measure", "place", "claimedBy", "asOf"] as const;

/** Loads a set: every <slug>.json annotation with its article, from `articles` (default: the same folder). */
export function loadSet(annotations: string, articles = annotations) {
  const items = readdirSync(annotations)
    .filter((f) => f.endsWith(".json") && f !== "groups.json")
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(annotations, f), "utf8")) as GoldArticle;
      const fm = splitFrontmatter(readFileSync(path.join(articles, `${gold.article}.md`), "utf8"));
      if (!fm.ok) throw new Error(`${f}: ${fm.message}`);
      const date = fm.data.date instanceof Date ? fm.data.date.toISOString().slice(0, 10) : String(fm.data.date);
      return { gold, body: fm.body, date };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.gold.article.localeCompare(b.gold.article));
  const groups = JSON.parse(readFileSync(path.join(annotations, "groups.json"), "utf8")) as { groups: { key: string; label: string; status: string }[] };
  return { items, groups: groups.groups };
}

/** Offsets of the nth occurrence of `needle` in `hay`, or -1. */
export function nth(hay: string, needle: string, n = 1): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export const near = (a: number | null | undefined, b: number | null) => (a === null || a === undefined || b === null ? (a ?? null) === b : Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-6));
const words = (s: string | null) => (s ?? "").toLowerCase().replace(/[’']s\b/g, "").replace(/^(?:the|a|an)\s+/, "").replace(/[^\p{L}\p{N} ]+/gu, " ").trim();
const singular = (w: string) => w.replace(/(?<=[a-z]{3})(?:ies)$/, "y").replace(/(?<=[a-z]{3})s$/, "");
function sameHead(gold: string | null, found: string | null): boolean {
  if (!gold || !found) return !gold && !found;
  return singular(words(gold).split(" ").pop()!) === singular(words(found).split(" ").pop()!);
}
function overlaps(gold: string | null, found: string | null): boolean {
  if (!gold || !found) return !gold && !found;
  const g = words(gold);
  const f = words(found);
  return g === f || g.includes(f) || f.includes(g);
}

export function scoreSet(set: ReturnType<typeof loadSet>): FigureScore {
  const analysed = set.items.map((item) => ({ ...item, analysis: analyzeText(item.body, item.date) }));
  const table = figureTable(analysed.map((a) => ({ slug: a.gold.article, date: a.date, figures: a.analysis.figures, story: a.analysis.story })));
  const byArticle = new Map<string, FigureRecord[]>();
  for (const f of table.figures) byArticle.set(f.article, [...(byArticle.get(f.article) ?? []), f]);
  const groupOf = new Map<string, FigureGroup>();
  for (const g of table.groups) for (const id of g.figures) groupOf.set(id, g);

  let gold = 0, found = 0, matched = 0, right = 0;
  const attributeRight: Record<string, number> = Object.fromEntries(ATTRIBUTES.map((a) => [a, 0]));
  const nonFiguresTaken: string[] = [];
  const mismatches: string[] = [];
  const pairs: { goldGroup: string; found: FigureRecord }[] = [];
  for (const a of analysed) {
    const found_ = byArticle.get(a.gold.article) ?? [];
    found += found_.length;
    gold += a.gold.figures.length;
    const used = new Set<FigureRecord>();
    const numberStart = (f: FigureRecord) => f.start + Math.max(0, f.text.indexOf(f.number));
    for (const g of a.gold.figures) {
      const at = nth(a.body, g.text, g.occurrence ?? 1);
      const start = at < 0 ? -1 : at + g.text.indexOf(g.number);
      const end = start + g.number.length;
      const f = found_.find((x) => !used.has(x) && numberStart(x) < end && numberStart(x) + x.number.length > start);
      if (!f) {
        mismatches.push(`${a.gold.article}: missed "${g.text}"`);
        continue;
      }
      used.add(f);
      matched++;
      pairs.push({ goldGroup: g.group, found: f });
      const ok: Record<(typeof ATTRIBUTES)[number], boolean> = {
        value: near(f.value, g.value),
        interval: near(f.low, g.low) && near(f.high, g.high),
        qualifier: (f.qualifier ?? "") === (g.qualifier ?? ""),
        unit: (f.unit ?? "") === (g.unit ?? ""),
        counted: sameHead(g.counted, f.counted),
        measure: (f.measure ?? "") === (g.measure ?? ""),
        place: overlaps(g.place, f.place),
        claimedBy: overlaps(g.claimedBy, f.claimedBy),
        asOf: f.asOf === g.asOf,
      };
      for (const k of ATTRIBUTES) if (ok[k]) attributeRight[k]!++;
      if (ok.value && ok.interval && ok.qualifier && ok.unit && ok.asOf) right++;
      const wrong = ATTRIBUTES.filter((k) => !ok[k]);
      if (wrong.length) mismatches.push(`${a.gold.article}: "${g.text}" ${wrong.map((k) => `${k} ${JSON.stringify(k === "interval" ? [f.low, f.high] : (f as unknown as Record<string, unknown>)[k])} (gold ${JSON.stringify(k === "interval" ? [g.low, g.high] : (g as unknown as Record<string, unknown>)[k])})`).join(", ")}`);
    }
    for (const f of found_) if (!used.has(f)) mismatches.push(`${a.gold.article}: spurious "${f.text}"`);
    for (const n of a.gold.notFigures) {
      const at = nth(a.body, n.text, n.occurrence ?? 1);
      if (at >= 0 && found_.some((f) => numberStart(f) < at + n.text.length && numberStart(f) + f.number.length > at)) nonFiguresTaken.push(`${a.gold.article}: "${n.text}" (${n.why})`);
    }
  }
  let together = 0, goldTogether = 0, bothTogether = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const g = pairs[i]!.goldGroup === pairs[j]!.goldGroup;
      const f = pairs[i]!.found.group === pairs[j]!.found.group;
      if (g) goldTogether++;
      if (f) together++;
      if (g && f) bothTogether++;
    }
  }
  let statusRight = 0, statusGroups = 0;
  for (const group of set.groups) {
    const members = pairs.filter((p) => p.goldGroup === group.key);
    if (members.length < 2) continue;
    statusGroups++;
    const ours = new Set(members.map((m) => m.found.group));
    const status = ours.size === 1 ? groupOf.get(members[0]!.found.id)!.status : "split";
    if (status === group.status) statusRight++;
    else mismatches.push(`group ${group.key}: status ${status} (gold ${group.status})`);
  }
  // Conflicts are what a reader acts on: count ours that are real, and the real ones we show.
  const goldStatus = new Map(set.groups.map((g) => [g.key, g.status]));
  const ourConflicts = table.groups.filter((g) => g.status === "conflict");
  let conflictsRight = 0;
  for (const g of ourConflicts) {
    const keys = new Set(pairs.filter((p) => p.found.group === g.id).map((p) => p.goldGroup));
    if (keys.size === 1 && goldStatus.get([...keys][0]!) === "conflict") conflictsRight++;
    else mismatches.push(`our conflict "${g.label}" holds gold groups ${[...keys].join(", ")}`);
  }
  const goldConflicts = set.groups.filter((g) => g.status === "conflict");
  const conflictsCaught = goldConflicts.filter((g) => {
    const ours = new Set(pairs.filter((p) => p.goldGroup === g.key).map((p) => p.found.group));
    return [...ours].some((id) => groupOf.get(table.figures.find((f) => f.group === id)!.id)?.status === "conflict");
  }).length;
  return {
    conflictsFound: ourConflicts.length,
    conflictsRight,
    conflictsGold: goldConflicts.length,
    conflictsCaught,
    gold, found, matched,
    precision: found ? matched / found : 1,
    recall: gold ? matched / gold : 1,
    nonFiguresTaken,
    attributes: Object.fromEntries(ATTRIBUTES.map((k) => [k, matched ? attributeRight[k]! / matched : 1])),
    right,
    pairPrecision: together ? bothTogether / together : 1,
    pairRecall: goldTogether ? bothTogether / goldTogether : 1,
    statusRight, statusGroups,
    mismatches,
  };
}
