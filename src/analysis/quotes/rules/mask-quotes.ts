// Each paragraph's text with its quotations blanked out, offsets kept: the writer's own words, in
// which names and pronouns are the article's (a name inside a quote is the speaker's word).
import type { State } from "../types.ts";

export function maskQuotes(state: State): void {
  state.narration = state.paragraphs.map((p, k) => {
    // Built in one pass (spans may overlap or come out of order: each blanks its own stretch).
    const blank = new Uint8Array(p.text.length);
    for (const s of state.spansCovering[k]!) blank.fill(1, s.paragraph < k ? 0 : s.outerStart, s.lastParagraph > k ? p.text.length : s.outerEnd);
    let t = "";
    let from = 0;
    for (let i = 0; i <= p.text.length; i++) {
      if (i < p.text.length && blank[i] === blank[from]) continue;
      t += blank[from] ? " ".repeat(i - from) : p.text.slice(from, i);
      from = i;
    }
    return t;
  });
}
