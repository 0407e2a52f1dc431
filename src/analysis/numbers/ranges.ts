// Two quantities that bound one amount: "between 300 and 400", "20-30", "from 20 to 30", "$2bn-$3bn",
// "$2-3bn", "5 to 10 percent", "3 to 4 million". A unit or scale written once is shared by both ends.
// Not ranges: scores ("3-1"), spans of years ("2019-2021"), phone numbers and dates ("1-222-2222").
import type { Token } from "./tokens.ts";
import type { Quantity } from "./units.ts";

const DASHES = new Set(["-", "–", "‐"]);
/** "rose from 5 to 7 percent" gives two values of a change, not a range. */
const CHANGES = new Set([
  "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased", "increase", "increases",
  "decreased", "decrease", "dropped", "drop", "drops", "climbed", "climb", "jumped", "jump", "grew", "grow", "grown", "cut",
  "raised", "raise", "lowered", "reduced", "declined", "slipped", "surged", "soared", "plunged", "tumbled", "slumped", "edged",
  "went", "moved", "up", "down", "changed", "shrank", "expanded", "widened", "narrowed", "doubled", "halved", "revised",
]);

/** Quantities with each pair that bounds a range merged into one. */
export function joinRanges(tokens: Token[], quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    const range = b ? rangeOf(tokens, a, b) : null;
    if (range) i++;
    out.push(range ?? a);
  }
  return out;
}

function rangeOf(tokens: Token[], a: Quantity, b: Quantity): Quantity | null {
  if (!isAmount(a) || !isAmount(b) || b.firstToken !== a.endToken + 1 || tokens[a.endToken + 1]!.gap === "break") return null;
  const link = tokens[a.endToken]!;
  const before = tokens[a.firstToken - 1];
  const opener = before && tokens[a.firstToken]!.gap !== "break" ? before.lower : "";
  let first = a.firstToken;
  if (DASHES.has(link.text)) {
    if (!isDigitsOnly(a) || !isDigitsOnly(b) || inChain(tokens, a, b)) return null;
  } else if (link.lower === "to") {
    if (opener === "from") first--;
  } else if (link.lower === "and" && opener === "between") first--;
  else return null;
  const wordBefore = tokens[first - 1];
  if ((wordBefore && CHANGES.has(wordBefore.lower)) || isYearPair(a, b)) return null;
  const unit = sharedUnit(a, b);
  if (unit === undefined) return null;
  // "3 to 4 million": the first end takes the second's scale when it is no larger than the second's count.
  const scale = b.phrase.scale;
  const shares = a.phrase.scale === 1 && scale > 1 && a.phrase.value <= b.phrase.value / scale;
  const low = shares ? a.value * scale : a.value;
  const high = b.value;
  if (!(low < high) || (DASHES.has(link.text) && low <= 0)) return null;
  return {
    ...a, kind: "range", firstToken: first, endToken: b.endToken, start: tokens[first]!.start, end: b.end,
    value: low, low, high, unit, unitSide: null,
  };
}

function isAmount(q: Quantity): boolean {
  return q.kind === "cardinal" || q.kind === "money" || q.kind === "percent";
}

/** Dash ranges are written in digits: "20-30", "$2bn-$3bn", "5%-10%". "twenty-thirty" is no range. */
function isDigitsOnly(q: Quantity): boolean {
  return q.phrase.literal !== null;
}

/** "1-222-2222", "2018-05-17": more dashes or slashes on either side make a phone number or date. */
function inChain(tokens: Token[], a: Quantity, b: Quantity): boolean {
  const joins = (link: Token | undefined, next: Token | undefined): boolean =>
    link !== undefined && next?.kind === "num" && link.gap === "none" && next.gap === "none" && (DASHES.has(link.text) || link.text === "/");
  const before = tokens[a.firstToken - 1];
  const chainedBefore = joins(before, tokens[a.firstToken]) && tokens[a.firstToken - 2]?.kind === "num";
  return chainedBefore || joins(tokens[b.endToken], tokens[b.endToken + 1]);
}

function isYear(q: Quantity): boolean {
  const lit = q.phrase.literal;
  return lit !== null && lit.plainDigits === 4 && lit.value >= 1000 && lit.value < 3000;
}

function isYearPair(a: Quantity, b: Quantity): boolean {
  return isYear(a) && isYear(b);
}

/**
 * The range's unit: one both ends share, or one written once where it covers both ("$2-3bn" before
 * the first, "5 to 10 percent" after the second). Undefined when the ends cannot share one.
 */
function sharedUnit(a: Quantity, b: Quantity): string | null | undefined {
  if (a.unit === b.unit) return a.unit;
  if (a.unit === null) return b.unitSide === "after" ? b.unit : undefined;
  if (b.unit === null) return a.unitSide === "before" ? a.unit : undefined;
  return undefined;
}
