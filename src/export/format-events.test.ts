import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { processText } from "../process.js";
import { type EventRecord, toEventRecord } from "../records/event-record.js";
import { readInventedReport } from "../testing/fixtures.js";
import { CSV_COLUMNS, formatEvents } from "./format-events.js";

function reportRecords(): EventRecord[] {
  const result = processText(readInventedReport(), { published: "2021-06-28" });
  assert.ok("doc" in result);
  return result.doc.events.map((draft, i) => toEventRecord(result.doc, draft, i));
}

describe("export: events as CSV", () => {
  const records = reportRecords();
  const rows = parse(formatEvents(records, "csv"), { columns: true }) as Record<string, string>[];

  it("one row per record with every contract column, links as ';'-joined ids", () => {
    assert.equal(rows.length, records.length);
    assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
    const linked = records.findIndex((r) => r.in_response_to.length > 0);
    assert.ok(linked >= 0, "the invented report has an 'in response to' link");
    assert.equal(rows[linked].in_response_to, records[linked].in_response_to.join(";"));
  });

  it("ACLED's fatalities column is 0 when no count is stated, and fatalities_known says so", () => {
    const unknown = records.findIndex((r) => !r.fatalities_known);
    assert.deepEqual(
      [rows[unknown].fatalities, rows[unknown].fatalities_known, rows[unknown].fatalities_best],
      ["0", "false", ""],
    );
  });

  it("writes merged tactics and a share of a multi-day toll readably", () => {
    const record: EventRecord = {
      ...records[0],
      other_tactics: [{ event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" }],
      fatalities_split: { by: "day", part: 1, parts: 3, total_low: 30, total_best: 30, total_high: 30 },
    };
    const [row] = parse(formatEvents([record], "csv"), { columns: true }) as Record<string, string>[];
    assert.equal(row.other_tactics, "Explosions/Remote violence: Air/drone strike");
    assert.equal(row.fatalities_split, "1/3 of 30 (by day)");
  });
});
