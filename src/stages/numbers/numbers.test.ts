import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findNumbers } from "./index.js";
import { parseQuantity } from "./parse-quantity.js";

function numbersIn(text: string) {
  return findNumbers(text).map((s): Record<string, any> => ({ text: text.slice(s.start, s.end), label: s.label, ...(s.data ?? {}) }));
}

describe("numbers", () => {
  it('"no immediate reports of casualties" is unknown, not zero', () => {
    const [n] = numbersIn("There were no immediate reports of casualties from the action.");
    assert.equal(n.label, "CASUALTIES_UNKNOWN");
    assert.equal(n.text, "no immediate reports of casualties");
  });

  it('"no one was killed" is a stated zero', () => {
    const [n] = numbersIn("The rockets landed in an empty field and no one was killed, officials said.");
    assert.deepEqual([n.label, n.best], ["CASUALTIES_NONE", 0]);
  });

  it("counts killed and wounded, in digits and words", () => {
    const found = numbersIn("A car bomb exploded in Kirkuk, killing at least 12 people. Three soldiers were wounded.");
    assert.deepEqual(found.map((n) => [n.label, n.low, n.best, n.high]), [["KILLED", 12, 12, null], ["INJURED", 3, 3, 3]]);
  });

  it("keeps ACLED's vague-word conventions as low/best/high", () => {
    assert.deepEqual(parseQuantity("dozens of"), { low: 12, best: 12, high: 99 });
    assert.deepEqual(parseQuantity("several"), { low: 3, best: 3, high: 9 });
    assert.deepEqual(parseQuantity("at least eight"), { low: 8, best: 8, high: null });
  });

  describe("negative cases", () => {
    it("a count of attacks is not a casualty count", () => {
      assert.deepEqual(numbersIn("there have been at least eight drone attacks directed against US forces in Iraq since April 14."), []);
    });
    it("an unknown word is not a quantity", () => {
      assert.equal(parseQuantity("umpteen"), null);
    });
  });
});
