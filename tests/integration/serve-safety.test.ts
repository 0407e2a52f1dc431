// `briefing serve` answers only for this machine, redirects only to local paths, and serves only
// real files inside the site (issue 14).
import http from "node:http";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSiteServer, listen } from "../../src/serve.ts";
import { removeDir, tempDir } from "../helpers.ts";

let tmp: string;
let server: http.Server;
let port: number;
beforeAll(async () => {
  tmp = await tempDir();
  const site = path.join(tmp, "site");
  await mkdir(path.join(site, "articles"), { recursive: true });
  await writeFile(path.join(site, "index.html"), "<p>cover</p>");
  await writeFile(path.join(site, "articles", "index.html"), "<p>articles</p>");
  await mkdir(path.join(tmp, "outside"));
  await writeFile(path.join(tmp, "outside", "secret.txt"), "not for the web");
  await symlink(path.join(tmp, "outside"), path.join(site, "leak"));
  await symlink(path.join(tmp, "outside", "secret.txt"), path.join(site, "secret.txt"));
  server = createSiteServer(site);
  port = await listen(server, 0);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await removeDir(tmp);
});

function get(rawPath: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: "127.0.0.1", port, path: rawPath, method: "GET", headers: { Host: host } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the site server", () => {
  it("serves the site, and redirects a folder to its slash on this server only", async () => {
    expect((await get("/")).body).toContain("cover");
    const folder = await get("/articles");
    expect(folder.status).toBe(301);
    expect(folder.location).toBe("/articles/");
    const open = await get("//evil.com/..//articles");
    expect(open.status).toBe(301);
    expect(open.location).toMatch(/^\/[^/]/);
  });

  it("does not follow links planted in the site out of it", async () => {
    for (const attempt of ["/leak/secret.txt", "/secret.txt"]) {
      const res = await get(attempt);
      expect(res.body, attempt).not.toContain("not for the web");
      expect(res.status, attempt).toBe(404);
    }
  });

  it("answers only for 127.0.0.1 and localhost (no DNS rebinding)", async () => {
    expect((await get("/", "evil.example:8080")).status).toBe(421);
    expect((await get("/", `localhost:${port}`)).status).toBe(200);
  });
});
