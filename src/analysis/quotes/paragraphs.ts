// An article's Markdown body -> its paragraphs of prose, with offsets into the body.
import type { Paragraph } from "./spans.ts";

export interface BodyParagraph extends Paragraph {
  heading: boolean;
}

export function paragraphsOf(body: string): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    let text = m[0];
    let start = m.index;
    const marker = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/.exec(text);
    const heading = /^#{1,6}\s/.test(text);
    if (marker) {
      text = text.slice(marker[0].length);
      start += marker[0].length;
    }
    if (text.trim()) out.push({ text: text.replace(/\n/g, " "), start, heading });
  }
  return out;
}
