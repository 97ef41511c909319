// Through the whole pipeline: an event told in the past tense with a weekday is dated the latest such day
// on or before publication (the publication day itself when the weekdays match), also when its clause is a
// relative one under a future main clause. Invented reports, published Wednesday 2026-03-04.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const datesOf = (text: string) => processRecords(text, "2026-03-04").map((r) => `${r.event_date}/${r.time_precision}`);

describe("events: a weekday in a past-tense clause dates the event on or before publication", () => {
  it("the publication's own weekday is the publication day", () => {
    assert.deepEqual(datesOf("Gunmen killed four farmers near Jos on Wednesday, police said."), ["2026-03-04/1"]);
  });

  it("another weekday is the latest before it", () => {
    assert.deepEqual(datesOf("Gunmen killed four farmers near Jos on Thursday, police said."), ["2026-02-26/1"]);
  });

  it("'police said on Monday that gunmen had killed ... on Saturday': the Saturday before", () => {
    const dates = datesOf("Police said on Monday that gunmen had killed four farmers near Jos on Saturday.");
    assert.deepEqual(dates, ["2026-02-28/1"]);
  });

  it("'soldiers who killed four farmers on Thursday will face a court martial': the Thursday before", () => {
    const dates = datesOf(
      "Soldiers who killed four farmers near Jos on Thursday will face a court martial, the army said.",
    );
    assert.deepEqual(dates, ["2026-02-26/1"]);
  });

  describe("negative cases", () => {
    it("a future clause's weekday dates no past event: 'the governor will visit on Friday'", () => {
      const dates = datesOf(
        "Gunmen killed four farmers near Jos on Thursday, and the governor will visit the area on Friday, officials said.",
      );
      assert.ok(!dates.includes("2026-03-06/1"), `dates: ${dates}`);
      assert.ok(dates.includes("2026-02-26/1"), `dates: ${dates}`);
    });
  });
});
