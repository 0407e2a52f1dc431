// The booklet's own metadata, DIR/briefing.yaml: title, subtitle, preparedBy, date, summary, aliases.
import yaml from "js-yaml";
import { reporter, type Diagnostic } from "./diagnostics.ts";
import { parseYaml } from "./frontmatter.ts";
import { checkDate, closestKey, topLevelKeyLines } from "./rules.ts";

export interface BriefingConfig {
  title: string;
  subtitle: string | null;
  preparedBy: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** Markdown, untrusted. */
  summary: string | null;
  /** Canonical speaker name -> other spellings. */
  aliases: Record<string, string[]>;
}

export const DEFAULT_CONFIG: BriefingConfig = { title: "Briefing", subtitle: null, preparedBy: null, date: null, summary: null, aliases: {} };

const KEYS = ["title", "subtitle", "preparedBy", "date", "summary", "aliases"] as const;

export function parseBriefingConfig(text: string, file: string): { config: BriefingConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = reporter(file, diagnostics);
  const config: BriefingConfig = { ...DEFAULT_CONFIG, aliases: {} };

  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      problem("error", "yaml-syntax", null, error.mark ? error.mark.line + 1 : null, `not valid YAML: ${error.reason}`, "correct the YAML syntax (values containing a colon need quotes)");
      return { config, diagnostics };
    }
    throw error;
  }
  if (data === undefined || data === null) return { config, diagnostics };
  if (typeof data !== "object" || Array.isArray(data)) {
    problem("error", "yaml-shape", null, 1, "briefing.yaml must be a set of key: value pairs", 'write `title: "..."`, `summary: "..."` and so on, one key per line');
    return { config, diagnostics };
  }
  const record = data as Record<string, unknown>;
  const lines = topLevelKeyLines(text);
  const lineOf = (key: string) => lines.get(key) ?? null;

  for (const key of ["title", "subtitle", "preparedBy", "summary"] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || !value.trim()) {
      problem("error", `${key}-type`, key, lineOf(key), `\`${key}\` must be text`, `write it in quotes: ${key}: "..."`);
      continue;
    }
    config[key] = value.trim();
  }
  if (record.date !== undefined && record.date !== null) {
    const checked = checkDate(record.date);
    if (checked.ok) config.date = checked.date;
    else problem("error", "date-invalid", "date", lineOf("date"), checked.message, checked.fix);
  }
  const aliases = record.aliases;
  if (aliases !== undefined && aliases !== null) {
    if (typeof aliases !== "object" || Array.isArray(aliases)) {
      problem("error", "aliases-type", "aliases", lineOf("aliases"), "`aliases` must map a speaker's name to a list of other spellings", 'write `aliases:` then lines such as `  "Volodymyr Zelensky": ["Zelenskiy", "Zelenskyy"]`');
    } else {
      for (const [name, spellings] of Object.entries(aliases as Record<string, unknown>)) {
        const list = typeof spellings === "string" ? [spellings] : spellings;
        if (!Array.isArray(list) || !list.every((s) => typeof s === "string" && s.trim())) {
          problem("error", "aliases-type", "aliases", lineOf("aliases"), `the spellings of "${name}" must be a list of names`, `write \`"${name}": ["other spelling", "another"]\``);
          continue;
        }
        config.aliases[name] = (list as string[]).map((s) => s.trim());
      }
    }
  }
  for (const key of Object.keys(record)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const near = closestKey(key, KEYS);
    problem("warning", "unknown-key", key, lineOf(key), `unknown key \`${key}\` is ignored`, near ? `did you mean \`${near}\`?` : `use one of: ${KEYS.join(", ")}`);
  }
  return { config, diagnostics };
}
