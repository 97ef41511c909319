import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchShingles, scorePages } from "./article-extraction.js";

// Sentences from the seed article (a WSJ report scraped to text), hand-counted into 4-token shingles.
const TRUTH = "The strikes targeted operational and weapons storage facilities."; // 8 tokens -> 5 shingles

describe("article-extraction scorer", () => {
  it("a perfect prediction scores 1, whatever the punctuation and spacing", () => {
    assert.deepEqual(matchShingles(TRUTH, "The strikes targeted operational\n\nand weapons storage facilities"), {
      tp: 1,
      fp: 0,
      fn: 0,
    });
    const score = scorePages("body", [matchShingles(TRUTH, TRUTH)]);
    assert.deepEqual([score.precision, score.recall, score.f1], [1, 1, 1]);
  });

  it("an empty prediction has recall 0 and no precision (the page does not enter the precision average)", () => {
    assert.deepEqual(matchShingles(TRUTH, ""), { tp: 0, fp: 0, fn: 1 });
    const score = scorePages("body", [matchShingles(TRUTH, "")]);
    assert.deepEqual([score.precision, score.recall, score.f1], [null, 0, null]);
  });

  it("a known partial case: counts normalised per page, P and R averaged over pages, F1 of the averages", () => {
    // The prediction drops "facilities" (1 of 5 shingles missed) and adds "Advertisement" before the text
    // (1 extra shingle "Advertisement The strikes targeted"): tp 4, fp 1, fn 1 -> /6.
    const partial = matchShingles(TRUTH, "Advertisement The strikes targeted operational and weapons storage");
    assert.deepEqual(partial, { tp: 4 / 6, fp: 1 / 6, fn: 1 / 6 });
    const score = scorePages("body", [partial, matchShingles(TRUTH, TRUTH)]);
    // page P = 0.8, 1 -> 0.9; page R = 0.8, 1 -> 0.9; F1 = 0.9 (a mean of page F1s would also be 0.9 here)
    assert.ok(Math.abs(score.precision! - 0.9) < 1e-12 && Math.abs(score.recall! - 0.9) < 1e-12);
    // Where the two averagings differ: P (1, 0.5) and R (0.5, 1) -> averages 0.75/0.75 -> F1 0.75,
    // while the mean of page F1s would be 2/3.
    const a = matchShingles("a b c d e", "a b c d"); // P 1, R 0.5
    const b = matchShingles("a b c d", "a b c d e"); // P 0.5, R 1
    assert.ok(Math.abs(scorePages("x", [a, b]).f1! - 0.75) < 1e-12);
  });

  it("tokens are runs of letters and digits of any script; case matters", () => {
    assert.deepEqual(
      matchShingles("Kata'ib Hezbollah fighters near al-Qa'im", "Kata ib Hezbollah fighters near al Qa im"),
      { tp: 1, fp: 0, fn: 0 },
    );
    assert.deepEqual(matchShingles("Ataques en Siria según el Pentágono", "Ataques en Siria según el Pentágono"), {
      tp: 1,
      fp: 0,
      fn: 0,
    });
    assert.equal(matchShingles("the strikes hit depots", "The strikes hit depots").tp, 0);
  });
});
