// The analysis reads prose. Text that is not prose (a pasted data URI, a run of one character) can
// cost it far more than its length: wink-nlp's tokenizer and patterns anchored at a word's end grow
// faster than linearly on a run with no space in it. Such runs are left out of the analysis, each
// replaced by line breaks of the same length (offsets stay those of the article; no paragraph holds
// them), and said, so the build can warn with the line. And a record never copies more of an
// overlong "sentence" than a window around its own words.

/** Characters without a space or line break beyond which a run is no word, no address, no number. */
export const MAX_RUN = 1_000;
/** Characters of a record's sentence kept on either side of its own words. */
const CONTEXT = 300;

export interface SkippedRun {
  start: number;
  end: number;
}

/** The text with every run of more than MAX_RUN characters without white space blanked, and those runs. */
export function withinBudget(text: string): { text: string; skipped: SkippedRun[] } {
  const skipped: SkippedRun[] = [];
  // (tried only where a run begins: a run just under the limit is read once, not once per character)
  const run = new RegExp(`(?<!\\S)\\S{${MAX_RUN + 1},}`, "g");
  for (let m = run.exec(text); m; m = run.exec(text)) skipped.push({ start: m.index, end: m.index + m[0].length });
  if (!skipped.length) return { text, skipped };
  let out = "";
  let at = 0;
  for (const s of skipped) {
    out += text.slice(at, s.start) + "\n".repeat(s.end - s.start);
    at = s.end;
  }
  return { text: out + text.slice(at), skipped };
}

/** A sentence cut to a window around `focus` when it is too long to be a sentence: "… the words …". */
export function sentenceWindow(sentence: string, focus: string): string {
  if (sentence.length <= 2 * CONTEXT + focus.length + 100) return sentence;
  const at = Math.max(0, sentence.indexOf(focus));
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(sentence.length, at + focus.length + CONTEXT);
  return `${from > 0 ? "…" : ""}${sentence.slice(from, to)}${to < sentence.length ? "…" : ""}`;
}
