// Small checks shared by the article and briefing.yaml rules.

export type DateCheck = { ok: true; date: string } | { ok: false; message: string; fix: string };

/**
 * The 1-based line of each top-level key of a YAML mapping, quoted keys included.
 * `firstLine` is the file line of the text's first line.
 */
export function topLevelKeyLines(yamlText: string, firstLine = 1): Map<string, number> {
  const lines = new Map<string, number>();
  yamlText.split("\n").forEach((line, i) => {
    const m = /^(["']?)([^"':#\s][^"':]*?)\1[ \t]*:/.exec(line);
    if (m && !lines.has(m[2]!)) lines.set(m[2]!, i + firstLine);
  });
  return lines;
}

/** A real calendar date written YYYY-MM-DD. */
export function checkDate(value: unknown): DateCheck {
  const text = typeof value === "string" ? value.trim() : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) {
    return { ok: false, message: `\`date\` must be written YYYY-MM-DD, not "${text}"`, fix: "write the date as year-month-day, such as 2022-03-07" };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) {
    return { ok: false, message: `\`date\` "${text}" is not a real calendar date: there is no month ${month}`, fix: "write the month as 01 to 12, in the order year-month-day" };
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { ok: false, message: `\`date\` "${text}" is not a real calendar date`, fix: `use a date that exists (month ${String(month).padStart(2, "0")} of ${year} has ${daysIn(year, month)} days)` };
  }
  return { ok: true, date: text };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The known key a mistyped key was most likely meant to be (edit distance at most 2), if any. */
export function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** A safe file and URL name made of lower-case letters, digits and hyphens. */
export function slugify(text: string, maxWords = 12): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}
