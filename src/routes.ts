// Every page's address below the site root, in one place. The briefing model writes its exports'
// links with it, the site's pages link with it and are written at it, and the search stage indexes
// the pages it names. A leaf: it imports nothing, so every stage may use it without a data flow
// running backwards.

/** The booklet's own pages, each a folder with its index.html ("" is the cover). */
export const PAGES = {
  cover: "",
  sources: "sources/",
  timeline: "timeline/",
  quotes: "quotes/",
  figures: "figures/",
  search: "search/",
  print: "print/",
} as const;

/** An article's page folder. */
export function articleDir(slug: string): string {
  return `articles/${slug}/`;
}

/** A speaker's page folder. */
export function speakerDir(id: string): string {
  return `speakers/${id}/`;
}

/** The file of a page folder. */
export function pageFile(dir: string): string {
  return `${dir}index.html`;
}

/** The address a file of the site is served at: "articles/x/index.html" -> "/articles/x/". */
export function addressOf(sitePath: string): string {
  return `/${sitePath.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** An anchor of an article page (a quote, a figure) as the exports give it: from the site root. */
export function articleAnchorUrl(slug: string, anchor: string): string {
  return `/${articleDir(slug)}#${anchor}`;
}

/** The pages search indexes: articles and speakers. As a glob for Pagefind, and as a test of one path. */
export const SEARCHED_GLOB = "{articles,speakers}/**/*.html";
export function isSearched(sitePath: string): boolean {
  return /^(?:articles|speakers)\/.+\.html$/.test(sitePath);
}
