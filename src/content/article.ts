// Frontmatter rules for one article (DESIGN.md "Content"): text in, an Article and diagnostics out.
import { reporter, type Diagnostic } from "./diagnostics.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { checkDate, closestKey, slugify } from "./rules.ts";

export interface Article {
  /** File name without `.md`: the article's address under /articles/. */
  slug: string;
  /** Path of the source file, for messages. */
  file: string;
  title: string;
  source: string;
  /** YYYY-MM-DD */
  date: string;
  url: string | null;
  wire: string | null;
  author: string | null;
  language: string;
  notes: string | null;
  tags: string[];
  /** Markdown body, untrusted. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

export const ARTICLE_KEYS = ["title", "source", "date", "url", "wire", "author", "language", "notes", "tags"] as const;

/** Keys that steer Eleventy templates. In an article they have no effect: an article is data. */
const TEMPLATE_KEYS = new Set([
  "permalink", "layout", "eleventyComputed", "eleventyExcludeFromCollections", "eleventyImport", "eleventyNavigation",
  "eleventyDataSchema", "pagination", "templateEngineOverride", "dynamicPermalink", "permalinkBypassOutputDir", "slug", "fileSlug", "outputPath",
]);

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface ArticleResult {
  article: Article | null;
  diagnostics: Diagnostic[];
}

/** Validates one article file's text. `file` is the path shown in messages; `name` the file name. */
export function parseArticle(text: string, file: string, name: string): ArticleResult {
  const diagnostics: Diagnostic[] = [];
  const problem = reporter(file, diagnostics);

  const slug = name.replace(/\.md$/i, "");
  if (!SLUG.test(slug) || slug.endsWith(".")) {
    const better = slugify(slug) || "article";
    problem("error", "slug-invalid", null, null, `the file name "${name}" cannot be an article address: use letters, digits, hyphens, dots and underscores only`, `rename the file to "${better}.md"`);
  }

  const fm = splitFrontmatter(text);
  if (!fm.ok) {
    problem("error", "frontmatter-syntax", null, fm.line, fm.message, fm.fix);
    return { article: null, diagnostics };
  }
  if (!fm.present) {
    problem("error", "frontmatter-missing", null, 1, "the file has no frontmatter", 'begin the file with a --- line, then `title: "..."`, `source: "..."`, `date: YYYY-MM-DD`, then a --- line and the text');
    return { article: null, diagnostics };
  }
  const data = fm.data;
  const lineOf = (key: string) => fm.keyLines.get(key) ?? null;

  const text_ = (key: string, required: boolean): string | null => {
    const value = data[key];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      if (required) problem("error", `${key}-missing`, key, value === undefined ? null : lineOf(key), `\`${key}\` is required`, `add \`${key}: "..."\` to the frontmatter${key === "source" ? " (the outlet that published the article)" : ""}`);
      return null;
    }
    if (typeof value !== "string") {
      const hint = typeof value === "object" && !Array.isArray(value) ? "..." : String(Array.isArray(value) ? value.join(", ") : value);
      problem("error", `${key}-type`, key, lineOf(key), `\`${key}\` must be text, not ${describe(value)}`, `write it as text in quotes: ${key}: "${hint}"`);
      return null;
    }
    return value.trim();
  };

  const title = text_("title", true);
  const source = text_("source", true);
  const wire = text_("wire", false);
  const author = text_("author", false);
  const notes = text_("notes", false);

  let date: string | null = null;
  const rawDate = data.date;
  if (rawDate === undefined || rawDate === null || rawDate === "") {
    problem("error", "date-missing", "date", rawDate === undefined ? null : lineOf("date"), "`date` is required", "add `date: YYYY-MM-DD`, the day the article was published");
  } else {
    const checked = checkDate(rawDate);
    if (checked.ok) date = checked.date;
    else problem("error", "date-invalid", "date", lineOf("date"), checked.message, checked.fix);
  }

  let url: string | null = null;
  const rawUrl = text_("url", false);
  if (rawUrl !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(rawUrl);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:") || !/^https?:\/\//i.test(rawUrl)) {
      problem("error", "url-invalid", "url", lineOf("url"), `\`url\` must be a web address starting with http:// or https://, not "${rawUrl}"`, "give the article's original address, such as https://example.com/news/story, or remove the line");
    } else url = parsed.href;
  }

  let language = "en";
  const rawLanguage = text_("language", false);
  if (rawLanguage !== null) {
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(rawLanguage)) language = rawLanguage;
    else problem("error", "language-invalid", "language", lineOf("language"), `\`language\` must be a language code such as en or pt-BR, not "${rawLanguage}"`, "use a BCP 47 code (en, fr, de, uk, ru ...) or remove the line for English");
  }

  const tags: string[] = [];
  const rawTags = data.tags;
  if (rawTags !== undefined && rawTags !== null) {
    if (!Array.isArray(rawTags)) {
      problem("error", "tags-type", "tags", lineOf("tags"), `\`tags\` must be a list, not ${describe(rawTags)}`, `write \`tags: [${typeof rawTags === "string" ? rawTags : "a, b"}]\` or one "- tag" per line`);
    } else {
      rawTags.forEach((tag, i) => {
        if (typeof tag === "string" && tag.trim()) tags.push(tag.trim());
        else problem("error", "tags-type", "tags", lineOf("tags"), `tag ${i + 1} must be text, not ${describe(tag)}`, "quote each tag, such as \"refugees\"");
      });
    }
  }

  for (const key of Object.keys(data)) {
    if ((ARTICLE_KEYS as readonly string[]).includes(key)) continue;
    if (TEMPLATE_KEYS.has(key)) {
      problem("warning", "template-key", key, lineOf(key), `\`${key}\` has no effect in an article: articles are data, never templates`, `remove the \`${key}\` line`);
    } else {
      const near = closestKey(key, ARTICLE_KEYS);
      problem("warning", "unknown-key", key, lineOf(key), `unknown key \`${key}\` is ignored`, near ? `did you mean \`${near}\`?` : `remove it, or use one of: ${ARTICLE_KEYS.join(", ")}`);
    }
  }

  if (!fm.body.trim()) {
    problem("warning", "body-empty", null, fm.bodyLine, "the article has no text after its frontmatter", "paste the article's text below the closing --- line");
  }

  if (diagnostics.some((d) => d.severity === "error") || !title || !source || !date) return { article: null, diagnostics };
  return {
    // Private-use characters U+E000-U+E002 are the site's quote markers: an article may not carry them.
    article: { slug, file, title, source, date, url, wire, author, language, notes, tags, body: fm.body.replace(/[\uE000-\uE00F]/g, ""), bodyLine: fm.bodyLine },
    diagnostics,
  };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a set of keys";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the value ${value}`;
  return `"${String(value)}"`;
}
