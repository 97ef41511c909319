import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../src/paths.js";
import { dataset } from "./acled-events.js";
import { type AcledRow, readAcledRows, toIsoDay } from "./acled-events-csv.js";
import { normaliseActor, type PredictedEvent, scoreAcledRows } from "./acled-events-score.js";

const FIXTURE = join(projectRoot(), "eval", "fixtures", "acled-events");

/** The prediction that agrees with a row on every scored field. */
function perfect(row: AcledRow): PredictedEvent {
  return {
    event_date: row.eventDate,
    event_type: row.eventType,
    sub_event_type: row.subEventType,
    actor1: row.actor1.replace(/\s*\(.*\)$/, ""),
    inter1: row.inter1,
    actor2: row.actor2 || null,
    inter2: row.inter2,
    country: row.country,
    admin1: row.admin1,
    latitude: row.latitude,
    longitude: row.longitude,
    fatalities_best: row.fatalities === 0 ? null : row.fatalities,
  };
}

const accuracyOf = (result: ReturnType<typeof scoreAcledRows>, field: string) =>
  result.fields.find((f) => f.field === field)!.accuracy;

describe("eval: acled-events", () => {
  it("reads ACLED's export layout: dates as YYYY-MM-DD, numbers, the upload day", () => {
    const rows = readAcledRows(FIXTURE);
    assert.equal(rows.length, 3);
    assert.deepEqual(
      [rows[0].eventDate, rows[0].inter1, rows[0].latitude, rows[0].fatalities, rows[0].uploaded],
      ["2021-06-27", 8, 34.3686, 0, "2021-07-01"],
    );
    assert.equal(toIsoDay("2021-06-09"), "2021-06-09");
  });

  it("compares actor names without ACLED's bracketed years or country", () => {
    assert.equal(
      normaliseActor("Military Forces of the United States (2021-)"),
      normaliseActor("Military Forces of the United States"),
    );
    assert.equal(normaliseActor("Unidentified Armed Group (Iraq)"), "unidentified armed group");
    assert.notEqual(normaliseActor("Kata'ib Hezbollah"), normaliseActor("Kata'ib Sayyid al-Shuhada"));
  });

  it("scores a perfect prediction 1, no prediction 0", () => {
    const rows = readAcledRows(FIXTURE);
    assert.equal(scoreAcledRows(rows.map((gold) => ({ gold, predicted: perfect(gold) }))).score, 1);
    const none = scoreAcledRows(rows.map((gold) => ({ gold, predicted: null })));
    assert.deepEqual([none.score, accuracyOf(none, "detected")], [0, 0]);
  });

  it("a known partial case: one wrong date and one point 300 km off", () => {
    const rows = readAcledRows(FIXTURE);
    const predictions = rows.map(perfect);
    predictions[0].event_date = "2021-06-28";
    predictions[1].latitude = rows[1].latitude! + 2.7; // about 300 km north
    const result = scoreAcledRows(rows.map((gold, i) => ({ gold, predicted: predictions[i] })));
    assert.equal(accuracyOf(result, "event_date"), 2 / 3);
    assert.equal(accuracyOf(result, "location"), 2 / 3);
    // Headline: mean of sub_event_type, actor1, location, event_date, fatalities = (1 + 1 + 2/3 + 2/3 + 1) / 5.
    assert.ok(Math.abs(result.score! - (1 + 1 + 2 / 3 + 2 / 3 + 1) / 5) < 1e-9);
  });

  it("runs the real pipeline on each row's notes", async () => {
    const result = await dataset.evaluate(FIXTURE, {});
    assert.equal(result.n, 3);
    assert.ok(result.score !== null && result.score >= 0 && result.score <= 1);
    assert.ok(accuracyOf(result, "detected")! > 0, "sitrep finds an event in at least one hand-coded row");
    assert.equal(result.halves!.tune.n + result.halves!.check.n, 3, "every row falls in the tune or the check half");
  });
});
