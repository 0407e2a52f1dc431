// What story an article tells, as the names its opening paragraph gives ("Magnitogorsk", "COVID-19",
// "Sanders"): two articles that share none tell different stories, and their figures that name no
// subject of their own are never compared (the booklet's figures table reads this).
import type { ReadBody } from "./body.ts";

/** Capitalised words that name no story: titles, calendar words, and words any story may capitalise. */
const NOT_STORY_NAMES: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "prime", "minister", "secretary", "governor", "mayor",
  "senator", "representative", "general", "chief", "officer", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "utc", "gmt", "est", "edt", "pst", "pdt", "cet", "bst",
  "wikinews", "reuters", "ap", "afp", "bbc", "cnn", "associated", "press", "news", "agency", "the", "a", "an",
]);

/**
 * The names of the story: the runs of capitalised words that name someone, somewhere or something
 * in the first two sentences of the opening paragraph ("united states", "magnitogorsk"), lowercased,
 * without titles or calendar words. Empty when the article opens with no paragraph of prose.
 */
export function storyNames(read: ReadBody): string[] {
  const p = read.paragraphs.findIndex((x) => !x.heading && /[a-z]/.test(x.text) && x.text.length > 60);
  if (p < 0) return [];
  const names = new Set<string>();
  for (const sentence of read.sentences[p]!.slice(0, 2)) {
    let run: string[] = [];
    const close = () => {
      if (run.length) names.add(run.join(" "));
      run = [];
    };
    for (const t of sentence.tokens) {
      const word = t.text.toLowerCase().replace(/[’']s$/, "");
      if (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text) && t.text.length > 1 && !NOT_STORY_NAMES.has(word)) run.push(word);
      else close();
    }
    close();
  }
  return [...names];
}

/**
 * Whether two articles tell one story: they share a name no dictionary holds ("magnitogorsk",
 * "covid-19", "sanders"), or two names of any kind ("russia" and "ukraine"). One country or one
 * institution alone is shared by many stories.
 */
export function sameStory(a: readonly string[], b: readonly string[], isWord: (word: string) => boolean): boolean {
  // (each of b's names counts once: "philippines" and "philippine" are one name)
  const matched = new Set<string>();
  for (const name of a) {
    // "united states" is in "united states congress": the shorter name is what both give
    const other = b.find((x) => !matched.has(x) && (within(name, x) || within(x, name)));
    if (other === undefined) continue;
    matched.add(other);
    const common = other.length < name.length ? other : name;
    if (common.split(" ").some((w) => !isWord(w))) return true;
    if (matched.size >= 2) return true;
  }
  return false;
}

/** Whether name `a`'s words stand together in name `b`, a place's name standing for its people's ("varistan" in "varistani"). */
function within(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  for (let i = 0; i + x.length <= y.length; i++) if (x.every((w, k) => sameWord(w, y[i + k]!))) return true;
  return false;
}

/** "russia" and "russian", "ukraine" and "ukrainian", "cuba" and "cuban": one stem of four letters or more, each ending within three letters of it. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 4 && a.length - k <= 3 && b.length - k <= 3;
}
