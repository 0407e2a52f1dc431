// Pagefind's Node API: the search index of the pages search shows, written into a folder of its own.
import { readdir, rm, stat } from "node:fs/promises";
import * as pagefind from "pagefind";
import { SEARCHED_GLOB } from "../routes.ts";
import { writeDiskBundle } from "./disk-bundle.ts";

export interface SearchIndexResult {
  pages: number;
}

// The pages search shows (articles and speakers, data-pagefind-body) are named in routes.ts; the
// booklet's other pages, /print/ above all (the whole booklet in one page), are left out.
export { isSearched } from "../routes.ts";

/** How the index folder is written: a change here makes every booklet's next build write it afresh. */
export const INDEX_FORMAT = "pagefind-1.5.2+disk-1";

/**
 * Indexes the searched pages of the site in `siteDir` and writes the index (Pagefind's files and its
 * search scripts) into `outputPath`. Pagefind reads the folder itself, many pages at once: quicker
 * here than sending it the pages already in memory, which its service reads one at a time.
 */
export async function indexSite(siteDir: string, outputPath: string): Promise<SearchIndexResult> {
  // Under heavy load Pagefind's service has been seen to answer that it wrote the index when the
  // folder holds no entry file (about one build in fifty while a test suite ran beside it): one
  // more try with a fresh service, then the failure, with what the folder held.
  try {
    return await indexOnce(siteDir, outputPath);
  } catch (error) {
    if (!(error instanceof MissingIndex)) throw error;
    await rm(outputPath, { recursive: true, force: true });
    return await indexOnce(siteDir, outputPath);
  }
}

class MissingIndex extends Error {}

async function indexOnce(siteDir: string, outputPath: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHED_GLOB });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    if (!(await stat(`${outputPath}/pagefind-entry.json`).then((s) => s.size > 0, () => false))) {
      const held = await readdir(outputPath).then((names) => names.length, () => 0);
      throw new MissingIndex(`Pagefind wrote no index into ${outputPath} (${added.page_count} pages indexed; the folder holds ${held} entries)`);
    }
    // and the copy that searches from disk (file://), beside the index
    await writeDiskBundle(outputPath);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
