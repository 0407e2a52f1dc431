// Marks the quotations and figures of an article in its rendered text. Markers (private-use
// characters the content stage strips from every article) go into the Markdown at the offsets
// analysis found; markdown-it renders the text as usual; the markers then become elements. Article
// text is never parsed again and never reaches the page unescaped.
import { PAGES } from "../routes.ts";
import type { Briefing, FigureRecord, QuoteRecord } from "../briefing/model.ts";
import { STATUS_WORDS } from "./figure-status.ts";
import { html } from "./html.ts";
import type { MarkKind } from "./markdown.ts";
import { href } from "./layout.ts";

const OPEN = "\uE000";
const SEP = "\uE001";
const CLOSE = "\uE002";
const OPEN_FIGURE = "\uE003";
const CLOSE_FIGURE = "\uE004";
const OPEN_NOT_PROSE = "\uE005";
const CLOSE_NOT_PROSE = "\uE006";

interface Cut {
  at: number;
  text: string;
  /** At one offset: figures close, then quotes close, then quotes open, then figures open. */
  order: number;
}

export function insertMarkers(body: string, quotes: QuoteRecord[], figures: FigureRecord[], notProse: { start: number; end: number }[] = []): string {
  const cuts: Cut[] = [];
  const bounds: number[] = [];
  let lastEnd = -1;
  const spans = quotes.flatMap((q, i) => q.segments.map(([start, end], s) => ({ start, end, i, last: s === q.segments.length - 1 }))).sort((a, b) => a.start - b.start || b.end - a.end);
  // a quote's marks go only into text: not into a link's address or title, a code fence (its info
  // string becomes a class) or a code span, where a mark would land in an attribute or show as code
  const attributes = attributeRanges(body);
  const inAttribute = (at: number) => {
    const k = firstAfter(attributes, at);
    return k < attributes.length && attributes[k]![0] < at;
  };
  for (const span of spans) {
    if (span.start < lastEnd) continue; // overlapping marks would not nest
    if (inAttribute(span.start) || inAttribute(span.end)) continue;
    lastEnd = span.end;
    bounds.push(span.start, span.end);
    // (the last part of a quote across paragraphs says who speaks)
    cuts.push({ at: span.start, text: `${OPEN}${span.i}${span.last ? "L" : ""}${SEP}`, order: 2 });
    cuts.push({ at: span.end, text: `${CLOSE}${span.i}${SEP}`, order: 1 });
  }
  // A figure is marked when it nests with the quotes (no quote starts or ends inside it), holds no
  // Markdown syntax, and lies outside link text, code and link definitions (a mark there would nest
  // a link in a link or land in an attribute).
  bounds.sort((a, b) => a - b);
  const unmarkable = markdownRanges(body);
  lastEnd = -1;
  let r = 0;
  figures.forEach((f, i) => {
    while (r < unmarkable.length && unmarkable[r]![1] <= f.start) r++;
    const inside = r < unmarkable.length && unmarkable[r]![0] < f.end;
    if (f.start < lastEnd || inside || /[*_`[\]<>\n\\]/.test(f.text) || crosses(bounds, f.start, f.end)) return;
    lastEnd = f.end;
    cuts.push({ at: f.start, text: `${OPEN_FIGURE}${i}${SEP}`, order: 3 });
    cuts.push({ at: f.end, text: `${CLOSE_FIGURE}${i}${SEP}`, order: 0 });
  });
  // Text the analysis did not read (a pasted blob of megabytes) is shown but left out of the search
  // index. Marked only where the mark cannot change what the Markdown says: a run holding no inline
  // syntax, not opening a block ("----" is a rule) and outside link addresses and code.
  notProse.forEach((run, i) => {
    const text = body.slice(run.start, run.end);
    if (/[[\]*_`<>\\|~]/.test(text) || /^[-=#+\d]/.test(text) || inAttribute(run.start) || inAttribute(run.end)) return;
    cuts.push({ at: run.start, text: `${OPEN_NOT_PROSE}${i}${SEP}`, order: 4 });
    cuts.push({ at: run.end, text: `${CLOSE_NOT_PROSE}${i}${SEP}`, order: -1 });
  });
  // Then the body is cut once, front to back.
  cuts.sort((a, b) => a.at - b.at || a.order - b.order);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(body.slice(from, cut.at), cut.text);
    from = cut.at;
  }
  pieces.push(body.slice(from));
  return pieces.join("");
}

/**
 * [start, end) ranges where no mark may go, in order: a link's address and title ("(url "title")"),
 * link definitions, autolinks, code spans and fenced code blocks with their info string.
 */
function attributeRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /^ {0,3}(`{3,}|~{3,})[^\n]*(?:\n[\s\S]*?(?:\n {0,3}\1[^\n]*|(?![\s\S]))|(?![\s\S]))|`+[^`\n]*`+|\]\([^)\n]*\)|^[ \t]*\[[^\]\n]+\]:.*$|<[a-z][a-z0-9+.-]*:[^>\s]*>/gim;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    ranges.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return ranges;
}

/** The index of the first range that ends after `at`. */
function firstAfter(ranges: [number, number][], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) ranges of link text, link definitions, autolinks and code in Markdown, in order. */
function markdownRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /`+[^`\n]*`+|\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?|^[ \t]*\[[^\]\n]+\]:.*$|<[a-z][a-z0-9+.-]*:[^>\s]*>/gim;
  for (let m = re.exec(body); m; m = re.exec(body)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Whether a quote boundary lies strictly inside [start, end). Bounds are sorted. */
function crosses(bounds: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < bounds.length && bounds[lo]! < end;
}

/** Where a page's marks point and what ids they take: the site's own pages, or inside the printed booklet. */
export interface MarkPlace {
  /** The page's folder, from the site root. */
  dir: string;
  /** An anchor's id on this page (in the booklet, made unique across articles). */
  id?: (anchor: string) => string;
  /** Where a figure mark links: its group in the figures table. */
  groupHref?: (group: string) => string;
}

/**
 * The elements an article's marks become on one page, for markdown-it's renderer (markdown.ts): every
 * value escaped by the html tag, though the analysis writes these from fixed lists, so that a crafted
 * cache cannot reach the page.
 */
export function markElements(quotes: QuoteRecord[], figures: FigureRecord[], briefing: Briefing, place: MarkPlace): (kind: MarkKind, n: number, last: boolean) => string {
  const opened = new Set<number>();
  const id = place.id ?? ((anchor: string) => anchor);
  const groupHref = place.groupHref ?? ((group: string) => `${href(place.dir, PAGES.figures)}#${group}`);
  // (a number with no record is no mark: "" leaves it out, both ends)
  return (kind, n, last) => {
    if ((kind.startsWith("quote") && !quotes[n]) || (kind.startsWith("figure") && !figures[n])) return "";
    if (kind === "quote-open") {
      const q = quotes[n]!;
      const anchor = opened.has(n) ? null : id(q.anchor);
      opened.add(n);
      const title = q.speakers.length ? `${kindLabel(q.kind)}: ${q.speakers.map((s) => s.name).join(" and ")}` : kindLabel(q.kind);
      // Who speaks, as the article writes the name, shown beside the text by the style sheet (a note
      // in the margin, or on hover): generated content, so neither copied with the text nor searched.
      const speaker = last && q.speakers.length ? q.speakers.map((s, k) => shortName({ name: q.written[k] ?? s.name, kind: briefing.speakerById.get(s.id)?.kind ?? "person" })).join(" and ") : null;
      return html`<span class="quote quote-${q.kind}"${anchor ? html` id="${anchor}"` : ""} title="${title}"${speaker ? html` data-speaker="${speaker}"` : ""}>`.value;
    }
    if (kind === "figure-open") {
      const f = figures[n]!;
      const group = briefing.groupById.get(f.group)!;
      return html`<a class="figure-mark figure-${group.status}" id="${id(f.anchor)}" href="${groupHref(group.id)}" title="${group.label}: ${STATUS_WORDS[group.status]}"><data value="${String(f.value)}">`.value;
    }
    if (kind === "plain-open") return html`<span class="not-prose" data-pagefind-ignore tabindex="0" title="Not read for quotes and figures, and not searched: no word is this long">`.value;
    if (kind === "figure-close") return "</data></a>";
    return "</span>";
  };
}

export function kindLabel(kind: QuoteRecord["kind"]): string {
  return { direct: "Direct quote", partial: "Partial quote", term: "Quoted term", reported: "Reported speech" }[kind];
}

/** "Dmitry Peskov" -> "Peskov"; organisations and descriptions in full. */
export function shortName(speaker: { name: string; kind: string }): string {
  return speaker.kind === "person" ? speaker.name.split(" ").pop()! : speaker.name;
}
