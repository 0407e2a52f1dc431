// Search from a booklet opened on disk (file://), where browsers refuse Pagefind its module script,
// its fetches and its worker. Beside the index, in pagefind/disk/, the build writes a classic-script
// copy of Pagefind's own code whose fetches are answered from the index's files, each wrapped as a
// classic script loaded only when Pagefind asks for it; and a classic copy of its highlighter.
// Pagefind still builds and answers the index: nothing of its search is redone here. A booklet whose
// index is too large to load this way says so, and search pages ask to serve it instead.
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

export const DISK_FOLDER = "disk";
/** Index bytes beyond which the booklet asks to be served rather than searched from disk. */
export const DISK_LIMIT = 50 * 1024 * 1024;

/** The index's data files, as Pagefind names them below its folder (its scripts and styles aside). */
async function dataFiles(dir: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (name !== DISK_FOLDER) out.push(...(await dataFiles(dir, name)));
    } else if (entry.isFile() && !/\.(?:js|css)$/.test(entry.name)) out.push(name);
  }
  return out.sort();
}

/** The file name a data file's script takes: the path with its separators made safe. */
export function scriptName(file: string): string {
  return `${file.replace(/[^A-Za-z0-9._-]/g, "_")}.js`;
}

/**
 * Writes pagefind/disk/ beside the index in `indexDir`. Returns the bytes it adds, or null when the
 * index is too large (the folder then says so) or Pagefind's code is not of the shape this knows
 * (then search from disk says it cannot run, and serving still works).
 */
export async function writeDiskBundle(indexDir: string, limit = DISK_LIMIT): Promise<{ bytes: number } | null> {
  const out = path.join(indexDir, DISK_FOLDER);
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, "data"), { recursive: true });
  const files = await dataFiles(indexDir);
  let total = 0;
  for (const file of files) total += (await stat(path.join(indexDir, file))).size;
  const note = (text: string) => writeFile(path.join(out, "pagefind.js"), `window.__briefingDisk = ${JSON.stringify({ unavailable: text })};\n`);
  if (total > limit) {
    await note(`The search index is ${(total / 1e6).toFixed(0)} MB, too large to load from disk.`);
    return null;
  }
  const code = classicPagefind(await readFile(path.join(indexDir, "pagefind.js"), "utf8"));
  if (!code) {
    await note("This version of Pagefind cannot be run from disk.");
    return null;
  }
  let bytes = 0;
  const write = async (file: string, text: string) => {
    await writeFile(path.join(out, file), text);
    bytes += Buffer.byteLength(text);
  };
  await write("pagefind.js", `${LOADER}\n${code}\n`);
  for (const file of files) {
    const data = (await readFile(path.join(indexDir, file))).toString("base64");
    await write(`data/${scriptName(file)}`, `__briefingDiskData(${JSON.stringify(file)}, "${data}");\n`);
  }
  const highlight = await readFile(path.join(indexDir, "pagefind-highlight.js"), "utf8").catch(() => null);
  if (highlight) await write("pagefind-highlight.js", `(function () {\n${highlight.replace(/export\s*\{[^}]*\};?/g, "")}\n})();\n`);
  return { bytes };
}

/**
 * Pagefind's module as a classic script: its exports on window.__briefingDisk.pagefind, its own
 * address given by the loader, its fetches answered from disk, no worker. Null when one of these
 * changes finds nothing to change (another version of Pagefind).
 */
function classicPagefind(module: string): string | null {
  let code = module;
  const change = (pattern: RegExp, by: string | ((...args: string[]) => string)) => {
    const before = code;
    code = code.replace(pattern, by as string);
    return code !== before;
  };
  const ok =
    change(/import\.meta\.url/g, "window.__briefingDisk.moduleUrl") &&
    change(/(?<![\w$.])fetch\(/g, "window.__briefingDisk.fetch(") &&
    change(/typeof Worker!==?"undefined"/g, "false") &&
    change(/export\s*\{([^}]*)\};?\s*$/, (_m: string, names: string) => `window.__briefingDisk.pagefind={${names}};`);
  return ok ? `(function () {\n${code}\n})();` : null;
}

/**
 * The loader at the head of the classic copy: it knows the index's folder from its own address, and
 * answers Pagefind's requests for the index's files by loading each one's script, once.
 */
const LOADER = `(function () {
  var base = document.currentScript.src.replace(/${DISK_FOLDER}\\/pagefind\\.js(?:[?#].*)?$/, "");
  var data = {};
  var waiting = {};
  window.__briefingDiskData = function (file, text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    data[file] = bytes;
    (waiting[file] || []).forEach(function (done) { done[0](bytes); });
    delete waiting[file];
  };
  function load(file) {
    if (data[file]) return Promise.resolve(data[file]);
    return new Promise(function (resolve, reject) {
      if (waiting[file]) return waiting[file].push([resolve, reject]);
      waiting[file] = [[resolve, reject]];
      var script = document.createElement("script");
      script.src = base + "${DISK_FOLDER}/data/" + file.replace(/[^A-Za-z0-9._-]/g, "_") + ".js";
      script.onerror = function () {
        (waiting[file] || []).forEach(function (done) { done[1](new Error("the search index has no " + file)); });
        delete waiting[file];
      };
      document.head.appendChild(script);
    });
  }
  window.__briefingDisk = {
    moduleUrl: base + "pagefind.js",
    fetch: function (input, init) {
      // (Pagefind drops the page's origin from its own address, "file://" included: put it back)
      var url = new URL(String(input && input.url ? input.url : input), location.href).href;
      if (url.indexOf(base) !== 0) return fetch(input, init);
      var file = url.slice(base.length).split(/[?#]/)[0];
      return load(file).then(function (bytes) {
        return new Response(bytes, { status: 200, headers: { "Content-Type": /\\.pagefind$/.test(file) ? "application/wasm" : "application/octet-stream" } });
      });
    }
  };
})();`;
