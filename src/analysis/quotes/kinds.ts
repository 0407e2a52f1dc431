// What kind of quotation a quoted span is: a full statement (direct), words inside the writer's
// sentence (partial), or a name or label nobody is reported as saying (term).
import { CUE_AT_END, WHAT_SOMEONE_CALLED } from "./cues.ts";
import { alternation, NAMING_VERBS, PRESENT_SPEECH_ACTS, SPEECH_ACT_PARTICIPLES, SPEECH_ACTS, TITLE_SMALL_WORDS, WORK_NOUNS } from "./lexicon.ts";

const SPEECH_ACT_PARTICIPLE = new Set<string>(SPEECH_ACT_PARTICIPLES);
import type { QuoteSpan } from "./spans.ts";
import type { Cue, QuoteKind } from "./types.ts";

const TITLE_SMALL = new RegExp(`^(?:${alternation(TITLE_SMALL_WORDS)})$`);
const WORK_BEFORE = new RegExp(`\\b(?:${alternation(WORK_NOUNS)})\\b[^.;:"“”‘’]{0,80}$`, "iu");


/**
 * The title of a work, quoted: every word capitalised but the small ones, no sentence inside ("Winter
 * in Larkhaven," / ‘Locked Out: Ending the Leasehold Trap’), or any quote right after "titled".
 */
export function isTitle(span: QuoteSpan, text: string): boolean {
  if (span.paragraph !== span.lastParagraph) return false;
  const lead = text.slice(Math.max(0, span.outerStart - 60), span.outerStart);
  if (/\b(?:titled|entitled|headlined)\s*$/i.test(lead)) return true;
  const words = span.text.replace(/[,.]$/, "").split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || /[.!?]["”’']?$/.test(span.text.trim()) || /[.!?]\s/.test(span.text)) return false;
  const capitalised = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.test(w.toLowerCase())));
  return capitalised && words.some((w, i) => i > 0 && /^[\p{Lu}]/u.test(w)) && WORK_BEFORE.test(lead.replace(/[\s,:(—–-]+$/u, " ").trimEnd());
}

/** A quoted name inside a person's name: Robert "Bo" Langley. */
export function isNickname(span: QuoteSpan, text: string): boolean {
  if (span.paragraph !== span.lastParagraph || !/^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?$/u.test(span.text)) return false;
  return /[\p{Lu}][\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, span.outerStart - 30), span.outerStart)) && /^\s[\p{Lu}]/u.test(text.slice(span.outerEnd, span.outerEnd + 2));
}

export function classify(text: string, before: string, cue: Cue | null, span: QuoteSpan): QuoteKind {
  const words = text.split(/\s+/).filter(Boolean);
  const lead = before.replace(/\s+$/u, "");
  const precedingWords = lead.split(/\s+/).slice(-6).join(" ");
  const act = cue !== null && cue.place === "embedded" && (SPEECH_ACTS.has(cue.cue) || SPEECH_ACT_PARTICIPLE.has(cue.cue) || PRESENT_SPEECH_ACTS.has(cue.cue));
  if (act) return "partial";
  // 'an anti-Brexit ("British exit") march': a gloss in brackets is the writer's.
  if (/\($/.test(lead) && words.length <= 6) return "term";
  // "Calling it "just another apology", Anna Franowska told Reuters ...": a speech act opening the
  // sentence, its subject the speaker the cue names.
  const opening = /^(\p{L}+ing)\b[^,.;]*$/u.exec(lead);
  if (cue && opening && SPEECH_ACT_PARTICIPLE.has(opening[1]!.toLowerCase())) return "partial";
  // "declared the outbreak a "public health emergency"", "called Trump's conduct a "breach ..."": the
  // speaker's own word for a thing named between the verb and the quote (not "was called", not "dubbed "Lorenzo"").
  if (cue && /\b(?:called|declared|labell?ed|branded|described|deemed|termed)\s+(?!as\b|a\b|an\b)[^,.;"“”]{2,60}?\s+(?:a|an|as|as a|as an)$/i.test(lead.slice(-90)) && !/\b(?:was|were|is|are|be|been|being)\s+\S+\s+[^,.;]*$/i.test(lead.slice(-70))) return "partial";
  // "what he called "secondary tariffs"": a person's word for it, in the past tense, is theirs.
  if (cue && WHAT_SOMEONE_CALLED.test(lead)) return "partial";
  if ((NAMING_VERBS.test(precedingWords) || /\bknown\b[^.,;]{0,30}\bas$/i.test(lead)) && words.length <= 6) return "term";
  const startsUpper = /^[\p{Lu}"“‘'(\d]/u.test(text) || text.startsWith("...") || text.startsWith("…");
  const opensClause = lead === "" || /[,:]$/.test(lead) || /[—–-]$/.test(lead) || CUE_AT_END.test(lead);
  if (startsUpper && opensClause && (words.length > 3 || /[.!?,]$/.test(span.text.trim()))) return "direct";
  if (span.paragraph !== span.lastParagraph) return "direct";
  // A fragment inside a clause that reports someone's words is theirs: partial, not a label,
  // unless it stands as a name right after "a"/"an" ("announced a "special military operation"").
  if (cue && cue.place === "embedded" && !(/\b(?:a|an)$/i.test(lead) && !/\bas an?$/i.test(lead))) return "partial";
  if (!cue && words.length <= 4) return "term";
  // Words the sentence gives its speaker are theirs, however short ("the border issue is the "main
  // difference", he added"), unless the writer marks them as a name ("a", "as", "called").
  if (cue && cue.cue && !/\b(?:a|an|as|called|named|dubbed|termed|titled|so-called|known\s+as)\s*$/i.test(lead)) return "partial";
  if (/\b(?:a|an|as a|as an|as)$/i.test(lead) && words.length <= 4) return "term";
  return "partial";
}
