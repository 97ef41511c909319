import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeIncidentRecord } from "../testing/make-event-record.js";
import { diffIncidents, snapshotIncidents } from "./diff-incidents.js";

const incident = (incident_id: string, event_ids: string[], corroboration = 1) =>
  makeIncidentRecord(incident_id, { event_ids, corroboration });

describe("merge: diffIncidents", () => {
  it("says new for an incident of new events, changed for an updated one, nothing for an unchanged one", () => {
    const before = snapshotIncidents([incident("a", ["d1-1"]), incident("b", ["d2-1"])]);
    const changes = diffIncidents(before, [
      incident("a", ["d1-1"]),
      incident("b", ["d2-1", "d3-1"], 2),
      incident("c", ["d4-1"]),
    ]);
    assert.deepEqual(
      changes.map((c) => [c.change, c.incident.incident_id, c.replaces]),
      [
        ["changed", "b", []],
        ["new", "c", []],
      ],
    );
  });

  it("an incident that absorbed others under a new id names the ones it replaces", () => {
    const before = snapshotIncidents([incident("a", ["d5-1"]), incident("b", ["d6-1"])]);
    const [change] = diffIncidents(before, [incident("z", ["d0-1", "d5-1", "d6-1"], 3)]);
    assert.deepEqual([change.change, change.replaces], ["changed", ["a", "b"]]);
  });
});
