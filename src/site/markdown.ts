// Article Markdown -> HTML with markdown-it, rendered once per page from its tokens. Raw HTML in the
// text is shown as text (html: false); markdown-it refuses javascript:, vbscript:, file: and data:
// links; headings are renumbered to sit under the page's own (the article's title stays the page's
// only <h1>) and in order, never skipping a level; a table's header cells name the column they head.
// The marks of quotes, figures and text not read as prose come into the source as private-use
// markers (text-marks.ts) and leave it here as elements, token by token: no rendered HTML is
// rewritten afterwards.
import MarkdownIt from "markdown-it";
import { shortUrl } from "./format.ts";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
type StateCore = Parameters<Parameters<typeof md.core.ruler.push>[1]>[0];
type Token = StateCore["tokens"][number];

/** A marker's kind, as the source carries it. */
export type MarkKind = "quote-open" | "quote-close" | "figure-open" | "figure-close" | "plain-open" | "plain-close";

/**
 * What a page asks of the rendering: the level of the text's highest heading; the element each mark
 * becomes (HTML built with the html tag, so escaped); whether outside links carry their short address
 * (in print, where the reader cannot follow them).
 */
export interface RenderEnv {
  topLevel: number;
  mark?: (kind: MarkKind, n: number, last: boolean) => string;
  shortLinks?: boolean;
}

md.core.ruler.push("briefing_headings_and_links", (state) => {
  const env = state.env as Partial<RenderEnv>;
  const topLevel = env.topLevel ?? 2;
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
    const children = token.children ?? [];
    children.forEach((child, i) => {
      if (child.type !== "link_open") return;
      child.attrSet("rel", "noopener noreferrer nofollow");
      if (env.shortLinks) shortAddress(child, children, i);
    });
  }
});

/** An outside link whose words are not its address carries its short address, which print shows after it. */
function shortAddress(link: Token, children: Token[], at: number): void {
  const address = String(link.attrGet("href") ?? "");
  if (!/^https?:/i.test(address)) return;
  let words = "";
  for (let i = at + 1; i < children.length && children[i]!.type !== "link_close"; i++) words += children[i]!.content;
  const short = shortUrl(address);
  if (words.trim() !== address && words.trim() !== short) link.attrSet("data-short", short);
}

const MARKS = /[\uE000-\uE00F]/g;
const MARKER = /([\uE000\uE002\uE003\uE004\uE005\uE006])(\d+)(L?)\uE001/g;
const KINDS: Record<string, MarkKind> = { "\uE000": "quote-open", "\uE002": "quote-close", "\uE003": "figure-open", "\uE004": "figure-close", "\uE005": "plain-open", "\uE006": "plain-close" };
/** A mark's pair: quote, figure or plain text, and its number. */
const pairOf = (kind: MarkKind, n: string) => `${kind.slice(0, kind.indexOf("-"))}${n}`;

/**
 * A bare address linked while the inline text was read (markdown-it links "https://..." then) takes
 * in a marker that touches it: the mark of a clause that ends on the address. The markers are put
 * back outside the link, before or after it, and taken out of its address.
 */
function markersOutOfAutolinks(children: Token[], state: StateCore): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < children.length; i++) {
    const open = children[i]!;
    if (open.type !== "link_open" || open.markup !== "linkify") {
      out.push(open);
      continue;
    }
    let close = i + 1;
    while (close < children.length && children[close]!.type !== "link_close") close++;
    const inner = children.slice(i + 1, close);
    const words = inner.map((t) => t.content).join("");
    const lead = /^(?:[\uE000-\uE00F]|\d+L?(?=\uE001)|\uE001)*/.exec(words)![0];
    const trail = /(?:[\uE000\uE002-\uE006]\d+L?\uE001)*$/.exec(words.slice(lead.length))![0];
    const marker = (content: string) => Object.assign(new state.Token("text", "", 0), { content });
    if (lead) out.push(marker(lead));
    out.push(open);
    for (const t of inner) if (t.type === "text") t.content = t.content.replace(MARKER, "").replace(MARKS, "");
    out.push(...inner);
    if (close < children.length) out.push(children[close]!);
    if (trail) out.push(marker(trail));
    open.attrSet("href", String(open.attrGet("href") ?? "").replace(/%EE%80%8[0-6]\d+L?%EE%80%81/gi, "").replace(/%EE%80%8[0-9A-F]/gi, ""));
    i = close;
  }
  return out;
}

// Before linkify: a marker taken into a bare address would end up inside its href, and a mark
// around an address would cross its link; as elements first, linkify links the text between them
// (and never inside a figure's own link). Before text_join too: a marker an article writes as an
// entity ("&#xE000;") is a text_special token still, and is dropped there, never read as a mark.
md.core.ruler.before("linkify", "briefing_marks", (state: StateCore) => {
  const env = state.env as Partial<RenderEnv>;
  for (const token of state.tokens) {
    // markers never stay in code, an info string or an attribute (a mark there would be no element)
    if (token.type === "fence" || token.type === "code_block") {
      token.content = token.content.replace(MARKS, "");
      token.info = token.info.replace(MARKS, "");
    }
    if (token.type !== "inline" || !token.children) continue;
    token.children = markersOutOfAutolinks(token.children, state);
    // A mark is made only when both its ends stand in the text of this paragraph: one whose other end
    // fell into an attribute or code is dropped whole.
    // (exactly one opening and one closing end: anything else is not a mark the site wrote)
    const ends = new Map<string, [number, number]>();
    for (const child of token.children) {
      if (child.type !== "text") continue;
      for (const m of child.content.matchAll(MARKER)) {
        const kind = KINDS[m[1]!]!;
        const seen = ends.get(pairOf(kind, m[2]!)) ?? [0, 0];
        seen[kind.endsWith("-open") ? 0 : 1]++;
        ends.set(pairOf(kind, m[2]!), seen);
      }
    }
    const children: Token[] = [];
    for (const child of token.children) {
      for (const [name, value] of child.attrs ?? []) child.attrSet(name, String(value).replace(MARKS, ""));
      if (child.type !== "text") {
        if (child.type === "code_inline" || child.type === "text_special") child.content = child.content.replace(MARKS, "");
        children.push(child);
        continue;
      }
      let at = 0;
      const text = (piece: string) => {
        const clean = piece.replace(MARKS, "");
        if (!clean) return;
        const t = new state.Token("text", "", 0);
        t.content = clean;
        children.push(t);
      };
      for (const m of child.content.matchAll(MARKER)) {
        text(child.content.slice(at, m.index));
        at = m.index! + m[0].length;
        const kind = KINDS[m[1]!]!;
        const seen = ends.get(pairOf(kind, m[2]!))!;
        const made = seen[0] === 1 && seen[1] === 1 && env.mark ? env.mark(kind, Number(m[2]), m[3] === "L") : "";
        if (!made) continue;
        const element = new state.Token("html_inline", "", 0);
        element.content = made;
        children.push(element);
      }
      text(child.content.slice(at));
    }
    token.children = children;
  }
});

// An image in an article would be fetched from its address when the page opens: a leak of the reader
// and a break of the offline booklet. It is shown as a link to the image instead.
md.renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet("src") ?? "");
  const alt = md.utils.escapeHtml(String(token.content || "image").replace(MARKS, ""));
  if (!/^https?:\/\//i.test(src)) return `<span class="image-ref">[image: ${alt}]</span>`;
  return `<a class="image-ref" href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer nofollow">[image: ${alt}]</a>`;
};

/** `topLevel`: the heading level the text's highest heading takes (2 under a page's <h1>). */
export function renderMarkdown(markdown: string, topLevel = 2): string {
  return md.render(markdown, { topLevel } satisfies RenderEnv);
}

/** Markdown holding marks' markers, rendered for one page. */
export function renderMarked(markdown: string, env: RenderEnv): string {
  return md.render(markdown, { ...env });
}

export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown);
}
