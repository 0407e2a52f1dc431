// The analysis cache: a text analysed once is read back the second time, and any change to the
// text, its date or the analysis code analyses it again. A broken or unwritable cache costs only time.
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/index.ts";
import { AnalysisCache, analysisVersion } from "../../src/cache/analysis-cache.ts";
import { removeDir, tempDir } from "../helpers.ts";

const TEXT = "Nearly 2,200 people have been killed in Mariupol, according to local officials.";

describe("the analysis cache", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => removeDir(dir));

  it("analyses a text once, then reads it back as it was", () => {
    let calls = 0;
    const analyse = () => (calls++, analyzeText(TEXT, "2022-03-14"));
    const first = new AnalysisCache(dir, "v1").analysis(TEXT, "2022-03-14", analyse);
    const again = new AnalysisCache(dir, "v1");
    const second = again.analysis(TEXT, "2022-03-14", analyse);
    expect(calls).toBe(1);
    expect(again.hits).toBe(1);
    expect(second).toEqual(first);
    expect(second.figures[0]).toMatchObject({ value: 2200, qualifier: "nearly", claimedBy: "local officials" });
  });

  it("analyses again when the text, the date or the analysis code changes", () => {
    let calls = 0;
    const analyse = () => (calls++, analyzeText(TEXT, "2022-03-14"));
    new AnalysisCache(dir, "v1").analysis(TEXT, "2022-03-14", analyse);
    new AnalysisCache(dir, "v1").analysis(`${TEXT} `, "2022-03-14", analyse);
    new AnalysisCache(dir, "v1").analysis(TEXT, "2022-03-15", analyse);
    new AnalysisCache(dir, "v2").analysis(TEXT, "2022-03-14", analyse);
    expect(calls).toBe(4);
  });

  it("versions entries by the analysis code itself", () => {
    expect(analysisVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(analysisVersion()).toBe(analysisVersion());
  });

  it("treats a broken entry as missing and writes it afresh; an unwritable folder only costs time", () => {
    const cache = new AnalysisCache(dir, "v1");
    cache.analysis(TEXT, null, () => analyzeText(TEXT));
    const [shard] = readdirSync(dir);
    const [entry] = readdirSync(path.join(dir, shard!));
    writeFileSync(path.join(dir, shard!, entry!), "{ not json");
    const again = new AnalysisCache(dir, "v1");
    expect(again.analysis(TEXT, null, () => analyzeText(TEXT)).quotes.length).toBeGreaterThan(0);
    expect(again.misses).toBe(1);
    const file = path.join(dir, "a-file");
    writeFileSync(file, "");
    expect(new AnalysisCache(path.join(file, "below-a-file"), "v1").analysis(TEXT, null, () => analyzeText(TEXT)).quotes.length).toBeGreaterThan(0);
  });

  it("uses an entry only when it is what the analysis writes: a crafted entry is a miss (issue 14)", () => {
    const cache = new AnalysisCache(dir, "v1");
    const good = cache.analysis(TEXT, "2022-03-14", () => analyzeText(TEXT, "2022-03-14"));
    const [shard] = readdirSync(dir);
    const [entry] = readdirSync(path.join(dir, shard!));
    const file = path.join(dir, shard!, entry!);
    const poisons: ((a: Record<string, unknown>) => void)[] = [
      (a) => ((a.figures as Record<string, unknown>[])[0]!.value = '"><script>alert(1)</script>'),
      (a) => ((a.quotes as Record<string, unknown>[])[0]!.kind = 'direct"><img src=x onerror=alert(1)>'),
      (a) => ((a.figures as Record<string, unknown>[])[0]!.asOf = "2022-03-14<script>"),
      (a) => ((a.quotes as Record<string, unknown>[])[0]!.end = 1e9),
      (a) => delete a.story,
    ];
    for (const poison of poisons) {
      const crafted = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      poison(crafted);
      writeFileSync(file, JSON.stringify(crafted));
      const again = new AnalysisCache(dir, "v1");
      const read = again.analysis(TEXT, "2022-03-14", () => analyzeText(TEXT, "2022-03-14"));
      expect(again.misses).toBe(1);
      expect(read).toEqual(good);
    }
  });
});
