import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readSeedArticle } from "../../testing/fixtures.js";
import { findDates } from "./index.js";

const PUBLISHED = "2021-06-28"; // a Monday

function datesIn(text: string, published: string | null = PUBLISHED) {
  return findDates(text, published ?? undefined).map((s): Record<string, any> => ({ text: text.slice(s.start, s.end), ...s.data }));
}

describe("dates", () => {
  it('"6 p.m. Eastern time Sunday" in a Monday article is the day before, 22:00 UTC', () => {
    const [date] = datesIn("the action, which occurred around 6 p.m. Eastern time Sunday, or early Monday in the area.");
    assert.equal(date.text, "6 p.m. Eastern time Sunday");
    assert.equal(date.start, "2021-06-27");
    assert.equal(date.instant, "2021-06-27T22:00:00.000Z");
    assert.equal(date.precision, 1);
    assert.equal(date.stated, false, "the day comes from the publication date");
  });

  it('"In February" is a month: precision 3, the whole month', () => {
    const [date] = datesIn("In February, he ordered F-15E airstrikes");
    assert.equal(date.text, "February");
    assert.deepEqual([date.start, date.end, date.precision], ["2021-02-01", "2021-02-28", 3]);
  });

  it('"in March 2020" keeps its stated year', () => {
    const [date] = datesIn("carried out airstrikes on militia rocket storage and testing facilities in March 2020.");
    assert.deepEqual([date.text, date.start, date.end], ["March 2020", "2020-03-01", "2020-03-31"]);
  });

  it("a bare year after a preposition is a year-long date", () => {
    const [date] = datesIn("the Islamic State force that has captured Mosul and other cities in 2014");
    assert.deepEqual([date.text, date.start, date.end, date.precision], ["2014", "2014-01-01", "2014-12-31", 3]);
  });

  it("never resolves into the future of the publication date", () => {
    for (const d of findDates(readSeedArticle(), PUBLISHED)) assert.ok(String(d.data!.start) <= PUBLISHED, JSON.stringify(d));
    const [tuesday] = datesIn("Gunmen attacked the convoy on Tuesday.");
    assert.equal(tuesday.start, "2021-06-22");
  });

  describe("negative cases", () => {
    it("without a publication date, a weekday resolves to nothing", () => {
      assert.deepEqual(datesIn("The attack took place on Sunday.", null), []);
    });
    it("a casualty count is not a year", () => {
      assert.deepEqual(datesIn("the attack killed 2020 people"), []);
    });
    it("text without dates gives no spans", () => {
      assert.deepEqual(datesIn("The militia denied any role in the attack."), []);
    });
  });
});
