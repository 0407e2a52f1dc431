// A quote with no cue takes the speaker of a quote beside it in its paragraph, or, standing alone in
// its paragraph, of the quote just before (the news convention of a speaker's quotes in a run).
import { sentenceAt } from "../state.ts";
import type { Draft, State } from "../types.ts";

export function inheritSpeakers(state: State): void {
  // Drafts are in body order, and each is settled in its turn: before a draft, the ones earlier are
  // final and the later ones as found. So a paragraph's first speaking quote, and the last quote with a
  // speaker before a draft, are kept as the walk goes, not searched for (a paragraph of thousands of
  // quotes costs each quote little).
  const speaking = (o: Draft) => !!o.speaker && o.kind !== "term" && o.kind !== "reported";
  // Each paragraph's speaking quotes as found, and how many of them the walk has passed.
  const found = new Map<number, Draft[]>();
  for (const d of state.drafts) if (speaking(d)) (found.get(d.paragraph) ?? found.set(d.paragraph, []).get(d.paragraph)!).push(d);
  const passed = new Map<number, number>();
  const firstSettled = new Map<number, Draft>();
  const onlyQuotes = new Map<number, boolean>();
  let lastWithSpeaker: Draft | undefined;
  state.drafts.forEach((d) => {
    inherit(d);
    if (speaking(d) && !firstSettled.has(d.paragraph)) firstSettled.set(d.paragraph, d);
    if (found.get(d.paragraph)?.[passed.get(d.paragraph) ?? 0] === d) passed.set(d.paragraph, (passed.get(d.paragraph) ?? 0) + 1);
    if (d.speaker && d.kind !== "term") lastWithSpeaker = d;
  });

  function inherit(d: Draft): void {
    // A quote its own words credit to a writing ("According to reports, ...") keeps the speaker that gave, or none.
    if (d.speaker || d.kind === "term" || d.kind === "reported" || d.mention?.type === "writing") return;
    // The paragraph's first quote with a speaker, before this one or after it.
    const neighbour = firstSettled.get(d.paragraph) ?? found.get(d.paragraph)?.[passed.get(d.paragraph) ?? 0];
    if (neighbour) {
      d.speaker = neighbour.speaker;
      d.speakers = neighbour.speakers;
      d.cue = d.cue ?? neighbour.cue;
      d.why.push("speaker: from a quote beside it in its paragraph");
      return;
    }
    let onlyQuote = onlyQuotes.get(d.paragraph);
    if (onlyQuote === undefined) onlyQuotes.set(d.paragraph, (onlyQuote = !/[\p{L}]{2,}/u.test(outsideQuotes(state, d.paragraph))));
    const previous = lastWithSpeaker && lastWithSpeaker.paragraph >= d.paragraph - 1 ? lastWithSpeaker : undefined;
    // `Strong winds presented difficulty, Zapata said, adding it required endurance. "It's an isometric
    // exercise ..."`: a quote that opens its sentence right after the speaker's report goes on with it.
    const report = previous && previous.paragraph === d.paragraph && previous.kind === "reported" && opensSentence(state, d) && sentenceBeforeHolds(state, d, previous) ? previous : undefined;
    if (!onlyQuote && report) {
      d.speaker = report.speaker;
      d.speakers = report.speakers;
      d.why.push("speaker: continues the report in the sentence before");
      return;
    }
    if (onlyQuote && previous) {
      d.speaker = previous.speaker;
      d.speakers = previous.speakers;
      d.cue = null;
      if (d.kind === "partial") d.kind = "direct";
      d.why.push("speaker: a quote alone in its paragraph, after the speaker's quote");
    }
  }
}

/** A paragraph's text outside the quotes that open in it. */
function outsideQuotes(state: State, p: number): string {
  const text = state.paragraphs[p]!.text;
  let out = "";
  let at = 0;
  for (const s of state.spansOpening[p]!) {
    out += text.slice(at, Math.max(at, s.outerStart));
    at = Math.max(at, s.lastParagraph > p ? text.length : s.outerEnd);
  }
  return out + text.slice(at);
}

/** Whether a quote opens its sentence (nothing but space before its mark). */
function opensSentence(state: State, d: Draft): boolean {
  const paragraph = state.paragraphs[d.paragraph]!;
  const sentence = sentenceAt(state.sentences[d.paragraph]!, d.markStart - paragraph.start);
  return !!sentence && paragraph.text.slice(sentence.start, d.markStart - paragraph.start).trim() === "";
}

/** Whether another draft stands in the sentence just before the one that holds a quote. */
function sentenceBeforeHolds(state: State, d: Draft, other: Draft): boolean {
  const paragraph = state.paragraphs[d.paragraph]!;
  const sentences = state.sentences[d.paragraph]!;
  const at = sentences.indexOf(sentenceAt(sentences, d.markStart - paragraph.start)!);
  const before = sentences[at - 1];
  return !!before && other.markStart - paragraph.start >= before.start && other.markStart - paragraph.start < before.end;
}
