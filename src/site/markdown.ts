// Article Markdown -> HTML with markdown-it. Raw HTML in the text is shown as text (html: false);
// markdown-it refuses javascript:, vbscript:, file: and data: links; headings are renumbered to sit
// under the page's own (the article's title stays the page's only <h1>) and in order, never skipping
// a level; a table's header cells name the column they head.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

interface RenderEnv {
  /** The level the text's highest heading takes. */
  topLevel: number;
}

md.core.ruler.push("briefing_headings_and_links", (state) => {
  const topLevel = (state.env as Partial<RenderEnv>).topLevel ?? 2;
  const levels = state.tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1)));
  const highest = Math.min(...levels);
  // "# A" then "### B" becomes h2 then h3: each heading at most one level below the one before
  let previous = topLevel - 1;
  const opened: string[] = [];
  for (const token of state.tokens) {
    if (token.type === "heading_open") {
      const level = Math.min(6, Number(token.tag.slice(1)) - highest + topLevel, previous + 1);
      token.tag = `h${level}`;
      opened.push(token.tag);
      previous = level;
    } else if (token.type === "heading_close") {
      token.tag = opened.pop() ?? token.tag;
    }
    if (token.type === "th_open") token.attrSet("scope", "col");
    for (const child of token.children ?? []) {
      if (child.type === "link_open") {
        child.attrSet("rel", "noopener noreferrer nofollow");
      }
    }
  }
});

// An image in an article would be fetched from its address when the page opens: a leak of the reader
// and a break of the offline booklet. It is shown as a link to the image instead.
md.renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet("src") ?? "");
  const alt = md.utils.escapeHtml(String(token.content || "image"));
  if (!/^https?:\/\//i.test(src)) return `<span class="image-ref">[image: ${alt}]</span>`;
  return `<a class="image-ref" href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer nofollow">[image: ${alt}]</a>`;
};

/** `topLevel`: the heading level the text's highest heading takes (2 under a page's <h1>). */
export function renderMarkdown(markdown: string, topLevel = 2): string {
  return md.render(markdown, { topLevel } satisfies RenderEnv);
}

export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown);
}
