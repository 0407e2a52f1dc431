// Each quoted span becomes a draft quotation with its kind and the cue beside it: after the quote
// (`"...," he said`), before it (`X said: "..."`), earlier in its sentence, or in the sentence or
// paragraph that introduces it ("She wrote:").
import { MAX_SENTENCE, NEAR } from "../../budget.ts";
import type { Sentence } from "../../nlp.ts";
import { aboutPerson, ATTRIBUTION_ONLY, cueAfter, cueBefore, mentionOf, subjectOf } from "../cues.ts";
import { ORG_WORDS, TITLE_WORDS } from "../lexicon.ts";
import { classify, isNickname, isTitle } from "../kinds.ts";
import type { QuoteSpan } from "../spans.ts";
import { sentenceAt, spansTouching } from "../state.ts";
import type { Cue, Mention, State } from "../types.ts";

export function attachCues(state: State): void {
  const { paragraphs, sentences, spans } = state;
  // A nickname inside a name, or a body's name in quote marks inside a noun phrase ("Anna Franowska of
  // "Have no fear", an abuse victim support charity, told Reuters"), is part of the words around it.
  const nickname = spans.map((span) => isNickname(span, paragraphs[span.paragraph]!.text) || isAffiliationName(span, paragraphs[span.paragraph]!.text));
  const beside = (index: number, step: -1 | 1) => {
    let i = index + step;
    while (i >= 0 && i < spans.length && nickname[i]) i += step;
    return spans[i];
  };
  spans.forEach((span, index) => {
    const first = paragraphs[span.paragraph]!;
    const last = paragraphs[span.lastParagraph]!;
    const openSentence = sentenceAt(sentences[span.paragraph]!, span.outerStart)!;
    const closeSentence = sentenceAt(sentences[span.lastParagraph]!, Math.max(span.outerEnd - 1, 0))!;
    const previous = beside(index, -1);
    const next = beside(index, 1);
    let beforeStart = openSentence.start;
    if (previous && previous.lastParagraph === span.paragraph && previous.outerEnd > beforeStart) beforeStart = previous.outerEnd;
    let afterEnd = closeSentence.end;
    // `"...river." — Therese Mballa, 47` or `"...ambitions." The club said.`: the attribution may stand
    // in the next sentence when the quote ends its own (used only when its own sentence gives no cue).
    let nextEnd = afterEnd;
    const nextSentence = sentences[span.lastParagraph]!.find((s) => s.start >= closeSentence.end);
    if (nextSentence && last.text.slice(span.outerEnd, closeSentence.end).trim() === "") {
      const candidate = nextSentence.text.trim();
      if (/^[—–-]/u.test(candidate) || ATTRIBUTION_ONLY.test(candidate)) nextEnd = nextSentence.end;
    }
    // The next quote of the paragraph bounds the words after this one.
    if (next && next.paragraph === span.lastParagraph && next.outerStart < afterEnd) afterEnd = next.outerStart;
    if (next && next.paragraph === span.lastParagraph && next.outerStart < nextEnd) nextEnd = next.outerStart;
    // In a "sentence" too long to be one, only the words near the quote are read for its cue.
    const overlong = openSentence.end - openSentence.start > MAX_SENTENCE || closeSentence.end - closeSentence.start > MAX_SENTENCE;
    if (overlong) {
      beforeStart = Math.max(beforeStart, span.outerStart - NEAR);
      afterEnd = Math.min(afterEnd, span.outerEnd + NEAR);
      nextEnd = Math.min(nextEnd, span.outerEnd + NEAR);
    }
    const before = first.text.slice(beforeStart, span.outerStart);
    const after = last.text.slice(span.outerEnd, Math.max(afterEnd, span.outerEnd));
    const afterNext = last.text.slice(span.outerEnd, Math.max(nextEnd, span.outerEnd));
    const sentence = span.paragraph === span.lastParagraph ? first.text.slice(openSentence.start, closeSentence.end) : `${first.text.slice(openSentence.start)} ${last.text.slice(0, closeSentence.end)}`;

    const text = span.text.replace(/[,;:\s]+$/u, "").replace(/^\s+/, "");
    const sentenceBefore = first.text.slice(overlong ? Math.max(openSentence.start, span.outerStart - NEAR) : openSentence.start, span.outerStart);
    let cue = cueAfter(after, span.text.trim()) ?? cueBefore(before, sentenceBefore, openSentence, text) ?? (afterNext !== after ? cueAfter(afterNext, span.text.trim()) : null);
    // `Pelosi called Trump's conduct a "breach ...," according to NBC`: the outlet relays; the speaker the sentence names speaks.
    if (cue?.cue === "according to" && cue.place === "after") {
      const own = cueBefore(before, sentenceBefore, openSentence);
      if (own?.mention && own.cue && own.cue !== "according to") cue = own;
    }
    // `Putin announced a "special military operation" aimed at "demilitarization"`: the reporting
    // verb stands before an earlier quote of the same sentence.
    if (!cue && before !== sentenceBefore) {
      const earlier = cueBefore(sentenceBefore, sentenceBefore, openSentence);
      if (earlier) cue = { ...earlier, place: "embedded", rule: `${earlier.rule}, before an earlier quote` };
    }
    // A quote that opens its sentence with no cue: the paragraph before may introduce it, or, inside a
    // paragraph, the sentence before ("Frayling laughs when I read her this. “Reuben is ...”").
    // "During the premiere, "I felt like ..."": an opener with no verb before the quote is as good as none.
    const openerOnly = /^[^,"“”]{1,40},\s*$/.test(sentenceBefore) && !/\b(?:said|says|told|is|was|are|were|has|had|have)\b/.test(sentenceBefore);
    if (!cue && (sentenceBefore.trim() === "" || openerOnly)) {
      const opensParagraph = sentences[span.paragraph]![0] === openSentence && sentenceBefore.trim() === "";
      cue = opensParagraph ? cueFromParagraphBefore(state, span) : cueFromSentenceBefore(state, span, openSentence);
    }
    // `Lisa Mancini has been cosplaying for two years, her "passion" for the hobby ...`, `She typically
    // chooses "to portray ..."`: quoted words in a sentence about a speaker, with no cue of their own,
    // are that speaker's.
    // Not for a name in quote marks ("the trademark rights of "CentOS"").
    // `was announced to be a "pandemic" by the World Health Organization`: a passive's agent after the quote.
    if (!cue || !cue.cue) {
      const agent = passiveAgent(sentenceBefore, after);
      if (agent) cue = agent;
    }
    if (!cue && !/^\s*$/.test(sentenceBefore) && !/^(?:[\p{Lu}][\p{L}\d'’.-]*\s*){1,4}$/u.test(text)) cue = subjectCue(state, span, openSentence, sentenceBefore);
    const named = nickname[index] || isTitle(span, first.text);
    const kind = named ? "term" : classify(text, before, cue, span);
    const place = named ? "name" : cue?.place ?? (/\b(?:a|an|as)\s*$/i.test(before) ? "label" : null);
    state.drafts.push({
      text,
      kind,
      speaker: null,
      speakers: [],
      cue: kind === "term" ? null : cue?.cue || null,
      sentence: sentence.trim(),
      start: first.start + span.start,
      end: last.start + span.end,
      paragraph: span.paragraph,
      mention: kind === "term" ? null : cue?.mention ?? null,
      at: first.start + span.outerStart,
      markStart: first.start + span.outerStart,
      markEnd: last.start + span.outerEnd,
      place,
      why: [named ? (nickname[index] ? "term: a nickname inside a name" : "term: the title of a work") : cue ? `cue: ${cue.rule}` : "no cue: no reporting word beside the quote, in its sentence or introducing it"],
    });
  });
}

/**
 * A quote that opens its paragraph with no cue of its own, after a paragraph of narration: "She
 * wrote:" introduces it, and so does a one-sentence paragraph about a person ("She talks about the
 * job the way some people talk about a difficult relative.").
 */
function cueFromParagraphBefore(state: State, span: QuoteSpan): Cue | null {
  const p = span.paragraph - 1;
  const previous = state.paragraphs[p];
  if (!previous || previous.heading || previous.aside || state.spansCovering[p]!.length > 0) return null;
  const sentences = state.sentences[p]!;
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  if (/:\s*$/.test(previous.text)) {
    const cue = cueBefore(last.text.replace(/:\s*$/, ""), last.text, last);
    if (cue) return { ...cue, place: "before", rule: `${cue.rule}, in the paragraph before` };
  }
  return sentences.length === 1 ? aboutPerson(last, false, "a one-sentence paragraph about a person before") : null;
}

/**
 * The subject of the clause that holds a quote, when it names a person, a body or a group of people, as
 * a cue with no word: the nearest "which X ..." or "who ..." clause's subject, else the sentence's.
 */
function subjectCue(state: State, span: QuoteSpan, sentence: Sentence, before: string): Cue | null {
  const relative = /\b(?:which|that|whom)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)(?:has\s+|have\s+|had\s+)?\p{Ll}+ed\b[^,;]*$/u.exec(before);
  // "Residents were advised to expect ...", "Trump was said to be suffering "...": the subject of a passive is told, not telling.
  if (!relative && /^[^,]{0,80}?\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:said|advised|told|asked|urged|warned|reported|described|called|believed|thought|expected|ordered|instructed|considered|deemed|seen)\b/u.test(before)) return null;
  const mention = relative ? mentionOf(relative[1]!.trim()) : subjectOf(before.replace(/[\s,:;—–-]+$/u, ""), sentence);
  if (!mention || !speakerLike(mention)) return null;
  return { cue: "", mention, place: "embedded", rule: relative ? "the subject of the relative clause that holds the quote" : "the subject of the sentence that holds the quote" };
}

/** A passive verb of saying or naming before a quote and its agent after it: `was described as "knife-obsessed" by the police`. */
function passiveAgent(before: string, after: string): Cue | null {
  if (!/\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|called|described|said|deemed|considered|labell?ed|branded|dubbed|termed|announced|declared)\b[^.;:"“”]{0,60}$/u.test(before)) return null;
  const by = /^["”’']?[,.]?\s+by\s+((?:the\s+)?[^,.;:"“”]{2,80}?)(?=[,.;:]|\s+(?:as|for|on|in|at|after|before|when|while|during|because)\b|$)/i.exec(after);
  const mention = by ? mentionOf(by[1]!) : null;
  return mention ? { cue: "by", mention, place: "after", rule: "after: a passive's agent" } : null;
}

/** A short capitalised name in quote marks after "of", "at" or "from": where someone works. */
function isAffiliationName(span: QuoteSpan, text: string): boolean {
  if (span.paragraph !== span.lastParagraph) return false;
  const words = span.text.trim().split(/\s+/);
  return words.length <= 5 && /^[\p{Lu}]/u.test(span.text.trim()) && !/[.,;:!?]$/.test(span.text.trim()) && /\b(?:of|at|from)\s*$/.test(text.slice(Math.max(0, span.outerStart - 8), span.outerStart)) && /^\s*,/.test(text.slice(span.outerEnd));
}

/** A mention that can speak: a person, a body, people, or a pronoun for one of them. */
function speakerLike(m: Mention): boolean {
  if (m.type === "pronoun") return /^(?:he|she|they)$/.test(m.pronoun);
  if (m.type === "joint") return m.parts.every(speakerLike);
  if (m.type === "definite") return TITLE_WORDS.has(m.role) || ORG_WORDS.has(m.role);
  if (m.type === "writing") return false;
  if (m.kind === "group") {
    const head = m.name.split(/\s+(?:in|of|from|at|for|on|across|who|with)\s/)[0]!.split(/\s+/).pop()!.toLowerCase();
    const singular = head.replace(/ies$/, "y").replace(/(?:sses|shes|ches|xes)$/, (x) => x.slice(0, -2)).replace(/s$/, "");
    return /^(?:people|police|staff|media|press|authorities|officials|family|relatives|parents|critics)$/.test(head) || TITLE_WORDS.has(singular) || ORG_WORDS.has(singular);
  }
  return true;
}

function cueFromSentenceBefore(state: State, span: QuoteSpan, sentence: Sentence): Cue | null {
  const sentences = state.sentences[span.paragraph]!;
  const previous = sentences[sentences.indexOf(sentence) - 1];
  if (!previous || spansTouching(state, span.paragraph, previous).some((s) => s.paragraph === span.paragraph)) return null;
  return aboutPerson(previous, true, "the sentence before is about a person");
}
