import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { needsSeedArticle, readInventedReport, readSeedArticle } from "../../testing/fixtures.js";
import { createNumberFinder } from "./index.js";
import { loadNumberLexicons } from "./number-lexicons.js";
import { createQuantityReader } from "./parse-quantity.js";
import { NUMBERS_SETTINGS } from "./settings.js";

const LEXICONS = loadNumberLexicons();
const findNumbers = createNumberFinder(LEXICONS);
const { parseQuantity, parseRange } = createQuantityReader(LEXICONS.quantityWords);

function numbersIn(text: string) {
  return findNumbers(text).map(
    (s): Record<string, any> => ({ text: text.slice(s.start, s.end), label: s.label, ...(s.data ?? {}) }),
  );
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
    assert.deepEqual(
      found.map((n) => [n.label, n.low, n.best, n.high]),
      [
        ["KILLED", 12, 12, null],
        ["INJURED", 3, 3, 3],
      ],
    );
  });

  it("reads its settings: no word between a count and its verb leaves the counted soldiers uncounted", () => {
    const text = "Three soldiers were wounded in the blast.";
    const strict = createNumberFinder(LEXICONS, { ...NUMBERS_SETTINGS, casualtyNounMaxWords: 0 });
    assert.deepEqual(
      numbersIn(text).map((n) => n.label),
      ["INJURED"],
    );
    assert.deepEqual(
      strict(text).filter((n) => n.label === "INJURED"),
      [],
    );
  });

  it("keeps ACLED's vague-word conventions as low/best/high", () => {
    assert.deepEqual(parseQuantity("dozens of"), { low: 12, best: 12, high: 99 });
    assert.deepEqual(parseQuantity("several"), { low: 3, best: 3, high: 9 });
    assert.deepEqual(parseQuantity("at least eight"), { low: 8, best: 8, high: null });
  });

  it("reads ranges with the lower end as the best estimate (ACLED's conservative rule)", () => {
    assert.deepEqual(parseRange("between 10 and 15"), { low: 10, best: 10, high: 15 });
    assert.deepEqual(parseRange("two to three"), { low: 2, best: 2, high: 3 });
    const [n] = numbersIn("Between 10 and 15 people were killed when the market was shelled.");
    assert.deepEqual([n.label, n.low, n.best, n.high], ["KILLED", 10, 10, 15]);
  });

  it("the seed's tallies are counts of attacks, the strikes' sites counts of targets", needsSeedArticle(), () => {
    const text = readSeedArticle();
    const counts = findNumbers(text)
      .filter((s) => s.label === "COUNT")
      .map((s) => [text.slice(s.start, s.end), s.data!.counts, s.data!.low, s.data!.high]);
    assert.deepEqual(
      counts.filter((c) => c[1] === "attacks"),
      [
        ["at least five militia drone attacks", "attacks", 5, null],
        ["at least eight drone attacks", "attacks", 8, null],
      ],
    );
    assert.ok(counts.some((c) => c[0] === "three locations" && c[1] === "targets"));
  });

  it('"a number of U.S. contractors and other staff were treated" counts people treated, vaguely', () => {
    const text =
      "The attack sparked a fire and a number of U.S. contractors and other staff were treated for smoke inhalation.";
    const [n] = numbersIn(text);
    assert.deepEqual(
      [n.text, n.label, n.counts, n.low, n.best, n.high],
      ["a number of U.S. contractors", "COUNT", "treated", 2, 3, 9],
    );
  });

  it("says what happened to counted people: arrested, abducted, in either word order", () => {
    const found = numbersIn(
      "Police detained 12 suspects after the raid. Three aid workers were kidnapped near the border.",
    );
    assert.deepEqual(
      found.map((n) => [n.text, n.counts, n.best]),
      [
        ["12 suspects", "arrested", 12],
        ["Three aid workers", "abducted", 3],
      ],
    );
  });

  it("numbers inside dates are not counts, through the whole pipeline", () => {
    const result = processText(readInventedReport(), { published: "2021-06-28" });
    assert.ok("doc" in result);
    const texts = result.doc.layers.numbers!.map((s) => result.doc.text.slice(s.start, s.end));
    assert.ok(texts.length > 0 && !texts.some((t) => /^(?:5|2017)\b/.test(t)), texts.join(" | "));
  });

  describe("negative cases", () => {
    it("a day of a month or a length of time before 'killed' is no death toll", () => {
      const found = numbersIn(
        "Fighting between June 1 and June 3 killed 30 people. Three days of clashes in the town killed dozens of residents.",
      );
      assert.deepEqual(
        found.map((n) => [n.text, n.label, n.best]),
        [
          ["killed 30", "KILLED", 30],
          ["killed dozens of", "KILLED", 12],
        ],
      );
    });
    it("time spans, ordinals, years and single mentions are not counts", () => {
      assert.deepEqual(
        numbersIn("Five years after the 2020 airstrikes, a rocket attack was the second use of force."),
        [],
      );
    });
    it("a count of attacks is not a casualty count", () => {
      const found = numbersIn(
        "there have been at least eight drone attacks directed against US forces in Iraq since April 14.",
      );
      assert.deepEqual(
        found.map((n) => [n.label, n.counts]),
        [["COUNT", "attacks"]],
      );
    });
    it("an unknown word is not a quantity", () => {
      assert.equal(parseQuantity("umpteen"), null);
    });
  });
});
