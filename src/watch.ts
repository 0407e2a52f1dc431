// Watches the content folder for `briefing serve`: new, changed, deleted and renamed files anywhere
// below it, briefing.yaml included. A burst of saves becomes one call, once the folder is quiet.
import { watch } from "node:fs";
import path from "node:path";

/** `ignore`: folders below `dir` whose changes are not content (the output folder, if it lies inside). */
export function watchFolder(dir: string, onChange: () => void, options: { quietMs?: number; ignore?: string[] } = {}): () => void {
  const quietMs = options.quietMs ?? 100;
  const root = path.resolve(dir);
  const ignored = (options.ignore ?? []).map((d) => path.resolve(d));
  let timer: NodeJS.Timeout | null = null;
  const watcher = watch(root, { recursive: true }, (_event, name) => {
    const file = name ? path.resolve(root, String(name)) : root;
    // editors' swap and backup files, and dot folders (.git), are not content; nor is the output
    if (/(^|[\\/])\.[^\\/]|~$|\.sw[px]$/.test(path.relative(root, file))) return;
    // (and the folders a build writes beside it: "_site.building-123", "_site.search-123")
    if (ignored.some((d) => file === d || file.startsWith(d + path.sep) || file.startsWith(`${d}.`))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, quietMs);
  });
  // (the folder removed or unreadable: the next build says so)
  watcher.on("error", () => {});
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
