// Scores the quote extractor against hand annotations: finding quotes (precision, recall, F1),
// speaker accuracy on the quotes found, and full quotes found with the right speaker.
import type { ExtractedQuote } from "../../src/analysis/quotes/extract.ts";

export interface GoldQuote {
  text: string;
  kind: "direct" | "partial" | "term" | "reported";
  speaker: string | null;
  /** For a statement several people make together: each of them, in order. */
  speakers?: string[];
  speakerKind: string | null;
  role: string | null;
  cue: string | null;
}

export interface Mismatch {
  article: string;
  problem: "missed" | "spurious" | "speaker" | "kind";
  gold?: GoldQuote;
  found?: ExtractedQuote;
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched quotes whose speaker is right (terms: both without speaker). */
  speakerAccuracy: number;
  /** Gold direct quotes found with the right speaker, over all gold direct quotes. */
  directRight: number;
  direct: number;
  kindAccuracy: number;
  mismatches: Mismatch[];
}

const norm = (s: string) => s.toLowerCase().normalize("NFKC").replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
const speakerNorm = (s: string | null | undefined) => (s ? norm(s).replace(/^(?:the|a|an) /, "") : null);

function overlap(a: string, b: string): number {
  const x = norm(a).split(" ");
  const y = new Set(norm(b).split(" "));
  const common = x.filter((w) => y.has(w)).length;
  return common / Math.max(x.length, y.size);
}

export function sameSpeaker(gold: string | null, found: string | null | undefined): boolean {
  const g = speakerNorm(gold);
  const f = speakerNorm(found);
  if (g === null || f === null) return g === f;
  return g === f;
}

/** Several speakers of one statement: the same people, in any order. */
export function sameSpeakers(gold: string[], found: string[]): boolean {
  return gold.length === found.length && gold.every((g) => found.some((f) => sameSpeaker(g, f)));
}

export function score(articles: { article: string; gold: GoldQuote[]; found: ExtractedQuote[] }[]): Score {
  let gold = 0, found = 0, matched = 0, speakerRight = 0, direct = 0, directRight = 0, kindRight = 0;
  const mismatches: Mismatch[] = [];
  for (const { article, gold: g, found: f } of articles) {
    gold += g.length;
    found += f.length;
    const used = new Set<number>();
    for (const q of g) {
      if (q.kind === "direct") direct++;
      let best = -1, bestScore = 0.5;
      f.forEach((x, i) => {
        if (used.has(i)) return;
        const s = overlap(q.text, x.text);
        if (s > bestScore) [best, bestScore] = [i, s];
      });
      if (best < 0) {
        mismatches.push({ article, problem: "missed", gold: q });
        continue;
      }
      used.add(best);
      matched++;
      const x = f[best]!;
      const right = q.kind === "term" || x.kind === "term" ? q.kind === x.kind : q.speakers ? sameSpeakers(q.speakers, x.speakers.map((s) => s.name)) : sameSpeaker(q.speaker, x.speaker?.name) && x.speakers.length <= 1;
      if (right) speakerRight++;
      else mismatches.push({ article, problem: "speaker", gold: q, found: x });
      if (q.kind === x.kind) kindRight++;
      else mismatches.push({ article, problem: "kind", gold: q, found: x });
      if (q.kind === "direct" && right) directRight++;
    }
    f.forEach((x, i) => {
      if (!used.has(i)) mismatches.push({ article, problem: "spurious", found: x });
    });
  }
  const precision = found ? matched / found : 1;
  const recall = gold ? matched / gold : 1;
  return {
    gold, found, matched, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: matched ? speakerRight / matched : 1,
    directRight, direct,
    kindAccuracy: matched ? kindRight / matched : 1,
    mismatches,
  };
}
