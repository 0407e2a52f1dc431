// Each paragraph's text with its quotations blanked out, offsets kept: the writer's own words, in
// which names and pronouns are the article's (a name inside a quote is the speaker's word).
import type { State } from "../types.ts";

export function maskQuotes(state: State): void {
  state.narration = state.paragraphs.map((p, k) => {
    let t = p.text;
    for (const s of state.spansCovering[k]!) {
      const a = s.paragraph < k ? 0 : s.outerStart;
      const b = s.lastParagraph > k ? t.length : s.outerEnd;
      t = t.slice(0, a) + " ".repeat(Math.max(0, b - a)) + t.slice(b);
    }
    return t;
  });
}
