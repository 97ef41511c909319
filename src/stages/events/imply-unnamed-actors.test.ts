// ACLED's conventional actors for roles a report leaves empty: the unidentified armed group behind a bomb,
// the civilians of violence against civilians; inferred, never stated, and without evidence.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords, recordOfType } from "../../testing/process-doc.js";

const PUBLISHED = "2024-10-14";

describe("events: actors implied by the sub-event type", () => {
  it("a car bomb with no named agent is an unidentified armed group's, of the event's country", () => {
    const record = recordOfType(
      "A car bomb went off beside a crowded bus station in Baidoa on Sunday, killing nine travellers.",
      PUBLISHED,
      ["Explosions/Remote violence"],
    );
    assert.equal(record.actor1, "Unidentified Armed Group (Somalia)");
    assert.equal(record.evidence.actor1, undefined, "no words name the implied actor");
  });
  it("a landmine with no named agent is an unidentified armed group's", () => {
    const record = recordOfType("A landmine blast killed two shepherds in Kandahar province on Monday.", PUBLISHED, [
      "Explosions/Remote violence",
    ]);
    assert.equal(record.actor1, "Unidentified Armed Group (Afghanistan)");
  });
  it("a killing of a civilian with no named killer: unidentified armed group against civilians", () => {
    const record = recordOfType(
      "A well-known radio presenter was shot dead outside his house in Peshawar on Tuesday.",
      PUBLISHED,
      ["Violence against civilians"],
    );
    assert.deepEqual([record.actor1, record.actor2], ["Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"]);
    assert.equal(record.civilian_targeting, "Civilian targeting");
  });
  it("a demonstration whose crowd no noun names is the protesters' of the event's country", () => {
    const record = recordOfType(
      "Tens of thousands took to the streets of Yerevan on Saturday to protest against a border deal.",
      PUBLISHED,
      ["Protests"],
    );
    assert.equal(record.actor1, "Protesters (Armenia)");
  });
  describe("negative cases", () => {
    it("a group that claims the bombing later in the report is its actor, not the placeholder", () => {
      const record = recordOfType(
        "A car bomb went off beside a crowded bus station in Baidoa on Sunday, killing nine travellers. Al-Shabaab claimed responsibility.",
        PUBLISHED,
        ["Explosions/Remote violence"],
      );
      assert.equal(record.actor1, "Al Shabaab");
    });
    it("an air strike with no named air force gets no guessed actor", () => {
      const records = processRecords(
        "An air strike hit a fuel depot in Idlib on Sunday, killing four guards.",
        PUBLISHED,
      );
      const strike = records.find((r) => r.sub_event_type === "Air/drone strike");
      assert.ok(strike, JSON.stringify(records.map((r) => r.sub_event_type)));
      assert.equal(strike.actor1, null);
    });
  });
});
