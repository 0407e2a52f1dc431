// Word counts of an article body, from the ICU word segmenter built into Node (Intl.Segmenter).

const segmenter = new Intl.Segmenter("en", { granularity: "word" });

/** Markdown syntax that is not words: link targets, bare addresses, emphasis marks, heading hashes. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[#*_>`~|[\]]/g, " ");
}

export function countWords(markdown: string): number {
  let count = 0;
  for (const segment of segmenter.segment(plainText(markdown))) if (segment.isWordLike) count++;
  return count;
}
