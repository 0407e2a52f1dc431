// The public shapes of the number recogniser: news mentions and the Recognizers-Text-style results.

export type NumberKind = "cardinal" | "ordinal" | "percent" | "money" | "fraction" | "range";

export interface NumberMention {
  /** Exactly the input's text from start to end. */
  text: string;
  /** JS string offsets into the input; end is exclusive. */
  start: number;
  end: number;
  /** The amount: the number, the position of an ordinal, the quotient of a fraction, the low end of a range or vague amount. */
  value: number;
  kind: NumberKind;
  /** The interval the words allow: the value twice when exact, the two ends of a range, the bounds of "thousands". */
  low: number | null;
  high: number | null;
  /** ISO 4217 code (or a readable name such as "crown" when the country is not said) for money, "percent" for percentages. */
  unit: string | null;
}

export interface ModelResult {
  text: string;
  start: number;
  /** Exclusive. */
  end: number;
  /**
   * The number; a string only for relative ordinals ("end-1", "current+1"); NaN for a percent word
   * with no number ("a small percent"), which Recognizers-Text reports with the value null.
   */
  value: number | string;
}
