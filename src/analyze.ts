// `briefing analyze`: one file's text -> the records the booklet would hold for it, as one JSON
// object. Content rules are lenient here: a Markdown file needs no title or source, only readable
// frontmatter; plain text is all body. The command line reads the files; this module does no I/O.
import { analyzeText, explainText } from "./analysis/index.ts";
import { figureTable, type FigureRecord } from "./briefing/figures.ts";
import { quoteIndex } from "./briefing/quotes.ts";
import type { Diagnostic } from "./content/diagnostics.ts";
import { splitFrontmatter } from "./content/frontmatter.ts";
import { checkDate, slugify } from "./content/rules.ts";

export interface AnalyzeInput {
  /** As given on the command line ("-" for standard input). */
  file: string;
  text: string;
  /** --date: the date of a text that gives none of its own. */
  date: string | null;
  /** --explain: each quote's `why`, and the notes of rules that looked at something and found no quotation. */
  explain?: boolean;
}

export interface AnalyzedFile {
  file: string;
  date: string | null;
  quotes: AnalyzedQuote[];
  figures: AnalyzedFigure[];
  numbers: { text: string; start: number; end: number; value: number; kind: string; low: number | null; high: number | null }[];
  /** With --explain: where a rule looked and found no quotation, and why (offsets into the body). */
  notes?: { at: number; rule: string; why: string }[];
}

/** A Figure record of figures.json without `url`, with its offsets in the body. asOf is null when the file has no date. */
export type AnalyzedFigure = Omit<FigureRecord, "url" | "anchor" | "number" | "cumulative" | "earlier" | "part" | "asOf" | "ofStory"> & { asOf: string | null };

/** A Quote record of quotes.json without `url`, with the quote's offsets in the body. */
export interface AnalyzedQuote {
  id: string;
  article: string;
  text: string;
  kind: string;
  speaker: { id: string; name: string; role: string | null } | null;
  speakers: { id: string; name: string; role: string | null }[];
  cue: string | null;
  sentence: string;
  start: number;
  end: number;
  /** With --explain: the rules that gave the quote its kind, cue and speaker, or why none did. */
  why?: string[];
}

export function analyzeFile(input: AnalyzeInput): { result: AnalyzedFile | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const plain = /\.txt$/i.test(input.file) || (input.file === "-" && !input.text.startsWith("---"));
  let body = input.text;
  let date = input.date;
  let slug = slugify(input.file === "-" ? "stdin" : input.file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "")) || "article";
  if (!plain) {
    const fm = splitFrontmatter(input.text);
    if (!fm.ok) {
      diagnostics.push({ severity: "error", file: input.file, line: fm.line, field: null, rule: "frontmatter", message: fm.message, fix: fm.fix });
      return { result: null, diagnostics };
    }
    body = fm.body;
    if (typeof fm.data.slug === "string" && slugify(fm.data.slug) === fm.data.slug) slug = fm.data.slug;
    if (fm.data.date !== undefined) {
      const checked = checkDate(fm.data.date);
      if (checked.ok) date = checked.date;
      else {
        diagnostics.push({ severity: "error", file: input.file, line: fm.keyLines.get("date") ?? null, field: "date", rule: "date", message: checked.message, fix: checked.fix });
        return { result: null, diagnostics };
      }
    }
  }
  const analysis = analyzeText(body, date);
  if (analysis.failed) diagnostics.push({ severity: "warning", file: input.file, line: null, field: null, rule: "analysis-failed", message: `the analysis stopped on this text (${analysis.failed}): no quotes or figures are given`, fix: "remove any text that is not prose (a pasted page, a table of data); if it is plain news copy, report it with the text attached" });
  const { quotes } = quoteIndex({}, [{ slug, quotes: analysis.quotes }]);
  const { figures } = figureTable([{ slug, date: date ?? "", figures: analysis.figures }]);
  return {
    result: {
      file: input.file,
      date,
      quotes: quotes.map((q, i) => ({
        id: q.id, article: q.article, text: q.text, kind: q.kind, speaker: q.speaker, speakers: q.speakers, cue: q.cue, sentence: q.sentence, start: q.start, end: q.end,
        ...(input.explain ? { why: analysis.quotes[i]!.why } : {}),
      })),
      figures: figures.map((f) => ({
        id: f.id, article: f.article, text: f.text, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit, counted: f.counted,
        measure: f.measure, place: f.place, subject: f.subject, change: f.change, claimedBy: f.claimedBy, asOf: f.asOf || null, group: f.group, sentence: f.sentence, start: f.start, end: f.end,
      })),
      numbers: analysis.numbers.map((n) => ({ text: n.text, start: n.start, end: n.end, value: n.value, kind: n.kind, low: n.low, high: n.high })),
      ...(input.explain && !analysis.failed ? { notes: explainText(body) } : {}),
    },
    diagnostics,
  };
}
