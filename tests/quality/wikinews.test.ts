// The quote index measured on real news: Wikinews articles of 2019-2020 (../shared/corpus/wikinews/,
// CC BY 2.5), annotated by reading them (tests/fixtures/wikinews/, split once at random: see its
// README). Three parts, each with its history:
//   dev      154 articles the rules were tuned on;
//   heldout   70 articles measured once before any tuning on them (the README keeps that figure),
//             then tuned on: development data since;
//   reserve   70 articles annotated later, measured once as a fresh held-out part after the last
//             tuning; not tuned on.
// The floors are the levels reached (a little below, for the articles' own noise): a change that
// loses ground fails here. They are below the goals of issue 12 (95% of full quotes, 90% of all
// quotations with their right speaker); the README says so and gives the figures.
import { describe, expect, it } from "vitest";
import { buildSpeakerRegistry } from "../../src/briefing/speakers.ts";
import { extractQuotes } from "../../src/analysis/quotes/extract.ts";
import { hasWikinews, loadPart, scoreWikinews, summary, WIKINEWS, type WikinewsScore } from "./wikinews-eval.ts";

interface Floors {
  /** Full direct quotes with their right speaker(s). */
  full: number;
  /** Every quotation (direct, partial, reported) with its right speaker(s), lenient span match. */
  all: number;
  precision: number;
  runaway: number;
  split: number;
}

const FLOORS: Record<string, Floors> = {
  dev: { full: 0.96, all: 0.88, precision: 0.94, runaway: 1, split: 9 },
  heldout: { full: 0.89, all: 0.82, precision: 0.94, runaway: 0, split: 6 },
  reserve: { full: 0.88, all: 0.72, precision: 0.93, runaway: 0, split: 3 },
};

function measure(part: string): WikinewsScore {
  const runs = loadPart(part).map((a) => ({ ...a, found: extractQuotes(a.body) }));
  return scoreWikinews(runs, (mentions) => {
    const registry = buildSpeakerRegistry(mentions as Parameters<typeof buildSpeakerRegistry>[0], {});
    const kinds = new Map(mentions.map((m) => [`${m.article}|${m.speaker.name}`, m.speaker.kind]));
    return (article, name) => registry.idOf({ article, speaker: { name, role: null, kind: (kinds.get(`${article}|${name}`) ?? "person") as "person" } });
  });
}

const why = hasWikinews() ? "" : ` (skipped: no Wikinews corpus at ${WIKINEWS})`;

describe.skipIf(!!why)(`quotes and speakers on real news${why}`, () => {
  for (const [part, floor] of Object.entries(FLOORS)) {
    it(`${part}: holds its full quotes, all quotations, precision, no more runaway spans or split speakers`, () => {
      const s = measure(part);
      console.info(summary(part, s));
      expect(s.articles).toBeGreaterThanOrEqual(60);
      expect(s.directRight / s.direct).toBeGreaterThanOrEqual(floor.full);
      expect(s.quotationsRight / s.quotations).toBeGreaterThanOrEqual(floor.all);
      expect(s.matched / s.found).toBeGreaterThanOrEqual(floor.precision);
      expect(s.runaway).toBeLessThanOrEqual(floor.runaway);
      expect(s.splitSets).toBeLessThanOrEqual(floor.split);
    });
  }
});
