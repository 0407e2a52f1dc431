// The speaker events of an article in body order: the mentions found in the text (sorted once) and
// the speakers resolved so far, which arrive in order. `latest` walks both backwards from an offset.
import { lastAtOrBefore } from "../state.ts";
import type { MentionEvent } from "../types.ts";

/** How far back, in mentions, an antecedent is looked for: bounds the work on very long articles. */
const LOOKBACK = 200;

export class Timeline {
  private resolved: MentionEvent[] = [];
  constructor(private readonly mentions: MentionEvent[]) {}
  add(event: MentionEvent): void {
    this.resolved.push(event);
  }
  latest(at: number, fits: (e: MentionEvent) => boolean): MentionEvent | undefined {
    let i = lastAtOrBefore(this.mentions, at, (e) => e.at);
    let j = lastAtOrBefore(this.resolved, at, (e) => e.at);
    for (let steps = 0; steps < LOOKBACK && (i >= 0 || j >= 0); steps++) {
      const fromResolved = j >= 0 && (i < 0 || this.resolved[j]!.at >= this.mentions[i]!.at);
      const e = fromResolved ? this.resolved[j--]! : this.mentions[i--]!;
      if (fits(e)) return e;
    }
    return undefined;
  }
}
