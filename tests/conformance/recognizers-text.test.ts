// Conformance with the English cases of Microsoft Recognizers-Text (NumberModel, OrdinalModel,
// PercentModel), kept in ../shared/peer-specs/recognizers-text. Every case counts, whatever its
// NotSupported flags say. A case passes when our results equal the expected ones in number, text
// (ignoring case: Recognizers lower-cases "10M" to "10m"), start, inclusive end and value.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { numberModel, ordinalModel, percentModel, type ModelResult } from "../../src/analysis/numbers/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SPECS = path.resolve(ROOT, "../shared/peer-specs/recognizers-text");
const exists = existsSync(SPECS);
if (!exists) console.warn(`Recognizers-Text conformance skipped: ${SPECS} does not exist.`);

interface Case {
  Input: string;
  Results: { Text: string; Start: number; End: number; Resolution?: { value?: string } }[];
}

function load(file: string): Case[] {
  return JSON.parse(readFileSync(path.join(SPECS, file), "utf8").replace(/^\uFEFF/, "")) as Case[];
}

/** Relative ordinals compare as strings, "null" (a percent word with no number) as NaN, the rest as numbers ("100%" is 100). */
function sameValue(expected: string | undefined, ours: number | string): boolean {
  if (expected === undefined) return false;
  if (/^(end|current)[+-]\d+$/.test(expected)) return ours === expected;
  if (typeof ours !== "number") return false;
  if (expected === "null") return Number.isNaN(ours);
  const want = Number.parseFloat(expected);
  return ours === want || Math.abs(ours - want) <= 1e-9 * Math.max(Math.abs(ours), Math.abs(want));
}

function passes(c: Case, ours: ModelResult[]): boolean {
  return (
    ours.length === c.Results.length &&
    c.Results.every((r, i) => {
      const o = ours[i]!;
      return o.text.toLowerCase() === r.Text.toLowerCase() && o.start === r.Start && o.end - 1 === r.End && sameValue(r.Resolution?.value, o.value);
    })
  );
}

const MODELS: [string, (text: string) => ModelResult[]][] = [
  ["NumberModel.json", numberModel],
  ["OrdinalModel.json", ordinalModel],
  ["PercentModel.json", percentModel],
];

describe.skipIf(!exists)(exists ? "Recognizers-Text English conformance" : `Recognizers-Text conformance (skipped: no ${SPECS})`, () => {
  for (const [file, model] of MODELS) {
    it(`${file}: at least 95% of the cases pass`, () => {
      const cases = load(file);
      const failing = cases.filter((c) => !passes(c, model(c.Input)));
      const passed = cases.length - failing.length;
      console.log(`${file}: ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)}%)`);
      for (const c of failing) console.log(`  fails: ${JSON.stringify(c.Input)} -> ${JSON.stringify(model(c.Input))}`);
      expect(passed).toBeGreaterThanOrEqual(Math.ceil(0.95 * cases.length));
    });
  }
});
