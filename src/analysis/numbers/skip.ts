// Parts of a text no number is read from: web addresses ("https://x.com/2022/03/07", "www.a.com")
// and Markdown link targets ("](...)"). The words of a link are read as usual.

const SKIP_START = /https?:\/\/|www\.|\]\(/gi;
const URL_END = /[\s<>"`]/;

/** Sorted, non-overlapping [start, end) ranges to skip. One pass over the text. */
export function skippedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  SKIP_START.lastIndex = 0;
  for (let m = SKIP_START.exec(text); m; m = SKIP_START.exec(text)) {
    const target = m[0] === "](";
    const start = target ? m.index + 2 : m.index;
    const end = target ? endOfTarget(text, start) : endOfUrl(text, start);
    ranges.push([start, end]);
    // Continue after the range: a "www." inside an address is not a second one.
    SKIP_START.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return ranges;
}

function endOfUrl(text: string, start: number): number {
  let i = start;
  while (i < text.length && !URL_END.test(text[i] ?? "")) i++;
  return i;
}

/** A link target ends at its closing parenthesis (targets may hold balanced ones) or the line's end. */
function endOfTarget(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") return i;
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}
