// A day that only the saying gives ("..., residents said on Saturday") is a stand-in for the act's day: the
// act's own day told later replaces it, and the mention joins the headline's incident of its kind even when
// that took a day from the words after it. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2024-05-11"; // a Saturday

describe("events: a day of saying gives way to the act's own day", () => {
  it("'killed 11 people, residents said on Saturday' then 'The air strike on Friday morning hit...': one record, Friday", () => {
    const records = processRecords(
      "A military air strike on a village in the hills killed 11 people, residents said on Saturday. The air strike on Friday morning hit a school in the village, a resident said.",
      PUBLISHED,
    );
    assert.equal(records.length, 1, records.map((r) => r.event_date).join(", "));
    assert.equal(records[0].event_date, "2024-05-10");
    assert.equal(records[0].fatalities_best, 11);
  });
  it("a headline's strike and the body's, dated only by a saying: one record with the body's toll", () => {
    const records = processRecords(
      "Air strike on Sagaing village kills 11\n\nYANGON (Reuters) - A military air strike on a village in Sagaing region killed 11 people, residents said on Saturday.\n\nThe strike on Friday morning hit a school, a resident said.",
      PUBLISHED,
    );
    assert.equal(records.length, 1, records.map((r) => `${r.event_date} ${r.fatalities_best}`).join(", "));
    assert.equal(records[0].fatalities_best, 11);
  });
  describe("negative cases", () => {
    it("a saying's day alone still dates the act when nothing else does", () => {
      const [record] = processRecords(
        "Militants attacked an army post in the hills, killing four soldiers, the army said on Saturday.",
        PUBLISHED,
      );
      assert.equal(record.event_date, "2024-05-11");
    });
    it("two strikes each dated by their own day stay two", () => {
      const records = processRecords(
        "A military air strike on a village in the hills killed 11 people on Saturday, residents said. An air strike on Friday morning hit a market in another province, killing three.",
        PUBLISHED,
      );
      assert.equal(records.length, 2, records.map((r) => r.event_date).join(", "));
    });
  });
});

describe("events: a sentence pointing back that says when the incident happened", () => {
  it("'..., police said on Saturday. The attack took place on Thursday night': Thursday", () => {
    const [record] = processRecords(
      "Gunmen killed nine villagers in Katsina state, police said on Saturday. The attack took place on Thursday night, a police spokesman said.",
      PUBLISHED,
    );
    assert.equal(record.event_date, "2024-05-09");
  });

  describe("negative cases", () => {
    it("'The attack was condemned by the governor on Friday' gives the day of another act: the saying's day stays", () => {
      const [record] = processRecords(
        "Gunmen killed nine villagers in Katsina state, police said on Saturday. The attack was condemned by the governor on Friday.",
        PUBLISHED,
      );
      assert.equal(record.event_date, "2024-05-11");
    });
  });
});
