// Runs the search form of /search/ through Pagefind's JavaScript API. The form is a plain GET form,
// so a search is a shareable address (?q=...&source=...&month=...&sort=...).
// (a classic script, so that it runs on pages opened from disk too: its names kept to itself)
(() => {
const form = document.querySelector(".search-form");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const siteRoot = new URL("../", document.baseURI);
// The index files sources and speakers by id (Pagefind matches no filter value holding a double
// quote: an outlet named `The "Daily" Planet` would find nothing); the form and the address use names.
const sourceBoxes = [...form.querySelectorAll('input[name="source"]')];
const speakerOptions = [...form.elements.speaker.options].filter((o) => o.value);
const filterOf = (items) => new Map(items.map((item) => [item.value, item.dataset.filter]));
const sourceIds = filterOf(sourceBoxes);
const speakerIds = filterOf(speakerOptions);
const sourceNames = new Map(sourceBoxes.map((box) => [box.dataset.filter, box.value]));
// Each source's count is that of the current results; with nothing searched, of the whole booklet.
const countOf = (box) => box.parentElement.querySelector(".count");
const bookletCounts = new Map(sourceBoxes.map((box) => [box, countOf(box)?.textContent ?? ""]));
function showCounts(counts) {
  for (const box of sourceBoxes) {
    const count = countOf(box);
    if (count) count.textContent = counts ? `(${counts[box.dataset.filter] ?? 0})` : bookletCounts.get(box);
  }
}

function readParams() {
  const params = new URLSearchParams(location.search);
  return {
    q: (params.get("q") ?? "").trim(),
    sources: params.getAll("source"),
    month: params.get("month") ?? "",
    speaker: params.get("speaker") ?? "",
    sort: params.get("sort") ?? "",
  };
}

function fillForm(state) {
  form.elements.q.value = state.q;
  for (const box of form.querySelectorAll('input[name="source"]')) box.checked = state.sources.includes(box.value);
  form.elements.month.value = state.month;
  form.elements.speaker.value = state.speaker;
  form.elements.sort.value = state.sort;
}

function stateFromForm() {
  return {
    q: form.elements.q.value.trim(),
    sources: [...form.querySelectorAll('input[name="source"]:checked')].map((box) => box.value),
    month: form.elements.month.value,
    speaker: form.elements.speaker.value,
    sort: form.elements.sort.value,
  };
}

function toQuery(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const s of state.sources) params.append("source", s);
  if (state.month) params.set("month", state.month);
  if (state.speaker) params.set("speaker", state.speaker);
  if (state.sort) params.set("sort", state.sort);
  return params.toString();
}

/** Pagefind's excerpt is HTML with <mark> around matches. Keep its text and marks, nothing else. */
function excerptNodes(excerpt) {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? "");
  }
  return out;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const longDate = (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : iso);

let pagefind = null;
/**
 * Pagefind's copy for a booklet opened from disk (pagefind/disk/, written by the build): a classic
 * script, since browsers refuse module scripts and fetches to file:// pages.
 */
function loadFromDisk() {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL("pagefind/disk/pagefind.js", siteRoot).href;
    script.onload = () => {
      const disk = window.__briefingDisk;
      if (disk?.pagefind) resolve(disk.pagefind);
      else reject(new Error(disk?.unavailable ?? "The search index cannot be loaded from disk."));
    };
    script.onerror = () => reject(new Error("The search index cannot be loaded from disk: build the booklet again with search enabled."));
    document.head.append(script);
  });
}
async function loadPagefind() {
  if (pagefind) return pagefind;
  pagefind = location.protocol === "file:" ? await loadFromDisk() : await import(new URL("pagefind/pagefind.js", siteRoot).href);
  await pagefind.options({ baseUrl: siteRoot.pathname, highlightParam: "highlight" });
  // (loading the filters first makes each search answer with the counts of its own results)
  await pagefind.filters();
  return pagefind;
}

let run = 0;
async function search(state) {
  const mine = ++run;
  list.replaceChildren();
  if (!state.q && !state.sources.length && !state.month && !state.speaker) {
    showCounts(null);
    status.textContent = "Type words to find, or choose a source, speaker or month.";
    return;
  }
  status.textContent = "Searching…";
  let pf;
  try {
    pf = await loadPagefind();
  } catch (error) {
    pagefind = null;
    status.textContent = location.protocol === "file:"
      ? `${error.message} To search, serve the booklet: run \`npx briefing serve\` in its project and open the address it prints.`
      : "The search index could not be loaded. Build the site again with search enabled.";
    return;
  }
  const filters = {};
  if (state.sources.length) filters.source = { any: state.sources.map((name) => sourceIds.get(name) ?? name) };
  if (state.month) filters.date = state.month;
  if (state.speaker) filters.speaker = speakerIds.get(state.speaker) ?? state.speaker;
  const options = { filters };
  if (state.sort === "newest") options.sort = { date: "desc" };
  if (state.sort === "oldest") options.sort = { date: "asc" };
  const response = await pf.search(state.q || null, options);
  if (mine !== run) return;
  showCounts(response.filters?.source ?? {});
  const results = await Promise.all(response.results.slice(0, 50).map((r) => r.data()));
  if (mine !== run) return;
  const n = response.results.length;
  status.textContent = n === 0 ? "Nothing matches." : `${n} page${n === 1 ? "" : "s"} found${n > 50 ? "; the first 50 are shown" : ""}.`;
  for (const r of results) {
    const item = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    // (opened from disk, a folder's address opens no page: name its index.html, as every link of the booklet does)
    link.href = location.protocol === "file:" ? r.url.replace(/\/(?=[?#]|$)/, "/index.html") : r.url;
    link.textContent = r.meta.title ?? r.url;
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "item-meta";
    meta.textContent = [r.filters.source?.map((id) => sourceNames.get(id) ?? id).join(", "), r.meta.date && longDate(r.meta.date)].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    excerpt.append(excerptNodes(r.excerpt));
    item.append(heading, meta, excerpt);
    list.append(item);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const state = stateFromForm();
  const query = toQuery(state);
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  search(state);
});
form.addEventListener("change", (event) => {
  if (event.target.name !== "q") form.requestSubmit();
});

const initial = readParams();
fillForm(initial);
search(initial);
})();
