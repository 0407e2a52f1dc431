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

// An image in an article would be fetched from its address when the page opens: a leak of the reader
// and a break of the offline booklet. It is shown as a link to the image instead.
md.renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet("src") ?? "");
  const alt = md.utils.escapeHtml(String(token.content || "image"));
  if (!/^https?:\/\//i.test(src)) return `<span class="image-ref">[image: ${alt}]</span>`;
  return `<a class="image-ref" href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer nofollow">[image: ${alt}]</a>`;
};

export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}

export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown);
}
