// An event no words date takes its report's week at ACLED time precision 2, inferred and without evidence;
// a report with no date of its own dates nothing. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventDraft } from "../../doc.js";
import { processText } from "../../process.js";
import { processDoc, processRecords } from "../../testing/process-doc.js";

const UNDATED = "Gunmen killed seven villagers in an attack on a farming settlement near Kano, police said.";
const only = (events: readonly EventDraft[]) => {
  assert.equal(events.length, 1, `events: ${events.length}`);
  return events[0];
};

describe("events: an event the report does not date takes the report's week", () => {
  it("no day stated, published Wednesday 2026-03-04: the seven days to it, precision 2, inferred", () => {
    const date = only(processDoc(UNDATED, "2026-03-04").events).date;
    assert.deepEqual(date?.value, { start: "2026-02-26", end: "2026-03-04", precision: 2 });
    assert.equal(date?.stated, false);
    assert.deepEqual(date?.evidence, []);
  });

  it("the record says the date is the report's: date_from 'report', no event_date evidence", () => {
    const [record] = processRecords(UNDATED, "2026-03-04");
    assert.equal(record.date_from, "report");
    assert.equal(record.time_precision, 2);
    assert.equal(record.evidence.event_date, undefined);
  });

  it("a dated dateline is the report's day, before the publication date", () => {
    const text = `KANO, Nigeria, March 2 (Reuters) - ${UNDATED}`;
    const date = only(processDoc(text, "2026-03-04").events).date;
    assert.equal(date?.value.end, "2026-03-02");
  });

  it("a day the text states keeps its words and day precision: date_from 'text'", () => {
    const [record] = processRecords(UNDATED.replace("police said", "on Monday, police said"), "2026-03-04");
    assert.equal(record.event_date, "2026-03-02");
    assert.equal(record.time_precision, 1);
    assert.equal(record.date_from, "text");
  });

  describe("negative cases", () => {
    it("a report with no publication date and no dated dateline dates nothing", () => {
      const result = processText(UNDATED, { origin: "test" });
      assert.ok("doc" in result);
      assert.equal(only(result.doc.events).date, null);
    });
  });
});
