// The dateline's date is the report's date (issue 18, dates in context): it resolves the text's weekdays
// and is labelled DATELINE so that no event takes it as its own day. Invented datelines and sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDatelineDate } from "../../text/dateline-date.js";
import { parseDay } from "./calendar.js";
import { createDateFinder } from "./index.js";
import { loadDateQuantities } from "./quantities.js";
import { DATES_SETTINGS } from "./settings.js";

const findDates = createDateFinder(loadDateQuantities());
const WINDOW = DATES_SETTINGS.datelineWindowChars;

function datesIn(text: string, published?: string) {
  return findDates(text, published).map((s) => ({ text: text.slice(s.start, s.end), label: s.label, ...s.data }));
}

describe("dates: the dateline's date is the report's date", () => {
  // Thursday 2022-05-12 filed, Wednesday 2022-05-18 published.
  const REPORT = "NIAMEY, May 12 (Wire) - Soldiers repelled an attack on a border post on Tuesday, the army said.";

  it("a weekday in the body counts back from the dateline's day, not the publication day", () => {
    const dates = datesIn(REPORT, "2022-05-18");
    const tuesday = dates.find((d) => d.text === "Tuesday");
    assert.equal(tuesday?.start, "2022-05-10");
    assert.equal(tuesday?.stated, false, "the day comes from the dateline, not the words");
  });

  it("a town in title case and a country before the date: 'Niamey, Niger, May 12 (Wire) -'", () => {
    const dates = datesIn("Niamey, Niger, May 12 (Wire) - Soldiers repelled an attack on Tuesday.", "2022-05-18");
    assert.deepEqual(
      dates.map((d) => [d.text, d.label]),
      [
        ["May 12", "DATELINE"],
        ["Tuesday", "DATE"],
      ],
    );
  });

  it("the dateline's own date is labelled DATELINE, at its words", () => {
    const [first] = datesIn(REPORT, "2022-05-18");
    assert.deepEqual([first.text, first.label, first.start], ["May 12", "DATELINE", "2022-05-12"]);
  });

  it("the weekday of the dateline's own day is that day ('on or before')", () => {
    const dates = datesIn(REPORT.replace("Tuesday", "Thursday"), "2022-05-18");
    assert.equal(dates.find((d) => d.text === "Thursday")?.start, "2022-05-12");
  });

  it("after a headline, with the region and a stated year", () => {
    const text = "Blast hits market\n\nKANO, Nigeria, Aug. 26, 2021 — A bomb exploded in a market on Wednesday.";
    const found = findDatelineDate(text, parseDay("2021-09-01"), WINDOW);
    assert.equal(found && text.slice(found.start, found.end), "Aug. 26, 2021");
    assert.equal(datesIn(text, "2021-09-01").find((d) => d.text === "Wednesday")?.start, "2021-08-25");
  });

  it("a dateline without a year takes the year nearest the publication day", () => {
    const found = findDatelineDate("ADEN, Dec. 30 (Wire) - Shelling resumed.", parseDay("2022-01-02"), WINDOW);
    assert.deepEqual(found?.day, { year: 2021, month: 12, day: 30 });
  });

  describe("negative cases", () => {
    it("a date in the body is no dateline, and the publication day stays the reference", () => {
      const text = "Rebels said on May 12 - a Thursday - that they had attacked the post on Tuesday.";
      assert.equal(findDatelineDate(text, parseDay("2022-05-18"), WINDOW), null);
      const dates = datesIn(text, "2022-05-18");
      assert.ok(dates.every((d) => d.label !== "DATELINE"));
      assert.equal(dates.find((d) => d.text === "Tuesday")?.start, "2022-05-17");
    });

    it("a dateline without a date changes nothing", () => {
      const text = "NIAMEY (Wire) - Soldiers repelled an attack on Tuesday.";
      assert.equal(findDatelineDate(text, parseDay("2022-05-18"), WINDOW), null);
      assert.equal(datesIn(text, "2022-05-18")[0].start, "2022-05-17");
    });

    it("without a publication day, a dateline without a year anchors nothing", () => {
      assert.equal(findDatelineDate("NIAMEY, May 12 (Wire) - Soldiers fired.", null, WINDOW), null);
    });
  });
});
