// Splits a content file into its YAML frontmatter and Markdown body with gray-matter, and keeps
// what is needed to point at lines: where the body starts and on which line each key stands.
import matter from "gray-matter";
import yaml from "js-yaml";
import { topLevelKeyLines } from "./rules.ts";

export type Frontmatter =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; keyLines: Map<string, number>; present: boolean }
  | { ok: false; line: number | null; message: string; fix: string };

class RefusedEngine extends Error {}

function refuse(language: string) {
  return () => {
    // gray-matter would evaluate ---js frontmatter as code; article files are untrusted data.
    throw new RefusedEngine(`frontmatter marked as ${language} is not accepted`);
  };
}

/** YAML 1.2 core schema: no timestamps, so `date: 2022-02-30` stays text and is checked, not rolled over. */
export function parseYaml(source: string): unknown {
  const data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  refuseSharedNodes(data);
  return data;
}

/**
 * An alias (`*name`) of a list or a map makes one node stand in many places: a few lines can stand
 * for billions of values (`a: &a [x, x]`, `b: &b [*a, *a]` ...), which every later reading, a
 * message quoting the value included, would unfold. Content never needs one: a list or map met
 * twice is refused, in time linear in the nodes written.
 */
function refuseSharedNodes(data: unknown): void {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (seen.has(node)) throw new yaml.YAMLException("an alias (*name) repeats a list or a map, which is not accepted");
    seen.add(node);
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
}

export function splitFrontmatter(text: string): Frontmatter {
  if (!/^---[A-Za-z]*[ \t]*\n/.test(text)) {
    return { ok: true, data: {}, body: text, bodyLine: 1, keyLines: new Map(), present: false };
  }
  // Checked before parsing: an unclosed block would otherwise swallow the text and fail as bad YAML.
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { ok: false, line: 1, message: "the frontmatter is opened by --- but never closed", fix: "add a line with --- after the last frontmatter key, before the article's text" };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (s: string) => parseYaml(s) as object,
        js: refuse("JavaScript"),
        javascript: refuse("JavaScript"),
        coffee: refuse("CoffeeScript"),
        coffeescript: refuse("CoffeeScript"),
      },
    });
  } catch (error) {
    if (error instanceof RefusedEngine) {
      return { ok: false, line: 1, message: error.message, fix: "write the frontmatter in YAML, opened by a plain --- line" };
    }
    if (error instanceof yaml.YAMLException) {
      // gray-matter hands the engine the text after the opening ---, newline included: mark.line 0 is line 1.
      const line = error.mark ? error.mark.line + 1 : null;
      if (/alias/.test(error.reason)) return { ok: false, line: line ?? 1, message: `the frontmatter is not accepted: ${error.reason}`, fix: "write each value out in full instead of repeating one with &name and *name" };
      return { ok: false, line, message: `the frontmatter is not valid YAML: ${error.reason}`, fix: "correct the YAML syntax (a value containing a colon or starting with a quote mark needs quotes around it)" };
    }
    return { ok: false, line: 1, message: `the frontmatter could not be read: ${(error as Error).message}`, fix: "write the frontmatter as YAML key: value lines between two --- lines" };
  }
  const raw = parsed.matter ?? "";
  // gray-matter's matter starts with the rest of the opening --- line (spaces, a language) and its newline.
  const frontLines = raw.replace(/^[^\n]*\n/, "").split("\n");
  const data = parsed.data as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, line: 2, message: "the frontmatter is not a set of key: value pairs", fix: "write one `key: value` per line, such as `title: \"...\"`" };
  }
  const keyLines = topLevelKeyLines(frontLines.join("\n"), 2);
  const bodyLine = frontLines.length + 3;
  return { ok: true, data: data as Record<string, unknown>, body: parsed.content.replace(/^[ \t]*\n/, ""), bodyLine: parsed.content.startsWith("\n") ? bodyLine + 1 : bodyLine, keyLines, present: true };
}
