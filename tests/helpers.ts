// Shared test helpers: temporary folders, article files, and the CLI run in-process.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TextAnalysis } from "../src/analysis/index.ts";
import type { AnalysisReply, AnalysisRequest } from "../src/parallel/analysis-pool.ts";
import { main } from "../src/cli.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SAMPLE_CONTENT = path.join(ROOT, "content");
export const SHARED = path.resolve(ROOT, "../shared");
export const HAS_SHARED = existsSync(path.join(SHARED, "corpus"));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** How the browser tests launch Debian's Chromium (DESIGN.md). */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function tempDir(prefix = "briefing-test-"): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}

export function frontmatter(fields: Record<string, string>): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n`;
}

export async function writeArticle(dir: string, name: string, text: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

export const VALID = (title = "A valid article", date = "2022-03-07", source = "Test Wire") =>
  `${frontmatter({ title: JSON.stringify(title), source: JSON.stringify(source), date })}\nThe talks resumed on Monday, officials said.\n`;

/** Every file below a folder, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(path.relative(dir, full));
    }
  }
  await walk(dir);
  return out.sort();
}

export async function read(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), "utf8");
}

/**
 * The analysis of one text, run in a worker thread that is stopped after `ms`: a bound on a slow case
 * that holds even though the analysis never yields (a timeout on the test itself cannot interrupt it).
 */
export function analyzeWithin(body: string, date: string | null, ms: number): Promise<TextAnalysis> {
  const worker = new Worker(new URL("../src/parallel/analysis-worker.mjs", import.meta.url));
  return new Promise<TextAnalysis>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the analysis took longer than ${ms / 1000} s`)), ms);
    worker.on("message", (message: AnalysisReply | { ready: true }) => {
      if ("ready" in message) return void worker.postMessage({ batch: 0, jobs: [{ body, date }] } satisfies AnalysisRequest);
      clearTimeout(timer);
      if (message.error) reject(new Error(message.error));
      else resolve(message.analyses[0]!);
    });
    worker.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).finally(() => worker.terminate());
}

/** `briefing serve` started as a user starts it, on a free port; its address once it serves, and all it has printed so far. */
export async function startServe(args: string[], cwd: string): Promise<{ child: ChildProcess; url: string; printed: () => string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/briefing.js"), "serve", "--port", "0", ...args], { cwd });
  let seen = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      seen += chunk;
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
  });
  return { child, url, printed: () => seen };
}
