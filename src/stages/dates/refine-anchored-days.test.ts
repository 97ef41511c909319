// "The day before", "the next day", "two days later" count from the day the text last named, else from the
// publication day (refine-anchored-days.ts); "In January, 12 soldiers died" is January, not its 12th
// (parse-chrono.ts). Invented sentences, published Wednesday 2026-03-04.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDateFinder } from "./index.js";
import { loadDateQuantities } from "./quantities.js";

const findDates = createDateFinder(loadDateQuantities());
const PUBLISHED = "2026-03-04";

/** The first day of each date expression, by its words. */
function daysIn(text: string): Record<string, string | undefined> {
  return Object.fromEntries(findDates(text, PUBLISHED).map((s) => [text.slice(s.start, s.end), s.data?.start]));
}

describe("dates: a day counted from the day named before it", () => {
  it("'on Monday ... The day before': the Sunday", () => {
    const days = daysIn("Gunmen killed nine people in Kaya on Monday. The day before, they had raided Dori.");
    assert.equal(days["The day before"], "2026-03-01");
  });

  it("'on Sunday ... the next day' and 'two days later': counted on from the Sunday", () => {
    const days = daysIn("Troops entered Gao on Sunday. They left the next day and came back two days later.");
    assert.equal(days["the next day"], "2026-03-02");
    assert.equal(days["two days later"], "2026-03-04");
  });

  it("'a day earlier' with no day named before: the day before publication", () => {
    assert.equal(daysIn("A day earlier, a bomb exploded in Dori.")["A day earlier"], "2026-03-03");
  });

  it("'In January, 12 soldiers died': the month, not its 12th", () => {
    const days = daysIn("In January, 12 soldiers died in an attack near Dori.");
    assert.equal(days.January, "2026-01-01");
    assert.equal(days["January, 12"], undefined);
  });

  describe("negative cases", () => {
    it("'two days before the election' has its own anchor and is not counted from Monday", () => {
      const text = "Police raided the party offices on Monday, two days before the election.";
      const anchored = findDates(text, PUBLISHED).filter((s) => s.by === "dates/anchored-days");
      assert.deepEqual(anchored, []);
    });

    it("'January 12' without a comma stays the 12th", () => {
      assert.equal(daysIn("Soldiers were attacked near Dori on January 12.")["January 12"], "2026-01-12");
    });
  });
});
