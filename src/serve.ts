// A small static server for the built site on 127.0.0.1, so that Pagefind's search (which fetches
// its index and WebAssembly) works: browsers refuse those fetches on pages opened from file://.
import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { LIVE_EVENTS, LIVE_SCRIPT, LIVE_SCRIPT_PATH, withLiveScript, type LiveReload } from "./live.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** Hosts a page on this machine is asked for by: any other Host header is a page elsewhere pointing its name here (DNS rebinding). */
const LOCAL_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i;

/** `live`: the channel of `briefing serve`'s rebuilds; its script goes into the HTML pages as they are served. */
export function createSiteServer(root: string, live?: LiveReload): http.Server {
  const base = path.resolve(root);
  return http.createServer(async (req, res) => {
    try {
      if (!LOCAL_HOST.test(req.headers.host ?? "")) return send(res, 421, "text/plain; charset=utf-8", "This server answers only for 127.0.0.1 and localhost");
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, "text/plain; charset=utf-8", "Bad request");
      }
      if (live && pathname === LIVE_EVENTS) return live.attach(res);
      if (live && pathname === LIVE_SCRIPT_PATH) return send(res, 200, "text/javascript; charset=utf-8", LIVE_SCRIPT);
      const file = path.resolve(base, `.${path.posix.normalize(pathname)}`);
      if (file !== base && !file.startsWith(base + path.sep)) return notFound(res, base, live);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) {
          // a local path only: "//evil.com//x" must not become a redirect to another site
          res.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, "").replace(/\/{2,}/g, "/")}/${url.search}` });
          return res.end();
        }
        return serveFile(res, path.join(file, "index.html"), 200, base, live);
      }
      if (info?.isFile()) return serveFile(res, file, 200, base, live);
      return notFound(res, base, live);
    } catch {
      send(res, 500, "text/plain; charset=utf-8", "Server error");
    }
  });
}

async function serveFile(res: http.ServerResponse, file: string, status: number, base: string, live?: LiveReload): Promise<void> {
  // only real files inside the site: a link planted in it ("leak" -> /etc) is not followed out
  const [real, realBase] = await Promise.all([realpath(file).catch(() => null), realpath(base).catch(() => base)]);
  if (real === null || (real !== realBase && !real.startsWith(realBase + path.sep))) return status === 404 ? send(res, 404, "text/plain; charset=utf-8", "Not found") : notFound(res, base, live);
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return notFound(res, base, live);
  const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  if (live && type.startsWith("text/html")) {
    const page = Buffer.from(withLiveScript(await readFile(real, "utf8")));
    res.writeHead(status, { "Content-Type": type, "Content-Length": page.length, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" });
    return void res.end(page);
  }
  res.writeHead(status, {
    "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  createReadStream(real).pipe(res);
}

async function notFound(res: http.ServerResponse, base: string, live?: LiveReload): Promise<void> {
  const page = path.join(base, "404.html");
  const exists = await stat(page).then((s) => s.isFile(), () => false);
  if (exists) return serveFile(res, page, 404, base, live);
  send(res, 404, "text/plain; charset=utf-8", "Not found");
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "Content-Type": type });
  res.end(body);
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
