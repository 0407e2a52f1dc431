// The analysis pool: articles analysed on worker threads come back the same as on one thread, each
// with its own article's results, in the articles' order.
import { describe, expect, it } from "vitest";
import { analyseAll, type AnalysisJob } from "../../src/parallel/analysis-pool.ts";

/** Article i says that 1,000 + i people were killed, and quotes a mayor with a name of its own. */
function article(i: number): AnalysisJob {
  const name = `Anna Kowalczyk-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}`;
  const paragraph = `Nearly ${(1000 + i).toLocaleString("en")} people have been killed in Mariupol, according to local officials.\n\n"We cannot reach the people who are left," said the mayor, ${name}.\n\n`;
  // about 3 kB an article
  return { body: paragraph + "The river rose through the night and the roads to the north were closed to traffic. ".repeat(30), date: "2022-03-14" };
}

describe("analysis across worker threads", () => {
  const jobs = Array.from({ length: 120 }, (_, i) => article(i));

  it("gives every article its own analysis, in order, the same as one thread", async () => {
    let reported = 0;
    const parallel = await analyseAll(jobs, { threads: 2, parallelFrom: 0, onProgress: (done) => (reported = done) });
    expect(reported).toBe(jobs.length);
    expect(parallel).toHaveLength(jobs.length);
    parallel.forEach((analysis, i) => {
      expect(analysis.figures[0]).toMatchObject({ value: 1000 + i, qualifier: "nearly", claimedBy: "local officials" });
      const direct = analysis.quotes.find((q) => q.kind === "direct");
      expect(direct?.speaker?.name).toBe(article(i).body.match(/mayor, ([^.]+)\./)![1]);
    });
    const single = await analyseAll(jobs.slice(0, 10), { threads: 1 });
    expect(parallel.slice(0, 10)).toEqual(single);
  }, 60_000);

  it("analyses a small job on the calling thread", async () => {
    const [analysis] = await analyseAll([article(7)], { threads: 4 });
    expect(analysis!.figures[0]).toMatchObject({ value: 1007 });
  });

  it("reports an analysis that fails in a worker as an error, not a hang", async () => {
    // not a string: the analysis throws inside the worker
    const broken = { body: { length: 5 } as unknown as string, date: "2022-03-14" };
    await expect(analyseAll([...jobs, broken], { threads: 2, parallelFrom: 0 })).rejects.toThrow(/analysis failed in a worker thread/);
  }, 30_000);
});
