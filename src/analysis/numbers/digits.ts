// Numbers written with digits: separators and decimal marks ("1,234,567.89", "1.111,11",
// "12,34,567" Indian, "40 000"), scientific forms ("1.3e6", "1.1^23", "1.3x10^6"), vulgar fractions
// ("2½"), suffixes ("10k", "7bn", "1MM", "2.33 k") and ordinals ("21st"). A number glued to other
// letters ("180ml", "1990s", "3D") is no number: it is a unit or a name.
import { CURRENCY_NOUNS, ISO_CODES } from "./currency.ts";

export interface NumLiteral {
  value: number;
  /** The suffix's multiplier ("k" 1e3, "bn" 1e9), 1 when none. */
  multiplier: number;
  /** A whole number written with digits and separators only: no decimals, exponent or suffix. */
  integer: boolean;
  /** Digit count of a number written as one plain run ("2019": 4), else 0: years are four plain digits. */
  plainDigits: number;
  ordinal: boolean;
  /** A vulgar fraction ("¾", "2½"). */
  fraction: boolean;
}

/** One lexed piece: a number, or (lit null) a run of digits and letters that is no number. */
export interface Piece {
  start: number;
  end: number;
  lit: NumLiteral | null;
}

export const VULGAR_FRACTIONS = new Map<string, number>([
  ["½", 1 / 2], ["⅓", 1 / 3], ["⅔", 2 / 3], ["¼", 1 / 4], ["¾", 3 / 4], ["⅕", 1 / 5], ["⅖", 2 / 5], ["⅗", 3 / 5],
  ["⅘", 4 / 5], ["⅙", 1 / 6], ["⅚", 5 / 6], ["⅐", 1 / 7], ["⅛", 1 / 8], ["⅜", 3 / 8], ["⅝", 5 / 8], ["⅞", 7 / 8],
  ["⅑", 1 / 9], ["⅒", 1 / 10],
]);

/** Suffixes written against the digits. Case matters: "10M" is ten million, "1m" a metre. */
const GLUED_SUFFIXES = new Map<string, number>([
  ["k", 1e3], ["K", 1e3], ["M", 1e6], ["MM", 1e6], ["mn", 1e6], ["Mn", 1e6], ["mln", 1e6], ["mil", 1e6], ["b", 1e9],
  ["B", 1e9], ["bn", 1e9], ["Bn", 1e9], ["BN", 1e9], ["bln", 1e9], ["G", 1e9], ["tn", 1e12], ["tln", 1e12], ["trn", 1e12],
]);
/** Suffixes written after a space ("2.33 k", "10 bln"). Single letters that start names ("B") are left out. */
const SPACED_SUFFIXES = new Map<string, number>([
  ["k", 1e3], ["K", 1e3], ["M", 1e6], ["MM", 1e6], ["mn", 1e6], ["mln", 1e6], ["mil", 1e6], ["bn", 1e9], ["bln", 1e9],
  ["G", 1e9], ["tn", 1e12], ["tln", 1e12], ["trn", 1e12],
]);
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) return true;
  return c > "\u007f" && /\p{L}|\p{M}/u.test(c);
}

function isAlnum(c: string | undefined): boolean {
  return isDigit(c) || isLetter(c);
}

/** Spaces that group thousands: a plain space, a no-break space, a narrow no-break or thin space. */
function isGroupSpace(c: string | undefined): boolean {
  return c === " " || c === "\u00a0" || c === "\u202f" || c === "\u2009";
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text[j])) j++;
  return j;
}

function lettersEnd(text: string, i: number): number {
  let j = i;
  while (isLetter(text[j])) j++;
  return j;
}

interface Chain {
  /** Digit runs, as [start, end). */
  parts: [number, number][];
  /** The separator between parts[i] and parts[i + 1]. */
  seps: string[];
}

interface Plain {
  value: number;
  integer: boolean;
  plainDigits: number;
}

/** Context the tokenizer gives: whether a currency sign or code stands just before the number. */
export interface LexContext {
  moneyBefore: boolean;
}

/**
 * Lexes the number that starts at `p` (a digit, or a "." before digits). Usually one piece; a run
 * of separators that is no valid number ("192.168.1.2", "22,24,26") gives one piece per digit run.
 */
export function lexNumber(text: string, p: number, ctx: LexContext): { pieces: Piece[]; end: number } {
  if (text[p] === ".") {
    const end = digitsEnd(text, p + 1);
    return finish(text, p, end, { value: Number(`0${text.slice(p, end)}`), integer: false, plainDigits: 0 }, ctx, []);
  }
  const chain = readChain(text, p);
  const plain = interpret(text, chain);
  const last = chain.parts[chain.parts.length - 1] ?? [p, p];
  if (plain) return finish(text, p, last[1], plain, ctx, []);
  // Not one number: each digit run stands alone, and only the last may carry a suffix.
  const before: Piece[] = chain.parts.slice(0, -1).map(([s, e]) => ({ start: s, end: e, lit: literal(plainInteger(text, s, e)) }));
  return finish(text, last[0], last[1], plainInteger(text, last[0], last[1]), ctx, before);
}

function plainInteger(text: string, s: number, e: number): Plain {
  return { value: Number(text.slice(s, e)), integer: true, plainDigits: e - s };
}

function literal(plain: Plain, extra: Partial<NumLiteral> = {}): NumLiteral {
  return { value: plain.value, multiplier: 1, integer: plain.integer, plainDigits: plain.plainDigits, ordinal: false, fraction: false, ...extra };
}

function readChain(text: string, p: number): Chain {
  const parts: [number, number][] = [[p, digitsEnd(text, p)]];
  const seps: string[] = [];
  for (;;) {
    const q = parts[parts.length - 1]![1];
    const c = text[q];
    if ((c === "," || c === ".") && isDigit(text[q + 1])) {
      parts.push([q + 1, digitsEnd(text, q + 1)]);
      seps.push(c);
    } else if (isGroupSpace(c) && seps.every(isGroupSpace) && parts[0]![1] - p <= 3 && threeDigitsAt(text, q + 1)) {
      parts.push([q + 1, q + 4]);
      seps.push(c!);
    } else break;
  }
  return dropWeakSpaceGroup(parts, seps);
}

function threeDigitsAt(text: string, i: number): boolean {
  return isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3]);
}

/**
 * A plain space groups digits only in "40 000" or "1 234 567": "May 5 200 protesters" is two
 * numbers. (No-break and thin spaces are written on purpose and always group.)
 */
function dropWeakSpaceGroup(parts: [number, number][], seps: string[]): Chain {
  const first = parts[0]!;
  const spaces = seps.filter(isGroupSpace).length;
  if (seps[0] === " " && first[1] - first[0] === 1 && spaces === 1) return { parts: [first], seps: [] };
  return { parts, seps };
}

/** The value of a chain of digit runs, or null when its separators make no one number. */
function interpret(text: string, { parts, seps }: Chain): Plain | null {
  const runs = parts.map(([s, e]) => text.slice(s, e));
  const n = seps.length;
  if (n === 0) return { value: Number(runs[0]), integer: true, plainDigits: runs[0]!.length };
  const last = seps[n - 1]!;
  const whole = (k: number) => ({ value: Number(runs.slice(0, k).join("")), integer: true, plainDigits: 0 });
  const decimal = (k: number) => ({ value: Number(`${runs.slice(0, k).join("")}.${runs[k]}`), integer: false, plainDigits: 0 });
  if (seps.every((s) => s === last || (isGroupSpace(s) && isGroupSpace(last)))) {
    if (isGroupSpace(last)) return whole(n + 1);
    // One full stop is a decimal point ("4.800" is 4.8); two or more group thousands ("1.234.567").
    if (n === 1 && last === ".") return decimal(1);
    if (grouped(runs) || (last === "," && indian(runs))) return whole(n + 1);
    // One comma that does not group thousands is a decimal mark: "5,00", "1,3".
    if (n === 1 && runs[0]!.length <= 3) return decimal(1);
    return null;
  }
  // Two kinds of separator: the last is the decimal mark, the others group ("1,234.5", "1.111,11").
  if (last !== "," && last !== ".") return null;
  const group = seps[0]!;
  const groupsAgree = seps.slice(0, -1).every((s) => s === group || (isGroupSpace(s) && isGroupSpace(group)));
  const head = runs.slice(0, -1);
  if (!groupsAgree || group === last || !(grouped(head) || (group === "," && indian(head)))) return null;
  return decimal(n);
}

/** "1,234,567": one to three digits, then groups of three. */
function grouped(runs: string[]): boolean {
  return runs.length > 1 && runs[0]!.length <= 3 && runs.slice(1).every((r) => r.length === 3);
}

/** "12,34,567": the Indian grouping, pairs of digits before the last three. */
function indian(runs: string[]): boolean {
  const middle = runs.slice(1, -1);
  return runs.length > 2 && runs[0]!.length <= 2 && middle.every((r) => r.length === 2) && runs[runs.length - 1]!.length === 3;
}

/** Applies what may follow the digits: exponent, power, vulgar fraction, suffix or ordinal ending. */
function finish(text: string, start: number, q0: number, plain0: Plain, ctx: LexContext, before: Piece[]): { pieces: Piece[]; end: number } {
  const { q, plain } = scientific(text, q0, plain0);
  let end = q;
  let lit = literal(plain);
  const vulgar = VULGAR_FRACTIONS.get(text[q] ?? "");
  if (vulgar !== undefined && plain.integer) {
    lit = literal({ value: plain.value + vulgar, integer: false, plainDigits: 0 }, { fraction: true });
    end = q + 1;
  }
  const glued = lettersEnd(text, end);
  if (glued > end) return suffixed(text, start, end, glued, lit, ctx, before);
  const spaced = spacedSuffix(text, end, lit);
  if (spaced) return { pieces: [...before, { start, end: spaced.end, lit: spaced.lit }], end: spaced.end };
  return { pieces: [...before, { start, end, lit }], end };
}

/** "1e10", "12.32e+14", "1.1^23", "-1.1^--23", "1.3x10^6". */
function scientific(text: string, q: number, plain: Plain): { q: number; plain: Plain } {
  const c = text[q];
  if (c === "e" || c === "E") {
    const sign = text[q + 1] === "-" ? -1 : 1;
    const from = text[q + 1] === "+" || text[q + 1] === "-" ? q + 2 : q + 1;
    const to = digitsEnd(text, from);
    if (to > from && !isLetter(text[to])) return { q: to, plain: { value: plain.value * 10 ** (sign * Number(text.slice(from, to))), integer: false, plainDigits: 0 } };
  }
  if (c === "^") {
    const power = signedDigits(text, q + 1);
    if (power) return { q: power.end, plain: { value: plain.value ** power.value, integer: false, plainDigits: 0 } };
  }
  if ((c === "x" || c === "×" || c === "*") && text.startsWith("10^", q + 1)) {
    const power = signedDigits(text, q + 4);
    if (power) return { q: power.end, plain: { value: plain.value * 10 ** power.value, integer: false, plainDigits: 0 } };
  }
  return { q, plain };
}

/** Digits after any run of signs; each "-" flips the sign ("--23" is 23). */
function signedDigits(text: string, i: number): { value: number; end: number } | null {
  let j = i;
  let sign = 1;
  while (text[j] === "+" || text[j] === "-") {
    if (text[j] === "-") sign = -sign;
    j++;
  }
  const end = digitsEnd(text, j);
  return end > j ? { value: sign * Number(text.slice(j, end)), end } : null;
}

/** Letters straight after the digits: a multiplier, an ordinal ending, or a unit that makes it no number. */
function suffixed(text: string, start: number, q: number, lettersTo: number, lit: NumLiteral, ctx: LexContext, before: Piece[]): { pieces: Piece[]; end: number } {
  const letters = text.slice(q, lettersTo);
  if (!isAlnum(text[lettersTo]) && !lit.fraction) {
    const multiplier = letters === "m" ? moneyMillion(text, lettersTo, ctx) : GLUED_SUFFIXES.get(letters);
    if (multiplier !== undefined && !isNetworkName(lit, letters)) {
      return { pieces: [...before, { start, end: lettersTo, lit: scaled(lit, multiplier) }], end: lettersTo };
    }
    if (lit.integer && ORDINAL_SUFFIXES.has(letters.toLowerCase())) {
      return { pieces: [...before, { start, end: lettersTo, lit: { ...lit, ordinal: true } }], end: lettersTo };
    }
  }
  let end = lettersTo;
  while (isAlnum(text[end])) end++;
  return { pieces: [...before, { start, end, lit: null }], end };
}

/** A lower-case "m" is a million only in money ("£400m", "400m euros"); elsewhere it is a metre. */
function moneyMillion(text: string, after: number, ctx: LexContext): number | undefined {
  if (ctx.moneyBefore) return 1e6;
  let i = after;
  while (text[i] === " ") i++;
  const word = text.slice(i, lettersEnd(text, i));
  return CURRENCY_NOUNS.has(word.toLowerCase()) || ISO_CODES.has(word) ? 1e6 : undefined;
}

/** "3G", "4G", "5G" name mobile networks, not billions. */
function isNetworkName(lit: NumLiteral, letters: string): boolean {
  return letters === "G" && lit.plainDigits === 1 && lit.value >= 2 && lit.value <= 6;
}

function scaled(lit: NumLiteral, multiplier: number): NumLiteral {
  return { ...lit, value: lit.value * multiplier, multiplier, integer: false, plainDigits: 0 };
}

function spacedSuffix(text: string, q: number, lit: NumLiteral): { end: number; lit: NumLiteral } | null {
  if (lit.fraction) return null;
  let i = q;
  while (text[i] === " " || text[i] === "\t") i++;
  if (i === q) return null;
  const to = lettersEnd(text, i);
  const letters = text.slice(i, to);
  const multiplier = SPACED_SUFFIXES.get(letters);
  const after = text[to];
  // "1996 M. Smith", "K-pop", "G's": the letter starts something else.
  if (multiplier === undefined || isAlnum(after) || after === "." || after === "-" || after === "'" || after === "’") return null;
  if (isNetworkName(lit, letters)) return null;
  return { end: to, lit: scaled(lit, multiplier) };
}
