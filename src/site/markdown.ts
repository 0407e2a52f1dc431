// Article Markdown -> HTML with markdown-it. Raw HTML in the text is shown as text (html: false);
// markdown-it refuses javascript:, vbscript:, file: and data: links; headings are moved one level
// down so the article's own title stays the page's only <h1>.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

md.core.ruler.push("briefing_headings_and_links", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      const level = Math.min(6, Number(token.tag.slice(1)) + 1);
      token.tag = `h${level}`;
    }
    for (const child of token.children ?? []) {
      if (child.type === "link_open") {
        child.attrSet("rel", "noopener noreferrer nofollow");
      }
    }
  }
});

export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}

export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown);
}
