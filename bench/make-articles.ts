// The 700-word "articles" the speed benches share (pipeline, syntax, models): pieces of real text (sentences
// or paragraphs) taken in order until an article holds ARTICLE_WORDS words, the size of a news report.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ARTICLE_WORDS = 700;

/** Pieces grouped in order into articles of at least `words` words each; a short tail is dropped. */
export function groupIntoArticles(pieces: readonly string[], words = ARTICLE_WORDS): string[][] {
  const articles: string[][] = [];
  let current: string[] = [];
  let count = 0;
  for (const piece of pieces) {
    current.push(piece);
    count += piece.split(/\s+/).length;
    if (count >= words) {
      articles.push(current);
      current = [];
      count = 0;
    }
  }
  return articles;
}

/** The `# text` lines (one sentence each) of the CoNLL-U files in `dir`, files in name order. */
export function readUdSentences(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".conllu"))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n"))
    .filter((line) => line.startsWith("# text = "))
    .map((line) => line.slice("# text = ".length));
}

/** `count` articles from one report's paragraphs: the i-th starts at paragraph i (wrapping round). */
export function rotateIntoArticles(report: string, count: number, words = ARTICLE_WORDS): string[] {
  const paragraphs = report.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return Array.from({ length: count }, (_, i) => {
    const at = i % paragraphs.length;
    const rotated = [...paragraphs.slice(at), ...paragraphs.slice(0, at)];
    return (groupIntoArticles(rotated, words)[0] ?? rotated).join("\n\n");
  });
}
