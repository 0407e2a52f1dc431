// The words around a number that bound it, and the interval they allow (documented in the README):
//   more than / over / above / in excess of X   -> above X     low X, high none
//   at least / no fewer than / X or more         -> X or more  low X, high none
//   nearly / almost / just under / close to X    -> below X    low none, high X
//   up to / as many as / at most / fewer than X  -> X or less  low none, high X
//   about / around / some / roughly / an estimated X -> around X  low 0.9X, high 1.1X
//   between a and b (or a-b, a to b)             -> a to b     low a, high b
// A number with no qualifier is exact (low = high = X), unless its own words are vague
// ("hundreds", "tens of thousands"), which the recogniser already gave an interval.

export type Bound = "above" | "atLeast" | "below" | "atMost" | "around";

const BEFORE: [RegExp, Bound][] = [
  [/\b(?:just|well|slightly|a little|far)\s+(?:over|above|more than)\s+$/i, "above"],
  [/(?<!\b(?:no|not)\s)\b(?:more than|over|above|in excess of|upwards of|exceeding|exceeded|surpassed|passed|topped|beyond)\s+$/i, "above"],
  [/\b(?:at least|no fewer than|no less than|a minimum of|minimum of)\s+$/i, "atLeast"],
  [/\b(?:nearly|almost|just under|just below|just short of|close to|closer to|not quite|approaching)\s+$/i, "below"],
  // "up to" after a verb of change is where a figure went, not a bound: "inflation edged up to 3.4%"
  [/(?<!\b(?:edged|ticked|crept|moved|went|shot|jumped|climbed|rose|revised|marked|pushed|driven|inched|rise|rises|risen|go|goes|gone|revise|revises)\s)\b(?:up to|as many as|as much as|no more than|at most|at the most|a maximum of|fewer than|less than|under|below|not more than)\s+$/i, "atMost"],
  [/\b(?:about|around|some|roughly|approximately|approx\.|an estimated|estimated|circa|c\.|almost exactly|or so|nearly some)\s+$/i, "around"],
];

const AFTER: [RegExp, Bound][] = [
  [/^\s*(?:or more|or over|or above|-plus|\+)/i, "atLeast"],
  [/^\s*(?:or fewer|or less|or under)/i, "atMost"],
  [/^\s*(?:or so|-odd|odd)\b/i, "around"],
];

export interface Qualified {
  /** The qualifier as written, lower case, or null. */
  qualifier: string | null;
  bound: Bound | null;
  /** Characters of the qualifier before the number, and after it. */
  lengthBefore: number;
  lengthAfter: number;
}

export function qualifierOf(before: string, after: string): Qualified {
  // "*More than* 300", "About **300**": emphasis marks are read through, and counted in the length
  const tail = before.slice(-48);
  const at: number[] = [];
  let clean = "";
  for (let k = 0; k < tail.length; k++) {
    if (tail[k] === "*" || tail[k] === "_") continue;
    at.push(k);
    clean += tail[k];
  }
  for (const [re, bound] of BEFORE) {
    const m = re.exec(clean);
    if (m) return { qualifier: m[0].trim().toLowerCase(), bound, lengthBefore: tail.length - at[m.index]!, lengthAfter: 0 };
  }
  for (const [re, bound] of AFTER) {
    const m = re.exec(after);
    if (m) return { qualifier: m[0].trim().toLowerCase(), bound, lengthBefore: 0, lengthAfter: m[0].length };
  }
  return { qualifier: null, bound: null, lengthBefore: 0, lengthAfter: 0 };
}

/** The interval a bounded number allows; an unbounded one keeps the recogniser's own interval. */
export function intervalOf(value: number, low: number | null, high: number | null, bound: Bound | null): { low: number | null; high: number | null } {
  switch (bound) {
    case "above":
    case "atLeast":
      return { low: low ?? value, high: null };
    case "below":
    case "atMost":
      return { low: null, high: high ?? value };
    case "around":
      return { low: round((low ?? value) * 0.9), high: round((high ?? value) * 1.1) };
    default:
      return { low: low ?? value, high: high ?? value };
  }
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
