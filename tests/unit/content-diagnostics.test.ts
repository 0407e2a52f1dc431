// Diagnostics are data: file, line, field, rule, message and fix; reported together, errors first.
import { describe, expect, it } from "vitest";
import { formatDiagnostic, hasErrors, sortDiagnostics, summarize, type Diagnostic } from "../../src/content/diagnostics.ts";

function diag(over: Partial<Diagnostic>): Diagnostic {
  return {
    severity: "error",
    file: "content/articles/talks.md",
    line: 4,
    field: "date",
    rule: "date-invalid",
    message: '`date` "2022-02-30" is not a real calendar date',
    fix: "use a date that exists",
    ...over,
  };
}

describe("formatDiagnostic", () => {
  it("shows file:line, severity, field, message and the fix", () => {
    const text = formatDiagnostic(diag({}));
    expect(text).toContain("content/articles/talks.md:4");
    expect(text).toContain("error");
    expect(text).toContain("date");
    expect(text).toContain('"2022-02-30" is not a real calendar date');
    expect(text).toMatch(/fix:? .*use a date that exists/);
    // The location comes first, so editors and terminals can jump to it.
    expect(text.startsWith("content/articles/talks.md:4")).toBe(true);
  });

  it("without a line shows the file alone (no ':null')", () => {
    const text = formatDiagnostic(diag({ line: null, rule: "slug-duplicate", field: null }));
    expect(text).toContain("content/articles/talks.md");
    expect(text).not.toContain(":null");
    expect(text).not.toContain("null");
    expect(text).not.toContain("undefined");
  });

  it("shows a warning as a warning", () => {
    const text = formatDiagnostic(diag({ severity: "warning", field: "titel", rule: "unknown-key", message: "unknown key `titel` is ignored", fix: "did you mean `title`?" }));
    expect(text).toContain("warning");
    expect(text).not.toMatch(/\berror\b/);
    expect(text).toContain("titel");
    expect(text).toContain("did you mean `title`?");
  });
});

describe("sortDiagnostics", () => {
  const w1 = diag({ severity: "warning", file: "a.md", line: 2, rule: "unknown-key" });
  const e1 = diag({ severity: "error", file: "b.md", line: 9 });
  const e2 = diag({ severity: "error", file: "a.md", line: 7 });
  const e3 = diag({ severity: "error", file: "a.md", line: 3 });
  const w2 = diag({ severity: "warning", file: "a.md", line: 1, rule: "body-empty" });

  it("puts every error before every warning", () => {
    const sorted = sortDiagnostics([w1, e1, w2, e2, e3]);
    expect(sorted.map((d) => d.severity)).toEqual(["error", "error", "error", "warning", "warning"]);
  });

  it("orders by file, then line, within a severity", () => {
    const sorted = sortDiagnostics([w1, e1, w2, e2, e3]);
    expect(sorted).toEqual([e3, e2, e1, w2, w1]);
  });

  it("does not change the array it is given", () => {
    const input = [w1, e1, w2];
    sortDiagnostics(input);
    expect(input).toEqual([w1, e1, w2]);
  });
});

describe("hasErrors and summarize", () => {
  it("hasErrors is true only when there is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([diag({ severity: "warning" })])).toBe(false);
    expect(hasErrors([diag({ severity: "warning" }), diag({})])).toBe(true);
  });

  it("summarize counts errors, the files they are in, and warnings", () => {
    const s = summarize([diag({ file: "a.md" }), diag({ file: "a.md", line: 5 }), diag({ file: "b.md" }), diag({ severity: "warning" })]);
    expect(s).toMatch(/3 errors/);
    expect(s).toMatch(/2 files/);
    expect(s).toMatch(/1 warning\b/);
    expect(summarize([])).toMatch(/no problems/);
  });
});
