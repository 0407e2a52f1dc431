// English number recogniser for news writing: cardinals, ordinals, fractions, percentages, money,
// ranges and vague amounts, with exact offsets. Pure: no I/O.
export { numberModel, ordinalModel, percentModel, recognizeNumbers } from "./recognize.ts";
export type { ModelResult, NumberKind, NumberMention } from "./types.ts";
