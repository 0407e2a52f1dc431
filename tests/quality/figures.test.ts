// Figures and their groups measured against hand annotations (tests/fixtures/figures/): the five
// sample articles and three invented running stories of four articles each, written and annotated
// by a helper that never saw the extractor (see the README there for the rules it followed).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { loadSet, scoreSet, type FigureScore } from "./figure-eval.ts";

const FIXTURES = path.join(ROOT, "tests/fixtures/figures");
const SETS: [string, ReturnType<typeof loadSet>][] = [
  ["sample", loadSet(path.join(FIXTURES, "sample"), path.join(ROOT, "content/articles"))],
  ["story1", loadSet(path.join(FIXTURES, "story1"))],
  ["story2", loadSet(path.join(FIXTURES, "story2"))],
  ["story3", loadSet(path.join(FIXTURES, "story3"))],
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function report(name: string, s: FigureScore): void {
  console.info(
    `${name}: figures P ${pct(s.precision)} R ${pct(s.recall)} (${s.matched}/${s.gold}, ${s.found} found); right ${s.right}/${s.gold}; ` +
      `${Object.entries(s.attributes).map(([k, v]) => `${k} ${pct(v)}`).join(", ")}; ` +
      `grouping pairs P ${pct(s.pairPrecision)} R ${pct(s.pairRecall)}; status ${s.statusRight}/${s.statusGroups}; non-figures taken ${s.nonFiguresTaken.length}`,
  );
  if (process.env.FIGURE_MISMATCHES) console.info(s.mismatches.join("\n"));
}

describe("figures against hand annotations", () => {
  for (const [name, set] of SETS) {
    it(`${name}: finds the figures, reads their numbers, and groups them`, () => {
      const s = scoreSet(set);
      report(name, s);
      expect(s.nonFiguresTaken).toEqual([]);
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.right / s.gold).toBeGreaterThanOrEqual(0.85);
      expect(s.pairPrecision).toBeGreaterThanOrEqual(0.9);
      expect(s.pairRecall).toBeGreaterThanOrEqual(0.3);
    });
  }
});
