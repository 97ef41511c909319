// Incident review: the same decisions as event review (confirm, edit, reject; who, when, why), the merged
// record kept beside the reviewed values, lists showing the reviewed values, and a re-merge keeping them.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { IncidentRecord } from "../records/incident-record.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

function makeIncident(id: string, eventIds: string[], fatalities: number): IncidentRecord {
  const { event_id: _id, sources: _sources, fatalities_split: _split, ...fields } = makeEventRecord("doc", 1);
  return {
    ...fields,
    fatalities_best: fatalities,
    incident_id: id,
    event_ids: eventIds,
    sources: [],
    corroboration: 1,
    first_reported: null,
    last_updated: null,
    conflicts: [],
  };
}

describe("store: incident reviews", () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(":memory:");
    await store.replaceIncidents([], [makeIncident("inc-a", ["e1"], 3), makeIncident("inc-b", ["e2"], 7)]);
  });
  after(() => store.close());

  it("an edit wins when read and listed, the merge is kept, the history says who and why", async () => {
    const input = { action: "edit" as const, fields: { fatalities_best: 5 }, note: "later toll", reviewer: "ana" };
    assert.equal(await store.reviewIncident("inc-a", input), true);
    const incident = (await store.getIncident("inc-a"))!;
    assert.equal(incident.fatalities_best, 5);
    assert.equal(incident.merged?.fatalities_best, 3);
    assert.equal(incident.review?.status, "edited");
    assert.deepEqual(
      incident.review_history?.map((h) => [h.action, h.reviewer, h.note]),
      [["edit", "ana", "later toll"]],
    );
    const listed = (await store.queryIncidents({ limit: 10 })).items;
    assert.equal(listed.find((i) => i.incident_id === "inc-a")?.fatalities_best, 5);
    assert.equal(listed.find((i) => i.incident_id === "inc-b")?.review, null);
  });

  it("a later confirm keeps the edit and adds to the history; a reject marks it", async () => {
    await store.reviewIncident("inc-a", { action: "confirm", reviewer: "ben" });
    const confirmed = (await store.getIncident("inc-a"))!;
    assert.equal(confirmed.review?.status, "edited", "earlier edits stay, as for events");
    assert.equal(confirmed.review_history?.length, 2);
    await store.reviewIncident("inc-b", { action: "reject", note: "not one incident", reviewer: "ana" });
    assert.equal((await store.getIncident("inc-b"))!.review?.status, "rejected");
  });

  it("a re-merge that keeps the incident's id keeps its review", async () => {
    await store.replaceIncidents(["e1"], [makeIncident("inc-a", ["e1", "e3"], 9)]);
    const incident = (await store.getIncident("inc-a"))!;
    assert.equal(incident.fatalities_best, 5, "the reviewer's value still wins");
    assert.equal(incident.merged?.fatalities_best, 9, "over the new merge, which is kept");
  });

  it("an unknown incident is not reviewed", async () => {
    assert.equal(await store.reviewIncident("inc-none", { action: "confirm", reviewer: "ana" }), false);
  });
});
