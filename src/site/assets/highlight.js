// On an article opened from a search result (?highlight=...), marks the searched words with
// Pagefind's highlighter. A plain visit loads nothing.
if (new URLSearchParams(location.search).has("highlight")) {
  const root = new URL("../../", document.baseURI);
  import(new URL("pagefind/pagefind-highlight.js", root).href)
    .then(() => {
      // The module defines PagefindHighlight on window.
      new window.PagefindHighlight({ highlightParam: "highlight", markContext: "[data-pagefind-body]" });
    })
    .catch(() => {});
}
