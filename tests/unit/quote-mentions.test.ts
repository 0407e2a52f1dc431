// Speaker phrases: names, roles, organisations, groups, unnamed speakers, pronouns.
import { describe, expect, it } from "vitest";
import { parseMention } from "../../src/analysis/quotes/mentions.ts";

describe("parseMention", () => {
  it("splits a role before the name", () => {
    expect(parseMention("Kremlin spokesman Dmitry Peskov")).toMatchObject({ name: "Dmitry Peskov", role: "Kremlin spokesman", kind: "person" });
    expect(parseMention("Ukrainian Foreign Minister Dmytro Kuleba")).toMatchObject({ name: "Dmytro Kuleba", role: "Ukrainian Foreign Minister" });
    expect(parseMention("After the meeting, Russian delegation head Vladimir Medinsky")).toMatchObject({ name: "Vladimir Medinsky", role: "Russian delegation head" });
  });

  it("takes the role from an appositive after the name, and the name from one after a description", () => {
    expect(parseMention("Antonio Vitorino, head of the UN’s International Organization for Migration (IOM)")).toMatchObject({ name: "Antonio Vitorino", role: "head of the UN’s International Organization for Migration" });
    expect(parseMention("The mayor of Sumy, Alexander Lysenko")).toMatchObject({ name: "Alexander Lysenko", role: "mayor of Sumy" });
    expect(parseMention("Putin, speaking to a Russian state television journalist")).toMatchObject({ name: "Putin", role: null });
  });

  it("tells organisations, groups and unnamed speakers from people", () => {
    expect(parseMention("the White House")).toMatchObject({ kind: "organization", name: "the White House" });
    expect(parseMention("The Russian Ministry of Defense")).toMatchObject({ kind: "organization" });
    expect(parseMention("UNHCR")).toMatchObject({ kind: "organization" });
    expect(parseMention("Ukraine")).toMatchObject({ kind: "organization" });
    expect(parseMention("Ukrainian officials, in the meantime,")).toMatchObject({ kind: "group", name: "Ukrainian officials" });
    expect(parseMention("A spokesperson for Ukrainian President Volodymyr Zelensky")).toMatchObject({ kind: "unnamed" });
    expect(parseMention("a Ukrainian official")).toMatchObject({ kind: "unnamed" });
  });

  it("leaves pronouns and definite roles to be resolved", () => {
    expect(parseMention("he")).toEqual({ type: "pronoun", pronoun: "he" });
    expect(parseMention("the spokesperson")).toMatchObject({ type: "definite", role: "spokesperson" });
  });

  it("refuses phrases that name no speaker", () => {
    expect(parseMention("maps published by the RIA news agency")).toBeNull();
  });
});
