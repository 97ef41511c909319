// Dates in context (issue 18): a dateline's date is the day the report was filed, not the event's; a
// weekday in a past-tense clause is the latest such day on or before that day. Invented reports, filed
// on Thursday 2022-05-12 and published on Wednesday 2022-05-18.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processText } from "../../process.js";
import { processDoc, processRecords } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2022-05-18");

const DATELINE = "NIAMEY, May 12 (Wire) - ";

describe("events: the dateline dates the report, not the incident", () => {
  it("'on Tuesday' under a Thursday dateline is the Tuesday before it, not the dateline's day", () => {
    const doc = run(`${DATELINE}Gunmen on motorbikes killed seven soldiers in an ambush near Tillaberi on Tuesday.`);
    const [event] = doc.events;
    assert.equal(event?.date?.value.start, "2022-05-10");
    const [evidence] = event.date!.evidence;
    assert.equal(doc.text.slice(evidence.start, evidence.end), "Tuesday");
    assert.equal(event.date!.stated, false, "the day comes from the dateline, not the words");
  });

  it("the weekday of the dateline's own day is that day", () => {
    const [event] = run(`${DATELINE}Gunmen killed seven soldiers in an ambush near Tillaberi on Thursday.`).events;
    assert.equal(event?.date?.value.start, "2022-05-12");
  });

  it("without a dateline the weekday counts back from publication", () => {
    const [event] = run("Gunmen killed seven soldiers in an ambush near Tillaberi on Tuesday.").events;
    assert.equal(event?.date?.value.start, "2022-05-17");
  });

  describe("negative cases", () => {
    it("an incident the text does not date is not dated by the dateline", () => {
      const doc = run(`${DATELINE}Gunmen killed seven soldiers in an ambush near Tillaberi, the army said.`);
      assert.ok(doc.events.length > 0);
      for (const event of doc.events) assert.notEqual(event.date?.value.start, "2022-05-12");
    });

    it("a date the sentence states stays the event's date", () => {
      const [event] = run(`${DATELINE}Gunmen killed seven soldiers in an ambush near Tillaberi on May 9.`).events;
      assert.equal(event?.date?.value.start, "2022-05-09");
    });
  });
});

describe("events: a plan for a day after the report's day did not happen", () => {
  it("'next week' in a report filed long before publication is ahead of the dateline: no record", () => {
    const result = processText(
      "NIAMEY, March 3 (Wire) - Gunmen killed seven soldiers near Tillaberi on Monday. The government plans to send reinforcements to the region next week.",
      { origin: "test", published: "2022-07-10" },
    );
    assert.ok("doc" in result);
    const words = result.doc.events.flatMap((e) =>
      e.eventType.evidence.map((s) => result.doc.text.slice(s.start, s.end)),
    );
    assert.ok(!words.includes("reinforcements"), words.join());
    assert.ok(result.doc.events.length > 0);
  });

  it("negative case: a plan announced on a day before the report's day stays (the gold marks reported threats)", () => {
    const doc = run(`${DATELINE}On Monday the government said it plans to send reinforcements to Tillaberi.`);
    const words = doc.events.flatMap((e) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end)));
    assert.ok(words.includes("reinforcements"), words.join());
  });
});

describe("events: a day after the report's day dates no event told as done", () => {
  it("'a bond due next year' in a protest's sentence does not date the protest", () => {
    const records = processRecords(
      "Hundreds of traders protested in Nairobi against new taxes, as the treasury sought to refinance a bond due next year.",
      "2022-05-18",
    );
    assert.ok(records.length > 0, "no event");
    for (const r of records) assert.ok(r.event_date !== null && r.event_date <= "2022-05-18", `date: ${r.event_date}`);
  });
});
