// The quote extractor's records and the state its rules share.
import type { Sentence } from "../nlp.ts";
import type { BodyParagraph } from "./paragraphs.ts";
import type { QuoteSpan } from "./spans.ts";

export type QuoteKind = "direct" | "partial" | "term" | "reported";

export type SpeakerKind = "person" | "organization" | "group" | "unnamed";

export interface Speaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
}

export interface ExtractedQuote {
  text: string;
  kind: QuoteKind;
  /** The first of `speakers`, or null. */
  speaker: Speaker | null;
  /** Everyone who makes the statement, in order ("X and Y both said"); [] for a term or no speaker. */
  speakers: Speaker[];
  cue: string | null;
  sentence: string;
  /** Offsets of the quoted words (or reported clause) in the body. */
  start: number;
  end: number;
  /** The same words as one [start, end) range per paragraph they cover, for marking them up. */
  segments: [number, number][];
  paragraph: number;
  /** Which rules gave the quote its cue and speaker, or why none did: for tracing an attribution. */
  why: string[];
}

/** A phrase that names who speaks, before it is resolved against the rest of the article. */
export type Mention =
  /** `honorific`: a surname after Mr, Mrs, Lord, Sir ...: a person's even when the article gives no full name. */
  | { type: "named"; name: string; role: string | null; kind: SpeakerKind; single: boolean; honorific?: boolean }
  | { type: "pronoun"; pronoun: string }
  /** `owner`: the pronoun of a description by whose it is ("his publicist": "he"). */
  | { type: "definite"; role: string; phrase: string; owner?: string }
  /** Several speakers making one statement: "Donald Trump and Secretary of State Marco Rubio". */
  | { type: "joint"; parts: Mention[]; phrase: string }
  /**
   * A writing whose issuer the phrase does not name: "the study", "the court's decision" aside.
   * `anonymous`: reports of no one in particular ("According to reports", "Initial reports stated"),
   * which speak for nobody; otherwise the issuer is the body or group the article named last.
   */
  | { type: "writing"; noun: string; phrase: string; anonymous: boolean; owner?: string };

/** Where a cue stood in relation to its quote. */
export type CuePlace = "after" | "before" | "embedded";

export interface Cue {
  /** The reporting word as written ("said", "according to"), or "" / "—" for none and a dash. */
  cue: string;
  mention: Mention;
  place: CuePlace;
  /** The rule that found it. */
  rule: string;
}

export interface Draft extends Omit<ExtractedQuote, "segments"> {
  mention: Mention | null;
  /** What to mark on the page: the quote with its marks, or the reported clause. */
  markStart: number;
  markEnd: number;
  /** Offset in the body used to order speaker events. */
  at: number;
  /** Where its cue stood ("after", "before", "embedded"), "name" for a title or nickname, "label" after "a"/"as", "reported", or null. */
  place: string | null;
}

/** A person, group or organisation as the article mentions them, at a body offset. */
export interface MentionEvent {
  at: number;
  speaker: Speaker;
  /** The mention is a sentence's subject or a quote's speaker, not a name in passing. */
  subject?: boolean;
  /** When a surname alone names one of several people ("Moffat herself"). */
  candidates?: Speaker[];
  /** The speakers of a statement made together, for "the couple" or "both" to stand for. */
  together?: Speaker[];
  /** The speaker of a quotation, resolved: a person by a single name counts ("Biden said ... He added"). */
  resolved?: boolean;
  /** Several people named together as a sentence's subject, resolved when "the couple" needs them. */
  joint?: Mention;
}

export interface State {
  paragraphs: BodyParagraph[];
  sentences: Sentence[][];
  spans: QuoteSpan[];
  /** The spans that open in each paragraph, and those that cover any part of it. */
  spansOpening: QuoteSpan[][];
  spansCovering: QuoteSpan[][];
  drafts: Draft[];
  /** People, groups and organisations as they are mentioned as subjects or speakers, in order. */
  events: MentionEvent[];
  /** Each paragraph with its quotations blanked out, offsets kept: the writer's own words. */
  narration: string[];
  /** Why a rule that looked at something found nothing: for tracing a missed quote (`briefing analyze --explain`). */
  notes: { at: number; rule: string; why: string }[];
  /** Sentences whose subject is "he" or "she": resolved in turn, they carry the person on ("She is 79."). */
  pronounSubjects: { at: number; mention: Mention; speaker: Speaker | null; speakers: Speaker[] }[];
}

/** One step of the extractor: reads and updates the shared state. */
export interface Rule {
  name: string;
  run: (state: State) => void;
}
