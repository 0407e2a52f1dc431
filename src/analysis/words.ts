// Word counts of an article body, from the ICU word segmenter built into Node (Intl.Segmenter).

const segmenter = new Intl.Segmenter("en", { granularity: "word" });

/** Markdown syntax that is not words: link targets, bare addresses, emphasis marks, heading hashes. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[#*_>`~|[\]]/g, " ");
}

/**
 * V8's segmenter takes time that grows with the square of the string's length, so the text is fed
 * to it in pieces of a few hundred characters, cut at whitespace (no word spans whitespace).
 */
function* pieces(text: string, size = 250): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : text.indexOf(" ", end);
      const newline = text.lastIndexOf("\n", end) > start ? text.lastIndexOf("\n", end) : -1;
      // No whitespace near the cut (a long unspaced run): cut at the size, splitting at most one word.
      const soft = Math.max(space, newline);
      end = soft > start && soft - start <= size * 2 ? soft : start + size;
    }
    yield text.slice(start, end);
    start = end;
  }
}

export function countWords(markdown: string): number {
  let count = 0;
  for (const piece of pieces(plainText(markdown))) {
    for (const segment of segmenter.segment(piece)) if (segment.isWordLike) count++;
  }
  return count;
}
