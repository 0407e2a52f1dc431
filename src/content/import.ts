// Plain-text articles -> content files with frontmatter (`briefing import`). Pure: text in, file text out.
import { dump } from "js-yaml";
import { checkDate, slugify } from "./rules.ts";

export interface ImportInput {
  text: string;
  source: string;
  date: string;
  title?: string;
  url?: string;
}

export type Imported =
  | { ok: true; fileName: string; content: string; notes: string[] }
  | { ok: false; message: string; fix: string };

const SENTENCE_END = /(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/;

/** What is wrong with the options shared by every file of an import, or null. */
export function importOptionsProblem(input: { source: string; date: string; url?: string }): string | null {
  const date = checkDate(input.date);
  if (!date.ok) return `${date.message.replace("`date`", "--date")}; ${date.fix}`;
  if (!input.source.trim()) return "--source is empty: give the outlet's name, such as --source Reuters";
  if (input.url !== undefined && !/^https?:\/\/[^/\s]+/i.test(input.url)) return `--url must be a web address starting with http:// or https://, not "${input.url}"`;
  return null;
}

export function importPlainText(input: ImportInput): Imported {
  const problem = importOptionsProblem(input);
  if (problem) return { ok: false, message: problem, fix: "correct the option" };
  const date = checkDate(input.date);
  if (!date.ok) return { ok: false, message: date.message, fix: date.fix };
  const paragraphs = input.text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean);
  if (!paragraphs.length) return { ok: false, message: "the file has no text", fix: "give a file with the article's text, one paragraph a line" };

  const source = input.source.trim();
  const notes: string[] = [];
  let title = input.title?.trim();
  // A copied page often opens with its headline on a line of its own: it is the title, not the
  // first paragraph too.
  const first = paragraphs[0]!;
  const same = (a: string, b: string) => a.replace(/[\s.!?:]+$/u, "").toLowerCase() === b.replace(/[\s.!?:]+$/u, "").toLowerCase();
  if (paragraphs.length > 1 && (title ? same(first, title) : isHeadline(first))) {
    if (!title) {
      title = first;
      notes.push("the title was taken from the first line, a headline: edit it, or give --title");
    }
    paragraphs.shift();
  }
  if (!title) {
    const first = paragraphs[0]!;
    const sentence = first.split(SENTENCE_END)[0]!;
    const words = sentence.split(/\s+/);
    title = words.length > 14 ? `${words.slice(0, 12).join(" ").replace(/[,;:]$/, "")}…` : sentence.replace(/\.$/, "");
    notes.push("the title was taken from the first sentence: edit it, or give --title");
  }
  const data: Record<string, string> = { title, source, date: date.date };
  if (input.url) data.url = input.url;
  const frontmatter = dump(data, { lineWidth: -1, quotingType: '"', forceQuotes: true }).replace(/^date: "(.*)"$/m, "date: $1");
  const body = paragraphs.map(escapeBlockStart).join("\n\n");
  const slug = `${date.date}-${slugify(title, 8) || "article"}`;
  return { ok: true, fileName: `${slug}.md`, content: `---\n${frontmatter}---\n\n${body}\n`, notes };
}

/** A line that reads as a headline: short, and not ended as a sentence is (a question may be one). */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 20 && !/[.!,;:…]["”’)]?$/u.test(line) && !(/\?["”’]?$/u.test(line) && words > 14);
}

/** Plain text that would start a Markdown block (heading, list, quote, rule, code fence) stays text. */
function escapeBlockStart(paragraph: string): string {
  const numbered = /^(\d{1,9})([.)])(\s|$)/.exec(paragraph);
  if (numbered) return `${numbered[1]}\\${paragraph.slice(numbered[1]!.length)}`;
  // ("[x]: https://..." would be a link definition, which Markdown shows as nothing at all)
  if (/^ {0,3}\[[^\]]+\]:/.test(paragraph)) return `\\${paragraph}`;
  return paragraph.replace(/^(#{1,6}(\s|$)|>|[-*+](\s|$)|([-*_])\s*\4\s*\4|```|~~~)/, (m) => `\\${m}`);
}
