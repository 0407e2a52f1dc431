// Pagefind's Node API: index the built site's pages and write /pagefind/ beside them.
import { readFile } from "node:fs/promises";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  pages: number;
}

export async function indexSite(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // only the pages search shows (articles and speakers carry data-pagefind-body): the booklet's
    // other pages, /print/ above all (the whole booklet in one page), are not read at all
    const added = await index.addDirectory({ path: siteDir, glob: "{articles,speakers}/**/*.html" });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages indexed.
    const entry = JSON.parse(await readFile(`${siteDir}/pagefind/pagefind-entry.json`, "utf8")) as { languages: Record<string, { page_count: number }> };
    return { pages: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
