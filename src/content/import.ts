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

export function importPlainText(input: ImportInput): Imported {
  const date = checkDate(input.date);
  if (!date.ok) return { ok: false, message: date.message.replace("`date`", "--date"), fix: date.fix };
  const paragraphs = input.text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean);
  if (!paragraphs.length) return { ok: false, message: "the file has no text", fix: "give a file with the article's text, one paragraph a line" };

  const source = input.source.trim();
  if (!source) return { ok: false, message: "--source is empty", fix: "give the outlet's name, such as --source Reuters" };
  if (input.url !== undefined && !/^https?:\/\/[^/\s]+/i.test(input.url)) {
    return { ok: false, message: `--url must be a web address starting with http:// or https://, not "${input.url}"`, fix: "give the article's original address, or leave --url out" };
  }
  const notes: string[] = [];
  let title = input.title?.trim();
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

/** Plain text that would start a Markdown block (heading, list, quote, rule, code fence) stays text. */
function escapeBlockStart(paragraph: string): string {
  const numbered = /^(\d{1,9})([.)])(\s|$)/.exec(paragraph);
  if (numbered) return `${numbered[1]}\\${paragraph.slice(numbered[1]!.length)}`;
  return paragraph.replace(/^(#{1,6}(\s|$)|>|[-*+](\s|$)|([-*_])\s*\4\s*\4|```|~~~)/, (m) => `\\${m}`);
}
