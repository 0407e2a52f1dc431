// For /print/: once Paged.js has laid out the pages, write each person's quote pages in the index
// of people, once each ("4, 7" rather than "4, 4, 7"), and mark the document finished.
// Opened in a browser, Paged.js runs by itself and calls `after` with its result; `briefing pdf`
// starts it by hand (to set the paper first) and then calls `briefingPrint.finish()`.
window.briefingPrint = {
  finish() {
    // look among the laid-out pages: the source of the document may still be there too
    const pageOf = (id) => {
      const target = document.querySelector(`.pagedjs_pages #${CSS.escape(id)}`);
      const page = target && target.closest(".pagedjs_page");
      return page ? Number(page.dataset.pageNumber) : null;
    };
    for (const refs of document.querySelectorAll(".pagedjs_pages .page-refs")) {
      const pages = [...new Set([...refs.querySelectorAll("a.page-ref")].map((a) => pageOf(a.getAttribute("href").slice(1))).filter((n) => n !== null))].sort((a, b) => a - b);
      refs.textContent = pages.join(", ");
    }
    // Paged.js clones an element split over pages onto each page, <main> above all: the laid-out
    // pages become the one main landmark, each page's piece of <main> a plain <div>, and the clones
    // of a labelled section lose their label (one region per section)
    const pagesBox = document.querySelector(".pagedjs_pages");
    if (pagesBox) {
      for (const piece of pagesBox.querySelectorAll("main")) {
        const div = document.createElement("div");
        for (const attribute of piece.attributes) if (attribute.name !== "id") div.setAttribute(attribute.name, attribute.value);
        div.classList.add("main-continued");
        div.append(...piece.childNodes);
        piece.replaceWith(div);
      }
      pagesBox.setAttribute("role", "main");
      pagesBox.id = "main";
      pagesBox.tabIndex = -1;
    }
    for (const clone of document.querySelectorAll(".pagedjs_pages section[data-split-from]")) {
      clone.removeAttribute("aria-labelledby");
      clone.removeAttribute("id");
    }
    document.documentElement.dataset.paged = "done";
  },
};
window.PagedConfig = Object.assign(window.PagedConfig || {}, {
  after(flow) {
    if (flow) window.briefingPrint.finish();
  },
});
