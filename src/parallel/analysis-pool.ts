// Analyses many articles across the machine's cores: worker threads, each with its own wink-nlp
// model, take batches of articles in turn. The analysis is pure, so the results are the same as one
// thread's, in the same order. Small jobs stay on the calling thread, where a worker's start would
// cost more than it saves.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeText, type TextAnalysis } from "../analysis/index.ts";

export interface AnalysisJob {
  body: string;
  /** The article's date (YYYY-MM-DD), against which relative dates are read. */
  date: string | null;
}

/** Sent to a worker: one batch of jobs. */
export interface AnalysisRequest {
  batch: number;
  jobs: AnalysisJob[];
}

/** Sent back: the batch's analyses in order, or the error that stopped it. */
export interface AnalysisReply {
  batch: number;
  analyses: TextAnalysis[];
  error: string | null;
}

export interface PoolOptions {
  /** Worker threads to use; defaultThreads() when absent. 1 analyses on the calling thread. */
  threads?: number;
  /** Told after each analysed batch: how many jobs are done. */
  onProgress?: (done: number) => void;
  /** The least text (in characters) worth starting workers for; PARALLEL_FROM_BYTES by default. */
  parallelFrom?: number;
}

/**
 * Below this much text, one thread is quicker than starting workers: a worker takes 0.7 to 1 s to
 * load its TypeScript and its language model, and one thread reads about 1 MB a second.
 */
const PARALLEL_FROM_BYTES = 2 * 1024 * 1024;
/** Jobs per message: enough to keep the messages few, few enough to share the work evenly. */
const BATCH_BYTES = 64 * 1024;

/**
 * One thread for each core but one: a thread's garbage collector keeps part of a second core busy,
 * and on the 2-core machine this was measured on, two workers read 5 MB no sooner than one thread
 * (5.9 s each way), so there the analysis stays on the main thread.
 */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

export async function analyseAll(jobs: AnalysisJob[], options: PoolOptions = {}): Promise<TextAnalysis[]> {
  const bytes = jobs.reduce((sum, job) => sum + job.body.length, 0);
  const batches = batchesOf(jobs);
  const threads = Math.min(options.threads ?? defaultThreads(), batches.length);
  if (threads <= 1 || bytes < (options.parallelFrom ?? PARALLEL_FROM_BYTES)) {
    return jobs.map((job, i) => {
      const analysis = analyzeText(job.body, job.date);
      options.onProgress?.(i + 1);
      return analysis;
    });
  }
  const results: TextAnalysis[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (worker: Worker) => {
        if (next >= batches.length) {
          if (--running === 0) resolve();
          return;
        }
        const batch = next++;
        worker.postMessage({ batch, jobs: batches[batch]! } satisfies AnalysisRequest);
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(new URL("./analysis-worker.mjs", import.meta.url));
        workers.push(worker);
        running++;
        worker.on("message", (message: AnalysisReply | { ready: true }) => {
          if ("ready" in message) return feed(worker);
          if (message.error !== null) return reject(new Error(`analysis failed in a worker thread: ${message.error}`));
          results[message.batch] = message.analyses;
          done += message.analyses.length;
          options.onProgress?.(done);
          feed(worker);
        });
        worker.on("error", reject);
        // a worker that stops before the work is done (whatever its exit code) fails the analysis
        // rather than leave it waiting; after it, the pool's own terminate() is expected
        worker.on("exit", (code) => {
          if (done < jobs.length) reject(new Error(`an analysis worker stopped (code ${code}) with ${jobs.length - done} articles left to analyse`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}

/** Consecutive jobs grouped into batches of about BATCH_BYTES of text (one job at least). */
function batchesOf(jobs: AnalysisJob[]): AnalysisJob[][] {
  const batches: AnalysisJob[][] = [];
  let current: AnalysisJob[] = [];
  let size = 0;
  for (const job of jobs) {
    current.push(job);
    size += job.body.length;
    if (size >= BATCH_BYTES) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}
