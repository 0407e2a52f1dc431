// A report is speech only when someone makes it: a clause after "Unrest continued" or "Estimates
// showed", whose subject resolved to no speaker, is the writer's narration and is dropped. Reports of
// no one in particular ("According to reports, ...") stay, unattributed, as the article gives them.
import type { State } from "../types.ts";

export function dropUnattributedReports(state: State): void {
  state.drafts = state.drafts.filter((d) => {
    if (d.kind !== "reported" || d.speakers.length > 0) return true;
    if (d.mention?.type === "writing" && d.mention.anonymous) return true;
    state.notes.push({ at: d.at, rule: "drop reports of no one", why: `"${d.text.slice(0, 60)}": its subject names no speaker` });
    return false;
  });
}
