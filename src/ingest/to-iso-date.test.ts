import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toIsoDate } from "./to-iso-date.js";

describe("toIsoDate", () => {
  it("page and feed dates become ISO 8601 with their stated offset", () => {
    assert.equal(toIsoDate("20 Nov 2019 08:02 GMT"), "2019-11-20T08:02:00Z");
    assert.equal(toIsoDate("Wed, 20 Nov 2019 08:02:00 +0300"), "2019-11-20T08:02:00+03:00");
    assert.equal(toIsoDate("2019-11-20T08:02:00.000Z"), "2019-11-20T08:02:00Z");
    assert.equal(toIsoDate("2021-06-27T20:14:00-04:00"), "2021-06-27T20:14:00-04:00");
  });

  it("a named US zone keeps the instant, written in UTC", () => {
    assert.equal(toIsoDate("Nov. 20, 2019 3:15 PM EST"), "2019-11-20T20:15:00Z");
  });

  it("a date without a time is a day; a date-time without a zone stays local, with no zone", () => {
    assert.equal(toIsoDate("November 20, 2019"), "2019-11-20");
    assert.equal(toIsoDate("20th November 2019"), "2019-11-20");
    assert.equal(toIsoDate("2019-11-20"), "2019-11-20");
    assert.equal(toIsoDate("2019-11-20 08:02"), "2019-11-20T08:02:00");
  });

  describe("negative cases", () => {
    it("no day, no date: a month, a year, a weekday or words are not read", () => {
      for (const text of ["Nov 2019", "2019", "Wednesday", "last Sunday", "", "   ", undefined])
        assert.equal(toIsoDate(text), undefined, String(text));
    });
    it("a numeric date whose day and month could swap is not guessed", () => {
      assert.equal(toIsoDate("05/06/2019"), undefined);
      assert.equal(toIsoDate("11/20/2019"), "2019-11-20", "20 cannot be a month");
    });
  });
});
