// How pages name a figure group's status, in words a reader understands.
import type { GroupStatus } from "../briefing/model.ts";

export const STATUS_WORDS: Record<GroupStatus, string> = {
  conflict: "sources conflict",
  update: "updated over time",
  agree: "sources agree",
  single: "one source",
};
