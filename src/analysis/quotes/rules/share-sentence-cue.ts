// `The lido's "ageing infrastructure" posed "a growing risk," he added.`: a quote with no cue of its
// own belongs to the speaker named after a later quote of the same sentence.
import type { State } from "../types.ts";

export function shareSentenceCue(state: State): void {
  const drafts = state.drafts;
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i]!;
    const next = drafts[i + 1]!;
    if (d.place !== null || d.mention || next.place !== "after" || !next.mention || next.paragraph !== d.paragraph || next.sentence !== d.sentence) continue;
    d.mention = next.mention;
    d.cue = next.cue;
    if (d.kind === "term") d.kind = "partial";
    d.place = "after";
    d.why = ["cue: the cue after a later quote of the same sentence"];
  }
}
