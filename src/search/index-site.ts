// Pagefind's Node API: the search index of the pages search shows, built from the HTML already in
// memory (no page is read back from disk), written into a folder of its own.
import { stat } from "node:fs/promises";
import * as pagefind from "pagefind";

export interface SearchPage {
  /** Path below the site's root ("articles/x/index.html"): Pagefind makes the result's address from it. */
  path: string;
  content: string;
}

export interface SearchIndexResult {
  pages: number;
}

/**
 * Only the pages search shows are indexed: articles and speakers, which carry data-pagefind-body.
 * The booklet's other pages, /print/ above all (the whole booklet in one page), are left out.
 */
export function isSearched(sitePath: string): boolean {
  return /^(?:articles|speakers)\/.+\.html$/.test(sitePath);
}

/** Indexes `pages` and writes the index (Pagefind's files and its search scripts) into `outputPath`. */
export async function indexPages(pages: SearchPage[], outputPath: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ sourcePath: page.path, content: page.content })));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    if (!(await stat(`${outputPath}/pagefind-entry.json`).then((s) => s.size > 0, () => false))) throw new Error(`Pagefind wrote no index into ${outputPath}`);
    return { pages: added.filter((a) => a.file?.url).length };
  } finally {
    await pagefind.close();
  }
}
