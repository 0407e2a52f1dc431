// DIR/briefing.yaml: title, subtitle, preparedBy, date, summary (Markdown), aliases (canonical -> spellings).
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseBriefingConfig } from "../../src/content/briefing-config.ts";
import type { Diagnostic } from "../../src/content/diagnostics.ts";

const FILE = "content/briefing.yaml";

function parse(text: string) {
  return parseBriefingConfig(text, FILE);
}

function one(diagnostics: Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.filter((d) => d.rule === rule);
  expect(found, JSON.stringify(diagnostics)).toHaveLength(1);
  return found[0]!;
}

describe("a valid briefing.yaml", () => {
  it("gives every field, the summary as Markdown and the aliases map", () => {
    const text = [
      'title: "Russia–Ukraine peace talks"',
      'subtitle: "March 2022"',
      'preparedBy: "Desk"',
      "date: 2022-03-31",
      "summary: |",
      "  Five reports from **five** outlets.",
      "",
      "  Second paragraph.",
      "aliases:",
      '  "Volodymyr Zelensky": ["Zelenskiy", "Zelenskyy"]',
      '  "Dmitry Peskov":',
      "    - Peskov",
      '  "Vladimir Putin": "Putin"',
      "",
    ].join("\n");
    const { config, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(config.title).toBe("Russia–Ukraine peace talks");
    expect(config.subtitle).toBe("March 2022");
    expect(config.preparedBy).toBe("Desk");
    expect(config.date).toBe("2022-03-31");
    expect(config.summary).toBe("Five reports from **five** outlets.\n\nSecond paragraph.");
    expect(config.aliases).toEqual({
      "Volodymyr Zelensky": ["Zelenskiy", "Zelenskyy"],
      "Dmitry Peskov": ["Peskov"],
      "Vladimir Putin": ["Putin"],
    });
  });

  it("an empty file gives the defaults and no problems", () => {
    const { config, diagnostics } = parse("");
    expect(diagnostics).toEqual([]);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config.title).toBe("Briefing");
  });

  it("keys left out keep their defaults", () => {
    const { config, diagnostics } = parse('title: "Only a title"\n');
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, title: "Only a title" });
  });

  it("does not share the default aliases object between calls", () => {
    const first = parse('aliases:\n  "A B": ["B"]\n').config;
    const second = parse("").config;
    expect(first.aliases).toEqual({ "A B": ["B"] });
    expect(second.aliases).toEqual({});
    expect(DEFAULT_CONFIG.aliases).toEqual({});
  });
});

describe("problems in briefing.yaml", () => {
  it("invalid YAML is an error on the right line", () => {
    const { diagnostics } = parse('title: "ok"\nsubtitle: "fine"\nsummary: Talks: round three\n');
    const d = one(diagnostics, "yaml-syntax");
    expect(d.severity).toBe("error");
    expect(d.file).toBe(FILE);
    expect(d.line).toBe(3);
    expect(d.message).toMatch(/YAML/);
    expect(d.fix.length).toBeGreaterThan(10);
  });

  it("a list instead of key: value pairs is an error", () => {
    const { diagnostics } = parse("- title\n- summary\n");
    const d = one(diagnostics, "yaml-shape");
    expect(d.severity).toBe("error");
  });

  it("an impossible date is an error on the date line; the unquoted date is not rolled over", () => {
    const { config, diagnostics } = parse('title: "T"\n\ndate: 2023-02-29\n');
    const d = one(diagnostics, "date-invalid");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("date");
    expect(d.line).toBe(3);
    expect(d.message).toContain("2023-02-29");
    expect(config.date).toBeNull();
  });

  it("a date not written YYYY-MM-DD is an error", () => {
    const { diagnostics } = parse("date: 31/03/2022\n");
    expect(one(diagnostics, "date-invalid").line).toBe(1);
  });

  it("a number as title is an error on the title line", () => {
    const { config, diagnostics } = parse("subtitle: x\ntitle: 2022\n");
    const d = one(diagnostics, "title-type");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("title");
    expect(d.line).toBe(2);
    expect(config.title).toBe("Briefing");
  });

  it("aliases given as a list is an error on the aliases line", () => {
    const { diagnostics } = parse('title: "T"\naliases:\n  - Zelensky\n  - Zelenskiy\n');
    const d = one(diagnostics, "aliases-type");
    expect(d.severity).toBe("error");
    expect(d.field).toBe("aliases");
    expect(d.line).toBe(2);
  });

  it("a spelling that is not text is an error naming the speaker; the good entries are kept", () => {
    const { config, diagnostics } = parse('aliases:\n  "Volodymyr Zelensky": ["Zelenskiy", 42]\n  "Dmitry Peskov": ["Peskov"]\n');
    const d = one(diagnostics, "aliases-type");
    expect(d.severity).toBe("error");
    expect(d.message).toContain("Volodymyr Zelensky");
    expect(config.aliases).toEqual({ "Dmitry Peskov": ["Peskov"] });
  });

  it("an unknown key is a warning, with a did-you-mean hint for a near miss", () => {
    const { config, diagnostics } = parse('titel: "T"\nsummary: "S"\n');
    const d = one(diagnostics, "unknown-key");
    expect(d.severity).toBe("warning");
    expect(d.field).toBe("titel");
    expect(d.line).toBe(1);
    expect(d.fix).toMatch(/did you mean `?title`?/i);
    expect(diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    expect(config.summary).toBe("S");
  });
});

describe("line numbers of quoted keys", () => {
  it("points at a quoted key's line", () => {
    const { diagnostics } = parseBriefingConfig('subtitle: "S"\n"title": 5\n', "briefing.yaml");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ field: "title", line: 2, severity: "error" });
  });
});
