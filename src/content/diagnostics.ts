// Problems found in content are data: collected for a whole run, then reported together.
// Each names the file, the line where known, the field, what is wrong and what would fix it.

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Path of the file, as the user would type it (relative to the working directory where possible). */
  file: string;
  /** 1-based line in the file, or null when the problem belongs to the whole file. */
  line: number | null;
  /** The frontmatter key concerned, or null. */
  field: string | null;
  /** A stable identifier for the rule, such as `date-invalid`. */
  rule: string;
  message: string;
  fix: string;
}

export type Report = (severity: Severity, rule: string, field: string | null, line: number | null, message: string, fix: string) => void;

/** A reporter bound to one file, pushing into `into`. */
export function reporter(file: string, into: Diagnostic[]): Report {
  return (severity, rule, field, line, message, fix) => into.push({ severity, file, line, field, rule, message, fix });
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  const field = d.field ? ` [${d.field}]` : "";
  return `${where}: ${d.severity}${field} ${d.message}\n    fix: ${d.fix}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Errors first, then by file and line, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.length - errors.length;
  const files = new Set(errors.map((d) => d.file)).size;
  const parts: string[] = [];
  if (errors.length) parts.push(`${errors.length} error${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  return parts.length ? parts.join(", ") : "no problems";
}
