// `briefing serve`'s live channel: the open pages hear of each rebuild over server-sent events, and
// reload when it succeeds or show its problems when it fails. The script that listens is added to
// the pages as they are served, never written into the built site.
import type http from "node:http";

/** A problem of the content, as the page shows it. */
export interface LiveProblem {
  file: string;
  line: number | null;
  message: string;
  fix: string;
}

/**
 * "built": pages are in place (search may still be catching up: "searched" says when it is), those
 * at `pages` (addresses from the site root, "/articles/x/"), or every page when it is null; a rebuild
 * may send it more than once, for different pages; "failed": the content has problems and nothing
 * was written.
 */
export type LiveEvent = { type: "building" } | { type: "built"; seconds: number; searchPending: boolean; pages: string[] | null } | { type: "searched"; seconds: number } | { type: "failed"; problems: LiveProblem[] };

/** The addresses the channel answers at, outside the site's own (no page of a booklet starts with "__"). */
export const LIVE_EVENTS = "/__briefing/events";
export const LIVE_SCRIPT_PATH = "/__briefing/live.js";

export class LiveReload {
  private readonly clients = new Set<http.ServerResponse>();
  /** The last build's failure, told to every page that opens while it stands. */
  private failure: LiveEvent | null = null;

  /** A page's event stream. */
  attach(res: http.ServerResponse): void {
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", Connection: "keep-alive", "X-Content-Type-Options": "nosniff" });
    res.write(": connected\n\n");
    if (this.failure) res.write(`data: ${JSON.stringify(this.failure)}\n\n`);
    this.clients.add(res);
    res.on("close", () => this.clients.delete(res));
  }

  send(event: LiveEvent): void {
    this.failure = event.type === "failed" ? event : event.type === "built" ? null : this.failure;
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of this.clients) client.write(data);
  }

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}

/** The served pages' tag for the listening script, put before </body>. */
export function withLiveScript(page: string): string {
  const tag = `<script src="${LIVE_SCRIPT_PATH}"></script>`;
  const at = page.lastIndexOf("</body>");
  return at < 0 ? page + tag : page.slice(0, at) + tag + page.slice(at);
}

/**
 * The listening script. Problems are shown as text nodes (a file name or message is never parsed as
 * HTML), in a panel the reader can close; a successful rebuild reloads the page where it was.
 */
export const LIVE_SCRIPT = `(() => {
  const events = new EventSource(${JSON.stringify(LIVE_EVENTS)});
  let panel = null;
  const show = (title, lines) => {
    if (!panel) {
      panel = document.createElement("div");
      panel.setAttribute("role", "alert");
      panel.className = "briefing-live";
      panel.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:1000;max-height:50vh;overflow:auto;background:#fff;color:#1d1d1f;border:2px solid #8e1414;border-radius:4px;padding:0.75rem 1rem;font:0.95rem/1.4 system-ui,sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.3)";
      document.body.append(panel);
    }
    panel.replaceChildren();
    const heading = document.createElement("strong");
    heading.textContent = title;
    panel.append(heading);
    const list = document.createElement("ul");
    for (const line of lines) {
      const item = document.createElement("li");
      item.textContent = line;
      list.append(item);
    }
    panel.append(list);
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", () => { panel.remove(); panel = null; });
    panel.append(close);
  };
  // While search is catching up, the search page says so (told across a reload too), and reloads when it has.
  const pending = "briefing-search-pending";
  const catchingUp = () => {
    const status = document.getElementById("search-status");
    if (!status || status.dataset.catchingUp) return;
    status.dataset.catchingUp = "true";
    const note = document.createElement("p");
    note.className = "notice briefing-catching-up";
    note.textContent = "Search is catching up with the last change: for a moment its results may not show it.";
    status.before(note);
  };
  if (sessionStorage.getItem(pending)) catchingUp();
  // This page's address as a rebuild names it ("/articles/x/"); a page not found may be found now.
  let here = location.pathname.replace(/(^|\\/)index\\.html$/, "$1");
  try { here = decodeURIComponent(here); } catch {}
  const missing = document.title.startsWith("Page not found");
  events.addEventListener("message", (message) => {
    const event = JSON.parse(message.data);
    if (event.type === "built") {
      if (event.searchPending) {
        sessionStorage.setItem(pending, "1");
        catchingUp();
      } else sessionStorage.removeItem(pending);
      if (!event.pages || event.pages.includes(here) || (missing && event.pages.length)) location.reload();
      else if (panel) { panel.remove(); panel = null; }
    }
    if (event.type === "searched") {
      sessionStorage.removeItem(pending);
      const status = document.getElementById("search-status");
      if (status && status.dataset.catchingUp) location.reload();
    }
    if (event.type === "failed") show("The booklet was not rebuilt: the content has problems. The pages shown are the last good build.", event.problems.map((p) => p.file + (p.line ? ":" + p.line : "") + ": " + p.message + " (fix: " + p.fix + ")"));
  });
})();
`;
