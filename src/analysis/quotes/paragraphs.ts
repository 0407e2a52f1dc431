// An article's Markdown body -> its paragraphs of prose, with offsets into the body, and which of
// them are not the writer's narration: headings, the turns of an interview transcript ("((WN)) What
// prompted ...", "Q: ...", "NG: ..."), and photo credits left in scraped copy ("... Image: Nicholas
// Moreau."). The quote rules read quotations in the narration only.
import type { Paragraph } from "./spans.ts";

export interface BodyParagraph extends Paragraph {
  heading: boolean;
  /** A transcript turn or a photo credit: not the writer's narration. */
  aside: boolean;
  /** In a transcript, who speaks this paragraph, as its turn's mark names them ("Naomi Martisius"); never the interviewer. */
  speaker?: string;
}

/** Marks of the one who asks: their turns are questions, and say no figure of their own. */
const INTERVIEWER = /^(?:WN|Wikinews|Q|Interviewer|Question)$/i;

/** A transcript turn's mark: "((WN))", "((Anthony Boccaletti))", or a short label and a colon ("Q:", "NG:", "Perttu Ahola:"). */
const TURN = /^\s*(?:\(\([^()]{1,40}\)\)|(?:Q|A|[\p{Lu}]{1,4}|[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2}):\s)/u;
/** Labels that head a paragraph without being someone speaking: "Note:", "Update:", "Image:". */
const NOT_A_SPEAKER = /^(?:Note|Notes|Update|Updated|Source|Sources|Correction|Editor'?s note|Image|Photo|Photograph|Picture|Credit|Video|Warning|Background|Timeline|Related|See also|Read more|Also|Caption|Disclaimer|Transcript)$/i;
/** A credit left from a photo: "Image: Nicholas Moreau.", "Jo JorgensenImage: Jo Jorgensen for President." */
const CREDIT = /(?:^|[\s\p{Ll}.])(?:Image|Photo|Photograph|Picture|Credit):\s/u;

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
    if (text.trim()) out.push({ text: text.replace(/\n/g, " "), start, heading, aside: text.length < 300 && CREDIT.test(text) });
  }
  markTranscript(out);
  return out;
}

/**
 * A transcript: three turns or more, with at least two speakers' marks. Each turn is an aside, and so
 * is every paragraph after the first turn that carries no mark (an answer running on).
 */
function markTranscript(paragraphs: BodyParagraph[]): void {
  // "Gloria La RivaImage: Pax Ahimsa Gethen." is a photo credit run on to a caption, not a turn.
  const marks = paragraphs.map((p) => (p.text.length < 300 && CREDIT.test(p.text) ? null : TURN.exec(p.text)?.[0].trim().replace(/[:\s]+$/, "") ?? null)).map((m) => (m && NOT_A_SPEAKER.test(m) ? null : m));
  const turns = marks.filter((m) => m !== null);
  if (turns.length < 3 || new Set(turns).size < 2) return;
  const first = marks.findIndex((m) => m !== null);
  let speaker: string | null = null;
  for (let i = first; i < paragraphs.length; i++) {
    paragraphs[i]!.aside = true;
    const mark = marks[i];
    if (mark) speaker = mark.replace(/^\(\(|\)\)$/g, "").trim();
    if (speaker && !INTERVIEWER.test(speaker)) paragraphs[i]!.speaker = speaker;
  }
}
