import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type BigramCounts, clusterByExchange, countClassBigrams } from "./exchange-clustering.js";

/** Bigram counts of invented sentences, words indexed by first appearance, "<s>" (0) between sentences. */
function countSentences(sentences: string[]): { words: string[]; data: BigramCounts } {
  const words = ["<s>"];
  const counts: number[] = [0];
  const next: Map<number, number>[] = [new Map()];
  for (const sentence of sentences) {
    let previous = 0;
    for (const word of [...sentence.split(" "), "<s>"]) {
      if (!words.includes(word)) {
        words.push(word);
        counts.push(0);
        next.push(new Map());
      }
      const w = words.indexOf(word);
      counts[w]++;
      next[previous].set(w, (next[previous].get(w) ?? 0) + 1);
      previous = w;
    }
  }
  return { words, data: { counts, next } };
}

const SENTENCES = ["the cat sat", "a dog ran", "the dog sat", "a cat ran", "the cat ran", "a dog sat"];
const SETTINGS = { classes: 4, maxPasses: 10, minMovedShare: 0 };

describe("clusterByExchange", () => {
  it("puts words seen in the same contexts in one class, and the others apart", () => {
    const { words, data } = countSentences(SENTENCES);
    const cls = clusterByExchange(data, SETTINGS);
    const classOf = (word: string) => cls[words.indexOf(word)];
    assert.equal(classOf("cat"), classOf("dog"));
    assert.equal(classOf("sat"), classOf("ran"));
    assert.equal(classOf("the"), classOf("a"));
    assert.equal(new Set(["<s>", "the", "cat", "sat"].map(classOf)).size, 4);
  });

  it("gives the same classes on every run", () => {
    const { data } = countSentences(SENTENCES);
    assert.deepEqual(clusterByExchange(data, SETTINGS), clusterByExchange(data, SETTINGS));
  });
});

describe("countClassBigrams", () => {
  it("sums the words' counts and bigrams by class", () => {
    const { data } = countSentences(["x y", "y x"]);
    // <s> 0, x 1, y 2: x and y in class 1, <s> in class 0.
    const classes = countClassBigrams(data, Int32Array.from([0, 1, 1]), 2);
    assert.deepEqual(classes.counts, [2, 4]);
    assert.deepEqual(
      [...classes.next[1]],
      [
        [1, 2],
        [0, 2],
      ],
    );
    assert.deepEqual([...classes.next[0]], [[1, 2]]);
  });
});
