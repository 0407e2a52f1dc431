// A quote with no cue takes the speaker of a quote beside it in its paragraph, or, standing alone in
// its paragraph, of the quote just before (the news convention of a speaker's quotes in a run).
import { sentenceAt } from "../state.ts";
import type { Draft, State } from "../types.ts";

export function inheritSpeakers(state: State): void {
  const byParagraph = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    if (!byParagraph.has(d.paragraph)) byParagraph.set(d.paragraph, []);
    byParagraph.get(d.paragraph)!.push(d);
  }
  state.drafts.forEach((d, i) => {
    // A quote its own words credit to a writing ("According to reports, ...") keeps the speaker that gave, or none.
    if (d.speaker || d.kind === "term" || d.kind === "reported" || d.mention?.type === "writing") return;
    const sameParagraph = byParagraph.get(d.paragraph)!.filter((o) => o !== d && o.speaker && o.kind !== "term" && o.kind !== "reported");
    const neighbour = sameParagraph.find((o) => o.at < d.at) ?? sameParagraph[0];
    if (neighbour) {
      d.speaker = neighbour.speaker;
      d.speakers = neighbour.speakers;
      d.cue = d.cue ?? neighbour.cue;
      d.why.push("speaker: from a quote beside it in its paragraph");
      return;
    }
    const paragraph = state.paragraphs[d.paragraph]!;
    const outside = state.spansOpening[d.paragraph]!.reduce((text, s) => text.replace(paragraph.text.slice(s.outerStart, s.outerEnd), ""), paragraph.text);
    const onlyQuote = !/[\p{L}]{2,}/u.test(outside);
    let previous: Draft | undefined;
    for (let j = i - 1; j >= 0 && state.drafts[j]!.paragraph >= d.paragraph - 1; j--) {
      const o = state.drafts[j]!;
      if (o.speaker && o.kind !== "term") {
        previous = o;
        break;
      }
    }
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
  });
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
