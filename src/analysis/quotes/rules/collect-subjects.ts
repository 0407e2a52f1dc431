// Antecedents for pronouns: the subject of every sentence that names a person, group or organisation,
// and every full name of a person wherever it stands ("Among those leaving was Giulia Serra").
import { mentionOf, subjectOf } from "../cues.ts";
import { isNickname } from "../kinds.ts";
import { describedAsBody, descriptionBefore, parseMention } from "../mentions.ts";
import { spansTouching } from "../state.ts";
import type { State } from "../types.ts";

const NAME_RUN = /(?:[\p{Lu}](?:\.(?:[\p{Lu}]\.)*|[\p{L}'’-]*)[ \t]+|["“‘'][\p{Lu}][\p{L} .-]{0,30}["”’'][ \t]+){1,4}[\p{Lu}][\p{L}'’-]+/gu;

export function collectSubjects(state: State): void {
  state.paragraphs.forEach((paragraph, p) => {
    // Names inside quotations are the speaker's words ("Not Ulmaria, not Serevan"), not mentions.
    for (const m of state.narration[p]!.matchAll(NAME_RUN)) {
      // "the University of Cape Town", "Department of Forestry and Fire Protection": the end of a longer name.
      if (/[\p{Lu}][\p{L}'’.-]*\s+(?:of|and|for|&)\s+(?:the\s+)?$/u.test(state.narration[p]!.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      const mention = parseMention(m[0]);
      // "drinks group Pernod Ricard": a body's name, described as one.
      const described = descriptionBefore(state.narration[p]!, m.index!);
      if (mention?.type === "named" && mention.kind === "person" && !mention.single && !describedAsBody(described, mention.name)) {
        state.events.push({ at: paragraph.start + m.index! + m[0].length - mention.name.length, speaker: { name: mention.name, role: mention.role, kind: "person" } });
      }
    }
  });
  state.paragraphs.forEach((paragraph, p) => {
    for (const sentence of state.sentences[p]!) {
      let text = sentence.text;
      // A sentence inside a quote ("... Somebody needs to be training now ...") names no antecedent.
      if (spansTouching(state, p, { start: sentence.start, end: sentence.start }).length) continue;
      for (const s of spansTouching(state, p, sentence)) {
        if (s.paragraph === p && s.outerStart >= sentence.start && !isNickname(s, paragraph.text)) text = text.slice(0, s.outerStart - sentence.start);
      }
      if (!text.trim()) continue;
      // "Is she worried about the reviews?": a question puts its subject after the verb.
      const asked = /^(?:is|was|does|did|has|had|will|would|can|could)\s+(he|she)\b/i.exec(text.trimStart());
      const mention = asked ? mentionOf(asked[1]!) : subjectOf(text, sentence);
      // Only a main clause's pronoun: "When she did, Ms Treloar told the House" is about Ms Treloar.
      const pronounFirst = !/^(?:when|whenever|while|if|after|before|because|as|since|although|though|until|once|unless)\b/i.test(text.trimStart());
      if (pronounFirst && mention?.type === "pronoun" && (mention.pronoun === "he" || mention.pronoun === "she")) state.pronounSubjects.push({ at: paragraph.start + sentence.start, mention, speaker: null, speakers: [] });
      if (mention?.type === "named") state.events.push({ at: paragraph.start + sentence.start, speaker: { name: mention.name, role: mention.role, kind: mention.kind }, subject: true });
      // "Guests of Honour Cherie and Sean O'Donnell ... held a session": people named together, for "the couple".
      if (mention?.type === "joint") state.events.push({ at: paragraph.start + sentence.start, speaker: { name: mention.phrase, role: null, kind: "group" }, subject: true, joint: mention });
    }
  });
}
