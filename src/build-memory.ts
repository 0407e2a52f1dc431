// What one process keeps from one build of a booklet to the next (`briefing serve` rebuilds on every
// save): each article file as read, each article's analysis, and what each page of the output folder
// was rendered from. With it a rebuild reads only the files that changed, analyses only their text,
// and renders only the pages whose inputs changed; the rest of the folder stays as it was written.
import type { TextAnalysis } from "./analysis/index.ts";
import type { Article } from "./content/article.ts";
import type { ReadArticle } from "./content/load.ts";

export class BuildMemory {
  /** Each article file as last read, by path (src/content/load.ts checks its size and times). */
  readonly files = new Map<string, ReadArticle>();
  /** Each article's analysis, for as long as the article read is the same object. */
  readonly analyses = new WeakMap<Article, TextAnalysis>();
  /**
   * The output folder this process last finished writing, a hash of the marker it left there (a
   * folder another build has written since is not this one's to update from memory), and the
   * inputs of each of its files that has any (SiteFile.inputs); null until a build has finished,
   * and while one runs.
   */
  pages: { outDir: string; marker: string; inputs: Map<string, unknown> } | null = null;
}
