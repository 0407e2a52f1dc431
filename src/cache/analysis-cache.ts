// A content-hash cache of analysis results under .cache/ (safe to delete): an article whose text,
// date and analysis code are unchanged is not analysed again. The key hashes the analysis code and
// the versions of the packages it reads with, so a change to any of them invalidates every entry.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TextAnalysis } from "../analysis/index.ts";
import { isTextAnalysis } from "./validate.ts";

const ANALYSIS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../analysis");
const PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "chrono-node"];

/** A hash of the analysis code and of the packages it depends on: the version of every entry. */
export function analysisVersion(): string {
  const hash = createHash("sha256");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
  for (const file of files(ANALYSIS_DIR)) hash.update(path.relative(ANALYSIS_DIR, file)).update("\0").update(readFileSync(file)).update("\0");
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    let version = "?";
    try {
      version = (JSON.parse(readFileSync(path.join(path.dirname(require.resolve(name)), "package.json"), "utf8")) as { version?: string }).version ?? "?";
    } catch {
      // a package whose package.json sits elsewhere: the code hash still guards the entries
    }
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest("hex");
}

export class AnalysisCache {
  hits = 0;
  misses = 0;

  /** `dir` holds the entries; `version` is `analysisVersion()` (given in tests). */
  constructor(
    private readonly dir: string,
    private readonly version: string = analysisVersion(),
  ) {}

  /** The cached analysis of a text and date, or, on a miss, `analyse`'s result, stored for next time. */
  analysis(body: string, date: string | null, analyse: () => TextAnalysis): TextAnalysis {
    const cached = this.lookup(body, date);
    if (cached) return cached;
    const result = analyse();
    this.store(body, date, result);
    return result;
  }

  /** The cached analysis of a text and date, or null (counted as a miss). */
  lookup(body: string, date: string | null): TextAnalysis | null {
    try {
      const cached: unknown = JSON.parse(readFileSync(this.file(body, date), "utf8"));
      // an entry that is not what the analysis writes (a crafted or damaged file) is a miss
      if (!isTextAnalysis(cached, body.length)) throw new Error("not an analysis");
      this.hits++;
      return cached;
    } catch {
      // missing or unreadable: analysed again and written afresh
      this.misses++;
      return null;
    }
  }

  /** Keeps an analysis for next time; a cache that cannot be written costs speed, never the build. */
  store(body: string, date: string | null, result: TextAnalysis): void {
    const file = this.file(body, date);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(result));
      renameSync(temp, file); // whole or not at all: a build stopped midway leaves no broken entry
    } catch {
      // not written: the next build analyses this text again
    }
  }

  private file(body: string, date: string | null): string {
    const key = createHash("sha256").update(this.version).update("\0").update(date ?? "").update("\0").update(body).digest("hex");
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
