// A progress line for long builds in a terminal: articles analysed, then pages, then the search
// index, rewritten in place on standard error. Nothing of it when the output is not a terminal, in
// CI, or with --quiet, so logs and tests stay clean.

export type Progress = (stage: string, done?: number, total?: number) => void;

export interface ProgressTarget {
  isTTY?: boolean;
  write: (text: string) => unknown;
}

/** A reporter that draws on `target`, or one that does nothing where a progress line has no place. */
export function progressLine(target: ProgressTarget, options: { quiet: boolean; ci: boolean }): { update: Progress; done: () => void } {
  if (!target.isTTY || options.ci || options.quiet) return { update: () => {}, done: () => {} };
  let last = 0;
  let drawn = false;
  return {
    update(stage, done, total) {
      const now = Date.now();
      // at most ten redraws a second, and always the last one
      if (done !== undefined && total !== undefined && done < total && now - last < 100) return;
      last = now;
      drawn = true;
      const count = done !== undefined && total !== undefined ? ` ${done.toLocaleString("en")} of ${total.toLocaleString("en")}` : "";
      target.write(`\r\u001b[2K${stage}${count}…`);
    },
    done() {
      if (drawn) target.write("\r\u001b[2K");
    },
  };
}
