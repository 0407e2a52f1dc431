// The worker side of the analysis pool: batches of article texts in, their analyses out.
import { parentPort } from "node:worker_threads";
import { analyzeText } from "../analysis/index.ts";
import type { AnalysisReply, AnalysisRequest } from "./analysis-pool.ts";

const port = parentPort;
if (!port) throw new Error("analysis-worker.ts runs only as a worker thread");
port.on("message", (request: AnalysisRequest) => {
  const reply: AnalysisReply = { batch: request.batch, analyses: [], error: null };
  try {
    for (const job of request.jobs) reply.analyses.push(analyzeText(job.body, job.date));
  } catch (error) {
    reply.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
