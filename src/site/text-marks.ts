// Marks the quotations of an article in its rendered text. Markers (private-use characters the
// content stage strips from every article) go into the Markdown at the offsets analysis found;
// markdown-it renders the text as usual; the markers then become spans. Article text is never
// parsed again and never reaches the page unescaped.
import type { Briefing, QuoteRecord } from "../briefing/model.ts";
import { escapeHtml } from "./html.ts";
import { href } from "./layout.ts";

const OPEN = "\uE000";
const SEP = "\uE001";
const CLOSE = "\uE002";

export function insertQuoteMarkers(body: string, quotes: QuoteRecord[]): string {
  const cuts: { at: number; text: string; order: number }[] = [];
  let lastEnd = -1;
  const spans = quotes.flatMap((q, i) => q.segments.map(([start, end], s) => ({ start, end, i, last: s === q.segments.length - 1 }))).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of spans) {
    if (span.start < lastEnd) continue; // overlapping marks would not nest
    lastEnd = span.end;
    cuts.push({ at: span.start, text: `${OPEN}${span.i}${SEP}`, order: 1 });
    cuts.push({ at: span.end, text: `${CLOSE}${span.last ? span.i : -1}${SEP}`, order: 0 });
  }
  // Closing marks before opening ones at the same offset; then the body is cut once, front to back.
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

export function replaceQuoteMarkers(html: string, quotes: QuoteRecord[], briefing: Briefing, fromDir: string): string {
  const opened = new Set<number>();
  return html
    .replace(new RegExp(`${OPEN}(\\d+)${SEP}`, "g"), (_, n: string) => {
      const i = Number(n);
      const q = quotes[i]!;
      const id = opened.has(i) ? "" : ` id="${q.anchor}"`;
      opened.add(i);
      const who = q.speaker ? ` title="${escapeHtml(`${kindLabel(q.kind)}: ${q.speaker.name}`)}"` : ` title="${kindLabel(q.kind)}"`;
      return `<span class="quote quote-${q.kind}"${id}${who}>`;
    })
    .replace(new RegExp(`${CLOSE}(-?\\d+)${SEP}`, "g"), (_, n: string) => {
      const q = quotes[Number(n)];
      if (!q?.speaker) return "</span>";
      const speaker = briefing.speakerById.get(q.speaker.id)!;
      return `</span><a class="quote-speaker" href="${href(fromDir, `speakers/${speaker.id}/`)}">${escapeHtml(shortName(speaker))}</a>`;
    })
    .replace(/[\uE000-\uE002]/g, "");
}

export function kindLabel(kind: QuoteRecord["kind"]): string {
  return { direct: "Direct quote", partial: "Partial quote", term: "Quoted term", reported: "Reported speech" }[kind];
}

/** "Dmitry Peskov" -> "Peskov"; organisations and descriptions in full. */
export function shortName(speaker: { name: string; kind: string }): string {
  return speaker.kind === "person" ? speaker.name.split(" ").pop()! : speaker.name;
}
