// On an article opened from a search result (?highlight=...), marks the searched words with
// Pagefind's highlighter. A plain visit loads nothing.
if (new URLSearchParams(location.search).has("highlight")) {
  const root = new URL("../../", document.baseURI);
  // (opened from disk, the classic copy the build wrote beside the index: browsers refuse modules there)
  const load = location.protocol === "file:"
    ? new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = new URL("pagefind/disk/pagefind-highlight.js", root).href;
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      })
    : import(new URL("pagefind/pagefind-highlight.js", root).href);
  load
    .then(() => {
      // The module defines PagefindHighlight on window.
      new window.PagefindHighlight({ highlightParam: "highlight", markContext: "[data-pagefind-body]" });
    })
    .catch(() => {});
}
