// Filters for /figures/: by status and by words in a group. The page is complete without it.
const form = document.querySelector(".figure-filter");
if (form) {
  const groups = [...document.querySelectorAll(".figure-group")];
  const text = form.querySelector("#figure-filter-text");
  const result = form.querySelector(".filter-result");
  const apply = () => {
    const words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    const statuses = new Set([...form.querySelectorAll('input[name="status"]:checked')].map((i) => i.value));
    let shown = 0;
    for (const group of groups) {
      const content = group.textContent.toLowerCase();
      const show = statuses.has(group.dataset.status) && words.every((w) => content.includes(w));
      group.hidden = !show;
      if (show) shown++;
    }
    result.textContent = `${shown} of ${groups.length} groups shown`;
  };
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
}
