// Finds the spans of quoted text in the paragraphs of an article: straight and curly double quotes
// (mixed pairs too), British single quotes without taking apostrophes for them, nesting, and the
// convention by which a paragraph that ends inside a quote is continued by the next one reopening it.

export interface Paragraph {
  text: string;
  /** Offset of the paragraph in the article body. */
  start: number;
}

export interface QuoteSpan {
  /** Index of the paragraph where the quote opens, and of the one where it closes. */
  paragraph: number;
  lastParagraph: number;
  /** Offsets of the words inside the marks, in the first and in the last paragraph. */
  start: number;
  end: number;
  /** Offsets of the marks themselves (start of the opening mark, end of the closing mark). */
  outerStart: number;
  outerEnd: number;
  /** The quoted words; parts from several paragraphs joined by a space. */
  text: string;
  /** "double" or "single", by the outer marks. */
  marks: "double" | "single";
  /** False when the paragraph ended with the quote still open and nothing reopened it. */
  closed: boolean;
}

type Kind = "double" | "single";
type Role = "open" | "close" | "either";

const DOUBLE_OPEN = new Set(["“", "„", "«"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const SINGLE_OPEN = new Set(["‘", "‹"]);
const SINGLE_CLOSE = new Set(["’", "›"]);
const LETTER = /[\p{L}\p{N}]/u;
const BEFORE_OPEN = /[\s([{—–\-/"“‘']/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-/"”’']/u;

interface Mark {
  at: number;
  kind: Kind;
  role: Role;
}

/** Every quote mark of a paragraph that can open or close a quote (apostrophes left out). */
const MARK_CHARACTERS = /["“”„«»‘’‹›']/g;

function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  // Only the characters that can be marks are looked at.
  for (const found of text.matchAll(MARK_CHARACTERS)) {
    const i = found.index!;
    const ch = found[0];
    const prev = i > 0 ? text[i - 1]! : " ";
    const next = i + 1 < text.length ? text[i + 1]! : " ";
    const leftEdge = i === 0 || BEFORE_OPEN.test(prev);
    const rightEdge = i + 1 >= text.length || AFTER_CLOSE.test(next);
    if (ch === '"') {
      marks.push({ at: i, kind: "double", role: leftEdge && !rightEdge ? "open" : rightEdge && !leftEdge ? "close" : "either" });
    } else if (DOUBLE_OPEN.has(ch)) marks.push({ at: i, kind: "double", role: "open" });
    else if (DOUBLE_CLOSE.has(ch)) marks.push({ at: i, kind: "double", role: "close" });
    else if (SINGLE_OPEN.has(ch)) marks.push({ at: i, kind: "single", role: "open" });
    else if (ch === "'" || SINGLE_CLOSE.has(ch)) {
      if (LETTER.test(prev) && LETTER.test(next)) continue; // Russia's, don't, Moscow’s
      if (leftEdge && LETTER.test(next)) {
        // '90s, 'tis: an apostrophe that stands for missing letters, not a quote.
        if (/^\d{2}s\b/.test(text.slice(i + 1, i + 5))) continue;
        marks.push({ at: i, kind: "single", role: "open" });
      } else if (rightEdge && !/\s/.test(prev)) marks.push({ at: i, kind: "single", role: "close" });
    }
  }
  return marks;
}

/**
 * A closing single mark right after an "s" (voters', the unions') may be a plural possessive.
 * It closes the quote only if no later closing single mark in the paragraph could.
 */
function possessiveInstead(text: string, marks: Mark[], index: number): boolean {
  const mark = marks[index]!;
  if (mark.kind !== "single" || text[mark.at - 1] !== "s" || !/^\s+\p{Ll}/u.test(text.slice(mark.at + 1, mark.at + 4))) return false;
  return marks.slice(index + 1).some((m) => m.kind === "single" && m.role === "close");
}

interface Open {
  kind: Kind;
  paragraph: number;
  at: number;
}

export function findQuoteSpans(paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  /** The outer quote still open at the end of the previous paragraph, waiting to be reopened. */
  let carried: { open: Open; parts: string[] } | null = null;

  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    const marks = marksOf(text);
    const stack: Open[] = [];
    let parts: string[] = [];
    let skipFirst = false;

    if (carried) {
      const first = marks[0];
      const reopens = first && first.at === firstNonSpace(text) && first.kind === carried.open.kind && first.role !== "close";
      if (reopens) {
        stack.push(carried.open);
        parts = carried.parts;
        skipFirst = true;
      } else {
        spans.push(unclosed(paragraphs, carried.open, carried.parts));
      }
      carried = null;
    }
    const continuesFrom = skipFirst ? marks[0]!.at + 1 : -1;

    marks.forEach((mark, index) => {
      if (skipFirst && index === 0) return;
      const top = stack[stack.length - 1];
      const closes =
        top !== undefined &&
        mark.role !== "open" &&
        (mark.kind === top.kind || stack.some((o) => o.kind === mark.kind)) &&
        !possessiveInstead(text, marks, index);
      if (closes) {
        // Pop to the matching opening mark; unmatched inner marks are dropped.
        let open = stack.pop()!;
        while (open.kind !== mark.kind && stack.length) open = stack.pop()!;
        if (stack.length === 0) {
          const startHere = open.paragraph === p ? open.at + 1 : continuesFrom;
          parts.push(text.slice(startHere, mark.at));
          spans.push({
            paragraph: open.paragraph,
            lastParagraph: p,
            start: open.paragraph === p ? open.at + 1 : firstStart(paragraphs, open),
            end: mark.at,
            outerStart: open.at,
            outerEnd: mark.at + 1,
            text: join(parts),
            marks: open.kind,
            closed: true,
          });
          parts = [];
        }
        return;
      }
      if (mark.role === "close") return; // a closing mark with nothing open: an apostrophe or noise
      // `... end of the first. "Next part of the quote ...`: a mark of the quote's own kind opening a new
      // sentence reopens the quote (paragraphs run together on one line in scraped copy); the open quote
      // ends there, unclosed, rather than swallowing what follows.
      const outer = stack[0];
      if (stack.length === 1 && outer && outer.kind === mark.kind && mark.role === "open" && /[.!?…]["”’']?\s+$/u.test(text.slice(0, mark.at))) {
        const startHere = outer.paragraph === p ? outer.at + 1 : continuesFrom;
        const end = text.slice(0, mark.at).trimEnd().length;
        parts.push(text.slice(startHere, end));
        spans.push({
          paragraph: outer.paragraph,
          lastParagraph: p,
          start: outer.paragraph === p ? outer.at + 1 : firstStart(paragraphs, outer),
          end,
          outerStart: outer.at,
          outerEnd: end,
          text: join(parts),
          marks: outer.kind,
          closed: false,
        });
        parts = [];
        stack.pop();
      }
      stack.push({ kind: mark.kind, paragraph: p, at: mark.at });
    });

    const outer = stack[0];
    if (outer) {
      const startHere = outer.paragraph === p ? outer.at + 1 : continuesFrom;
      parts.push(text.slice(startHere));
      carried = { open: outer, parts };
    }
  });
  if (carried) spans.push(unclosed(paragraphs, (carried as { open: Open }).open, (carried as { parts: string[] }).parts));
  return spans.filter((s) => s.text.trim().length > 0).map((s) => withoutCue(s, paragraphs));
}

/** A closing mark, then a speaker and a verb of saying: where a quote must have ended. */
const CUE_INSIDE = /[,.!?…]["”’']\s+(?:[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}|he|she|they|it|we|I)\s+(?:said|says|added|adds|told|asked|wrote|writes|replied|explained|continued|insisted|warned)/u;

/**
 * A quote never runs across an attribution: a span whose words hold `," he said` was paired wrongly
 * (a mark missing or one too many), and ends at that closing mark instead.
 */
function withoutCue(span: QuoteSpan, paragraphs: readonly Paragraph[]): QuoteSpan {
  if (span.paragraph !== span.lastParagraph) return span;
  const inner = CUE_INSIDE.exec(span.text);
  if (!inner) return span;
  const text = paragraphs[span.paragraph]!.text;
  const at = text.indexOf(inner[0], span.start);
  if (at < 0 || at >= span.end) return span;
  const end = at + 1;
  return { ...span, end, outerEnd: end + 1, text: text.slice(span.start, end).trim(), closed: true };
}

function unclosed(paragraphs: readonly Paragraph[], open: Open, parts: string[]): QuoteSpan {
  const last = paragraphs[open.paragraph]!;
  return {
    paragraph: open.paragraph,
    lastParagraph: open.paragraph,
    start: open.at + 1,
    end: last.text.length,
    outerStart: open.at,
    outerEnd: last.text.length,
    text: join(parts.slice(0, 1)),
    marks: open.kind,
    closed: false,
  };
}

function firstStart(_paragraphs: readonly Paragraph[], open: Open): number {
  return open.at + 1;
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : -1;
}

function join(parts: string[]): string {
  return parts
    .map((s) => s.trim())
    .filter(Boolean)
    .join(" ");
}
