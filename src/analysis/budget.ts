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
/**
 * Characters beyond which a "sentence" is no sentence (a list or a table pasted as one paragraph, a
 * page of quotes without a full stop): the longest of the 12,600 sentences of the sample and the
 * Wikinews articles is 1,824. Such a stretch is read only near each quote, and not for reports.
 */
export const MAX_SENTENCE = 3_000;
/**
 * Characters beyond which a phrase names no one: the longest phrase of the sample and the Wikinews
 * articles read as a mention is a list of eight people of 297 characters. A longer stretch (the words
 * before the verb of a "sentence" of 200 KB) is not parsed, whose patterns grow faster than its length.
 */
export const MAX_MENTION = 600;
/** Characters on either side of a quote read for its cue in a sentence longer than MAX_SENTENCE. */
export const NEAR = CONTEXT;

export interface SkippedRun {
  start: number;
  end: number;
}

/** The text with every run of more than MAX_RUN characters without white space blanked, and those runs. */
export function withinBudget(text: string): { text: string; skipped: SkippedRun[] } {
  const skipped: SkippedRun[] = [];
  // The stretches between white space, found by walking the white space: a pattern for the runs
  // themselves would overflow the pattern engine's stack on a run of megabytes.
  const space = /\s+/g;
  let from = 0;
  for (let m = space.exec(text); ; m = space.exec(text)) {
    const to = m ? m.index : text.length;
    if (to - from > MAX_RUN) skipped.push({ start: from, end: to });
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (!skipped.length) return { text, skipped };
  let out = "";
  let at = 0;
  for (const s of skipped) {
    out += text.slice(at, s.start) + "\n".repeat(s.end - s.start);
    at = s.end;
  }
  return { text: out + text.slice(at), skipped };
}

/**
 * A sentence cut to a window around `focus` when it is too long to be a sentence: "… the words …".
 * `near`: about where in the sentence the words stand (looked for from there, so that a sentence of
 * thousands of records is not searched from its start for each).
 */
export function sentenceWindow(sentence: string, focus: string, near?: number): string {
  if (sentence.length <= 2 * CONTEXT + focus.length + 100) return sentence;
  const found = near === undefined ? sentence.indexOf(focus) : sentence.indexOf(focus, Math.max(0, near - 40));
  const at = found >= 0 && (near === undefined || found <= near + 40) ? found : Math.min(Math.max(0, near ?? 0), sentence.length);
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(sentence.length, at + focus.length + CONTEXT);
  return `${from > 0 ? "…" : ""}${sentence.slice(from, to)}${to < sentence.length ? "…" : ""}`;
}
