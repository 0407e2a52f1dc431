// Text -> tokens in one pass: words (with their number-word entry), numbers written in digits, and
// single symbols. Whitespace is not a token; each token records what whitespace stands before it,
// since a blank line (or a skipped web address) ends any phrase.
import { CODE_ALIASES, CURRENCY_SIGNS, ISO_CODES } from "./currency.ts";
import { isDigit, isLetter, lexNumber, VULGAR_FRACTIONS, type NumLiteral } from "./digits.ts";
import { skippedRanges } from "./skip.ts";
import { lookupWord, type WordEntry } from "./words.ts";

/** Whitespace before a token: none, spaces within a paragraph, or a paragraph break or skipped address. */
export type Gap = "none" | "space" | "break";

export interface Token {
  kind: "word" | "num" | "sym";
  start: number;
  end: number;
  /** As written. */
  text: string;
  lower: string;
  gap: Gap;
  /** The number-word entry of a word. */
  word: WordEntry | null;
  /** The value of a number written in digits. */
  lit: NumLiteral | null;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\r" || (c > "\u007f" && /\s/u.test(c));
}

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === "’";
}

/** A word runs over letters and digits ("G7" is a word, not a number) and apostrophes inside it. */
function wordEnd(text: string, p: number): number {
  let i = p;
  for (;;) {
    if (isLetter(text[i]) || isDigit(text[i])) i++;
    else if (isApostrophe(text[i]) && isLetter(text[i + 1])) i += 2;
    else return i;
  }
}

/** A "." opens a number (".25") only where no word or number stands against it. */
function opensNumber(text: string, p: number): boolean {
  const c = text[p]!;
  if (isDigit(c)) return true;
  return c === "." && isDigit(text[p + 1]) && !isLetter(text[p - 1]) && !isDigit(text[p - 1]);
}

/** A currency sign or code right before a number makes a lower-case "m" after it a million. */
function isMoneyMark(token: Token | undefined): boolean {
  if (!token) return false;
  return token.kind === "sym" ? CURRENCY_SIGNS.has(token.text) : ISO_CODES.has(token.text) || CODE_ALIASES.has(token.text);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const skips = skippedRanges(text);
  let skip = 0;
  let gap: Gap = "break";
  const push = (kind: Token["kind"], start: number, end: number, lit: NumLiteral | null = null): void => {
    const raw = text.slice(start, end);
    const lower = raw.toLowerCase();
    tokens.push({ kind, start, end, text: raw, lower, gap, word: kind === "word" ? lookupWord(lower) : null, lit });
    gap = "none";
  };
  let p = 0;
  while (p < text.length) {
    const range = skips[skip];
    if (range && p >= range[0]) {
      p = Math.max(p, range[1]);
      skip++;
      gap = "break";
      continue;
    }
    const c = text[p]!;
    if (isSpace(c)) {
      let newlines = 0;
      while (p < text.length && isSpace(text[p]!)) if (text[p++] === "\n") newlines++;
      if (gap !== "break") gap = newlines >= 2 ? "break" : "space";
    } else if (isLetter(c)) {
      const end = Math.min(wordEnd(text, p), range ? range[0] : text.length);
      push("word", p, end);
      p = end;
    } else if (opensNumber(text, p)) {
      const lexed = lexNumber(text, p, { moneyBefore: gap !== "break" && isMoneyMark(tokens[tokens.length - 1]) });
      let at = p;
      for (const piece of lexed.pieces) {
        // Separators between the digit runs of a chain that is no one number ("192.168.1.2").
        for (; at < piece.start; at++) {
          if (!isSpace(text[at]!)) push("sym", at, at + 1);
          else gap = "space";
        }
        push(piece.lit ? "num" : "word", piece.start, piece.end, piece.lit);
        at = piece.end;
      }
      p = lexed.end;
    } else if (VULGAR_FRACTIONS.has(c)) {
      push("num", p, p + 1, { value: VULGAR_FRACTIONS.get(c)!, multiplier: 1, integer: false, plainDigits: 0, ordinal: false, fraction: true });
      p++;
    } else {
      // A symbol; a character outside the basic plane is one symbol of two code units.
      const width = c >= "\ud800" && c <= "\udbff" ? 2 : 1;
      push("sym", p, p + width);
      p += width;
    }
  }
  return tokens;
}
