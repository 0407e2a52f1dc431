// Builds the sample briefing (content/) into a temporary folder and reads the pages and JSON as a
// reader would. Expected values come from the five articles and content/briefing.yaml.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, read, removeDir, runCli, SAMPLE_CONTENT, tempDir } from "../helpers.ts";

const SLUGS = [
  "2022-03-07-third-round-of-talks-in-belarus",
  "2022-03-07-ukraine-wants-direct-zelenskiy-putin-talks",
  "2022-03-14-russia-and-ukraine-to-hold-talks",
  "2022-03-22-kremlin-wants-more-substantial-talks",
  "2025-04-21-putin-open-to-bilateral-talks",
];

let tmp: string;
let out: string;
let stdout: string;

beforeAll(async () => {
  tmp = await tempDir();
  out = path.join(tmp, "site");
  const run = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  stdout = run.stdout;
});
afterAll(() => removeDir(tmp));

describe("the sample briefing", () => {
  it("writes every page kind and export", async () => {
    const files = await listFiles(out);
    for (const page of ["index.html", "sources/index.html", "timeline/index.html", "search/index.html", "quotes/index.html", "figures/index.html", "print/index.html", "data/articles.json", "pagefind/pagefind.js"]) {
      expect(files).toContain(page);
    }
    for (const slug of SLUGS) expect(files).toContain(`articles/${slug}/index.html`);
    expect(stdout).toMatch(/Built 5 articles/);
  });

  it("puts the booklet's title, period, sources and contents on the cover", async () => {
    const cover = await read(out, "index.html");
    expect(cover).toContain("<h1>Russia–Ukraine peace talks</h1>");
    expect(cover).toContain("What the parties said about negotiations");
    expect(cover).toContain("7 March 2022 – 21 April 2025");
    expect(cover).toMatch(/5 articles, [\d,]+ words/);
    for (const outlet of ["AFP", "Harisedu", "Madhyamam", "Press TV", "Ynetnews"]) expect(cover).toContain(`>${outlet}</a>`);
    // Contents in date order: the two 7 March articles, then 14 March, 22 March, 21 April 2025.
    const contents = cover.slice(cover.indexOf('id="contents-heading"'));
    const listed = [...contents.matchAll(/href="\.\/articles\/([^/]+)\/index\.html"/g)].map((m) => m[1]);
    expect(listed.slice(2)).toEqual([SLUGS[2], SLUGS[3], SLUGS[4]]);
    expect(listed.slice(0, 2).sort()).toEqual([SLUGS[0], SLUGS[1]]);
    // The summary is Markdown from briefing.yaml.
    expect(cover).toContain("<strong>March 2022.</strong>");
  });

  it("gives each article a metadata header with source, wire, date, original link and notes", async () => {
    const ynet = await read(out, "articles/2022-03-07-ukraine-wants-direct-zelenskiy-putin-talks/index.html");
    expect(ynet).toContain("<h1 data-pagefind-meta=\"title\">Ukraine wants direct talks between Zelenskiy and Russia&#39;s Putin, says foreign minister</h1>");
    expect(ynet).toContain("<dd>Reuters copy</dd>");
    expect(ynet).toContain("<dd>7 March 2022</dd>");
    expect(ynet).toContain('href="https://ynetnews.com/article/hyjuegnzc"');
    expect(ynet).toContain("Kremlin Spokesman Dmitry Peskov said that ");
    expect(ynet).toContain("Moscow would halt operations if Ukraine ceased fighting");

    const afp = await read(out, "articles/2022-03-14-russia-and-ukraine-to-hold-talks/index.html");
    expect(afp).toContain("address not known");
    expect(afp).toContain("Contains a social-media embed placeholder.");
    expect(afp).not.toContain("<dt>Wire</dt>");

    const presstv = await read(out, "articles/2022-03-22-kremlin-wants-more-substantial-talks/index.html");
    // The body's "## More than 3.5 million..." heading, its only one, sits one level below the article title.
    expect(presstv).toMatch(/<h2><a class="figure-mark[^>]*><data value="3500000">More than 3\.5 million people<\/data><\/a> flee Ukraine: UN<\/h2>/);
  });

  it("marks articles for search: source and month filters, date sort, title", async () => {
    const page = await read(out, "articles/2025-04-21-putin-open-to-bilateral-talks/index.html");
    expect(page).toContain("data-pagefind-body");
    expect(page).toMatch(/data-pagefind-filter="source:source-harisedu">Harisedu</);
    expect(page).toContain('data-pagefind-filter="date:2025-04"');
    expect(page).toContain('datetime="2025-04-21" data-pagefind-sort="date[datetime]"');
    const entry = JSON.parse(await read(out, "pagefind/pagefind-entry.json"));
    // The five articles and the speaker pages are indexed, not the navigation pages.
    const speakers = JSON.parse(await read(out, "data/speakers.json")).speakers;
    expect(entry.languages.en.page_count).toBe(5 + speakers.length);
  });

  it("exports articles.json with slug, title, source, wire, date, url and word count", async () => {
    const data = JSON.parse(await read(out, "data/articles.json"));
    expect(data.articles.map((a: { slug: string }) => a.slug).sort()).toEqual(SLUGS);
    const harisedu = data.articles.find((a: { slug: string }) => a.slug === "2025-04-21-putin-open-to-bilateral-talks");
    expect(harisedu).toMatchObject({ title: "Putin says he is open to direct peace talks with Ukraine", source: "Harisedu", wire: "Reuters", date: "2025-04-21", url: "https://harisedu.com/?p=4717" });
    const presstv = data.articles.find((a: { slug: string }) => a.slug === "2022-03-22-kremlin-wants-more-substantial-talks");
    expect(presstv).toMatchObject({ source: "Press TV", wire: null, url: null });
    for (const article of data.articles) {
      // An independent count: whitespace-separated tokens holding a letter or digit, bare addresses left out.
      const text = await readFile(path.join(SAMPLE_CONTENT, "articles", `${article.slug}.md`), "utf8");
      const body = text.split(/^---$/m).slice(2).join("---");
      const tokens = body.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t) && !/^https?:/.test(t));
      expect(Math.abs(article.wordCount - tokens.length) / tokens.length).toBeLessThan(0.05);
    }
  });

  it("lists sources A–Z and the timeline by date", async () => {
    const sources = await read(out, "sources/index.html");
    const positions = ["AFP", "Harisedu", "Madhyamam", "Press TV", "Ynetnews"].map((s) => sources.indexOf(`>${s} <span class="count">`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const timeline = await read(out, "timeline/index.html");
    const days = [...timeline.matchAll(/<h2 id="d-(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]);
    expect(days).toEqual(["2022-03-07", "2022-03-14", "2022-03-22", "2025-04-21"]);
    expect(timeline).toContain("Monday 7 March 2022");
  });

  it("lays the whole booklet out in /print/ in reading order, with its own anchors for every quote", async () => {
    const html = await read(out, "print/index.html");
    const order = ["booklet-title", "contents-heading", "overview", ...SLUGS.map((s) => `article-${s}`), "quote-index", "figures", "sources", "people"].map((id) => html.indexOf(`id="${id}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b).slice(3)).toEqual(order.slice(3).sort((a, b) => a - b));
    // the contents link every article; each index of people link lands on a quote of that article
    for (const slug of SLUGS) expect(html).toContain(`href="#article-${slug}"`);
    const refs = [...html.matchAll(/class="page-ref" href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const id of refs) expect(html).toContain(` id="${id}"`);
    expect(html).toContain("<script src=\"../assets/paged.polyfill.js\"></script>");
  });

  it("links every page to the others with relative addresses that exist", async () => {
    const files = new Set(await listFiles(out));
    for (const file of [...files].filter((f) => f.endsWith(".html") && f !== "404.html")) {
      const html = await read(out, file);
      for (const [, target] of html.matchAll(/(?:href|src)="([^"#?:]+)(?:[#?][^"]*)?"/g)) {
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target!));
        expect(files.has(resolved), `${file} links to ${target}`).toBe(true);
      }
    }
  });
});

describe("the sample's quote index", () => {
  interface Speaker { id: string; name: string; kind: string; aliases: string[]; quoteCount: number; articles: string[] }
  interface Quote { id: string; article: string; text: string; kind: string; speaker: { id: string; name: string } | null; url: string }
  let speakers: Speaker[];
  let quotes: Quote[];
  beforeAll(async () => {
    speakers = JSON.parse(await read(out, "data/speakers.json")).speakers;
    quotes = JSON.parse(await read(out, "data/quotes.json")).quotes;
  });

  it("has one speaker per person, however the sources spell the name", () => {
    const named = (pattern: RegExp) => speakers.filter((s) => s.kind === "person" && pattern.test([s.name, ...s.aliases].join("|")));
    // Zelenskiy (Harisedu's Reuters copy) and Zelensky (AFP, Press TV) are one person, quoted in
    // those three articles (Madhyamam and Ynetnews quote only his spokesperson).
    const zelensky = named(/Zelensk/);
    expect(zelensky).toHaveLength(1);
    expect([zelensky[0]!.name, ...zelensky[0]!.aliases].sort()).toEqual(["Volodymyr Zelensky", "Volodymyr Zelenskiy"].sort());
    expect(zelensky[0]!.articles).toHaveLength(3);
    // Mikhailo (Madhyamam) and Mykhailo (Ynetnews) Podolyak.
    expect(named(/Podolyak/)).toHaveLength(1);
    expect(named(/Podolyak/)[0]!.articles).toHaveLength(2);
    // "Peskov" alone in the Press TV and Harisedu texts is Dmitry Peskov of the other articles.
    expect(named(/Peskov/)).toHaveLength(1);
    expect(named(/Peskov/)[0]!.articles).toHaveLength(3);
    expect(named(/Medinsky/)).toHaveLength(1);
  });

  it("gives every full quote of the sample its speaker, as an editor reads it", () => {
    const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speaker?.name;
    expect(speakerOf("We hope that from tomorrow these corridors")).toBe("Vladimir Medinsky");
    expect(speakerOf("If Putin is also not scared")).toMatch(/Kuleba/);
    expect(speakerOf("They are citizens of Ukraine")).toMatch(/^A spokesperson for Ukrainian President/i);
    expect(speakerOf("President Putin and the Russian party remain open")).toBe("Dmitry Peskov");
    expect(speakerOf("The scale of human suffering")).toBe("Antonio Vitorino");
    expect(speakerOf("We see significant progress")).toBe("Leonid Slutsky");
    expect(speakerOf("underscored their commitment")).toBe("the White House");
  });

  it("keeps quoted labels as terms, not speech", () => {
    const smo = quotes.filter((q) => q.text === "special military operation");
    expect(smo).toHaveLength(2);
    for (const q of smo) expect(q).toMatchObject({ kind: "term", speaker: null });
  });

  it("links each quote to its anchor in the article, and the pages show it", async () => {
    const q = quotes.find((x) => x.text.startsWith("We hope that from tomorrow"))!;
    const [, slug, anchor] = /^\/articles\/([^/]+)\/#(q-\d+)$/.exec(q.url)!;
    const page = await read(out, `articles/${slug}/index.html`);
    expect(page).toMatch(new RegExp(`<span class="quote quote-direct" id="${anchor}"[^>]*>&quot;We hope that from tomorrow`));
    expect(page).toContain("<h2 id=\"quoted-heading\">Who is quoted here</h2>");
    const index = await read(out, "quotes/index.html");
    expect(index).toContain(`#${anchor}`);
    const medinsky = speakers.find((s) => s.name === "Vladimir Medinsky")!;
    const speakerPage = await read(out, `speakers/${medinsky.id}/index.html`);
    expect(speakerPage).toContain("We hope that from tomorrow these corridors will finally work");
    expect(speakerPage).toContain('data-pagefind-filter="speaker:vladimir-medinsky">Vladimir Medinsky<');
  });
});

describe("the sample's figures table", () => {
  interface Figure { id: string; article: string; text: string; value: number; low: number | null; high: number | null; qualifier: string | null; unit: string | null; counted: string | null; measure: string | null; place: string | null; claimedBy: string | null; asOf: string; group: string; url: string }
  interface Group { id: string; label: string; figures: string[]; status: string }
  let figures: Figure[];
  let groups: Group[];
  const find = (pattern: RegExp) => {
    const hits = figures.filter((f) => pattern.test(f.text));
    expect(hits.length, `one figure matching ${pattern}: ${hits.map((h) => h.text).join(" | ")}`).toBeGreaterThan(0);
    return hits[0]!;
  };
  const groupOf = (f: Figure) => groups.find((g) => g.id === f.group)!;
  beforeAll(async () => {
    ({ figures, groups } = JSON.parse(await read(out, "data/figures.json")));
  });

  // Read from the articles: each figure with its qualifier, what it counts, where, who says so and when.
  it("holds the dead of Mariupol, of the training ground and of the bread factory, in three groups", () => {
    const mariupol = find(/^nearly 2,200 people/);
    expect(mariupol).toMatchObject({ value: 2200, low: null, high: 2200, qualifier: "nearly", measure: "killed", place: "Mariupol", claimedBy: "local officials", asOf: "2022-03-14" });
    const ground = find(/^at least 35 people/);
    expect(ground).toMatchObject({ value: 35, low: 35, high: null, qualifier: "at least", measure: "killed", asOf: "2022-03-13" });
    const wounded = find(/^more than 130/);
    expect(wounded).toMatchObject({ value: 130, low: 130, high: null, qualifier: "more than", measure: "wounded", asOf: "2022-03-13" });
    const bakery = find(/^at least 13 civilians/);
    expect(bakery).toMatchObject({ value: 13, qualifier: "at least", measure: "killed", place: "bread factory", asOf: "2022-03-07" });
    expect(new Set([mariupol.group, ground.group, wounded.group, bakery.group]).size).toBe(4);
    expect(groupOf(mariupol).label).toBe("Killed in Mariupol");
  });

  it("shows the people who fled Ukraine as one figure updated from 1.5 to 3.5 million, with children and shares apart", () => {
    const early = find(/^more than 1\.5 million people/);
    const late = figures.filter((f) => f.value === 3_500_000);
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(early).toMatchObject({ value: 1_500_000, low: 1_500_000, qualifier: "more than", measure: "fled", asOf: "2022-03-07" });
    for (const f of late) expect(f).toMatchObject({ group: early.group, measure: "fled", asOf: "2022-03-22" });
    expect(groupOf(early).status).toBe("update");
    const children = find(/^more than 1\.5 million children/);
    expect(children).toMatchObject({ counted: "children", claimedBy: "UNICEF" });
    expect(children.group).not.toBe(early.group);
    const share = find(/90 percent/);
    expect(share).toMatchObject({ value: 90, unit: "percent", qualifier: "some", low: 81, high: 99 });
    expect(share.group).not.toBe(early.group);
  });

  it("holds the truce figures of April 2025 and the nation of 44 million", () => {
    expect(find(/^nearly 3,000/)).toMatchObject({ value: 3000, high: 3000, qualifier: "nearly", counted: "ceasefire violations", asOf: "2025-04-20" });
    expect(find(/^444/)).toMatchObject({ value: 444, asOf: "2025-04-20" });
    expect(find(/^444/).claimedBy).toMatch(/^(?:the )?Russian Ministry of Defense$/i);
    expect(find(/^more than 900/)).toMatchObject({ value: 900, low: 900, counted: "drone attacks", asOf: "2025-04-20" });
    expect(find(/^44 million people/)).toMatchObject({ value: 44_000_000, measure: "population" });
  });

  it("takes no clock time, date, post id or ordinal for a figure", () => {
    for (const f of figures) expect(f.text).not.toMatch(/0820|12\.30|1503037717541801991|twelfth|third|February|Feb\./);
  });

  it("exports figures.csv per RFC 4180, one row per figure", async () => {
    const raw = await read(out, "data/figures.csv");
    expect(raw.startsWith("\uFEFF")).toBe(true); // so that Excel reads it as UTF-8
    const csv = raw.slice(1);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]!.slice(0, 4)).toEqual(["id", "group", "group_label", "status"]);
    expect(rows).toHaveLength(figures.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    const mariupol = rows.find((r) => r[6]!.startsWith("nearly 2,200"))!;
    expect(mariupol[2]).toBe("Killed in Mariupol");
  });

  it("marks figures in the article text, linked to their group in the table, which links back", async () => {
    const f = find(/^nearly 2,200 people/);
    const [, slug, anchor] = /^\/articles\/([^/]+)\/#(f-\d+)$/.exec(f.url)!;
    const page = await read(out, `articles/${slug}/index.html`);
    expect(page).toContain(`<a class="figure-mark figure-${groupOf(f).status}" id="${anchor}" href="../../figures/index.html#${f.group}"`);
    expect(page).toMatch(/<data value="2200">nearly 2,200 people<\/data><\/a>/);
    const table = await read(out, "figures/index.html");
    expect(table).toContain(`id="${f.group}"`);
    expect(table).toContain(`../articles/${slug}/index.html#${anchor}`);
    // Conflicts first, then updates; the group that changes over time has its chart.
    const order = [...table.matchAll(/data-status="(\w+)"/g)].map((m) => m[1]!);
    const rank = { conflict: 0, update: 1, agree: 2, single: 3 } as Record<string, number>;
    expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s])].sort());
    const fled = table.slice(table.indexOf(`id="${find(/^more than 1\.5 million people/).group}"`));
    expect(fled.slice(0, fled.indexOf("</section>"))).toContain("<svg");
    // The ten figures one source gives once are rows of one table, each row the group's anchor.
    const lone = groups.filter((g) => g.figures.length === 1);
    expect(lone.length).toBe(10);
    expect(table.match(/<table class="figure-table lone-table">/g)?.length).toBe(1);
    expect(table.match(/<section class="figure-group /g)?.length).toBe(groups.length - lone.length);
    for (const g of lone) expect(table).toMatch(new RegExp(`<tr class="figure-group" id="${g.id}" data-status="single">`));
  });

  it("puts key figures, with every conflict, on the cover", async () => {
    const cover = await read(out, "index.html");
    expect(cover).toContain("Key figures");
    for (const g of groups.filter((x) => x.status === "conflict")) expect(cover).toContain(`#${g.id}`);
    expect(cover).toContain(`#${find(/^more than 1\.5 million people/).group}`);
    // Lone figures are key only when nothing else is: the sample's one quantity that two outlets
    // give (the refugees: Madhyamam, and UNHCR in Press TV) is its only key figure.
    const key = cover.slice(cover.indexOf('class="key-figures"'), cover.indexOf("</section>", cover.indexOf('class="key-figures"')));
    expect(key.match(/<li /g)?.length).toBe(1);
  });
});

/** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}
