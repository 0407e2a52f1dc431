// Marks the quotations and figures of an article in its rendered text. Markers (private-use
// characters the content stage strips from every article) go into the Markdown at the offsets
// analysis found; markdown-it renders the text as usual; the markers then become elements. Article
// text is never parsed again and never reaches the page unescaped.
import type { Briefing, FigureRecord, QuoteRecord } from "../briefing/model.ts";
import { STATUS_WORDS } from "./figure-status.ts";
import { escapeHtml } from "./html.ts";
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

export function replaceMarkers(rendered: string, quotes: QuoteRecord[], figures: FigureRecord[], briefing: Briefing, fromDir: string): string {
  const opened = new Set<number>();
  // A figure whose mark landed inside a tag (an attribute) is not marked at all: both its marks go.
  // (So is a stretch not read as prose.)
  const inTags = new Set<string>();
  const paired = new RegExp(`([${OPEN_FIGURE}${CLOSE_FIGURE}]|[${OPEN_NOT_PROSE}${CLOSE_NOT_PROSE}])(\\d+)${SEP}`, "g");
  const pair = (mark: string, n: string) => `${mark === OPEN_FIGURE || mark === CLOSE_FIGURE ? "f" : "p"}${n}`;
  for (const tag of rendered.match(/<[^>]*>/g) ?? []) for (const m of tag.matchAll(paired)) inTags.add(pair(m[1]!, m[2]!));
  // One pass over the text, each marker replaced by its element (a page of megabytes is read once).
  const markers = new RegExp(`([${OPEN}${CLOSE}${OPEN_FIGURE}${CLOSE_FIGURE}${OPEN_NOT_PROSE}${CLOSE_NOT_PROSE}])(\\d+)(L?)${SEP}|[\uE000-\uE006]`, "g");
  return rendered.replace(markers, (_, mark: string | undefined, n: string | undefined, last: string | undefined) => {
    if (mark === undefined || n === undefined) return "";
    if ((mark === OPEN_FIGURE || mark === CLOSE_FIGURE || mark === OPEN_NOT_PROSE || mark === CLOSE_NOT_PROSE) && inTags.has(pair(mark, n))) return "";
    if (mark === OPEN) {
      const i = Number(n);
      const q = quotes[i]!;
      // (every value escaped, though the analysis writes these from fixed lists: a crafted cache must not reach the page)
      const id = opened.has(i) ? "" : ` id="${escapeHtml(q.anchor)}"`;
      opened.add(i);
      const who = q.speakers.length ? ` title="${escapeHtml(`${kindLabel(q.kind)}: ${q.speakers.map((s) => s.name).join(" and ")}`)}"` : ` title="${escapeHtml(kindLabel(q.kind))}"`;
      // Who speaks, as the article writes the name, shown beside the text by the style sheet (a note
      // in the margin, or on hover): generated content, so neither copied with the text nor searched.
      const speaker = last && q.speakers.length ? ` data-speaker="${escapeHtml(q.speakers.map((s, k) => shortName({ name: q.written[k] ?? s.name, kind: briefing.speakerById.get(s.id)?.kind ?? "person" })).join(" and "))}"` : "";
      return `<span class="quote quote-${escapeHtml(q.kind)}"${id}${who}${speaker}>`;
    }
    if (mark === CLOSE) return "</span>";
    if (mark === OPEN_FIGURE) {
      const f = figures[Number(n)]!;
      const group = briefing.groupById.get(f.group)!;
      const title = `${group.label}: ${STATUS_WORDS[group.status]}`;
      return `<a class="figure-mark figure-${escapeHtml(group.status)}" id="${escapeHtml(f.anchor)}" href="${escapeHtml(href(fromDir, "figures/"))}#${escapeHtml(group.id)}" title="${escapeHtml(title)}"><data value="${escapeHtml(String(f.value))}">`;
    }
    if (mark === CLOSE_FIGURE) return "</data></a>";
    if (mark === OPEN_NOT_PROSE) return '<span class="not-prose" data-pagefind-ignore tabindex="0" title="Not read for quotes and figures, and not searched: no word is this long">';
    return "</span>";
  });
}

export function kindLabel(kind: QuoteRecord["kind"]): string {
  return { direct: "Direct quote", partial: "Partial quote", term: "Quoted term", reported: "Reported speech" }[kind];
}

/** "Dmitry Peskov" -> "Peskov"; organisations and descriptions in full. */
export function shortName(speaker: { name: string; kind: string }): string {
  return speaker.kind === "person" ? speaker.name.split(" ").pop()! : speaker.name;
}
