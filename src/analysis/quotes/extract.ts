// One article body -> its quotations, each with kind, speaker and cue. A pipeline of named rules over
// one shared state, in the manner of markdown-it's core: each rule reads what the ones before it
// left and adds its part. The rules and their order:
import { readBody, type ReadBody } from "../body.ts";
import { resolveSpeakers } from "./coreference/resolve.ts";
import { attachCues } from "./rules/attach-cues.ts";
import { collectSubjects } from "./rules/collect-subjects.ts";
import { inheritSpeakers } from "./rules/inherit-speakers.ts";
import { maskQuotes } from "./rules/mask-quotes.ts";
import { findReportedSpeech } from "./rules/reported-speech.ts";
import { dropUnattributedReports } from "./rules/drop-unattributed-reports.ts";
import { shareSentenceCue } from "./rules/share-sentence-cue.ts";
import { createState, segmentsOf } from "./state.ts";
import type { ExtractedQuote, Rule, State } from "./types.ts";

export type { ExtractedQuote, QuoteKind, Speaker, SpeakerKind } from "./types.ts";

export const RULES: Rule[] = [
  { name: "mask quotes", run: maskQuotes },
  { name: "attach cues", run: attachCues },
  { name: "share a sentence's cue", run: shareSentenceCue },
  { name: "reported speech", run: findReportedSpeech },
  { name: "body order", run: (state) => state.drafts.sort((a, b) => a.at - b.at) },
  { name: "collect subjects", run: collectSubjects },
  { name: "resolve speakers", run: resolveSpeakers },
  { name: "drop reports of no one", run: dropUnattributedReports },
  { name: "inherit speakers", run: inheritSpeakers },
];

export function extractQuotes(body: string, read: ReadBody = readBody(body)): ExtractedQuote[] {
  return explainQuotes(body, read).quotes;
}

/** The quotations, and the notes of the rules that looked at something and found no quotation in it. */
export function explainQuotes(body: string, read: ReadBody = readBody(body)): { quotes: ExtractedQuote[]; notes: State["notes"] } {
  const state = createState(read);
  for (const rule of RULES) rule.run(state);
  const quotes = state.drafts.map(({ mention: _m, at: _a, markStart, markEnd, place: _p, ...quote }) => ({ ...quote, segments: segmentsOf(state.paragraphs, markStart, markEnd) }));
  return { quotes, notes: state.notes.sort((a, b) => a.at - b.at) };
}
