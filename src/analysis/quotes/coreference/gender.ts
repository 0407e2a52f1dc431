// The grammatical gender the article uses for each person: the first pronoun after each mention,
// before anyone else is named, votes (a parenthetical ", she said," is skipped).
import { alternation, HONORIFICS_BEFORE_SURNAME } from "../lexicon.ts";
import { paragraphAt, sentenceOf } from "../state.ts";
import type { State } from "../types.ts";

export const HONORIFIC_BEFORE = new RegExp(`^(?:${alternation(HONORIFICS_BEFORE_SURNAME)})$`);

export type Gender = "male" | "female";

export function genderOf(state: State): Map<string, Gender> {
  const votes = new Map<string, number>();
  const events = state.events.filter((e) => e.speaker.kind === "person" || e.speaker.kind === "unnamed");
  // Events hold body offsets; a window stays in its paragraph ("Water for Every Field» ... In his
  // speech" gives no gender to a name in passing).
  // The same with every quotation blanked out: pronouns inside quote marks are the speaker's, about
  // someone else ("whatever she says," he said), and a name inside a quote is no antecedent.
  const masked = state.narration;
  const slice = (texts: string[], from: number, to: number) => {
    const k = Math.max(paragraphAt(state.paragraphs, from), 0);
    const p = state.paragraphs[k]!;
    return texts[k]!.slice(from - p.start, Math.max(from - p.start, to - p.start));
  };
  const raw = state.paragraphs.map((p) => p.text);
  const text = (from: number, to: number) => slice(raw, from, to);
  events.forEach((e, i) => {
    if (slice(masked, e.at, e.at + 1) === " " && slice(raw, e.at, e.at + 1) !== " ") return;
    // A sentence's subject keeps the pronouns of its sentence past names in passing ("Agnes Moffat
    // walks down the slipway at Hollin Ford ... her fist"); a name in passing yields to any name.
    // Subject events stand at their sentence's start: the window opens after the name itself.
    const surname = e.speaker.name.split(" ").pop()!;
    const found = text(e.at, e.at + 300).indexOf(surname);
    let from = found >= 0 ? e.at + found + surname.length : e.at + e.speaker.name.length;
    // ", who plays her estranged son,": a relative clause's pronouns are about someone else.
    const relative = /^,\s*(?:who|whose|which)\b[^,]*,/.exec(text(from, from + 200));
    if (relative) from += relative[0].length;
    let end = from + 240;
    for (let j = i + 1; j < events.length && events[j]!.at < end; j++) {
      const other = events[j]!;
      if (other.at <= from || other.speaker.name === e.speaker.name) continue;
      // ... unless the name in passing is surely a person's: "rejected arguments that Mr Morozkin ... him".
      const titled = HONORIFIC_BEFORE.test(/(\p{L}+)\.?\s+$/u.exec(text(Math.max(0, other.at - 8), other.at))?.[1] ?? "");
      if (e.subject && !other.subject && !titled && sentenceOf(state, other.at).key === sentenceOf(state, e.at).key) {
        end = Math.min(end, sentenceOf(state, e.at).end);
        continue;
      }
      end = other.at;
      break;
    }
    const window = slice(masked, from, end).replace(/,\s*(?:he|she)\s+(?:said|added|says|told|wrote)\b/gi, " ");
    const honorific = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(text(Math.max(0, e.at - 6), e.at));
    let vote = 0;
    if (honorific) vote = honorific[1] === "Mr" ? 2 : -2;
    // A subject pronoun or a reflexive names its person more surely than a possessive, which is often
    // someone else's ("tweeted after hearing the news of her death. He said ...").
    const nominative = /\b(he|himself|she|herself)\b/i.exec(window);
    const pronoun = /\b(he|his|him|himself|she|her|hers|herself)\b/i.exec(window);
    if (nominative) vote += /^(he|himself)$/i.test(nominative[1]!) ? 1 : -1;
    else if (pronoun) vote += /^(his|him)$/i.test(pronoun[1]!) ? 0.5 : -0.5;
    votes.set(e.speaker.name, (votes.get(e.speaker.name) ?? 0) + vote);
  });
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? "male" : "female");
  return out;
}
