// ACLED's rule for multi-day totals: an incident the text says ran from one stated day to another is one
// event per day, the total divided evenly (remainder to the first day). The short reports are written for
// these tests in the wording of wire reports: the gold sets hold none with a stated span of days and a toll.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processText } from "../../process.js";
import { type EventRecord, toEventRecord } from "../../records/event-record.js";
import { assertEvidenceIsSlice } from "../../testing/assert-evidence.js";

function records(text: string): { doc: Doc; events: EventRecord[] } {
  const result = processText(text, { published: "2021-06-28" });
  assert.ok("doc" in result);
  const doc = result.doc;
  return { doc, events: doc.events.map((e, i) => toEventRecord(doc, e, i)) };
}

describe("events: a total over several stated days is one event per day", () => {
  it("'between June 1 and June 3 killed 30': three events of 10, day precision, each keeping the total's evidence", () => {
    const { doc, events } = records(
      "Fighting between the army and al-Shabaab militants in Baidoa between June 1 and June 3 killed 30 people.",
    );
    assert.deepEqual(
      events.map((e) => e.event_date),
      ["2021-06-01", "2021-06-02", "2021-06-03"],
    );
    assert.ok(events.every((e) => e.time_precision === 1 && e.date_start === e.date_end));
    assert.deepEqual(
      events.map((e) => e.fatalities_best),
      [10, 10, 10],
    );
    assert.deepEqual(
      events.map((e) => e.fatalities_split?.part),
      [1, 2, 3],
    );
    assert.ok(
      events.every(
        (e) =>
          e.fatalities_split?.by === "day" && e.fatalities_split.parts === 3 && e.fatalities_split.total_best === 30,
      ),
    );
    assert.ok(events.every((e) => e.evidence.fatalities.some((r) => r.text === "killed 30")));
    assert.deepEqual(
      events[0].evidence.event_date.map((r) => r.text),
      ["June 1", "June 3"],
    );
    assert.deepEqual(events[0].same_incident.length, 2);
    assertEvidenceIsSlice(events, doc.text);
  });

  it("'from June 1 to 3 killed 31': the remainder goes to the first day", () => {
    const { events } = records("Clashes between the army and al-Shabaab in Baidoa from June 1 to 3 killed 31 people.");
    assert.deepEqual(
      events.map((e) => [e.event_date, e.fatalities_best]),
      [
        ["2021-06-01", 11],
        ["2021-06-02", 10],
        ["2021-06-03", 10],
      ],
    );
  });

  it("'between Friday and Sunday' in a Monday report: the three days before it, one event each", () => {
    const { events } = records(
      "Fighting between the army and al-Shabaab militants in Baidoa between Friday and Sunday killed 30 people.",
    );
    assert.deepEqual(
      events.map((e) => e.event_date),
      ["2021-06-25", "2021-06-26", "2021-06-27"],
    );
    assert.deepEqual(
      events.map((e) => e.fatalities_best),
      [10, 10, 10],
    );
  });

  it("negative: 'over three days' names no days: one event, a three-day range at week precision, the toll whole", () => {
    const { events } = records("Fighting over three days in Baidoa killed 30 people, officials said on Sunday.");
    assert.equal(events.length, 1);
    assert.deepEqual(
      [events[0].date_start, events[0].date_end, events[0].time_precision],
      ["2021-06-25", "2021-06-27", 2],
    );
    assert.equal(events[0].fatalities_best, 30);
    assert.equal(events[0].fatalities_split, null);
  });

  it("negative: a day of a date or a length of time is no death toll ('June 1 and June 3 killed', 'three days ... killed')", () => {
    const { events } = records("Fighting over three days in Baidoa killed 30 people, officials said on Sunday.");
    assert.ok(events[0].evidence.fatalities.every((r) => r.text === "killed 30"));
  });

  it("'clashed on Friday and Saturday': the days of a list are one event each, the toll shared out", () => {
    const { events } = records(
      "Troops clashed with al-Shabaab militants near Baidoa on Friday and Saturday, the army said. Ten militants were killed.",
    );
    assert.deepEqual(
      events.map((e) => [e.event_date, e.fatalities_best]),
      [
        ["2021-06-25", 5],
        ["2021-06-26", 5],
      ],
    );
  });

  it("'on Monday, Wednesday and Friday': only the listed days, not the days between", () => {
    const { events } = records("Rebels shelled the town of Kismayo on Tuesday, Wednesday and Friday.");
    assert.deepEqual(
      events.map((e) => e.event_date),
      ["2021-06-22", "2021-06-23", "2021-06-25"],
    );
  });

  it("negative: two dates of two incidents joined by 'and' without 'between' are no span of days", () => {
    const { events } = records(
      "Al-Shabaab militants attacked a police station in Baidoa on June 1 and June 3 was quiet.",
    );
    assert.ok(events.every((e) => e.fatalities_split === null && e.same_incident.length === 0));
  });

  it("negative: an arrest sweep 'between Friday and Sunday' is one record dated with the span, at week precision", () => {
    const { events } = records(
      "Security forces arrested 40 people in Mogadishu between Friday and Sunday, police said on Monday.",
    );
    const arrests = events.filter((e) => e.sub_event_type === "Arrests");
    assert.equal(arrests.length, 1, JSON.stringify(events.map((e) => [e.sub_event_type, e.event_date])));
    assert.deepEqual(
      [arrests[0].date_start, arrests[0].date_end, arrests[0].time_precision],
      ["2021-06-25", "2021-06-27", 2],
    );
    assert.deepEqual(
      arrests[0].evidence.event_date.map((r) => r.text),
      ["Friday", "Sunday"],
    );
  });

  it("negative: a span longer than a week is one event", () => {
    const { events } = records(
      "Fighting between the army and al-Shabaab militants in Baidoa between June 1 and June 20 killed 30 people.",
    );
    assert.equal(events.length, 1);
    assert.equal(events[0].fatalities_best, 30);
  });
});
