// The amount before an active killing verb counts the killers when the verb has a count of its own; read
// from the words alone, so a misparse cannot undo it. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isCountBeforeObjectCount } from "./is-agent-count.js";

/** The span of `words` in `text`. */
const spanOf = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, label: "KILLED", by: "test" };
};

describe("isCountBeforeObjectCount: whose number stands before the verb", () => {
  it("'A car bomb killed six': the article counts the bomb, since 'killed six' is the verb's own count", () => {
    const text = "A car bomb killed six shoppers.";
    const before = spanOf(text, "A car bomb killed");
    assert.equal(isCountBeforeObjectCount(text, before, [before, spanOf(text, "killed six")]), true);
  });

  it("a passive subject is the dead: 'Five guards were killed 30 km away' keeps five", () => {
    const text = "Five guards were killed 30 km away.";
    const before = spanOf(text, "Five guards were killed");
    assert.equal(isCountBeforeObjectCount(text, before, [before, spanOf(text, "killed 30")]), false);
  });

  it("with no count after the verb the count before it stands", () => {
    const text = "Three soldiers killed in the ambush.";
    const before = spanOf(text, "Three soldiers killed");
    assert.equal(isCountBeforeObjectCount(text, before, [before]), false);
  });
});
