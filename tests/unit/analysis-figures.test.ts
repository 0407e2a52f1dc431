// Figure extraction, one rule at a time, on sentences read as an editor would: what is a figure,
// its interval, what it counts and measures, where, who gives it and the date it holds for.
import { describe, expect, it } from "vitest";
import { analyzeText, type ExtractedFigure } from "../../src/analysis/index.ts";

const figures = (text: string, date = "2022-03-14") => analyzeText(text, date).figures;
const one = (text: string, date?: string): ExtractedFigure => {
  const found = figures(text, date);
  expect(found, found.map((f) => f.text).join(" | ")).toHaveLength(1);
  return found[0]!;
};

describe("what is not a figure", () => {
  it.each([
    ["clock times", "The talks will begin at 0820 GMT. A ceasefire held from 12.30 pm IST on Monday."],
    ["dates", "Kyiv lodged the case on February 27. Talks were held on 24-25 February and on Feb. 24."],
    ["years", "The war that began in 2014 has changed since 2022."],
    ["ages after a name", "Priya Menon, 41, a consultant, said the port was quiet."],
    ["street numbers", "She lives at 9 Dock Street and works at 10 Downing Street."],
    ["identifiers", "Troops moved along Route 9 under Article 5 of the treaty."],
    ["ordinals naming a round or a day", "The third round of talks began as the war entered its twelfth day."],
    ["spans of time", "The war of more than three years has seen a 30-day ceasefire proposed."],
    ["the number of a set named", "The two sides met, and the two leaders spoke."],
    ["an id inside a link", "See [the post](https://x.com/a/status/1503037717541801991) for more."],
    // issue 13, each from a construction of real copy
    ["numbers that are part of a name", "It was launched on a Falcon 9 rocket, while CentOS 7 is expected to get updates and the Lost 52 Project said so on WESH 2 news."],
    ["a spelled number that starts a name", "She got a toy from a Six Flags theme park."],
    ["the numbers of a list of ages", "The deceased were aged nine, ten, thirteen, two aged fourteen, 49, and 59."],
    ["one of a set", "This was one of the demands of the protesters."],
    ["an ordinal standing for one more", "Democrats opposed it, and a third, Jared Golden, voted for it."],
    ["half as a word", "Flags were lowered to half staff, half way through an hour and a half."],
    ["a manner of speaking", "I can't say that with 100% confidence."],
    ["years in a list, or a census", "He ran in his 2008 and 2010 runs for Congress before the upcoming 2020 census, and under the 1789 view."],
  ])("%s", (_, text) => {
    expect(figures(text).map((f) => f.text)).toEqual([]);
  });

  it("still takes the figures beside those constructions (issue 13)", () => {
    expect(one("Prices would fall by a fifth next year.")).toMatchObject({ value: 20, unit: "percent" });
    expect(one("He served half his sentence.")).toMatchObject({ value: 50, unit: "percent" });
    expect(one("A magnitude 5.2 earthquake struck.")).toMatchObject({ value: 5.2 });
    // a count of a plural right after a name is still a count
    expect(one("The result gave Biden 23 delegates.")).toMatchObject({ value: 23, counted: "delegates" });
  });

  it("counts the aircraft, not the model number, in 'two Su-25 aircraft'", () => {
    expect(one("Two Su-25 aircraft were shot down.")).toMatchObject({ number: "Two", value: 2, counted: "aircraft" });
  });

  it("keeps a small count after 'the' when it says what happened: 'the nine people who died'", () => {
    expect(one("Together with the nine people who died in Sallow Ford, the floods have killed many.").value).toBe(9);
  });
});

describe("intervals from qualifiers", () => {
  it.each([
    ["more than 130 people were wounded", "more than", 130, null],
    ["at least 35 people were killed", "at least", 35, null],
    ["nearly 2,200 people have been killed", "nearly", null, 2200],
    ["up to 900 people were evacuated", "up to", null, 900],
    ["some 12,000 residents were evacuated", "some", 10800, 13200],
    ["between 300 and 400 people were missing", "between", 300, 400],
    ["2,200 people were killed", null, 2200, 2200],
    ["hundreds of people were evacuated", null, 200, 999],
  ])("%s", (text, qualifier, low, high) => {
    expect(one(`Officials said ${text} on Monday.`)).toMatchObject({ qualifier, low, high });
  });

  it("reads a qualifier through Markdown emphasis", () => {
    expect(one("Officials said *more than* 300 people were killed.")).toMatchObject({ qualifier: "more than", low: 300, high: null });
    expect(one("About **300 people** were evacuated.")).toMatchObject({ qualifier: "about", low: 270, high: 330 });
  });

  it("reads proportions as percentages and money in its currency", () => {
    expect(one("Eight in ten refugees were women and children.")).toMatchObject({ value: 80, unit: "percent" });
    expect(one("Some 90 percent of those who have fled are women and children.")).toMatchObject({ value: 90, unit: "percent", low: 81, high: 99 });
    expect(one("The European Union pledged €25 million in emergency aid on Tuesday.")).toMatchObject({ value: 25_000_000, unit: "EUR", counted: "emergency aid", measure: "pledged" });
  });
});

describe("what a figure counts and measures", () => {
  it("finds the verb that governs it, and the words after its noun", () => {
    expect(one("A Russian air strike hit a bread factory on Monday, killing at least 13 civilians.")).toMatchObject({ counted: "civilians", measure: "killed", place: "bread factory" });
    expect(one("More than 3.5 million people have fled Ukraine.")).toMatchObject({ counted: "people", measure: "fled", place: "Ukraine" });
    expect(one("Ukrainian forces reported nearly 3,000 Russia ceasefire violations.")).toMatchObject({ counted: "ceasefire violations", measure: "reported" });
  });

  it("reads a count named before its number", () => {
    expect(one("The number of people killed by the floods in Brennick rose to 41 on Tuesday.", "2024-10-16")).toMatchObject({ value: 41, counted: "people", measure: "killed", place: "Brennick", asOf: "2024-10-15" });
    expect(one("The death toll in Orvel reached 23.")).toMatchObject({ measure: "killed" });
  });

  it("carries the count of a figure over to a number that repeats it", () => {
    const [killed, wounded] = figures("The strikes killed at least 35 people and wounded more than 130.");
    expect(killed).toMatchObject({ value: 35, counted: "people", measure: "killed" });
    expect(wounded).toMatchObject({ value: 130, counted: "people", measure: "wounded" });
    const [, earlier] = figures("More than 15,000 people have now been evacuated, up from some 12,000 on Monday.", "2024-10-15");
    expect(earlier).toMatchObject({ value: 12000, measure: "evacuated", asOf: "2024-10-14" });
  });

  it("gives a part of a count its measure, and a population its place", () => {
    const [, children] = figures("At least 58 people have now died in the floods, including 11 children.");
    expect(children).toMatchObject({ counted: "children", measure: "killed" });
    expect(one("Brennick, a market town of about 48,000 inhabitants, lies on the river.")).toMatchObject({ measure: "population", place: "Brennick" });
  });
});

describe("what keeps figures of one kind apart", () => {
  it("marks a sum over several days, a rate in time and a count's owner", () => {
    const [sum] = figures("The airline cancelled 629 flights between Monday and Wednesday.", "2025-03-12");
    expect(sum).toMatchObject({ value: 629, cumulative: true });
    expect(one("The airline cancelled 215 flights on Tuesday.", "2025-03-12").cumulative).toBe(false);
    expect(one("The fire was burning some 1,500 hectares an hour.").counted).toBe("hectares an hour");
    expect(one("Some 14,500 Corrin Airways passengers were stranded.")).toMatchObject({ counted: "passengers", place: "Corrin Airways" });
  });

  it("lets a number with its own verb keep its own measure", () => {
    const [, trapped] = figures("The blast killed three miners and 42 remained trapped underground.");
    expect(trapped).toMatchObject({ value: 42, counted: "miners" });
    expect(trapped!.measure).not.toBe("killed");
  });

  it("dates a figure of a past year or decade by it, but not a year that bounds a period (issue 13)", () => {
    expect(one("Cuban roads suffer many accidents; 2018 saw 11,187 recorded accidents.", "2019-01-12")).toMatchObject({ value: 11187, asOf: "2018-12-31" });
    expect(one("Typhoon Haiyan killed over 6,000 people in 2013.", "2019-12-28")).toMatchObject({ asOf: "2013-12-31" });
    expect(one("Women make up 16% of the enlisted as of 2016, according to CNA.", "2019-02-25")).toMatchObject({ asOf: "2016-12-31" });
    expect(one("The area was as large as 21 hectares in the 1990s.", "2019-02-02")).toMatchObject({ asOf: "1999-12-31" });
    expect(one("Since 2015, 40 people have been killed on the road.", "2019-02-02")).toMatchObject({ asOf: "2019-02-02" });
    expect(one("The firm sold 80,000 cars in 2019, it said.", "2019-06-02")).toMatchObject({ asOf: "2019-06-02" });
  });

  it("dates the clause after 'since 2011, when' in that year", () => {
    expect(one("It was the deadliest blast since 2011, when 29 miners were killed at the Ostrel colliery.", "2024-09-17")).toMatchObject({ asOf: "2011-12-31", place: "Ostrel colliery" });
  });
});

describe("readings a careful editor would not make", () => {
  it("reads 'no more than' as a ceiling, not 'more than'", () => {
    expect(one("Officials said no more than 30 people were arrested in Paris.")).toMatchObject({ qualifier: "no more than", low: null, high: 30 });
  });

  it.each([
    ["an age bound", "Police said some 40 people aged over 65 were killed in Lagos."],
    ["a year before a plural", "The 2023 floods killed 40 people in Lagos."],
    ["a list's item numbers", "Casualties:\n1. 300 homes were destroyed\n2. 40 people fled"],
  ])("takes no %s for a figure", (_, text) => {
    const values = figures(text).map((f) => f.value);
    expect(values).not.toContain(65);
    expect(values).not.toContain(2023);
    expect(values).not.toContain(2);
    expect(values.length).toBeGreaterThan(0);
  });

  it("marks the value a figure changed from, and reads 'rose by 12 to 80' as a change of 12 and a level of 80", () => {
    const [now, before] = figures("Police said 30 people were killed in Lagos, up from 12.");
    expect(now).toMatchObject({ value: 30, earlier: false, change: false });
    expect(before).toMatchObject({ value: 12, earlier: true, change: false });
    const [change, level] = figures("The death toll in Lagos rose by 12 to 80, police said.");
    expect(change).toMatchObject({ text: "12", value: 12, low: 12, high: 12, change: true });
    expect(level).toMatchObject({ text: "80", value: 80, low: 80, high: 80, change: false });
  });

  it("tells a change from a level, and names whose figure it is (issue 13)", () => {
    const [rise, profit] = figures("BA's pre-tax profit rose 5% to £75m in the year to March.");
    expect(rise).toMatchObject({ value: 5, unit: "percent", change: true, subject: "BA" });
    expect(profit).toMatchObject({ value: 75_000_000, change: false, subject: "BA" });
    const [by, to] = figures("Its output increased by $43.6 billion to $419.2 billion.");
    expect(by).toMatchObject({ value: 43_600_000_000, change: true });
    expect(to).toMatchObject({ value: 419_200_000_000, change: false });
    expect(one("Bangladesh reported five new deaths on Tuesday.")).toMatchObject({ value: 5, change: true });
    expect(one("Sanders won 46.8% of the vote in Nevada.")).toMatchObject({ value: 46.8, subject: "Sanders", change: false });
    expect(one("Pellan Air cancelled 31 flights.")).toMatchObject({ subject: "Pellan Air", change: false });
  });

  it("takes the name a clause opens with as the subject of what it did, not of what it said (issue 13)", () => {
    expect(one("Sanders, a Senator from Vermont, won the Democratic primary with 25.7% of the vote.")).toMatchObject({ subject: "Sanders" });
    expect(one("On Friday, the Legislative Yuan voted by a margin of 39 votes to legalise same-sex marriage.")).toMatchObject({ subject: "Legislative Yuan" });
    expect(one("Humberto had maximum sustained winds of 75 miles per hour.")).toMatchObject({ subject: "Humberto" });
    // the name says the number, or another clause stands between: no subject
    expect(one("Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.").subject).toBeNull();
    expect(one("Officials said three people died.").subject).toBeNull();
    expect(one("Lam said that the council would gain two members.").subject).toBeNull();
    // a day, a nationality or a common noun that opens the sentence is no subject
    expect(one("Wednesday's tremor damaged 143 buildings.").subject).toBeNull();
    expect(one("Two French police officers were jailed for seven years.").subject).toBeNull();
    expect(one("Researchers used swab samples from eighteen volunteers.").subject).toBeNull();
  });

  it("gives the toll of an event the sentence introduces as new to that event, not to the story's (issue 13)", () => {
    const story = "A car bomb attack at a military base in Maidan Shahr killed at least 12 people on Monday. ";
    const [, kabul, wounded] = figures(`${story}Last week a Kabul car bombing killed five and wounded 110.`);
    expect(kabul).toMatchObject({ value: 5, subject: "the Kabul car bombing" });
    expect(wounded).toMatchObject({ value: 110, subject: "the Kabul car bombing" });
    const quake = figures(`${story}Earlier this year, the region suffered a 6.3 magnitude earthquake causing eleven deaths.`).find((f) => f.value === 11);
    expect(quake).toMatchObject({ value: 11, subject: "the 6.3 magnitude earthquake" });
    // in the sentence that tells the story, "a car bomb attack" is the story's event
    expect(figures(story)[0]).toMatchObject({ subject: "the Maidan Shahr car bomb attack" });
  });

  it("reads a place a sentence opens with or names after 'in the', a part given as 'were of children', and a 'with' clause's own subject (issue 13)", () => {
    expect(one("In the United States alone, particulate matter is responsible for upwards of 100,000 deaths annually.")).toMatchObject({ place: "United States" });
    expect(one("Confirmed deaths surpassed 100,000 in the United States on Wednesday.")).toMatchObject({ place: "United States" });
    const [, children] = figures("Officials said 39 people died. The Emergencies Ministry said six deaths were of children.");
    expect(children).toMatchObject({ value: 6, part: true });
    expect(one("The United States led, with the next highest country, the United Kingdom, reporting 37,542 deaths.").subject).not.toBe("United States");
  });

  it("reads what a figure is of from the noun phrase before 'of', and a length that says how far as a distance (issue 13)", () => {
    expect(one("Humberto had maximum sustained winds of 75 miles per hour.")).toMatchObject({ measure: "maximum sustained winds" });
    expect(one("The company had revenue of about $30bn.")).toMatchObject({ measure: "revenue" });
    expect(one("A second fire, eighteen kilometres away in La Llagosta, damaged a block.")).toMatchObject({ measure: "distance" });
    expect(one("The epicenter was located roughly nine kilometers east of Carrascal.")).toMatchObject({ measure: "distance" });
    // a verb is no part of it: "forecasters expect growth of" measures growth
    expect(one("Forecasters expect growth of between 0.4 and 1.1 per cent next year.")).toMatchObject({ measure: "growth" });
    // "one of", "most of": no measure
    expect(one("Most of the 40 passengers were asleep.").measure).not.toBe("most");
  });

  it("gives a figure to who puts it at a number: 'Kremlin officials put the sale price at $9.4bn' (issue 13)", () => {
    expect(one("Kremlin officials put the sale price at $9.4bn.")).toMatchObject({ claimedBy: "Kremlin officials", measure: "sale price" });
  });

  it("gives a figure in an interview's answer to the one answering, not to the interviewer (issue 13)", () => {
    const text = "((WN)) How many tools did you study?\n\n((Naomi Martisius)) We studied five bone tools from two sites.\n\nThey came from 2 layers.\n\n((WN)) Did you study 40 bone tools?\n";
    const found = figures(text);
    expect(found.find((f) => f.value === 5)?.claimedBy).toBe("Naomi Martisius");
    // an answer running on into the next paragraph is still hers
    expect(found.find((f) => f.value === 2 && f.text.includes("layers"))?.claimedBy).toBe("Naomi Martisius");
    expect(found.find((f) => f.value === 40)?.claimedBy ?? null).toBeNull();
  });

  it("gives a figure in another unit in brackets the measure and subject of the figure it converts, and reads a speed (issue 13)", () => {
    const [mph, kmh, slow, slowKph] = figures("Humberto had maximum sustained winds of 75 miles per hour (120 kilometers per hour) and was moving northeast at 3 mph (6 kph).");
    expect(mph).toMatchObject({ measure: "maximum sustained winds", subject: "Humberto" });
    expect(kmh).toMatchObject({ value: 120, measure: "maximum sustained winds", subject: "Humberto" });
    expect(slow).toMatchObject({ value: 3, measure: "speed" });
    expect(slowKph).toMatchObject({ value: 6, measure: "speed" });
  });

  it("reads what a length or a volume measures: how far, how tall, of what (issue 13)", () => {
    expect(one("A boat capsized about 40 nautical miles south of the island of Calistra.")).toMatchObject({ measure: "distance" });
    expect(one("Badalona, a Catalonian city around ten kilometres from Barcelona, was hit.")).toMatchObject({ measure: "distance" });
    expect(figures("Forecasters warned of up to 30 inches (76 cm) of rain.").map((f) => f.measure)).toEqual(["rain", "rain"]);
    expect(one("Around 50 gallons of diesel fuel spilled.")).toMatchObject({ measure: "diesel fuel" });
    expect(figures("Huber, standing six feet five inches tall, joined.")[0]).toMatchObject({ measure: "height" });
  });

  it("names the story's event from a verb of its opening when no noun names it: 'a bus crashed' (issue 13)", () => {
    const [killed] = figures("A bus carrying children overturned in Babyninsky, killing seven people on Saturday morning.\n\nThe crash injured 24 more.");
    expect(killed).toMatchObject({ subject: "the Babyninsky bus crash", ofStory: true });
  });

  it("reads the world and a reporting country as places, never a reporting body, and 'annually' as a rate (issue 13)", () => {
    expect(one("There were at least 126,000 cases of COVID-19 worldwide.")).toMatchObject({ place: "worldwide" });
    expect(one("The United States led, with the next highest country, the United Kingdom, reporting 37,542 deaths.")).toMatchObject({ place: "United Kingdom" });
    expect(one("The World Health Organization reported 1,051,635 confirmed cases.").place).toBeNull();
    expect(one("In the United States alone, particulate matter is responsible for upwards of 100,000 deaths annually.")).toMatchObject({ counted: "deaths a year", measure: "killed" });
  });

  it("reads 'increasing the toll from fourteen to 31' as two levels, the earlier one marked, not as a range (issue 13)", () => {
    const [from, to] = figures("Work resumed, with more bodies recovered increasing the confirmed death toll from fourteen to 31.");
    expect(from).toMatchObject({ value: 14, low: 14, high: 14, earlier: true, change: false });
    expect(to).toMatchObject({ value: 31, low: 31, high: 31, earlier: false, change: false });
    // a range with no verb of change stays a range
    expect(one("Between 300 and 400 people were missing.")).toMatchObject({ low: 300, high: 400 });
  });

  it("gives the toll of the sentence after 'another explosion' to that explosion, and a lede's toll to the story whatever its site (issue 13)", () => {
    const text = "A ten-storey apartment building in Magnitogorsk collapsed after a gas explosion on Monday, killing 39.\n\nThe ministry said six deaths were of children. Overnight another explosion hit a minibus in the city. Officials said three people died.";
    const [lede, children, other] = figures(text);
    expect(lede).toMatchObject({ value: 39, ofStory: true });
    expect(lede!.subject).toMatch(/Magnitogorsk .*collapse$/);
    expect(children).toMatchObject({ value: 6, part: true });
    expect(other).toMatchObject({ value: 3, subject: "the other explosion", ofStory: false });
  });

  it("reads places after 'the island of', 'east of', 'outside' and 'in other countries', never in an apposition about a person (issue 13)", () => {
    expect(one("Sanders, a Senator from Vermont, won the Democratic primary with 25.7% of the vote.").place).toBeNull();
    expect(one("On the Greek island of Samos, two people died when a wall collapsed.")).toMatchObject({ place: "Samos" });
    expect(one("The epicenter was located roughly nine kilometers east of Carrascal.")).toMatchObject({ place: "Carrascal" });
    expect(one("There were 120 cases outside China.")).toMatchObject({ place: "outside China" });
    expect(figures("There were 5794 suspected cases in China, 37 confirmed cases in other countries.").map((f) => f.place)).toEqual(["China", "other countries"]);
  });

  it("gives a toll with no subject named the story's event, but not a toll of another place (issue 13)", () => {
    const [killed, injured] = figures("An apartment block caught fire on Saturday morning in Badalona, a city near Barcelona. The blaze killed three and injured sixteen.");
    expect(killed).toMatchObject({ value: 3, subject: "the Badalona fire" });
    expect(injured).toMatchObject({ value: 16, subject: "the Badalona fire" });
    const [base, other] = figures("A car bomb attack at a military base in Maidan Shahr killed at least 12 people on Monday. Taliban fighters also killed 20 in Ghazni.");
    expect(base).toMatchObject({ subject: "the Maidan Shahr car bomb attack" });
    expect(other!.subject).toBeNull();
  });

  it("dates a figure by a day still to come with its article's date: a forecast, not last year's day (issue 13)", () => {
    expect(one("Both parties are to hold more than a dozen primary elections on March 3.", "2020-02-24").asOf).toBe("2020-02-24");
  });

  it("dates a count after a verb in the present by the article, not by a past date elsewhere in the sentence (issue 13)", () => {
    const [output, staff] = figures("The mine, which produced 4 million tonnes of coal last year, employs 1,900 people.", "2024-09-22");
    expect(output!.asOf).toBe("2023-12-31");
    expect(staff!.asOf).toBe("2024-09-22");
  });

  it("gives 'up from 12 on Saturday' its day, not the figure's", () => {
    const [now, before] = figures("Russia said it shot down 24 drones, up from 12 on Saturday.", "2024-03-11");
    expect(now!.asOf).toBe("2024-03-11");
    expect(before!.asOf).toBe("2024-03-09");
  });

  it("marks a part of an earlier count, and a percentage change apart from a level", () => {
    const [, part] = figures("Ten people died in the fire in Lagos. Three of them were children.");
    expect(part).toMatchObject({ value: 3, part: true });
    expect(one("Inflation rose 0.4% in February.").counted).toBe("change in inflation");
    expect(one("Inflation rose to 3.4% in February.").counted).toBe("inflation");
  });

  it("keeps place names whole whatever their letters, and takes no counter for a place", () => {
    expect(one("Floods killed 12 people in Gdańsk on Monday.").place).toBe("Gdańsk");
    expect(one("Police arrested 12 people on Monday.").place).toBeNull();
  });

  it("reads no date into 9/11 or 24/7", () => {
    expect(one("The 9/11 attacks killed 2,977 people.", "2023-10-01").asOf).toBe("2023-10-01");
  });
});

describe("shares and sums of a subject", () => {
  it("reads what a rate or an amount is of from the subject before its verb of change", () => {
    const [now, before] = figures("Annual inflation in Sardova edged up to 3.4% in October from 3.1 per cent in September, the office said.", "2025-10-31");
    // "edged up to" is where inflation went, not a bound; the second rate is the same measure a month before
    expect(now).toMatchObject({ value: 3.4, qualifier: null, low: 3.4, high: 3.4, counted: "annual inflation", place: "Sardova", asOf: "2025-10-31" });
    expect(before).toMatchObject({ value: 3.1, counted: "annual inflation", asOf: "2025-09-30" });
    expect(one("The cap will cost €3.8 billion next year, she said.", "2025-10-31")).toMatchObject({ counted: "cap", unit: "EUR" });
  });

  it("dates a figure by the quarter its sentence names", () => {
    const [q3, q2] = figures("The office said quarterly growth slowed to 0.2% in the third quarter from 0.5% in the second quarter.", "2025-10-31");
    expect(q3).toMatchObject({ counted: "quarterly growth", asOf: "2025-09-30" });
    expect(q2).toMatchObject({ counted: "quarterly growth", asOf: "2025-06-30" });
  });
});

describe("long and odd input", () => {
  it("drops a number too large to hold", () => {
    expect(analyzeText(`There were 1${"0".repeat(400)} grains.`, "2022-03-14").numbers).toEqual([]);
  });
});

describe("who gives a figure and when it holds", () => {
  it("takes the claimant from 'according to', a report's speaker, or whose figure it is", () => {
    expect(one("Nearly 2,200 people have been killed in Mariupol, according to local officials.").claimedBy).toBe("local officials");
    expect(one("UNHCR said on Tuesday that more than 3.5 million Ukrainians have fled the country.", "2022-03-22").claimedBy).toBe("UNHCR");
    const [, un] = figures("The ministry said 210,000 people had entered the country, far more than the UN refugee agency's figure of about 160,000.");
    expect(un).toMatchObject({ value: 160000, claimedBy: "the UN refugee agency", measure: "fled" });
  });

  it("dates a figure by the day its sentence gives, read against the article's date", () => {
    // 14 March 2022 was a Monday: "Sunday" is the 13th; a month alone is its last day; "last year" its 31 December.
    expect(one("Russian air strikes Sunday killed at least 35 people.").asOf).toBe("2022-03-13");
    expect(one("In February, 400 people were arrested.").asOf).toBe("2022-02-28");
    expect(one("Last year 1,200 people were evacuated.").asOf).toBe("2021-12-31");
    expect(one("In 1999, 300 people were killed in the floods.").asOf).toBe("1999-12-31");
    // a year later in the sentence dates something else
    expect(one("The agency estimated damage at €300 million, the most since its records began in 1971.").asOf).toBe("2022-03-14");
    expect(one("At least 35 people were killed.").asOf).toBe("2022-03-14");
    // "a day earlier" dates 112, which it follows, not 86.
    const [now, before] = figures("The governor said 86 people remained missing, down from 112 a day earlier.", "2024-10-16");
    expect(now!.asOf).toBe("2024-10-16");
    expect(before!.asOf).toBe("2024-10-15");
  });
});
