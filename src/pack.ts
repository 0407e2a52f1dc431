// `briefing pack`: the built booklet, its PDF included, as one zip to hand round. Unpacked, its
// folder opens from disk: every link is relative and names index.html, and search runs from disk.
import { createWriteStream } from "node:fs";
import { lstat, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { ZipFile } from "yazl";

/** Files already compressed (Pagefind's index, the PDF, images): stored, not compressed again. */
const STORED = /\.(?:pf_fragment|pf_index|pf_filter|pf_meta|pagefind|pdf|png|jpe?g|gif|webp|zip|gz)$/i;

/**
 * Zips the regular files of `siteDir` (not its dot files: the build's marker) under one folder named
 * `top` (but those `leaveOut` names), into `out`, written beside it under a name of its own and put
 * in place when complete.
 */
export async function packFolder(siteDir: string, out: string, top: string, leaveOut: string[] = []): Promise<{ files: number; bytes: number }> {
  const files = (await regularFiles(path.resolve(siteDir))).filter((f) => !leaveOut.includes(f));
  const zip = new ZipFile();
  for (const file of files) zip.addFile(path.join(siteDir, file), `${top}/${file.split(path.sep).join("/")}`, { compress: !STORED.test(file) });
  zip.end();
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await new Promise<void>((resolve, reject) => {
      const stream = createWriteStream(temp, { flags: "wx" });
      stream.on("error", reject);
      zip.outputStream.on("error", reject);
      zip.outputStream.pipe(stream).on("close", resolve);
    });
    await rename(temp, out);
  } finally {
    await rm(temp, { force: true });
  }
  return { files: files.length, bytes: (await lstat(out)).size };
}

/** Paths below `root` of its regular files, in order; links and dot files are left out. */
async function regularFiles(root: string, dir = ""): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(path.join(root, dir), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await regularFiles(root, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}
