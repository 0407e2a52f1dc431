// The constructions that real news copy showed the quote index getting wrong (issue 12), one test
// each, on short sentences written to hold just that construction. They are unit tests of one rule
// each, not evidence of accuracy: that comes from the annotated Wikinews articles
// (tests/quality/wikinews.test.ts). Expected results are what a careful editor would write.
import { describe, expect, it } from "vitest";
import { buildSpeakerRegistry, type Mentioned } from "../../src/briefing/speakers.ts";
import { extractQuotes } from "../../src/analysis/quotes/extract.ts";
import type { ExtractedQuote } from "../../src/analysis/quotes/types.ts";

const find = (quotes: ExtractedQuote[], start: string) => {
  const q = quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in: ${quotes.map((x) => x.text).join(" | ")}`);
  return q;
};
const quoteOf = (body: string, start: string) => find(extractQuotes(body), start);
// (a record without `speakers`, as before statements by several people, counts its one speaker)
const speakerNames = (body: string) => extractQuotes(body).flatMap((q) => (q.speakers ?? (q.speaker ? [q.speaker] : [])).map((s) => s.name));

describe("spans that run away", () => {
  // Scraped copy puts several paragraphs on one line: the second paragraph of a continued quote
  // opens a new mark before the first closed, and pairing the marks in order would flip them.
  const line =
    '"We will not stop," Anna Reyes said. "We will keep going until the road is open. "And we will win in the end," she said. ' +
    'The council met on Monday to discuss the road. "It is a costly mistake," said Tom Hale, the council leader.';

  it("never carries narration or another person's quote inside a quote", () => {
    for (const q of extractQuotes(line)) {
      expect(q.text).not.toMatch(/she said|The council met|said Tom Hale/);
    }
  });

  it("keeps each speaker's words with that speaker", () => {
    const quotes = extractQuotes(line);
    expect(find(quotes, "It is a costly mistake").speaker).toMatchObject({ name: "Tom Hale" });
    expect(find(quotes, "We will not stop").speaker).toMatchObject({ name: "Anna Reyes" });
  });
});

describe("the speaker the cue points to", () => {
  it("gives 'he said' to the analyst just described, not to the chief executive named before", () => {
    const body =
      'Chief executive Philip Hampton said sales had risen. Nick Van den Brul of BNP Paribas described the results as solid. "They are well ahead of what the market expected," he said.';
    expect(quoteOf(body, "They are well ahead").speaker).toMatchObject({ name: "Nick Van den Brul" });
  });

  it("gives a quote after 'Lord Butler said:' to Lord Butler in an interview by someone else", () => {
    const body = 'In an interview with the BBC\'s Andrew Marr, the former cabinet secretary spoke at length. Lord Butler said: "The report was fair to everyone involved."';
    expect(quoteOf(body, "The report was fair").speaker?.name).toMatch(/Butler/);
  });

  it("names a speaker followed by 'at' and an employer, with the employer in the role", () => {
    const a = quoteOf('"Rates will have to rise before the summer," said Isabelle Kronawitter at Hypovereinsbank.', "Rates will");
    expect(a.speaker).toMatchObject({ name: "Isabelle Kronawitter", kind: "person" });
    expect(a.speaker?.role).toMatch(/Hypovereinsbank/);
    const b = quoteOf('"The euro is too strong," said economist Marie-Pierre Ripert at IXIS.', "The euro");
    expect(b.speaker).toMatchObject({ name: "Marie-Pierre Ripert", kind: "person" });
    expect(b.speaker?.role).toMatch(/economist/);
  });

  it("attributes a quote after 'He replies:' and after 'the committee said:'", () => {
    const body = 'Jonathan Hale was asked whether he would stand again. He replies: "Not this time."';
    expect(quoteOf(body, "Not this time").speaker).toMatchObject({ name: "Jonathan Hale" });
    const committee = quoteOf('The committee met on Tuesday. The committee said: "The evidence does not support the claim."', "The evidence");
    expect(committee.speaker?.name).toMatch(/committee/i);
    expect(committee.speaker?.kind).not.toBe("person");
  });
});

describe("speakers that are not speakers", () => {
  it("takes no opening word or phrase for a speaker", () => {
    const bodies = [
      'Maria Costa was asked about the vote. When asked whether she would resign, she said: "No, I will not."',
      'If the plan fails, "we will all pay for it," the finance minister warned.',
      'Mostly, officials said, the roads were "passable with care."',
      'Notably, the report said the bank had been "warned twice."',
      'Thereafter, the police said the crowd was "entirely peaceful."',
      'Per reports, the president said there would be "no deal this year."',
      'On Christmas Day, Pope Francis said the world needed "peace above all."',
    ];
    const junk = /^(?:When|If|Mostly|Notably|Thereafter|Per|Per reports|On Christmas Day|On)$/;
    for (const body of bodies) {
      for (const name of speakerNames(body)) expect(name, body).not.toMatch(junk);
    }
    expect(quoteOf(bodies[6]!, "peace above all").speaker?.name).toMatch(/Francis/);
    expect(quoteOf(bodies[0]!, "No, I will not").speaker).toMatchObject({ name: "Maria Costa" });
  });

  it("does not take a contraction opening a quote's sentence as its speaker", () => {
    const body = "You've said that the deal is dead, the reporter put to him. Tom Hale said the deal was \"very much alive.\"";
    for (const name of speakerNames(body)) expect(name).not.toMatch(/^You/);
  });

  it("takes the whole name of a country or body, never a piece of it", () => {
    expect(quoteOf('The United States said the strikes were "a clear violation."', "a clear violation").speaker?.name).toMatch(/^the United States$/i);
    const redCross = quoteOf('The Red Cross said it had delivered aid, but warned that supplies were "close to running out."', "close to running out");
    expect(redCross.speaker?.name).toMatch(/^the Red Cross$/i);
    expect(redCross.speaker?.kind).toBe("organization");
    const charity = quoteOf('Save the Children said the camps were "no place for a child."', "no place");
    expect(charity.speaker?.name).toBe("Save the Children");
  });

  it("leaves a conjunction out of the speaker and keeps the description as the role", () => {
    const q = quoteOf('Yet aviation analyst Mike Powell said the airline "has no choice but to cut routes."', "has no choice");
    expect(q.speaker).toMatchObject({ name: "Mike Powell", kind: "person" });
    expect(q.speaker?.role).toMatch(/^aviation analyst$/i);
  });
});

describe("names with their descriptions", () => {
  it("takes the role before the name and the employer after it", () => {
    const q = quoteOf('"Prices will stay high all winter," said energy analyst Orin Middleton of Barclays Capital.', "Prices will");
    expect(q.speaker).toMatchObject({ name: "Orin Middleton", kind: "person" });
    expect(q.speaker?.role).toMatch(/energy analyst/);
    expect(q.speaker?.role).toMatch(/Barclays Capital/);
  });

  it("reads a firm's possessive as the employer, not part of the name", () => {
    const q = quoteOf('Ernst and Young\'s Sanjay Mehta said the figures were "better than feared."', "better than");
    expect(q.speaker).toMatchObject({ name: "Sanjay Mehta", kind: "person" });
    expect(q.speaker?.role ?? "").toMatch(/Ernst (?:and|&) Young/);
  });

  it("keeps a company named by one word a company when the article describes it as one", () => {
    const body = 'French drinks group Pernod Ricard agreed to buy Allied Domecq in April. Pernod said the deal "made strategic sense."';
    const q = quoteOf(body, "made strategic sense");
    expect(q.speaker?.name).toMatch(/^Pernod/);
    expect(q.speaker?.kind).toBe("organization");
  });
});

describe("statements by several people", () => {
  it("gives a statement to each of two named people", () => {
    const q = quoteOf('Donald Trump and Secretary of State Marco Rubio both said the talks were "very productive."', "very productive");
    expect(q.speakers.map((s) => s.name)).toEqual(["Donald Trump", "Marco Rubio"]);
    expect(q.speakers[1]!.role).toMatch(/Secretary of State/);
    expect(q.speaker?.name).toBe("Donald Trump");
  });

  it("gives a statement to each of two described people", () => {
    const q = quoteOf('A Ukrainian presidential adviser and a Kremlin spokesman both said the meeting was "constructive."', "constructive");
    expect(q.speakers).toHaveLength(2);
    expect(q.speakers.map((s) => s.name.toLowerCase())).toEqual([expect.stringContaining("ukrainian presidential adviser"), expect.stringContaining("kremlin spokesman")]);
  });
});

describe("quoted words after a speech verb are the speaker's", () => {
  const cases: [string, string, string][] = [
    ['Information Commissioner Richard Thomas "totally condemned" the sale of the records.', "totally condemned", "Richard Thomas"],
    ['Liberal Democrat leader Charles Kennedy attacked the plan as "vacuous."', "vacuous", "Charles Kennedy"],
    ['Schools minister Stephen Twigg defended the scheme, which he calls "good fun," against its critics.', "good fun", "Stephen Twigg"],
    ['Education Secretary Ruth Kelly brands such criticisms as "absolutely rubbish."', "absolutely rubbish", "Ruth Kelly"],
  ];
  it("keeps a state's present-tense name for a thing a term", () => {
    expect(quoteOf('Russia calls the campaign it launched a "special military operation" to disarm Ukraine.', "special")).toMatchObject({ kind: "term", speaker: null });
  });
  it.each(cases)("%s", (body, start, speaker) => {
    const q = quoteOf(body, start);
    expect(q.kind).toBe("partial");
    expect(q.speaker?.name).toBe(speaker);
  });
});

describe("one entry per person or body", () => {
  const person = (name: string, role: string | null = null) => ({ name, role, kind: "person" as const });
  const body = (name: string) => ({ name, role: null, kind: "organization" as const });
  const entries = (mentions: Mentioned["speaker"][], aliases: Record<string, string[]> = {}) => {
    const reg = buildSpeakerRegistry(
      mentions.map((speaker, i) => ({ article: `a${i}`, speaker })),
      aliases,
    );
    return reg.speakers;
  };

  it("joins a body's short form, spacing and initials to its full name", () => {
    for (const [full, short] of [
      ["British Airways", "BA"],
      ["Time Warner", "TimeWarner"],
      ["Qualifications and Curriculum Authority", "QCA"],
      ["Liberal Democrats", "Lib Dems"],
    ] as const) {
      expect(entries([body(full), body(short)]), `${full} / ${short}`).toHaveLength(1);
    }
  });

  it("joins a knight named by first name to his full name, and a surname to the one person of that name", () => {
    expect(entries([person("Sir Digby Jones"), person("Sir Digby")])).toHaveLength(1);
    const howard = entries([person("Michael Howard", "Conservative leader"), person("Howard")]);
    expect(howard).toHaveLength(1);
    expect(howard[0]!.kind).toBe("person");
  });

  it("joins a title and surname to a name pinned by an alias", () => {
    const reg = entries([person("Olena Hrytsenko"), person("Olena Gritsenko"), person("Hrytsenko", "Governor")], { "Olena Hrytsenko": ["Olena Gritsenko"] });
    expect(reg).toHaveLength(1);
    expect(reg[0]!.name).toBe("Olena Hrytsenko");
  });
});
