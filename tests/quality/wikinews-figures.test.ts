// The figures table measured on real news: Wikinews articles of 2019-2020 (../shared/corpus/wikinews/,
// CC BY 2.5), annotated by reading them (tests/fixtures/wikinews-figures/: every figure with its
// subject, measure, level or change, unit, claimant, date and a quantity key shared across
// articles). Two parts, split as the quote annotations are:
//   dev      154 articles the rules of issue 13 were tuned on;
//   heldout   70 articles measured once before any tuning (43b26f3) and once after the last (the
//             README keeps both); not tuned on.
// The floors are the levels reached, a little below: a change that loses ground fails here. They
// are far below the goals of issue 13 (80% of figures entirely right, every multi-figure group one
// quantity); the README says so and gives the figures. What is held without slack: no conflict
// between figures of different quantities.
import { describe, expect, it } from "vitest";
import { hasWikinews, WIKINEWS } from "./wikinews-eval.ts";
import { figureSummary, loadFigurePart, scoreFigurePart } from "./wikinews-figures-eval.ts";

interface Floors {
  /** Found figures that are annotated figures. */
  precision: number;
  recall: number;
  /** Annotated figures with value, interval, unit, level or change, date, measure, subject and claimant all right. */
  entirely: number;
  measure: number;
  subject: number;
  claimant: number;
  /** Groups of two figures or more whose figures are one annotated quantity. */
  oneQuantity: number;
  /** Annotated pairs of one quantity in two articles found in one group. */
  crossPairs: number;
  /** Labels that hold no word of what their figures measure, at most. */
  strayLabels: number;
}

const FLOORS: Record<string, Floors> = {
  dev: { precision: 0.94, recall: 0.7, entirely: 0.035, measure: 0.63, subject: 0.13, claimant: 0.82, oneQuantity: 0.34, crossPairs: 0.17, strayLabels: 0.11 },
  heldout: { precision: 0.89, recall: 0.67, entirely: 0.02, measure: 0.54, subject: 0.09, claimant: 0.79, oneQuantity: 0.33, crossPairs: 0, strayLabels: 0.19 },
};

const why = hasWikinews() ? "" : ` (skipped: no Wikinews corpus at ${WIKINEWS})`;

describe.skipIf(!!why)(`figures on real news${why}`, () => {
  for (const [part, floor] of Object.entries(FLOORS)) {
    it(`${part}: holds what it reads right, groups one quantity, never calls different quantities a conflict`, () => {
      const s = scoreFigurePart(loadFigurePart(part));
      console.info(figureSummary(part, s));
      expect(s.articles).toBeGreaterThanOrEqual(60);
      expect(s.matched / s.found).toBeGreaterThanOrEqual(floor.precision);
      expect(s.matched / s.gold).toBeGreaterThanOrEqual(floor.recall);
      expect(s.right / s.gold).toBeGreaterThanOrEqual(floor.entirely);
      expect(s.attributes.measure).toBeGreaterThanOrEqual(floor.measure);
      expect(s.attributes.subject).toBeGreaterThanOrEqual(floor.subject);
      expect(s.attributes.claimedBy).toBeGreaterThanOrEqual(floor.claimant);
      expect(s.oneQuantity / Math.max(1, s.multiGroups)).toBeGreaterThanOrEqual(floor.oneQuantity);
      expect(s.crossPairsFound / Math.max(1, s.crossPairs)).toBeGreaterThanOrEqual(floor.crossPairs);
      expect(s.strayLabels / Math.max(1, s.labels)).toBeLessThanOrEqual(floor.strayLabels);
      // a wrong conflict is the worst error the table can make
      expect(s.falseConflicts).toBe(0);
    });
  }
});
