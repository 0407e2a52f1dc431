// A reproducible synthetic corpus for the benchmarks: paragraphs of the sample and fixture articles
// recombined into new articles, with names, numbers, outlets and dates varied by a seeded generator.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { splitFrontmatter } from "../src/content/frontmatter.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** mulberry32: a small seeded generator, so every run reads the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedParagraphs(): string[] {
  const folders = ["content/articles", "tests/fixtures/quotes/extra", "tests/fixtures/quotes/heldout"].map((f) => path.join(ROOT, f));
  const paragraphs: string[] = [];
  for (const folder of folders) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
      const fm = splitFrontmatter(readFileSync(path.join(folder, file), "utf8"));
      if (fm.ok) paragraphs.push(...fm.body.split(/\n\s*\n/).filter((p) => p.trim().length > 40));
    }
  }
  return paragraphs;
}

const SURNAMES = ["Kowalczyk", "Haddad", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Brennan", "Adeyemi"];

/** n article bodies recombined from the sample and fixture articles, names and numbers varied, the same for the same seed. */
export function corpus(n: number, seed: number): string[] {
  const next = random(seed);
  const paragraphs = seedParagraphs();
  const articles: string[] = [];
  for (let i = 0; i < n; i++) {
    const length = 8 + Math.floor(next() * 14);
    const picked: string[] = [];
    for (let j = 0; j < length; j++) picked.push(paragraphs[Math.floor(next() * paragraphs.length)]!);
    const surname = SURNAMES[Math.floor(next() * SURNAMES.length)]!;
    const shift = 1 + Math.floor(next() * 9);
    articles.push(picked.join("\n\n").replace(/\bPeskov\b/g, surname).replace(/\b(\d{2,3})\b/g, (d) => String(Number(d) + shift)));
  }
  return articles;
}


const OUTLETS = ["Northern Wire", "The Daily Ledger", "Radio Meridian", "Coastline News", "The Evening Courier", "Harbour Press Agency", "Atlas Newswire", "The Morning Standard"];

/** The corpus as content files: frontmatter (title, source, date over a year) and body. */
export function corpusFiles(n: number, seed: number): { name: string; text: string }[] {
  const next = random(seed + 1);
  return corpus(n, seed).map((body, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 365) * 86_400_000).toISOString().slice(0, 10);
    const title = (body.split(/(?<=[.!?])\s/)[0] ?? "Untitled").replace(/["\n]/g, "").slice(0, 90);
    const source = OUTLETS[Math.floor(next() * OUTLETS.length)]!;
    return { name: `${day}-article-${String(i + 1).padStart(5, "0")}.md`, text: `---\ntitle: ${JSON.stringify(title)}\nsource: ${JSON.stringify(source)}\ndate: ${day}\n---\n\n${body}\n` };
  });
}
