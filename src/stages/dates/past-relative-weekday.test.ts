// A weekday resolves to the latest such day on or before publication in a past-tense clause and to the next
// one in a future-tense clause; a past-tense relative clause ("the men who attacked ... on Sunday") keeps
// its date in the past whatever its main clause says of the future (detect-future-tense.ts). Invented
// sentences, published Wednesday 2026-03-04.
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

describe("dates: a weekday in a past-tense relative clause", () => {
  it("'soldiers who killed two herders on Thursday will face trial': the Thursday before", () => {
    assert.equal(
      daysIn("Soldiers who killed two herders on Thursday will face a military tribunal.").Thursday,
      "2026-02-26",
    );
  });

  it("'are expected to charge the men who attacked a mosque on Sunday': the Sunday before", () => {
    assert.equal(daysIn("Police are expected to charge the men who attacked a mosque on Sunday.").Sunday, "2026-03-01");
  });

  it("'the truce that started on Monday will end on Friday': Monday before, Friday after", () => {
    const days = daysIn("The truce that started on Monday will end on Friday.");
    assert.equal(days.Monday, "2026-03-02");
    assert.equal(days.Friday, "2026-03-06");
  });

  describe("negative cases", () => {
    it("a future clause after the relative one still looks ahead: 'who fled on Monday will return on Friday'", () => {
      assert.equal(daysIn("Families who fled on Monday will return on Friday.").Friday, "2026-03-06");
    });

    it("a complement 'that' with a subject is no relative: 'said that troops would deploy on Friday'", () => {
      assert.equal(daysIn("The army said that troops would deploy to the border on Friday.").Friday, "2026-03-06");
    });
  });
});

describe("dates: 'due to' a verb speaks of the future, a past clause after it stays past", () => {
  it("'talks are due to resume on Monday after fighting killed ten people on Sunday': next Monday, last Sunday", () => {
    const days = daysIn("Talks are due to resume on Monday after fighting killed ten people on Sunday.");
    assert.equal(days.Monday, "2026-03-09");
    assert.equal(days.Sunday, "2026-03-01");
  });

  describe("negative cases", () => {
    it("'due to the attack on Monday' gives a cause, not a plan: the Monday before", () => {
      assert.equal(daysIn("The border is closed due to the attack on Monday.").Monday, "2026-03-02");
    });
  });
});
